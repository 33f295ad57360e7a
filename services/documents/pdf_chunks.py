"""A long table laid out one page at a time, so a sheet of 10,000 tasks costs ten times one of 1,000.

reportlab splits a Table at the foot of each page into the rows that fit and a new Table of all the rest,
which it measures again, with every style command of the rest copied: each page costs as much as all the
rows after it, and a long table's cost grows with the square of its length (1,000 tasks 5-7 s, 10,000
tasks 108 s). A ChunkedTable holds the rows and their style commands row by row; at each page it measures
only the rows that may still fit (each row's height once, kept for the next page), and hands the page a
plain Table of the header and those rows. The reader sees what reportlab's own split gives: the same rows
on each page, the header repeated on each, the same grid, fills and spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Table, TableStyle

# Rows measured at a time when the rows measured so far fill less than the page: about a page of the
# progress sheet's one- and two-line rows, so the last page measured is seldom mostly wasted.
_BATCH = 40


@dataclass
class ChunkRow:
    """One table row and the style commands that apply to it alone, written for row 0."""

    cells: list
    commands: list[tuple] = field(default_factory=list)


def shifted(command: tuple, row: int) -> tuple:
    """``command`` (for row 0) moved to ``row``."""
    name, (c0, r0), (c1, r1), *rest = command
    return (name, (c0, r0 + row), (c1, r1 + row), *rest)


@dataclass
class _Shared:
    """What the pieces of one table share: its rows, their heights as measured, how it is styled."""

    header: list | None
    rows: Sequence[ChunkRow]
    col_widths: list[float]
    commands: list[tuple]  # for the whole table: grid, fonts, padding, the header's fill
    heights: list[float] = field(default_factory=list)  # of rows[0 : len(heights)]
    header_height: float | None = None


class ChunkedTable(Flowable):
    """The rows from ``start`` on; it splits into a page's Table and a ChunkedTable of the rest."""

    def __init__(
        self,
        header: list | None,
        rows: Sequence[ChunkRow],
        col_widths: list[float],
        commands: list[tuple],
        *,
        space_before: float = 0,
        space_after: float = 0,
        _shared: _Shared | None = None,
        _start: int = 0,
    ) -> None:
        super().__init__()
        self._shared = _shared or _Shared(header, rows, col_widths, commands)
        self._start = _start
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.hAlign = "CENTER"
        self._fit = 0  # rows from start that fit in the height last offered
        self._whole: Table | None = None  # the table of all remaining rows, when they fit

    def _table(self, start: int, stop: int, *, first: bool, last: bool, measured: bool = True) -> Table:
        shared = self._shared
        offset = 1 if shared.header is not None else 0
        data = ([shared.header] if shared.header is not None else []) + [
            shared.rows[i].cells for i in range(start, stop)
        ]
        commands = list(shared.commands)
        for i in range(start, stop):
            commands.extend(shifted(c, i - start + offset) for c in shared.rows[i].commands)
        heights = None
        if measured and shared.header_height is not None and stop <= len(shared.heights):
            # Already measured: reportlab does not wrap every cell of the page a second time to size it.
            heights = ([shared.header_height] if offset else []) + shared.heights[start:stop]
        table = Table(
            data, colWidths=shared.col_widths, rowHeights=heights, repeatRows=offset, hAlign="CENTER"
        )
        table.setStyle(TableStyle(commands))
        table.spaceBefore = self.spaceBefore if first else 0
        table.spaceAfter = self.spaceAfter if last else 0
        return table

    def _measure(self, stop: int) -> None:
        """Heights of the rows up to ``stop``: those not yet measured, in one table of them."""
        shared = self._shared
        begin = len(shared.heights)
        if stop <= begin and shared.header_height is not None:
            return
        table = self._table(begin, max(stop, begin), first=False, last=False, measured=False)
        table.wrap(sum(shared.col_widths), 1e9)
        heights = list(table._rowHeights)  # reportlab's own measure of each row
        if shared.header is not None:
            shared.header_height = heights.pop(0)
        else:
            shared.header_height = 0.0
        shared.heights.extend(heights)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        shared = self._shared
        total = len(shared.rows)
        self._measure(min(total, self._start + _BATCH))
        used, n = shared.header_height or 0.0, self._start
        while n < total:
            if n >= len(shared.heights):
                self._measure(min(total, n + _BATCH))
            if used + shared.heights[n] > avail_height:
                break
            used += shared.heights[n]
            n += 1
        self._fit = n - self._start
        width = sum(shared.col_widths)
        if n == total:  # the rest fits: drawn here as one table
            self._whole = self._table(self._start, total, first=self._start == 0, last=True)
            return self._whole.wrap(avail_width, avail_height)
        self._whole = None
        return width, avail_height + 1  # more than the room: the frame asks for a split

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self._whole is not None:
            return [self._whole]
        if self._fit == 0:  # not one row under the header: the next page
            return []
        stop = self._start + self._fit
        page = self._table(self._start, stop, first=self._start == 0, last=False)
        rest = ChunkedTable(None, (), [], [], space_after=self.spaceAfter, _shared=self._shared, _start=stop)
        return [page, rest]

    def draw(self) -> None:
        if self._whole is not None:
            self._whole.drawOn(self.canv, 0, 0)
