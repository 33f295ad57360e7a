"""Row heights for wrapped text in the workbooks we write.

Excel sizes a row to its wrapped text only when it recalculates the row itself; LibreOffice and WPS
open an openpyxl workbook with the default height and the wrapped lines of neighbouring rows overlap.
So every data row gets an explicit height from an estimate of its wrapped line count: a column of width
W (Excel's units, one digit of the body font) holds about W - 1 units of text, a Chinese character
takes two. The estimate errs on the tall side: a little white space rather than a cut line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from math import ceil
from typing import Any

LINE_HEIGHT = 14.5  # points per line of 11 pt 宋体 in Excel and WPS
PADDING = 4.5  # points above and below the text
MAX_HEIGHT = 409.0  # Excel's limit for one row
_WIDE_FROM = 0x1100  # Hangul Jamo onwards: CJK, full-width forms and punctuation take two units


def text_units(text: str) -> int:
    return sum(2 if ord(ch) >= _WIDE_FROM else 1 for ch in text)


def wrapped_lines(value: Any, width: float) -> int:
    """How many lines ``value`` takes in a wrapped cell ``width`` units wide."""
    if value is None:
        return 1
    if isinstance(value, date):  # as the ledger shows it, the longest of the formats we write
        text = f"{value.year}年{value.month}月{value.day}日"
    else:
        text = value if isinstance(value, str) else str(value)
    room = max(width - 1.0, 1.0)
    if "\n" not in text and len(text) * 2 <= room:  # most cells: short, one line, no counting
        return 1
    return sum(max(ceil(text_units(line) / room), 1) for line in text.split("\n"))


def row_height(values: Iterable[Any], widths: Sequence[float]) -> float:
    """The height (points) of a row whose cells hold ``values`` in columns ``widths`` units wide."""
    lines = max((wrapped_lines(v, w) for v, w in zip(values, widths, strict=False)), default=1)
    return min(lines * LINE_HEIGHT + PADDING, MAX_HEIGHT)
