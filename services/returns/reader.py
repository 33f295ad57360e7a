"""Read a returned workbook into plain values, before anything is compared with the ledger.

The file is opened by services/files/xlsx_safety.py (size, zip and macro checks; cached values only). It is
recognised by its hidden sheet, found by the marker in A1 whatever the sheet is called now; without one
(the unit copied the rows into a new workbook) by its header row and the 填报单位 / 报送期次 lines
above it (services/returns/table.py finds the table and its rows). Formulas are never evaluated; a
formula whose value was never cached (a file written by a program and not opened in Excel since) is
reported. An .xls/.et/.ods return is read by services/returns/other_formats.py into the same cells.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils import get_column_letter
from openpyxl.xml.functions import iterparse

from services.errors import CellRef, ReturnRejected, WorkbookRejected
from services.files import xlsx_safety
from services.returns import sheet_xml as return_sheet_xml
from services.returns.other_formats import other_format, read_sheets
from services.returns.table import (
    EXCEL_CELL_CHARS,
    LooseRow,
    RawCell,
    RawRow,
    find_table,
    header_key,
)
from services.returns.template import (
    HIDDEN_SHEET,
    KEY_CHECKSUM,
    KEY_PERIOD,
    KEY_ROUND,
    KEY_UNIT,
    KEY_UNIT_ID,
    KEY_VERSION,
    LOCKED_COLUMNS,
    LOCKED_HEADER_ROW,
    MARKER,
)
from services.returns.values import normal_text

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


@dataclass(frozen=True)
class Identity:
    """What the hidden sheet says about the file."""

    version: int | None
    round_id: int | None
    unit_id: int | None
    unit: str | None
    period: str | None
    checksum: str | None
    locked: dict[int, tuple[str, ...]] = field(default_factory=dict)  # item id -> locked cells as sent


@dataclass(frozen=True)
class RawReturn:
    path: Path
    file_name: str
    sheet: str
    identity: Identity | None
    header_unit: str | None  # 填报单位 as written above the table
    header_period: str | None
    rows: tuple[RawRow, ...]
    uncached_formulas: tuple[CellRef, ...]
    saved_at: datetime | None = None  # the workbook's own "last modified" (docProps), else the file's
    content_sha256: str | None = None  # one file imported twice into a round is refused by this
    loose_rows: tuple[LooseRow, ...] = ()


def display_name(path: Path) -> str:
    """The file's name as text that can be shown and stored: a name that is not valid UTF-8 (a GBK name
    unpacked from a zip on Linux) is decoded as GB18030, else its bad bytes become �."""
    raw = os.fsencode(path.name)
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def file_facts(path: Path) -> tuple[str | None, datetime | None]:
    """SHA-256 of the bytes and the file system's modified time (None when the file cannot be read)."""
    try:
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest(), datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None, None


def read_return(path: Path | str) -> RawReturn:
    """Read one returned workbook; ReturnRejected when it is no return at all."""
    path = Path(path)
    name = display_name(path)
    kind = other_format(path)
    if kind is not None:
        return _read_other(path, name, kind)
    try:
        workbook = xlsx_safety.open_workbook(path)
    except WorkbookRejected as exc:
        raise ReturnRejected(name, exc.reason, exc.where) from None
    try:
        identity, data_sheets, uncached_by_sheet, merged_by_sheet = None, [], {}, {}
        for ws in workbook.worksheets:
            rows, uncached_by_sheet[ws.title], merged_by_sheet[ws.title] = _sheet_cells(workbook, ws, name)
            if _is_hidden_sheet(rows):
                identity = identity or _identity(rows)
            else:
                data_sheets.append((ws, rows))
        tables, uncached = [], []
        for ws, rows in data_sheets:
            found = find_table(ws.title, rows, merged_by_sheet.get(ws.title, ()))
            if found is not None:
                tables.append((ws.title, found))
                sheet_uncached = uncached_by_sheet[ws.title]
                if sheet_uncached is None:  # read by openpyxl's parser: look for formulas separately
                    has = _has_formulas(workbook, ws)
                    sheet_uncached = _uncached_formulas(workbook, ws, name) if has else ()
                uncached.extend(sheet_uncached)
        if tables:
            return _raw_return(path, name, identity, tables, tuple(uncached), _saved_at(workbook))
    finally:
        workbook.close()
    raise _no_table(name)


def _is_hidden_sheet(rows) -> bool:
    first = rows[0][1] if rows else {}
    return normal_text(first.get("A", RawCell(None, None, "A")).value) == MARKER


def _raw_return(path, name, identity, tables, uncached, saved_at) -> RawReturn:
    """Every sheet that holds a return table is read (a clerk splits the tasks over two sheets, or fills
    a copy of the sheet): the check decides between rows of one task. The first table's 填报单位 and
    报送期次 lines speak for the file."""
    first_sheet, (header_unit, header_period, _rows, _loose) = tables[0]
    rows = tuple(row for _sheet, found in tables for row in found[2])
    loose = tuple(row for _sheet, found in tables for row in found[3])
    content, mtime = file_facts(path)
    return RawReturn(
        path,
        name,
        first_sheet,
        identity,
        header_unit,
        header_period,
        rows,
        uncached,
        saved_at or mtime,
        content,
        loose,
    )


def _no_table(name: str) -> ReturnRejected:
    return ReturnRejected(
        name,
        "没有找到报送表：工作表中没有“任务”“进展情况”等表头。请使用领导小组办公室下发的报送表模板填写。",
    )


def _read_other(path: Path, name: str, kind: str) -> RawReturn:
    """An .xls/.et/.ods return: the same recognition, from calamine's values (no number formats)."""
    identity, data_sheets = None, []
    for title, values, merged in read_sheets(path, name, kind):
        rows = [
            (number, {letter: RawCell(value, None, letter) for letter, value in cells.items()})
            for number, cells in values
        ]
        for _number, cells in rows:
            for cell in cells.values():
                if isinstance(cell.value, str) and len(cell.value) > EXCEL_CELL_CHARS:
                    raise _too_long(name, len(cell.value), CellRef(title, _number, cell.column))
        if _is_hidden_sheet(rows):
            identity = identity or _identity(rows)
        else:
            data_sheets.append((title, rows, merged))
    tables = [
        (title, found) for title, rows, merged in data_sheets if (found := find_table(title, rows, merged))
    ]
    if tables:
        return _raw_return(path, name, identity, tables, (), None)
    raise _no_table(name)


_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>\s*(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)")


def _saved_at(workbook: Any) -> datetime | None:
    """When Excel or WPS last saved the workbook, from docProps/core.xml (UTC there), in local time.

    Read from the part itself: openpyxl fills a missing docProps with *now*, which would make a file
    without one look like the newest of two returns."""
    try:
        core = workbook._archive.read("docProps/core.xml")
    except (AttributeError, KeyError, OSError):
        return None
    m = _MODIFIED.search(core[:20_000])
    if not m:
        return None
    try:
        utc = datetime(*map(int, m.groups()), tzinfo=UTC)
    except ValueError:
        return None
    return utc.astimezone().replace(tzinfo=None)


def _sheet_cells(workbook: Any, ws: Any, file_name: str):
    """Non-empty cells of every row, with the number format of numbers (80% is stored as 0.8), and the
    formulas without a cached value (None when the sheet was read by openpyxl's parser)."""
    rows = []
    limit = xlsx_safety.DEFAULT_LIMITS.max_rows
    try:
        fast = return_sheet_xml.read_sheet(workbook, ws, max_rows=limit)
        parsed = fast.rows if fast is not None else _parsed_rows(ws)
        for number, cells_of_row in parsed:
            if number > limit:
                raise xlsx_safety.too_many_rows(file_name, ws.title, None, limit)
            cells = {}
            for column, value, number_format in cells_of_row:
                if value is None or (isinstance(value, str) and not value.strip()):
                    continue
                letter = get_column_letter(column)
                if isinstance(value, str) and len(value) > EXCEL_CELL_CHARS:
                    raise _too_long(file_name, len(value), CellRef(ws.title, number, letter))
                cells[letter] = RawCell(value, number_format, letter)
            if cells:
                rows.append((number, cells))
    except WorkbookRejected as exc:
        raise ReturnRejected(exc.file, exc.reason, exc.where) from None
    except return_sheet_xml.TooManyRows:
        error = xlsx_safety.too_many_rows(file_name, ws.title, None, limit)
        raise ReturnRejected(error.file, error.reason, error.where) from None
    except return_sheet_xml.UnsafeSheet:
        raise ReturnRejected(file_name, xlsx_safety.UNSAFE_XML, CellRef(ws.title)) from None
    except Exception as exc:  # the sheet's XML is parsed only now; a broken part is the file's fault
        raise ReturnRejected(
            file_name, "文件内容有误，无法读取：" + xlsx_safety.SAVE_AS_XLSX, CellRef(ws.title)
        ) from exc
    if fast is None:
        return rows, None, ()
    uncached = tuple(CellRef(ws.title, row, get_column_letter(column)) for row, column in fast.uncached)
    return rows, uncached, tuple(fast.merged)


def _too_long(file_name: str, length: int, where: CellRef) -> ReturnRejected:
    # Excel and WPS cut a cell at 32,767 characters: a longer one was written by some other program,
    # and 40,000 characters of 进展情况 would swamp the ledger and every printed sheet.
    return ReturnRejected(
        file_name,
        f"单元格有 {length} 个字符，超过 Excel 单元格 {EXCEL_CELL_CHARS} 个字符的上限，Excel 和 WPS 不会"
        "保存这样的内容，文件可能被其他程序改动过：请报送单位精简该单元格的内容，在 Excel 或 WPS 中重新保存后发送。",
        where,
    )


def _parsed_rows(ws: Any) -> Iterator[tuple[int, list[tuple[int, Any, str | None]]]]:
    """(row number, [(column, value, number format)]) of the cells the file holds.

    openpyxl's own sheet parser, as its read-only worksheet drives it, without the padding of every row
    to the sheet's width with empty cells: reading a return costs no more than openpyxl's read-only
    load (the benchmark's yardstick). Falls back to the public ``iter_rows`` if openpyxl changes inside.
    """
    try:
        from openpyxl.worksheet._reader import WorkSheetParser

        workbook = ws.parent
        styles, formats = workbook._cell_styles, workbook._number_formats
        source = ws._get_source()
    except (ImportError, AttributeError):
        ws.reset_dimensions()  # some programs declare A1 for any sheet; read to the last row instead
        for number, row in enumerate(ws.iter_rows(), start=1):
            yield (
                number,
                [(c.column, c.value, getattr(c, "number_format", None)) for c in row if c.value is not None],
            )
        return

    def number_format(style_id: int) -> str | None:
        format_id = styles[style_id].numFmtId if style_id < len(styles) else 0
        if format_id < BUILTIN_FORMATS_MAX_SIZE:
            return BUILTIN_FORMATS.get(format_id, "General")
        index = format_id - BUILTIN_FORMATS_MAX_SIZE
        return formats[index] if index < len(formats) else None

    with source:
        parser = WorkSheetParser(
            source,
            ws._shared_strings,
            data_only=workbook.data_only,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            yield (
                number,
                [
                    (
                        c["column"],
                        c["value"],
                        number_format(int(c["style_id"] or 0))
                        if isinstance(c["value"], int | float)
                        else None,
                    )
                    for c in cells
                ],
            )


def _identity(rows: list[tuple[int, dict[str, RawCell]]]) -> Identity:
    values: dict[str, Any] = {}
    locked: dict[int, tuple[str, ...]] = {}
    letters = [get_column_letter(i) for i in range(1, len(LOCKED_COLUMNS) + 1)]
    for number, cells in rows:
        if number < LOCKED_HEADER_ROW and "A" in cells and "B" in cells:
            values[normal_text(cells["A"].value)] = cells["B"].value
        elif number > LOCKED_HEADER_ROW:
            texts = tuple(normal_text(cells[c].value) if c in cells else "" for c in letters)
            if texts[0].isdigit():
                locked[int(texts[0])] = texts

    def number(key: str) -> int | None:
        # An id the database can look up: a 30-digit "round id" overflows SQLite's INTEGER.
        text = normal_text(values.get(key))
        return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else None

    return Identity(
        version=number(KEY_VERSION),
        round_id=number(KEY_ROUND),
        unit_id=number(KEY_UNIT_ID),
        unit=normal_text(values.get(KEY_UNIT)) or None,
        period=normal_text(values.get(KEY_PERIOD)) or None,
        checksum=normal_text(values.get(KEY_CHECKSUM)) or None,
        locked=locked,
    )


def _member(workbook: Any, ws: Any) -> bytes:
    return workbook._archive.read(ws._worksheet_path)  # the sheet's own XML part, read-only workbook


def _has_formulas(workbook: Any, ws: Any) -> bool:
    try:
        return _FORMULA_TAG.search(_member(workbook, ws)) is not None
    except (AttributeError, KeyError):
        return False


def _uncached_formulas(workbook: Any, ws: Any, file_name: str) -> tuple[CellRef, ...]:
    """Cells with a formula and no cached value: data_only reads them as empty, which would be a lie."""
    import io

    found = []
    for _event, element in iterparse(io.BytesIO(_member(workbook, ws)), events=("end",)):
        if element.tag.endswith("}c"):
            children = {child.tag.rsplit("}", 1)[-1]: child.text for child in element}
            # openpyxl writes an empty <v/> for a formula it could not compute: no value either.
            if "f" in children and not children.get("v"):
                ref = element.get("r") or ""
                m = re.match(r"([A-Z]+)(\d+)", ref)
                if m:
                    found.append(CellRef(ws.title, int(m[2]), m[1]))
            element.clear()
    return tuple(found)


__all__ = [
    "HIDDEN_SHEET",
    "Identity",
    "LooseRow",
    "RawCell",
    "RawReturn",
    "RawRow",
    "header_key",
    "read_return",
]
