"""What a PDF says, as plain frozen values: built on a worker thread from query results, then laid out
by services/documents/pdf_layout.py. Nothing here knows reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from services.documents.style import SIZE_SAN_HAO, SIZE_WU_HAO

__all__ = [
    "Align",
    "Block",
    "PdfBar",
    "PdfBarChart",
    "PdfCell",
    "PdfColumn",
    "PdfDocument",
    "PdfPageBreak",
    "PdfParagraph",
    "PdfSpanRow",
    "PdfTable",
    "Row",
]

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class PdfBar:
    label: str
    value: float
    light: str | None = None  # colour the bar like a traffic light; default is a neutral blue


@dataclass(frozen=True)
class PdfBarChart:
    title: str
    bars: tuple[PdfBar, ...]
    max_value: float = 100.0
    value_format: str = "{:.0f}%"


@dataclass(frozen=True)
class PdfParagraph:
    """A paragraph of running text.

    kind: "body" 仿宋 with the two-character first-line indent; "heading" 黑体 (一、 headings), also
    indented; "plain" no indent (the addressee line ``区发改委：``); "note" small print (填表说明).
    """

    text: str
    kind: Literal["body", "heading", "plain", "note"] = "body"


@dataclass(frozen=True)
class PdfCell:
    """A table cell with more than text: a traffic-light fill, its own alignment, 黑体 weight."""

    text: str
    light: str | None = None  # "red" | "yellow" | "green" | "grey" (services.ledger.lights.Light works too)
    align: Align | None = None  # None: the column's alignment
    bold: bool = False


@dataclass(frozen=True)
class PdfSpanRow:
    """A row across the whole table, e.g. the section heading ``一、实施设备更新行动`` in a ledger."""

    text: str


@dataclass(frozen=True)
class PdfColumn:
    header: str
    width: float  # share of the printable width; the shares of a table are scaled to add up to 1
    align: Align = "left"


Row = tuple[str | PdfCell | None, ...] | PdfSpanRow


@dataclass(frozen=True)
class PdfTable:
    columns: tuple[PdfColumn, ...]
    rows: tuple[Row, ...]
    caption: str | None = None  # a line above the table (表1 …, or 填报单位：… on a form)
    font_size: float = SIZE_WU_HAO
    show_header: bool = True  # False for a label/value form such as a 督办单


@dataclass(frozen=True)
class PdfPageBreak:
    pass


Block = PdfParagraph | PdfTable | PdfBarChart | PdfPageBreak


@dataclass(frozen=True)
class PdfDocument:
    title: str
    blocks: tuple[Block, ...] = ()
    subtitle_lines: tuple[str, ...] = ()  # plan name, 截至日期, 文号 — centred under the title
    landscape: bool = False
    signature_lines: tuple[str, ...] = ()  # ("区领导小组办公室", "2024年7月20日"), bottom right
    author: str = ""  # PDF metadata, e.g. the office's name
    body_size: float = SIZE_SAN_HAO
    page_numbers: bool = True


_MM = 72 / 25.4  # points in a millimetre (reportlab.lib.units.mm)


def page_margins(is_landscape: bool) -> tuple[float, float, float, float]:
    """(top, right, bottom, left) in points.

    Portrait follows GB/T 9704 (天头 37 mm, 订口 28 mm, text block 156 x 225 mm). A landscape sheet is a
    table for a meeting, not a bound document: narrower margins leave room for eight or more columns.
    """
    if is_landscape:
        return (20 * _MM, 18 * _MM, 20 * _MM, 18 * _MM)
    return (37 * _MM, 26 * _MM, 35 * _MM, 28 * _MM)
