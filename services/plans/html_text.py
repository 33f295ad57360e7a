"""A web page saved as a file — 网页另存为 .html, or a site's download that is HTML under a .doc or .txt name: its
text, one paragraph a line, as the plan readers expect.

Government sites publish most plans as pages; a clerk saves the page and imports it. Block elements (p, div, li,
h1–h6, br …) end a line, a table's cells are set apart by tabs and its rows by lines (the text-table readers read
them so), and what a browser never shows (script, style, the head but its title) is left out. Entities are
decoded by the parser; a no-break space is a space.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from services.plans.parser.model import PlanBlock

_BREAKS = {
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "h1", "h2", "h3",
    "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "hr", "center",
    "form", "title", "caption", "figure", "figcaption", "main", "address",
}  # fmt: skip
_CELLS = {"td", "th"}
_HIDDEN = {"script", "style", "noscript", "template", "head", "iframe", "object", "svg"}


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._hidden: list[str] = []  # the hidden elements open around the parser's place
        self._in_title = False
        self._cells = 0  # the cells begun on the line (a table's row)
        self._open_cells = 0  # cells open around the parser's place: a <p> inside one is no new line

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag == "body":
            self._hidden.clear()  # (a page that never closed its head)
        elif tag in _HIDDEN:
            self._hidden.append(tag)
            return
        if tag in _CELLS:
            self._line.append("\t" if self._cells else "")  # (a cell after the row's first: a tab before it)
            self._cells += 1
            self._open_cells += 1
        self._mark(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._mark(tag)  # <br/> / <hr/>

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._hidden and self._hidden[-1] == tag:
            self._hidden.pop()
            return
        if tag in _CELLS:
            self._open_cells = max(0, self._open_cells - 1)
        self._mark(tag)

    def handle_data(self, data: str) -> None:
        if self._hidden and not self._in_title:
            return
        self._line.append(data.replace("\xa0", " ").replace("\r", " ").replace("\n", " "))

    def _mark(self, tag: str) -> None:
        if tag in ("tr", "table"):
            self._open_cells = 0
        if tag in _BREAKS:
            if self._open_cells:  # (<td><p>…</p><p>…</p></td>: one cell's paragraphs, one row)
                self._line.append(" ")
            else:
                self.end_line()

    def end_line(self) -> None:
        # (a browser collapses runs of HTML blanks; a full-width space is text and stays)
        cells = [re.sub(r"[ \n\r\f]+", " ", cell).strip(" ") for cell in "".join(self._line).split("\t")]
        if any(cells):
            self.lines.append("\t".join(cells))
        self._line, self._cells = [], 0


def web_page(data: bytes) -> bool:
    """A whole web page, whatever the file is called."""
    return data[:512].lstrip(b"\xef\xbb\xbf").lstrip().lower().startswith((b"<!doctype html", b"<html"))


def html_blocks(text: str) -> list[PlanBlock]:
    """The page's text, a paragraph (or a table row, its cells tab-separated) a block."""
    parser = _PageText()
    parser.feed(text)
    parser.close()
    parser.end_line()
    return [PlanBlock(line) for line in parser.lines]
