"""Line breaks for table cells that follow the Chinese rules (标点禁则, GB/T 15834).

reportlab's CJK wrapping lets a closing mark hang at the end of a line, but only one: in 设备300台（套）。
the 。 after a hanging ） still started the next line. Here a cell's text is broken before reportlab
sees it, at the same width: a line that would start with a closing mark takes the last character of
the line above with it, an opening bracket goes down with what it opens, and a figure such as 2.14公里 or 60000 is not cut between its digits.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

# Marks that never start a line: full-width and ASCII closers.
NO_LINE_START = frozenset("，；：！？、。）》」』】〕〉％…!),.:;?]}%")
# Marks that never end one: opening brackets and quotes.
NO_LINE_END = frozenset("（《「『【〔〈“‘([{")
_FIGURE = frozenset("0123456789.%")
_LONGEST_FIGURE = 12  # characters: a longer run of digits may be cut like any text


@lru_cache(maxsize=8192)
def _width(ch: str, font: str, size: float) -> float:
    return stringWidth(ch, font, size)


def break_lines(text: str, font: str, size: float, width: float) -> str:
    """``text`` with a "\\n" wherever a line of ``width`` points must end; its own "\\n" kept."""
    if width <= size:  # a column narrower than one character: leave it to reportlab
        return text
    return "\n".join(_break(paragraph, font, size, width) for paragraph in text.split("\n"))


def _break(text: str, font: str, size: float, width: float) -> str:
    lines: list[list[str]] = []
    line: list[str] = []
    used = 0.0
    for ch in text:
        w = _width(ch, font, size)
        if line and used + w > width + 1e-6:
            # Where to cut: earlier, until the new line starts with a character that may start a
            # line and the old one ends with one that may end it.
            cut = len(line)
            while cut > 0 and ((line[cut:] or [ch])[0] in NO_LINE_START or line[cut - 1] in NO_LINE_END):
                cut -= 1
            if cut == 0:  # a column too narrow for the rules: the character hangs in the margin
                line.append(ch)
                used += w
                continue
            carry = [*line[cut:], ch]
            del line[cut:]
            # Keep a short figure whole.
            figure = 0
            while figure < len(line) and line[-1 - figure] in _FIGURE:
                figure += 1
            if carry[0] in _FIGURE and 0 < figure < len(line) and figure + len(carry) <= _LONGEST_FIGURE:
                carry = line[-figure:] + carry
                del line[-figure:]
            lines.append(line)
            line = carry
            used = sum(_width(c, font, size) for c in line)
            continue
        line.append(ch)
        used += w
    lines.append(line)
    return "\n".join("".join(chars) for chars in lines)
