"""The progress sheet for the printer: the same PdfDocument the PDF export lays out, as rich-text HTML.

PySide6-Essentials has no PDF renderer (QtPdf is an add-on, pypdfium2 is not a dependency), so the print
preview cannot draw the PDF's own pages; it lays out this HTML with Qt's text engine instead (the
ui/ side, ui/exports/print_preview.py). Both come from one ``PdfDocument``: the same title, subtitles,
columns, rows, section rows, light colours and summary, so what is printed says what the PDF says.
Only the HTML subset Qt's rich text understands is used (tables with <thead>, which Qt repeats on every
page, bgcolor, width percentages, font sizes in pt).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from models import Unit
from services.documents.pdf_spec import (
    PdfBarChart,
    PdfCell,
    PdfDocument,
    PdfPageBreak,
    PdfParagraph,
    PdfSpanRow,
    PdfTable,
)
from services.documents.progress_sheet import SheetChoice, progress_sheet
from services.documents.style import HEADER_FILL, SIZE_ER_HAO, SIZE_SI_HAO, light_colors
from services.ledger.lights import LightRule
from services.ledger.stats import load_plan_rows
from services.storage.database import Ledger, read_action

# 仿宋 for the body as in the PDF; the office's Windows fonts first, the bundled WenQuanYi last.
BODY_FONTS = "'FangSong', '仿宋', 'SimSun', 'WenQuanYi Micro Hei', sans-serif"
HEADING_FONTS = "'SimHei', '黑体', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"
_SPAN_FILL = "F2F2F2"
_BAR_FILL = "4472C4"


def load_progress_sheet(
    ledger: Ledger,
    plan_id: int,
    *,
    as_of: date,
    rule: LightRule = LightRule(),
    unit_id: int | None = None,
    lagging: bool = False,
    progress: Callable[[int, int], None] | None = None,
    reasons: bool = False,
) -> PdfDocument:
    """The progress sheet of the export's choices (whole plan, one unit, red and yellow only); a locked
    database is a Chinese message (read_action), not a crash dialog."""
    with read_action(ledger) as session:
        ledger = load_plan_rows(session, plan_id, as_of=as_of, rule=rule)
        unit = session.get(Unit, unit_id) if unit_id is not None else None
        choice = SheetChoice(
            unit_id=unit_id, unit_name=unit.name if unit else None, lagging=lagging, reasons=reasons
        )
    if progress is not None:
        progress(1, 1)
    return progress_sheet(ledger, choice, as_of=as_of)


def document_html(spec: PdfDocument) -> str:
    parts = [
        f'<html><body style="font-family: {BODY_FONTS}; font-size: {spec.body_size:g}pt;">',
        f'<p align="center" style="font-family: {HEADING_FONTS}; font-size: {SIZE_ER_HAO:g}pt;">'
        f"{_text(spec.title)}</p>",
    ]
    parts.extend(
        f'<p align="center" style="font-size: {SIZE_SI_HAO:g}pt; margin: 0;">{_text(line)}</p>'
        for line in spec.subtitle_lines
    )
    for block in spec.blocks:
        if isinstance(block, PdfParagraph):
            parts.append(_paragraph(block, spec.body_size))
        elif isinstance(block, PdfTable):
            parts.append(_table(block))
        elif isinstance(block, PdfBarChart):
            parts.append(_chart(block))
        elif isinstance(block, PdfPageBreak):
            parts.append('<p style="page-break-after: always; margin: 0;"></p>')
        else:
            raise TypeError(f"not a document block: {block!r}")
    parts.extend(f'<p align="right">{_text(line)}</p>' for line in spec.signature_lines)
    parts.append("</body></html>")
    return "\n".join(parts)


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _paragraph(block: PdfParagraph, size: float) -> str:
    if block.kind == "heading":
        return (
            f'<p style="font-family: {HEADING_FONTS}; text-indent: {2 * size:g}pt;">{_text(block.text)}</p>'
        )
    if block.kind == "note":
        return f'<p style="font-size: 10.5pt;">{_text(block.text)}</p>'
    indent = 0 if block.kind == "plain" else 2 * size
    return f'<p style="text-indent: {indent:g}pt; line-height: 150%;">{_text(block.text)}</p>'


def _cell(value: str | PdfCell | None, align: str, width: str = "") -> str:
    if isinstance(value, PdfCell):
        tint = light_colors(value.light)
        colour = f' bgcolor="#{tint.fill}"' if tint else ""
        text = _text(value.text)
        if tint:
            text = f'<span style="color: #{tint.text};">{text}</span>'
        if value.bold:
            text = f"<b>{text}</b>"
        return f'<td{width} align="{value.align or align}"{colour}>{text}</td>'
    return f'<td{width} align="{align}">{_text(value or "")}</td>'


def _table(table: PdfTable) -> str:
    total = sum(c.width for c in table.columns) or 1.0
    widths = [f' width="{100 * c.width / total:.1f}%"' for c in table.columns]
    rows = []
    if table.caption:
        rows.append(f"<p>{_text(table.caption)}</p>")
    rows.append(
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        f'style="border-collapse: collapse; font-size: {table.font_size:g}pt; border-color: #000000;">'
    )
    if table.show_header:
        header = "".join(
            f'<th{w} bgcolor="#{HEADER_FILL}" align="center" style="font-family: {HEADING_FONTS};">'
            f"{_text(c.header)}</th>"
            for c, w in zip(table.columns, widths, strict=True)
        )
        rows.append(f"<thead><tr>{header}</tr></thead>")
    for row in table.rows:
        if isinstance(row, PdfSpanRow):
            rows.append(
                f'<tr><td colspan="{len(table.columns)}" bgcolor="#{_SPAN_FILL}" '
                f'style="font-family: {HEADING_FONTS};">{_text(row.text)}</td></tr>'
            )
            continue
        cells = "".join(_cell(value, column.align) for value, column in zip(row, table.columns, strict=True))
        rows.append(f"<tr>{cells}</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _chart(chart: PdfBarChart) -> str:
    """A bar chart as a table: label, a bar as long as the value's share, the value."""
    rows = [f"<p><b>{_text(chart.title)}</b></p>", '<table cellspacing="2" cellpadding="1" width="100%">']
    top = chart.max_value or 1.0
    for bar in chart.bars:
        share = max(0.0, min(bar.value / top, 1.0))
        tint = light_colors(bar.light)
        fill = tint.fill if tint else _BAR_FILL
        length = round(share * 100)
        # Qt stretches a lone narrow table to its cell; a filled and an empty cell share the width.
        filled = f'<td width="{length}%" bgcolor="#{fill}">&nbsp;</td>' if length else ""
        empty = f'<td width="{100 - length}%">&nbsp;</td>' if length < 100 else ""
        rows.append(
            f'<tr><td width="30%" align="right">{_text(bar.label)}</td><td width="60%">'
            f'<table cellspacing="0" cellpadding="0" width="100%"><tr>{filled}{empty}</tr></table></td>'
            f'<td width="10%">{_text(chart.value_format.format(bar.value))}</td></tr>'
        )
    rows.append("</table>")
    return "\n".join(rows)
