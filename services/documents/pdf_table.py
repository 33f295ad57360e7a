"""Paragraph styles and the data table of the official-layout PDFs.

The table repeats its header on every page and wraps every cell (CJK wrapping: Chinese has no spaces).
reportlab cannot put a row taller than a page on any page (LayoutError), and its own remedy,
``splitInRow``, repeats the header row inside the page when combined with ``repeatRows`` (seen with
reportlab 5.1), so such a row is cut here into continuation rows before the table is made.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus import paragraph as _paragraph

from services.documents.fonts import PdfFonts
from services.documents.pdf_cells import LinesCell, paragraph_lines
from services.documents.pdf_chunks import ChunkedTable, ChunkRow, shifted
from services.documents.pdf_spec import PdfCell, PdfColumn, PdfSpanRow, PdfTable
from services.documents.pdf_wrap import break_lines
from services.documents.style import HEADER_FILL, SIZE_SI_HAO, light_colors

# Chinese line-breaking rules (标点禁则, GB/T 15834) forbid a line starting with a closing mark. reportlab
# 5.1's CJK wrapping knows 、。）but not the full-width comma, semicolon, colon, ! and ?, so a line of
# a cell could start with "；". Its list, read at each wrap by both its line breakers (one text run:
# textsplit.dumbSplit; several: paragraph.cjkFragSplit), gets the missing marks, once.
_NO_LINE_START = "，；：！？、。）》」』】〕〉％…"
for _module in (_textsplit, _paragraph):
    _module.ALL_CANNOT_START += "".join(c for c in _NO_LINE_START if c not in _module.ALL_CANNOT_START)

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
_PAD = 3.0  # cell padding, points
_SPAN_FILL = "F2F2F2"


def markup(text: str) -> str:
    """Paragraph takes a mini-HTML: user text must be escaped (a task may say ``<5%`` or ``A&B``)."""
    return escape(text).replace("\n", "<br/>")


class PdfStyles:
    """ParagraphStyles made on demand and reused: a 1,000-row table would otherwise make 8,000."""

    def __init__(self, fonts: PdfFonts, body_size: float) -> None:
        self.fonts = fonts
        self.body_size = body_size
        self._cache: dict[tuple, ParagraphStyle] = {}

    def get(
        self,
        font: str,
        size: float,
        *,
        align: str = "left",
        indent: float = 0.0,
        color: str = "000000",
        leading: float | None = None,
    ) -> ParagraphStyle:
        key = (font, size, align, indent, color, leading)
        style = self._cache.get(key)
        if style is None:
            style = ParagraphStyle(
                f"s{len(self._cache)}",
                fontName=font,
                fontSize=size,
                leading=leading or size * 1.35,
                alignment=_ALIGN[align],
                firstLineIndent=indent,
                textColor=colors.HexColor("#" + color),
                # Chinese has no spaces: wrap between any two characters, with the CJK line-break rules.
                wordWrap="CJK",
            )
            self._cache[key] = style
        return style


def _cell(
    value: str | PdfCell | None, column: PdfColumn, table: PdfTable, styles: PdfStyles, width: float
) -> Flowable:
    """The cell's lines, broken by the Chinese rules (services/documents/pdf_wrap.py), as a LinesCell; as a
    Paragraph, wrapped by reportlab, in a column narrower than a character (break_lines leaves those)."""
    fonts = styles.fonts
    if isinstance(value, PdfCell):
        tint = light_colors(value.light)
        font = fonts.heading if value.bold else fonts.table
        align, color, text = value.align or column.align, tint.text if tint else "000000", value.text
    else:
        font, align, color, text = fonts.table, column.align, "000000", value or ""
    style = styles.get(font, table.font_size, align=align, color=color)
    if width <= table.font_size:
        return Paragraph(markup(text), style)
    lines = paragraph_lines(break_lines(text, font, table.font_size, width))
    return LinesCell(lines, font, table.font_size, style.leading, align, style.textColor)


def _might_be_tall(cell: Flowable, inner_width: float, limit: float) -> bool:
    """A cheap over-estimate of the height, so only the rare long cell is wrapped twice."""
    if isinstance(cell, LinesCell):
        return cell.height > limit * 0.8
    style = cell.style
    text = cell.text
    per_line = max(inner_width / style.fontSize, 1.0)
    lines = len(text) / per_line + text.count("<br/>") + 1
    return lines * style.leading > limit * 0.8


def _cut_tall_row(cells: list[Paragraph], inner_widths: list[float], limit: float) -> list[list]:
    """The row itself when it fits on a page, else the row and continuation rows of at most ``limit``."""
    if not any(_might_be_tall(p, w, limit) for p, w in zip(cells, inner_widths, strict=True)):
        return [cells]
    pieces: list[list[Paragraph]] = []
    for paragraph, width in zip(cells, inner_widths, strict=True):
        parts: list[Paragraph] = []
        rest: Paragraph | None = paragraph
        while rest is not None:
            _, height = rest.wrap(width, limit)
            if height <= limit:
                parts.append(rest)
                break
            split = rest.split(width, limit)
            if len(split) < 2:  # cannot be cut (one enormous line); let reportlab complain
                parts.append(rest)
                break
            parts.append(split[0])
            rest = split[1]
        pieces.append(parts)
    depth = max(len(parts) for parts in pieces)
    return [[parts[i] if i < len(parts) else "" for parts in pieces] for i in range(depth)]


# Above this many rows a table is laid out a page at a time (services/documents/pdf_chunks.py); a short
# one — a summary, a notice's form — is one reportlab Table, as reportlab splits it.
CHUNKED_FROM = 60


def build_table(table: PdfTable, styles: PdfStyles, width: float, page_height: float) -> list[Flowable]:
    """The flowables of one table: its caption, if any, then the table."""
    n = len(table.columns)
    total = sum(column.width for column in table.columns) or 1.0
    col_widths = [width * column.width / total for column in table.columns]
    inner_widths = [w - 2 * _PAD for w in col_widths]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        # Plain-string cells (the blanks of a span row) would be set in Helvetica, a font not embedded.
        ("FONTNAME", (0, 0), (-1, -1), styles.fonts.table),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    header: list | None = None
    header_height = 0.0
    if table.show_header:
        header_style = styles.get(styles.fonts.heading, table.font_size, align="center")
        header = [Paragraph(markup(column.header), header_style) for column in table.columns]
        header_height = max(p.wrap(w, page_height)[1] for p, w in zip(header, inner_widths, strict=True))
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + HEADER_FILL)))
    # Room for one row under the repeated header, with slack for the caption and spacing.
    row_limit = page_height - header_height - 6 * _PAD - 40

    # Each row with the style commands of that row alone (written for row 0), so that a page's rows can
    # be made into a table of their own.
    rows: list[ChunkRow] = []
    span_style = styles.get(styles.fonts.heading, table.font_size)
    span_fill = colors.HexColor("#" + _SPAN_FILL)
    for row in table.rows:
        if isinstance(row, PdfSpanRow):
            cells = [Paragraph(markup(row.text), span_style)] + [""] * (n - 1)
            rows.append(
                ChunkRow(cells, [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), span_fill)])
            )
            continue
        if len(row) != n:
            raise ValueError(
                f"table row {len(rows) + (header is not None)} has {len(row)} cells for {n} columns"
            )
        cells = [
            _cell(value, column, table, styles, w)
            for value, column, w in zip(row, table.columns, inner_widths, strict=True)
        ]
        own: list[tuple] = []
        for c, value in enumerate(row):
            tint = light_colors(value.light) if isinstance(value, PdfCell) else None
            if tint is not None:
                own.append(("BACKGROUND", (c, 0), (c, 0), colors.HexColor("#" + tint.fill)))
        pieces = _cut_tall_row(cells, inner_widths, row_limit)
        if len(pieces) > 1:
            # The pieces are separate rows (a page may fall between them); top-aligned, they read on.
            own.append(("VALIGN", (0, 0), (-1, 0), "TOP"))
        rows.extend(ChunkRow(piece, own) for piece in pieces)

    if not rows and header is None:
        return []
    if len(rows) >= CHUNKED_FROM:
        flowable: Flowable = ChunkedTable(header, rows, col_widths, commands, space_before=4, space_after=8)
    else:
        flowable = _one_table(header, rows, col_widths, commands)
    if table.caption:
        caption = Paragraph(markup(table.caption), styles.get(styles.fonts.body, SIZE_SI_HAO))
        caption.keepWithNext = True
        return [caption, Spacer(1, 4), flowable]
    return [flowable]


def _one_table(header: list | None, rows: list, col_widths: list[float], commands: list[tuple]) -> Table:
    offset = 1 if header is not None else 0
    data = ([header] if header is not None else []) + [row.cells for row in rows]
    every = list(commands)
    for r, row in enumerate(rows, start=offset):
        every.extend(shifted(c, r) for c in row.commands)
    flowable = Table(
        data, colWidths=col_widths, repeatRows=offset, hAlign="CENTER", spaceBefore=4, spaceAfter=8
    )
    flowable.setStyle(TableStyle(every))
    return flowable
