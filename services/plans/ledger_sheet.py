"""An office's existing ledger file as plain grids of text, merged cells filled in.

Offices keep their 台账 in whatever their suite saves: .xlsx, Excel 97-2003 .xls, WPS's .et, .ods, or a
.csv exported from an OA system (UTF-8 from newer ones, GBK from older ones and Excel on Chinese
Windows). Every format comes out the same way: one `Sheet` of text rows, where each cell of a merged
range holds the range's value (a 牵头单位 merged over five rows leads each of the five) and the rows a
merged range runs across the whole table are marked, since such a row is a section title.

An .xlsx passes the checks of services/xlsx_safety first (zip bomb, XML entities, size); .xls/.et/.ods
are read by calamine within the same limits, as returns in those formats are.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import coordinate_to_tuple

from services.errors import WorkbookRejected
from services.files import xlsx_safety
from services.returns.other_formats import other_format

CSV_SUFFIXES = (".csv", ".txt")
# Names of spreadsheets: what is not an OLE workbook or an .ods is checked as an .xlsx, and
# xlsx_safety says what it really is (a web page saved as .xls, a PDF, a damaged download).
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".et", ".ods", "")
SUPPORTED = "Excel 工作簿（.xlsx、.xls）、WPS 表格（.et）、OpenDocument 表格（.ods）或 CSV 文件（.csv）"
EMPTY_FILE = "文件是空的，没有任何内容：请确认选择的是台账文件，而不是新建的空白表格。"
CSV_MAX_BYTES = 20 * xlsx_safety.MB  # far above any office's ledger, far below memory trouble

# A ledger has a dozen columns and a few hundred merges; a sheet formatted far to the right, or built
# to make the fill-in loop for ever, is read within these.
MAX_COLUMNS = 100
MAX_MERGES = 5_000
Merge = tuple[int, int, int, int]  # 0-based first row, first column, last row, last column


@dataclass
class Sheet:
    title: str
    rows: list[list[str]]
    # Rows (0-based) that one merged range runs across, first column to last: a title or a section.
    spanning: set[int] = field(default_factory=set)


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of the file as text rows; WorkbookRejected for a file that is none of the formats."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise WorkbookRejected(path.name, "找不到该文件：请确认文件仍在原位置（邮件附件需先保存到电脑上）。")
    if path.stat().st_size == 0:
        raise WorkbookRejected(path.name, EMPTY_FILE)
    # By content, not by name: offices rename files (an .xls saved as "台账.xlsx"), and a renamed zip
    # must still pass xlsx_safety's checks rather than reach calamine unchecked.
    kind = other_format(path)  # "xls" (an OLE workbook: .xls/.et), "ods", or None
    if kind is not None:
        return _calamine_sheets(path, kind)
    if suffix in CSV_SUFFIXES:
        return [_csv_sheet(path)]
    with path.open("rb") as f:
        head = f.read(8)
    if suffix in SHEET_SUFFIXES or head.startswith((*xlsx_safety.ZIP_MAGICS, xlsx_safety.OLE_MAGIC)):
        return _xlsx_sheets(path)  # xlsx_safety names what an encrypted or non-Excel file is
    raise WorkbookRejected(path.name, f"不支持这种文件。请选择{SUPPORTED}。")


def cell_text(value: Any) -> str:
    """A cell as a clerk reads it: 1.0 is 1, a date is 2024年12月31日 (the form deadlines are read in)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, time | timedelta):
        return ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _filled(name: str, values: list[list[Any]], merges: list[Merge]) -> Sheet:
    """Text rows, padded to one width, with every merged cell holding its range's value."""
    rows = [[cell_text(v) for v in row[:MAX_COLUMNS]] for row in values]
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        row.extend([""] * (width - len(row)))
    # Trailing columns no row uses (formatting carried far to the right) are no part of the table.
    while width and not any(row[width - 1] for row in rows):
        width -= 1
        for row in rows:
            row.pop()
    spanning: set[int] = set()
    for top, left, bottom, right in merges[:MAX_MERGES]:
        if top >= len(rows) or left >= width:
            continue
        value = rows[top][left]
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            for c in range(left, min(right, width - 1) + 1):
                rows[r][c] = value
            if left == 0 and right >= width - 1 and width > 1:
                spanning.add(r)
    return Sheet(name, rows, spanning)


def _xlsx_sheets(path: Path) -> list[Sheet]:
    """Checked and read by services/xlsx_safety (read-only, cached values, a row cap while reading)."""
    workbook = xlsx_safety.open_workbook(path)
    try:
        sheets = []
        for ws in workbook.worksheets:
            values = [list(row) for _, row in xlsx_safety.read_rows(ws, file_name=path.name)]
            sheets.append(_filled(ws.title, values, _xlsx_merges(ws)))
        return sheets
    finally:
        workbook.close()


_MERGE_REF = re.compile(
    rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Za-z]{1,3}\d{1,7}):([A-Za-z]{1,3}\d{1,7})\""
)


def _xlsx_merges(ws: Any) -> list[Merge]:
    """The sheet's merged ranges, which a read-only openpyxl sheet does not give: found in the sheet's
    XML, already checked (no DTD, bounded size) by xlsx_safety. Without them the values still read,
    only a merged 牵头单位 would lead its first row alone."""
    try:
        with ws._get_source() as source:  # openpyxl's own handle on the sheet's part of the archive
            data = source.read()
    except (AttributeError, KeyError, OSError):
        return []
    merges = []
    for first, last in _MERGE_REF.findall(data)[:MAX_MERGES]:
        top, left = _cell(first.decode())
        bottom, right = _cell(last.decode())
        merges.append((top, left, bottom, right))
    return merges


def _cell(ref: str) -> tuple[int, int]:
    """0-based (row, column) of an A1 reference."""
    row, column = coordinate_to_tuple(ref.upper())
    return row - 1, column - 1


def _calamine_sheets(path: Path, kind: str) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    limits = xlsx_safety.DEFAULT_LIMITS
    what = "OpenDocument 表格（.ods）" if kind == "ods" else "旧版 Excel（.xls）或 WPS 表格（.et）"
    if path.stat().st_size > limits.max_file_bytes:
        raise WorkbookRejected(
            path.name, f"文件远大于一份台账，为安全起见不予读取：{xlsx_safety.SAVE_AS_XLSX}"
        )
    if kind == "ods":
        _check_ods(path, limits)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
        sheets = []
        for title in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(title)
            values = sheet.to_python(skip_empty_area=False, nrows=limits.max_rows + 1)
            if len(values) > limits.max_rows:
                raise xlsx_safety.too_many_rows(path.name, title, None, limits.max_rows)
            sheets.append(_filled(title, values, _calamine_merges(sheet)))
        workbook.close()
        return sheets
    except WorkbookRejected:
        raise
    except Exception as exc:  # calamine's own errors: a password, a damaged stream, not this format
        raise WorkbookRejected(
            path.name, f"按{what}读取失败（文件已损坏、设置了密码或扩展名不对）：{xlsx_safety.SAVE_AS_XLSX}"
        ) from exc


def _calamine_merges(sheet: Any) -> list[Merge]:
    try:
        ranges = sheet.merged_cell_ranges or []
    except Exception:  # not every format keeps them
        return []
    return [(top, left, bottom, right) for (top, left), (bottom, right) in ranges]


def _check_ods(path: Path, limits: xlsx_safety.WorkbookLimits) -> None:
    """An .ods is a zip: the same size and ratio caps as an .xlsx before calamine unpacks it."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(i.file_size for i in archive.infolist())
            packed = sum(i.compress_size for i in archive.infolist()) or 1
    except (zipfile.BadZipFile, OSError):
        raise WorkbookRejected(path.name, xlsx_safety.DAMAGED) from None
    if total > limits.max_unpacked_bytes or (
        total > limits.ratio_floor and total / packed > limits.max_ratio
    ):
        raise WorkbookRejected(
            path.name, f"文件解压后远大于一份台账，为安全起见不予读取：{xlsx_safety.SAVE_AS_XLSX}"
        )


def _csv_sheet(path: Path) -> Sheet:
    data = path.read_bytes()
    if len(data) > CSV_MAX_BYTES:
        raise WorkbookRejected(path.name, "CSV 文件超过 20 MB，远大于一份台账：请确认选择的文件是否正确。")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise WorkbookRejected(
            path.name,
            "这不是文本格式的 CSV 文件（可能是改了扩展名的 Excel 文件）：" + xlsx_safety.SAVE_AS_XLSX,
        )
    text = _decode(data, path.name)
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    rows = [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return _filled(path.stem, rows, [])


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) first; otherwise what charset-normalizer finds, GB18030 (a superset of
    GBK, what Excel on Chinese Windows writes) as the fallback."""
    for encoding in (
        ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",)
    ):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "gbk", "big5", "utf_8"]).best()
    for encoding in ((best.encoding,) if best else ()) + ("gb18030",):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    raise WorkbookRejected(
        name, "无法识别 CSV 文件的文字编码：请在 Excel 或 WPS 中打开后另存为“CSV UTF-8”或 .xlsx 再导入。"
    )
