"""Returns saved as .xls, .et (WPS) or .ods: their cell values, read with calamine.

Clerks "save as" whatever their office suite offers: Excel 97-2003 (.xls), WPS's own .et, or
LibreOffice's .ods. Refusing those makes the office phone the unit and wait for a resend; calamine (Rust,
with Windows wheels) reads their cached values without Excel. What such a file cannot tell — number
formats (so 0.8 is read as 80% with a note, as for a plain number), formulas without a value — is read
the way a plain value is. An encrypted or damaged file is refused with the same messages as an .xlsx.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from services.errors import ReturnRejected
from services.files import xlsx_safety

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
OLE_MAGIC = xlsx_safety.OLE_MAGIC
Rows = list[tuple[int, dict[str, Any]]]  # (row number, {column letter: value})
TOO_BIG = (
    "文件远大于一份报送表（可能夹带了大量图片或被改动过），为安全起见不予读取：请报送单位删除多余内容，"
    "另存为“Excel 工作簿（*.xlsx）”后重新发送。"
)


def other_format(path: Path) -> str | None:
    """ "xls" (an OLE workbook: .xls/.et, not an encrypted .xlsx or a .doc), "ods", or None."""
    try:
        with path.open("rb") as f:
            head = f.read(8)
            if head == OLE_MAGIC:
                data = head + f.read(4 << 20)
                if any(xlsx_safety._utf16(s) in data for s in ("EncryptedPackage", "WordDocument")):
                    return None  # the .xlsx checks say what these are
                return "xls"
    except OSError:
        return None
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                if archive.read("mimetype")[:80].strip() == ODS_MIMETYPE:
                    return "ods"
        except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, NotImplementedError):
            return None
    return None


def read_sheets(path: Path, name: str, kind: str) -> list[tuple[str, Rows, list]]:
    """(sheet title, rows, merged ranges) of every sheet, within the same limits as an .xlsx."""
    from python_calamine import CalamineWorkbook

    limits = xlsx_safety.DEFAULT_LIMITS
    if path.stat().st_size > limits.max_file_bytes:
        raise ReturnRejected(name, TOO_BIG)
    if kind == "ods":
        _check_ods_archive(path, name, limits)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
        sheets = []
        for title in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(title)
            values = sheet.to_python(skip_empty_area=False, nrows=limits.max_rows + 1)
            if len(values) > limits.max_rows:
                error = xlsx_safety.too_many_rows(name, title, None, limits.max_rows)
                raise ReturnRejected(error.file, error.reason, error.where)
            merged = _merged(sheet)
            sheets.append((title, _rows(values), merged))
        workbook.close()
        return sheets
    except ReturnRejected:
        raise
    except Exception as exc:  # calamine's own errors: password, damaged stream, unknown record
        what = (
            "旧版 Excel 97-2003 工作簿（.xls）或 WPS 表格（.et）"
            if kind == "xls"
            else "OpenDocument 表格（.ods）"
        )
        raise ReturnRejected(
            name, f"这是{what}，但文件已损坏或设置了密码，无法读取：" + xlsx_safety.SAVE_AS_XLSX
        ) from exc


def _check_ods_archive(path: Path, name: str, limits) -> None:
    """An .ods is a zip too: the same size and ratio caps as an .xlsx, before calamine unpacks it."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(i.file_size for i in archive.infolist())
            packed = sum(i.compress_size for i in archive.infolist()) or 1
    except (zipfile.BadZipFile, OSError):
        raise ReturnRejected(name, xlsx_safety.DAMAGED) from None
    if total > limits.max_unpacked_bytes or (
        total > limits.ratio_floor and total / packed > limits.max_ratio
    ):
        raise ReturnRejected(name, TOO_BIG)


def _merged(sheet: Any) -> list[tuple[int, int, int, int]]:
    """Merged ranges of several rows as (min col, min row, max col, max row), 1-based."""
    try:
        ranges = sheet.merged_cell_ranges or []
    except Exception:  # not every format keeps them
        return []
    found = []
    for (top, left), (bottom, right) in ranges:
        if bottom > top:
            found.append((left + 1, top + 1, right + 1, bottom + 1))
    return found


def _rows(values: list[list[Any]]) -> Rows:
    rows = []
    for number, row in enumerate(values, start=1):
        cells = {}
        for column, value in enumerate(row, start=1):
            value = _plain(value)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            cells[get_column_letter(column)] = value
        if cells:
            rows.append((number, cells))
    return rows


def _plain(value: Any) -> Any:
    """calamine gives '' for an empty cell, times and durations as their own types: keep what a clerk
    typed (a date, a number, text)."""
    if value == "" or value is None:
        return None
    if isinstance(value, time | timedelta):
        return str(value)
    if isinstance(value, datetime | date | bool | int | float | str):
        return value
    return str(value)


__all__ = ["other_format", "read_sheets"]
