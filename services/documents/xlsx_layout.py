"""Government-form workbooks: the Excel ledger, return templates, the roster.

What a city-level office expects of a ledger sheet: a merged title row in 黑体, subtitle rows (plan,
截至日期), a header row in 黑体 on grey, thin borders everywhere, wrapped text, set column widths, the
header frozen and filtered, A4 landscape printing fitted to the page width with the header repeated on
every page and ``第 X 页 共 Y 页`` in the footer. Lights are cell fills in the same colours as the PDF.

Everything here works on an ordinary worksheet and on a write-only one (``Workbook(write_only=True)``),
which the 10,000-task ledger needs for speed: rows are appended as ready-made cells, never edited after.

Formula injection: a task text such as ``=HYPERLINK(...)`` or ``-1+2`` typed by a clerk must stay text.
openpyxl turns any string starting with ``=`` into a formula; ``CellMaker``, ``set_value`` and ``text_cell``
store such text as a string with Excel's quote prefix, so Excel evaluates it neither on opening nor on
editing. Every helper here writes through them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from types import MethodType
from typing import Any, Literal
from weakref import WeakKeyDictionary

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from services.documents.style import HEADER_FILL, LIGHT_COLORS, light_colors
from services.documents.xlsx_rows import row_height
from services.files.export_files import write_atomically

Align = Literal["left", "center", "right"]

# Excel substitutes its default font for a name the PC lacks; these two ship with every Chinese
# Windows and with WPS. (仿宋_GB2312 is missing on Windows 10+, so it is not used.)
TITLE_FONT_NAME = "黑体"
BODY_FONT_NAME = "宋体"

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
TITLE_FONT = Font(name=TITLE_FONT_NAME, size=18)
SUBTITLE_FONT = Font(name=BODY_FONT_NAME, size=12)
HEADER_FONT = Font(name=TITLE_FONT_NAME, size=11)
BODY_FONT = Font(name=BODY_FONT_NAME, size=11)
HEADER_FILL_STYLE = PatternFill(fill_type="solid", fgColor=HEADER_FILL)
SPAN_FILL_STYLE = PatternFill(fill_type="solid", fgColor="F2F2F2")
_ALIGNMENTS = {
    align: Alignment(horizontal=align, vertical="center", wrap_text=True)
    for align in ("left", "center", "right")
}

_LIGHT_STYLES = {
    light: (
        PatternFill(fill_type="solid", fgColor=colors.fill),
        Font(name=BODY_FONT_NAME, size=BODY_FONT.size, color=colors.text),
    )
    for light, colors in LIGHT_COLORS.items()
}


@dataclass(frozen=True)
class XlsxColumn:
    header: str
    width: float  # in Excel's character units (a Chinese character is about 2)
    align: Align = "left"
    number_format: str | None = None  # e.g. "0%" or "yyyy-mm-dd"


@dataclass(frozen=True)
class XlsxCell:
    """A cell with more than a value: a traffic-light fill, its own alignment, 黑体."""

    value: Any
    light: str | None = None  # "red" | "yellow" | "green" | "grey" (services.ledger.lights.Light works too)
    align: Align | None = None
    bold: bool = False


@dataclass(frozen=True)
class XlsxSpanRow:
    """A row merged across the table, e.g. the section heading ``一、实施设备更新行动``."""

    text: str


@dataclass(frozen=True)
class XlsxSheet:
    title: str
    columns: tuple[XlsxColumn, ...]
    rows: tuple[tuple[Any, ...] | XlsxSpanRow, ...] | Iterable[tuple[Any, ...] | XlsxSpanRow]
    subtitle_lines: tuple[str, ...] = ()
    landscape: bool = True
    auto_filter: bool = True
    freeze_columns: int = 0  # columns kept in view when scrolling right (序号, 任务)


@dataclass(frozen=True)
class SheetLayout:
    """Where things landed, for callers that add validation, protection or a summary below."""

    header_row: int
    first_data_row: int
    last_row: int
    last_column: str


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def safe_text(value: Any) -> Any:
    """A value that ``cell.value = …`` or ``ws.append([...])`` stores as text, never as a formula.

    Formula-like strings become a one-run rich text, which openpyxl always writes as a string. Prefer
    ``set_value`` / ``text_cell``, which also set the quote prefix so editing the cell keeps it text.
    """
    return CellRichText(value) if is_formula_like(value) else value


def set_value(cell: Cell, value: Any) -> Cell:
    """Put ``value`` into ``cell``; text that looks like a formula stays text."""
    cell.value = value
    if is_formula_like(value):
        cell.data_type = "s"  # openpyxl made it "f" for a leading "="
        cell.quotePrefix = True  # Excel's leading apostrophe: text even after the user edits it
    return cell


def text_cell(ws: Any, value: Any) -> Cell:
    """A detached cell for ``ws.append`` (ordinary or write-only worksheet), value set safely."""
    return set_value(WriteOnlyCell(ws), value)


def fill_light(cell: Cell, light: str | None) -> None:
    """Colour a cell like a traffic light, with a text colour that stays readable on it."""
    styles = _LIGHT_STYLES.get(str(light)) if light is not None else None
    if styles is None:
        light_colors(light)  # raises on a value that is not a light; None means no fill
        return
    cell.fill, cell.font = styles


def set_column_widths(ws: Any, columns: Sequence[XlsxColumn]) -> None:
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width


def _merge(ws: Any, ref: str) -> None:
    # A write-only worksheet has no merge_cells(), but its writer does write ws.merged_cells.
    if hasattr(ws, "merge_cells"):
        ws.merge_cells(ref)
    else:
        ws.merged_cells.add(ref)


@dataclass(frozen=True)
class CellStyle:
    """How a cell looks; the module's Font/PatternFill constants are the usual parts."""

    font: Font = BODY_FONT
    align: Align = "left"
    border: bool = True
    fill: PatternFill | None = None
    number_format: str | None = None


TITLE_STYLE = CellStyle(font=TITLE_FONT, align="center", border=False)
SUBTITLE_STYLE = CellStyle(font=SUBTITLE_FONT, align="center", border=False)
HEADER_STYLE = CellStyle(font=HEADER_FONT, align="center", fill=HEADER_FILL_STYLE)
SPAN_STYLE = CellStyle(font=HEADER_FONT, fill=SPAN_FILL_STYLE)
NOTE_STYLE = CellStyle(font=BODY_FONT, align="left", border=False)  # 填表说明 under or above a form


def _cells_to_row(ws: Any, values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
    """openpyxl's WriteOnlyWorksheet._values_to_row for rows of ready-made cells.

    openpyxl's own first tries every item as a value (an exception for each cell) and then makes a
    spare cell after every styled one; on a ledger of 100,000 styled cells that is a third of the time.
    Here a cell is placed as it is, and anything else is bound to a fresh cell as openpyxl would.
    """
    for col_idx, value in enumerate(values, 1):
        if value is None:
            continue
        if isinstance(value, Cell):
            cell = value
        else:
            cell = WriteOnlyCell(ws)
            cell.value = value
        cell.column = col_idx
        cell.row = row_idx
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate
        yield cell


# Each workbook's resolved style arrays, by (id of the CellStyle, quoted); the CellStyle is kept in
# the value, so its id is not reused while the workbook lives.
_RESOLVED: WeakKeyDictionary[Any, dict[tuple, tuple[CellStyle, Any]]] = WeakKeyDictionary()


class CellMaker:
    """Makes styled, injection-safe cells for ``ws.append`` on one worksheet (ordinary or write-only).

    Setting font, border, alignment and fill on each of 100,000 cells costs seconds, because openpyxl
    hashes each style object to find it in the workbook's style tables. Each distinct look is resolved
    once here and its resolved index array (openpyxl's ``Cell._style``, the same thing openpyxl copies
    in ``copy_worksheet``) is given to every cell that looks the same. On a write-only sheet the cells
    are also placed in the row as they are (``_cells_to_row``).
    """

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self._streamed = isinstance(ws, WriteOnlyWorksheet)
        if self._streamed and "_values_to_row" not in vars(ws):
            ws._values_to_row = MethodType(_cells_to_row, ws)
        # Shared by every maker on the workbook: a form's title, table and notes are made by several.
        self._arrays = _RESOLVED.setdefault(ws.parent, {})
        self._variants: dict[tuple, CellStyle] = {}
        self._keep: list[CellStyle] = []

    def cell(self, value: Any, style: CellStyle) -> Cell:
        quoted = is_formula_like(value)
        key = (id(style), quoted)
        cached = self._arrays.get(key)
        if cached is None:
            cached = (style, self._resolve(style, quoted))
            self._arrays[key] = cached
        cell = WriteOnlyCell(self.ws, value)
        # On a write-only sheet the row is written out at append(), so nothing can restyle the cell
        # after: every cell that looks the same shares the one array. On an ordinary sheet a cell may be
        # restyled later (a template unlocks its editable cells), which edits the array in place: a copy.
        cell._style = cached[1] if self._streamed else copy(cached[1])
        if quoted:
            cell.data_type = "s"
        return cell

    def variant(self, style: CellStyle, light: str | None, bold: bool, align: Align | None) -> CellStyle:
        """``style`` with a traffic-light fill, 黑体, or another alignment (one object per combination)."""
        key = (id(style), None if light is None else str(light), bold, align)
        found = self._variants.get(key)
        if found is None:
            font, fill = (HEADER_FONT if bold else style.font), style.fill
            if light is not None:
                light_colors(light)  # raises on a value that is not a light
                fill, font = _LIGHT_STYLES[str(light)]
            found = CellStyle(font, align or style.align, style.border, fill, style.number_format)
            self._variants[key] = found
            self._keep.append(style)  # ids in the keys stay valid while this maker lives
        return found

    def _resolve(self, style: CellStyle, quoted: bool) -> Any:
        proto = WriteOnlyCell(self.ws)
        proto.font = style.font
        proto.alignment = _ALIGNMENTS[style.align]
        if style.border:
            proto.border = BORDER
        if style.fill is not None:
            proto.fill = style.fill
        if style.number_format:
            proto.number_format = style.number_format
        if quoted:
            proto.quotePrefix = True
        return proto._style


def write_title(
    ws: Any, title: str, n_columns: int, subtitle_lines: Sequence[str] = (), *, first_row: int = 1
) -> int:
    """Append the merged title and subtitle rows; return the number of the next row.

    ``first_row`` is the row the next ``ws.append`` writes (1 on a new sheet); a write-only sheet cannot
    tell us. Merged rows get an explicit height: Excel does not size a merged cell's row to its text.
    """
    last = get_column_letter(n_columns)
    maker = CellMaker(ws)
    row = first_row
    # A write-only sheet writes a row's height with the row: set it first.
    ws.row_dimensions[row].height = 36
    ws.append([maker.cell(title, TITLE_STYLE)])
    _merge(ws, f"A{row}:{last}{row}")
    for line in subtitle_lines:
        row += 1
        ws.row_dimensions[row].height = 20
        ws.append([maker.cell(line, SUBTITLE_STYLE)])
        _merge(ws, f"A{row}:{last}{row}")
    return row + 1


def append_merged_row(
    ws: Any, row: int, text: str, n_columns: int, style: CellStyle = NOTE_STYLE, height: float | None = None
) -> int:
    """Append one line merged across the table (an instruction, a 填报单位 line); return the next row.

    ``row`` is the row this append writes; ``height`` is needed when the text wraps, since Excel does not
    size a merged row to its text (about 15 points per line at 11 pt).
    """
    if height is not None:
        ws.row_dimensions[row].height = height
    maker = CellMaker(ws)
    cells = [maker.cell(text, style)]
    if style.border or style.fill is not None:
        cells += [maker.cell(None, style) for _ in range(n_columns - 1)]
    ws.append(cells)
    _merge(ws, f"A{row}:{get_column_letter(n_columns)}{row}")
    return row + 1


def write_table_sheet(ws: Any, sheet: XlsxSheet) -> SheetLayout:
    """Write a whole form on a new, empty sheet: title, header, rows, and the print layout.

    Widths, frozen panes and page properties are set before the first row because a write-only sheet
    streams them out with it.
    """
    columns = sheet.columns
    n = len(columns)
    last_column = get_column_letter(n)
    header_row = 2 + len(sheet.subtitle_lines)
    set_column_widths(ws, columns)
    ws.freeze_panes = f"{get_column_letter(sheet.freeze_columns + 1)}{header_row + 1}"
    set_print_layout(ws, header_row, landscape=sheet.landscape)

    write_title(ws, sheet.title, n, sheet.subtitle_lines)
    maker = CellMaker(ws)
    widths = [c.width for c in columns]
    # Heights from the wrapped text, set before each append (a write-only sheet streams the row out):
    # without them LibreOffice and WPS draw wrapped lines over the next row (services/documents/xlsx_rows.py).
    ws.row_dimensions[header_row].height = row_height((c.header for c in columns), widths)
    ws.append([maker.cell(column.header, HEADER_STYLE) for column in columns])
    body_styles = [CellStyle(align=c.align, number_format=c.number_format) for c in columns]
    row = header_row
    for values in sheet.rows:
        row += 1
        if isinstance(values, XlsxSpanRow):
            ws.row_dimensions[row].height = row_height([values.text], [sum(widths)])
            # Every merged cell keeps its border, or Excel draws half a box.
            ws.append(
                [maker.cell(values.text, SPAN_STYLE), *(maker.cell(None, SPAN_STYLE) for _ in columns[1:])]
            )
            _merge(ws, f"A{row}:{last_column}{row}")
            continue
        if len(values) != n:
            raise ValueError(f"sheet row {row} has {len(values)} cells for {n} columns")
        shown = (v.value if isinstance(v, XlsxCell) else v for v in values)
        ws.row_dimensions[row].height = row_height(shown, widths)
        ws.append([_data_cell(maker, value, style) for value, style in zip(values, body_styles, strict=True)])

    if sheet.auto_filter and row > header_row:
        ws.auto_filter.ref = f"A{header_row}:{last_column}{row}"
    return SheetLayout(header_row, header_row + 1, row, last_column)


def _data_cell(maker: CellMaker, value: Any, style: CellStyle) -> Cell:
    if not isinstance(value, XlsxCell):
        return maker.cell(value, style)
    return maker.cell(value.value, maker.variant(style, value.light, value.bold, value.align))


def set_print_layout(ws: Any, header_row: int, *, landscape: bool = True) -> None:
    """A4, fitted to the page width, header rows repeated, ``第 X 页 共 Y 页`` centred in the footer."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    # As wide as the page, as many pages long as it takes: a ledger must never print one column per page.
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.7, header=0.3, footer=0.3)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddFooter.center.font = BODY_FONT_NAME


def save_workbook(workbook: Workbook, path: Path | str) -> Path:
    """Save atomically; ExportFailed when the folder is missing, the file is open in Excel, the disk full."""
    return write_atomically(Path(path), lambda temp: workbook.save(temp))
