"""A plan issued as a text PDF, read back into the paragraphs its .txt would have.

A PDF made by Word/WPS keeps the text but not the paragraphs: every line is broken at the page width,
each page carries a running header and a page number (— 3 — / -3- / 第3页 共9页). The text runs of each
page are put into lines by their baseline (pypdf gives each run's position), the page furniture at the
top and bottom of the page is dropped, and the lines a paragraph wrapped onto are joined again, so the
parser sees what it sees in a .txt. A scanned PDF (pictures of pages, no text layer), an encrypted one
and a damaged one are refused with a message that says what the file is and what to ask for instead.

pypdf is imported here only, and this module only for a PDF, so `parse-plan` of a .txt/.docx does not
pay for it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any
from unicodedata import east_asian_width

from services.errors import PlanRejected
from services.plans.parser.clause_lines import is_clause_line
from services.plans.parser.header import is_page_number
from services.plans.parser.model import PlanBlock
from services.plans.parser.rewrap import NUMBERED, inside_bracket
from services.plans.parser.text import fold
from services.plans.pdf_tables import tables_in

PDF_SCANNED = (
    "这是扫描版 PDF：页面只是图片，没有可以读取的文字层。请向发文单位索取 Word 原件（.docx，或 .wps "
    "另存的 .docx），或先用 OCR 软件（如 WPS 的“图片转文字”）识别成文字，另存为 .docx 或 .txt 后再导入"
)
PDF_ENCRYPTED = (
    "这是加密的 PDF（设置了打开密码），无法读取其中的文字。请向发文单位索取未加密的文件或 Word 原件"
    "（.docx），或用知道密码的阅读器打开后把文字复制到 .txt 文件再导入"
)
PDF_BROKEN = "这是 PDF 文件，但内容已损坏或不完整，无法读取。请重新下载，或向发文单位索取 Word 原件（.docx）"
PDF_GARBLED = (
    "这是 PDF 文件，但文字层无法正确解码（字体没有附带文字编码，读出来是乱码）。请向发文单位索取 Word "
    "原件（.docx），或用 OCR 软件识别后另存为 .txt 再导入"
)

# A sentence, a list item or a label ends here; the next line starts a new paragraph.
_ENDS_PARAGRAPH = tuple("。；：！？;:!?")
_PAGE_FOOTER = re.compile(r"^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")
# pypdf puts a space where runs sit apart (a justified line, a change to a Latin font for digits):
# between Chinese characters, or a Chinese character and a digit, a space is never the document's
# (牵头单 位 must read 牵头单位; 2027 年 is 2027年).
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2018-\u201d"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])[ \u00a0]+(?=[{_CJK}0-9])|(?<=[0-9])[ \u00a0]+(?=[{_CJK}])")
# …except after a row's number at the start of a line: `1 地区生产总值增长7%` is item 1, as its .txt has it;
# not a figure wrapped onto the line with its measure word (`12 月底前完成`, `300 个`): 2025年12月 must read whole.
_LEADING_NUMBER = re.compile(
    rf"^\s*\d{{1,3}}[ \u00a0]+(?=[{_CJK}])(?![年月日号时个项家户所处座条台套辆名人万亿千百余多公米吨元倍%％])"
)
_BASELINE_TOLERANCE = 0.3  # of the font size: runs whose baselines differ less are on one line
_MARGIN_SHARE = 0.12  # the top and bottom 12% of a page hold its header and footer
_SHORT_OF_MARGIN = 3.5  # characters a wrapped line may stop before the right edge
_MIRROR_LEEWAY = 2  # characters the true right margin may be narrower than the left
_CELL_GAP = 4  # characters of empty space between two runs on one baseline: two table cells
_MIN_TEXT = 20  # characters a page's text layer needs before the document counts as text


@dataclass
class _Line:
    x: float
    y: float
    size: float
    text: str
    # The runs the line was drawn in, each where it starts: a table's cells are runs side by side.
    runs: list[_Line] = field(default_factory=list)
    page: tuple[float, float] = (0.0, 0.0)  # the page's left and right edges, in the units of x

    @property
    def right(self) -> float:
        """Where the line ends: a CJK character (and “”、 which a Chinese font sets full width) is one
        em wide, Latin letters and digits half of one."""
        width = sum(1.0 if east_asian_width(ch) in "WFA" else 0.5 for ch in self.text.strip())
        return self.x + width * self.size


def pdf_blocks(name: str, path: Path) -> list[PlanBlock]:
    """The PDF's text, one paragraph a block; PlanRejected for a scanned, encrypted or damaged file."""
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise PlanRejected(name, PDF_ENCRYPTED)
        pages = [_page_lines(page) for page in reader.pages]
    except PlanRejected:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
        # pypdf raises its own errors for a damaged file, and plain ones from deep in a broken object.
        raise PlanRejected(name, PDF_BROKEN) from error
    if not pages:
        raise PlanRejected(name, PDF_BROKEN)
    text = "".join(line.text for page in pages for line in page)
    if len(text.strip()) < _MIN_TEXT * len(pages) / 4:
        raise PlanRejected(name, PDF_SCANNED)
    if not _readable(text):
        raise PlanRejected(name, PDF_GARBLED)
    lines = _without_page_furniture(pages)
    return _blocks(lines)


def _blocks(lines: list[_Line]) -> list[PlanBlock]:
    """Paragraphs, and a task table's rows as rows of cells (`pdf_tables`), in the document's order."""
    tables = tables_in(lines)
    text_lines = [line for index, line in enumerate(lines) if not any(a <= index < b for a, b, _ in tables)]
    blocks: list[PlanBlock] = []
    start = 0
    for first, end, rows in [*tables, (len(lines), len(lines), [])]:
        blocks.extend(PlanBlock(paragraph) for paragraph in _paragraphs(lines[start:first], text_lines))
        blocks.extend(PlanBlock("\t".join(row), row) for row in rows)
        start = end
    return blocks


def _opens_without_password(reader: Any) -> bool:
    """Offices often publish PDFs with only an owner password (no copying or printing): those open
    with an empty user password and their text reads. AES needs a crypto library pypdf may not have."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf's DependencyError (AES without a crypto package) and damaged keys
        return False


def _page_lines(page: Any) -> list[_Line]:
    """The page's text runs grouped into lines by baseline, top to bottom, left to right."""
    runs: list[_Line] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, font_size: float) -> None:
        if not text or not text.strip("\n"):
            return
        # The run's origin and size on the page: text matrix times current transformation matrix.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]) or 1.0
        for offset, piece in enumerate(text.split("\n")):
            # A run pypdf hands over with a line break inside: the rest sits a line lower.
            if piece.strip() or offset == 0:
                runs.append(_Line(x, y - offset * font_size * scale, abs(font_size * scale) or 10.0, piece))

    page.extract_text(visitor_text=visit)
    lines: list[_Line] = []
    for run in sorted(runs, key=lambda r: -r.y):  # stable: runs of one line keep their drawing order
        same = next((line for line in lines if abs(line.y - run.y) < _BASELINE_TOLERANCE * run.size), None)
        if same is None:
            lines.append(_Line(run.x, run.y, run.size, run.text, [run]))
            continue
        same.runs.append(run)
        if run.x < same.x - same.size and run.text.strip():  # drawn right to left: keep the page's order
            same.text, same.x = run.text + same.text, run.x
        else:
            gap = run.x - same.right
            # A wide gap on one baseline is a table's next cell; the parser reads tab-separated rows.
            # Widths are estimates (justified text spreads a line, a font change may report a stale
            # size), so only a gap of several characters counts.
            size = max(same.size, run.size)
            same.text += ("\t" if gap > _CELL_GAP * size and same.text.strip() else "") + run.text
    for line in lines:
        line.text = _closed_up(line.text).strip()
        for run in line.runs:
            run.text = _CJK_GAP.sub("", run.text)
    lines = [line for line in lines if line.text]
    bottom, height = float(page.mediabox.bottom), float(page.mediabox.height) or 1.0
    for line in lines:
        line.y = (line.y - bottom) / height  # as a share of the page, so pages of any size compare
        line.page = (float(page.mediabox.left), float(page.mediabox.right))
    return lines


def _without_page_furniture(pages: list[list[_Line]]) -> list[_Line]:
    """Drop page numbers, and headers/footers repeated on most pages, from each page's margins."""
    repeated = _repeated_margin_lines(pages)
    kept: list[_Line] = []
    for page in pages:
        for index, line in enumerate(page):
            in_margin = line.y > 1 - _MARGIN_SHARE or line.y < _MARGIN_SHARE
            at_edge = index in (0, len(page) - 1) or in_margin
            folded = fold(line.text).replace(" ", "")
            if at_edge and (is_page_number(folded) or _PAGE_FOOTER.match(folded)):
                continue
            if in_margin and "\t" not in line.text and _furniture_key(line.text) in repeated:
                continue  # (a table's header repeated at the top of each page has cells: it is kept)
            kept.append(line)
    return kept


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", fold(text).replace(" ", ""))


def _plan_text(text: str) -> bool:
    """A numbered item or a clause line is the plan's own text, however alike its lines are from page to
    page (`12.推进…` and `13.推进…` differ only in digits; `牵头单位：区住建局` may open several pages)."""
    folded = fold(text).strip()
    return bool(NUMBERED.match(folded) or is_clause_line(folded))


def _repeated_margin_lines(pages: list[list[_Line]]) -> set[str]:
    """Margin lines (digits aside) that recur on at least half the pages: a running header or footer."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        keys = {
            _furniture_key(line.text)
            for line in page
            if (line.y > 1 - _MARGIN_SHARE or line.y < _MARGIN_SHARE) and not _plan_text(line.text)
        }
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if count >= 2 and count * 2 >= len(pages)}


def _paragraphs(lines: list[_Line], document: list[_Line] | None = None) -> list[str]:
    """Join the lines a paragraph wrapped onto (see _continues); the text block's edges and line
    pitch are the `document`'s, so a few lines before a table are measured like the rest."""
    if not lines:
        return []
    everything = document or lines
    # pypdf may report a line's first run in the size of the text drawn before it (a footer), so
    # widths are measured in the body size: the size most lines have.
    size = _most_common(round(line.size) for line in everything)
    for line in everything:
        line.size = size
    # The text block's edges are where at least three lines start and end (a centred title, a
    # footnote or a wide table row does not move them); rounded to 2 pt because a justified line ends a little off the edge.
    left = min(
        _frequent(round(line.x / 2) * 2 for line in everything) or [min(line.x for line in everything)]
    )
    right = _right_edge([line.right for line in everything], size)
    right = _margin(right, everything, size)
    edges = _Edges(left, right, _indents_paragraphs(everything, left, right))
    # A gap well over the usual line pitch is a blank line in the source: a web table copied one cell
    # a line keeps its rows apart by them (on one page; a page break says nothing).
    pitches = [round(a.y - b.y, 3) for a, b in pairwise(everything) if a.y > b.y]
    pitch = _most_common(pitches) if pitches else 0.0
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in lines:
        gap = previous is not None and pitch and previous.y - line.y > 1.6 * pitch
        if gap:
            paragraphs.append("")
        if previous is not None and not gap and _continues(previous, line, edges):
            joiner = " " if previous.text[-1:].isascii() and line.text[:1].isascii() else ""
            paragraphs[-1] += joiner + line.text
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


@dataclass(frozen=True)
class _Edges:
    left: float
    right: float
    indents: bool  # the document indents a paragraph's first line, as Word's 公文 style does


def _full(line: _Line, right: float) -> bool:
    # A wrap may end short of the margin: a number or Latin word is not broken, so the line before it
    # stops early (到 / 2027年), by up to a few characters when the line is not spread to the margin.
    return line.right >= right - _SHORT_OF_MARGIN * line.size


def _indented(line: _Line, left: float) -> bool:
    return line.x > left + 1.2 * line.size


def _indents_paragraphs(lines: list[_Line], left: float, right: float) -> bool:
    """Most lines after a paragraph's short last line start indented: the document indents its
    paragraphs, so an unindented line is a wrap even after a full stop at the margin."""
    starts = [line for previous, line in pairwise(lines) if not _full(previous, right)]
    return bool(starts) and sum(_indented(line, left) for line in starts) * 5 >= len(starts) * 3


def _continues(previous: _Line, line: _Line, edges: _Edges) -> bool:
    """The next line continues the paragraph when it does not start with numbering, the line before
    runs to the right margin (a short line is a heading or a paragraph's end), the next is not
    indented, and the line before does not end a sentence (in a document without first-line
    indents: a full stop at the margin is then the only sign of a paragraph's end, unless the line
    stopped inside a bracket it opened: `（责任单位：` at the margin is a clause cut in two)."""
    if NUMBERED.match(fold(line.text)) or "\t" in previous.text or "\t" in line.text:
        return False  # numbering starts an item; table rows stay rows
    if not _full(previous, edges.right) or _indented(line, edges.left):
        return False
    return edges.indents or not previous.text.endswith(_ENDS_PARAGRAPH) or inside_bracket(previous.text)


def _closed_up(text: str) -> str:
    """The line without the spaces pypdf put between runs (_CJK_GAP), keeping a leading number's."""
    number = _LEADING_NUMBER.match(text)
    if number is None:
        return _CJK_GAP.sub("", text)
    return number.group() + _CJK_GAP.sub("", text[number.end() :])


def _right_edge(rights: list[float], size: float) -> float:
    """Where full lines end: the furthest edge at least three lines reach to within a character. A
    justified page ends them on the margin; a ragged one (left-aligned, half-width commas) a little
    short of it, each a different little — and lines that end alike by chance, a short label line
    repeated under every measure, must not pass for the margin."""
    rights = sorted(rights)
    reached = [x for index, x in enumerate(rights) if index + 1 - bisect_left(rights, x - size) >= 3]
    return reached[-1] if reached else rights[-1]


def _margin(right: float, lines: list[_Line], size: float) -> float:
    """The right margin: the edge full lines reach (`right`), unless that edge is short of two thirds
    of the way to where the margin would mirror the left one (and, past half of it, the lines that reach
    it say the same thing again). Then no line is full: a notice of short
    field lines (`牵头单位：县住建局` / `完成时限：…` under every card) has repeated labels that end
    together, and taken for the margin they would run every card into one paragraph. (Widths are
    estimates: a line set partly in a Latin font can measure a quarter short, so the test is loose.)"""
    pages = [line.page for line in lines if line.page[1] > line.page[0]]
    if not pages:
        return right
    page_left, page_right = max(set(pages), key=pages.count)
    start = min(line.x for line in lines)
    mirrored = page_right - (start - page_left)
    share = (right - start) / (mirrored - start) if mirrored > start else 1.0
    if share >= 2 / 3:
        return right
    # Between half and two thirds of the way, a narrow text block (a wide right margin) ends its full
    # lines, all different, on its own margin; labels repeated under every card end on the same words.
    reaching = [line.text for line in lines if right - size <= line.right <= right + 0.5 * size]
    if share >= 1 / 2 and len(set(reaching)) * 2 > len(reaching):
        return right
    return mirrored - _MIRROR_LEEWAY * size


def _most_common(values: Any) -> float:
    counts: dict[float, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda v: (counts[v], -v))


def _frequent(values: Any) -> list[float]:
    """Values shared by at least three lines: the right edge of full lines, not one long outlier."""
    counts: dict[float, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return [value for value, count in counts.items() if count >= 3]


def _readable(text: str) -> bool:
    """Text that is mostly Chinese, ASCII and CJK punctuation; a font without a ToUnicode map reads as
    private-use or control characters instead."""
    sample = [ch for ch in text[:20000] if not ch.isspace()]
    plain = sum(
        1
        for ch in sample
        if (ch.isascii() and ch.isprintable())
        or "\u4e00" <= ch <= "\u9fff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
        or "\u2000" <= ch <= "\u206f"
        or "\u2460" <= ch <= "\u24ff"
    )
    return plain * 10 >= len(sample) * 8
