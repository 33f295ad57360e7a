"""A table cell of plain text whose lines are already broken, drawn as reportlab draws such a Paragraph.

A progress sheet's cells are plain text broken into lines by services/documents/pdf_wrap.py. As
Paragraphs, each was parsed as markup, wrapped again character by character, and laid out from its
fragments, at each measuring and at drawing: two thirds of a 1,000-task sheet's time. Here a cell is
its lines and their widths: its height is the number of lines times the leading, and it draws each line
where Paragraph would (the first baseline one font size below the top, each next one leading lower; left,
centred or right in the cell's width), in the same font, size and colour — the page looks the same.
"""

from __future__ import annotations

import re

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

_SPACES = re.compile(r"\s+")


def paragraph_lines(text: str) -> list[str]:
    """The lines a Paragraph of ``text`` (its "\\n" given as <br/>) shows: runs of white space are one
    space and a line's leading space goes; a trailing space stays (unseen, but it counts in the width a
    centred line is centred by, as in reportlab's CJK wrapping); a last empty line after a break is
    not a line."""
    lines = [_SPACES.sub(" ", line).lstrip() for line in text.split("\n")]
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return [] if lines == [""] else lines


class LinesCell(Flowable):
    def __init__(self, lines: list[str], font: str, size: float, leading: float, align: str, color) -> None:
        super().__init__()
        self.lines = lines
        self.font, self.size, self.leading, self.align, self.color = font, size, leading, align, color
        self.width = 0.0
        self.height = leading * len(lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The lines that fit in ``avail_height`` and the rest, as Paragraph splits by lines."""
        fit = int(avail_height // self.leading) if self.leading else len(self.lines)
        if fit <= 0 or fit >= len(self.lines):
            return []
        return [self._part(self.lines[:fit]), self._part(self.lines[fit:])]

    def _part(self, lines: list[str]) -> LinesCell:
        return LinesCell(lines, self.font, self.size, self.leading, self.align, self.color)

    def draw(self) -> None:
        if not self.lines:
            return
        canvas = self.canv
        # The first baseline one font size below the top: Paragraph's, with reportlab's default
        # paraFontSizeHeightOffset (the font's ascent otherwise).
        top = self.height - (self.size if rl_config.paraFontSizeHeightOffset else self._ascent())
        canvas.saveState()
        canvas.setFillColor(self.color)
        text = canvas.beginText(0, top)
        text.setFont(self.font, self.size, self.leading)
        for line in self.lines:
            # As Paragraph draws a line: moved right by the spare room (half of it when centred), the
            # text, back to the left edge, down one leading.
            dx = 0.0
            if self.align != "left":
                spare = self.width - stringWidth(line, self.font, self.size)
                dx = spare / 2 if self.align == "center" else spare
            if dx:
                text.setXPos(dx)
            text.textLine(line)
            if dx:
                text.setXPos(-dx)
        canvas.drawText(text)
        canvas.restoreState()

    def _ascent(self) -> float:
        return getAscentDescent(self.font, self.size)[0]
