"""Plans in the open formats offices also receive: OFD (GB/T 33190) and OpenDocument text (.odt).

Both are zip packages of XML, like a .docx. An OFD is a page layout: its text comes as positioned
runs, put back into lines by their place on the page (the parser joins lines a page broke). An .odt
keeps paragraphs and tables as a .docx does. The caller (services/plans/reader.py) has checked the
package for zip bombs and DTDs before either is parsed; lxml is told not to resolve entities anyway.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections import Counter
from itertools import pairwise
from typing import Any, NamedTuple
from unicodedata import east_asian_width

from services.errors import PlanRejected
from services.plans.layout_cells import Cell, table_lines
from services.plans.parser.model import PlanBlock

OFD_EMPTY = (
    "这是 OFD 版式文件，但其中没有可以读取的文字（可能是扫描件或只含图片）。"
    "请向发文单位索取 Word 原件（.docx），或用 OFD 阅读器打开后将文字复制到 .txt 文件再导入"
)
OFD_BROKEN = (
    "这是 OFD 版式文件，但文件结构不完整或已损坏，无法读取其中的文字。"
    "请重新下载；或用 OFD 阅读器（如数科阅读器）打开，导出为 PDF 或另存为 Word（.docx）后再导入，"
    "也可以把全文复制到 .txt 文件再导入"
)
ODT_BROKEN = (
    "这是 OpenDocument 文档（.odt），但内容已损坏或不完整。请在 WPS/LibreOffice 中打开后另存为 .docx 再导入"
)
ODT_EMPTY = "这是 OpenDocument 文档（.odt），但其中没有任何文字。请确认选择了正确的方案文件"

_LINE_TOLERANCE = 1.5  # millimetres: runs whose baselines differ less than this are on one line
_CELL_GAP = 0.5  # characters of space between two TextObjects on one baseline that make them two cells
_BLANK_LINE_PITCHES = 1.6  # a step down the page this many line pitches long: a blank line between
DEFAULT_SIZE = 5.6  # millimetres: 三号 (16 pt), a 公文's body size, for a run that states no size


def _parse(archive: zipfile.ZipFile, member: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(archive.read(member), parser)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element: Any, name: str) -> str | None:
    found = next((e for e in element.iter() if _local(e.tag) == name), None)
    return (found.text or "").strip() if found is not None else None


# --- OFD ----------------------------------------------------------------------------------------


def ofd_blocks(name: str, archive: zipfile.ZipFile) -> list[PlanBlock]:
    """The text of every page of the first document, one line of the page a block."""
    names = set(archive.namelist())
    try:
        root = _parse(archive, "OFD.xml")
        document = _child_text(root, "DocRoot")
        if not document:
            raise PlanRejected(name, OFD_BROKEN)
        document = document.lstrip("/")
        pages = [
            _resolve(document, page.get("BaseLoc") or "")
            for page in _parse(archive, document).iter()
            if _local(page.tag) == "Page" and page.get("BaseLoc")
        ]
        lines: list[str] = []
        for page in pages:
            if page in names:
                lines.extend(_page_lines(_parse(archive, page)))
    except PlanRejected:
        raise
    except Exception as error:  # lxml's syntax errors, a missing part, a damaged member
        raise PlanRejected(name, OFD_BROKEN) from error
    if not any(line.strip() for line in lines):
        raise PlanRejected(name, OFD_EMPTY)
    return [PlanBlock(line) for line in lines]


def _resolve(document: str, location: str) -> str:
    """A page's BaseLoc is relative to its Document.xml, or absolute from the package root."""
    if location.startswith("/"):
        return location.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(document), location))


def _page_lines(page: Any) -> list[str]:
    """The page's lines top to bottom, from its TextCode runs placed at their TextObject's Boundary
    (millimetres, y downwards). Two TextObjects apart on one baseline are a table's cells: a tab between
    them, as the parser reads rows. A step down the page well over its line pitch was a blank line in
    the source: an empty line, so the parser sees the paragraphs a web table or a list kept apart."""
    runs: list[_Run] = []
    for number, text_object in enumerate(page.iter()):
        if _local(text_object.tag) != "TextObject":
            continue
        left, top, height = _boundary(text_object.get("Boundary"))
        size = _number(text_object.get("Size")) or height or DEFAULT_SIZE
        for code in text_object:
            if _local(code.tag) == "TextCode" and code.text:
                runs.append(
                    _Run(top + _number(code.get("Y")), left + _number(code.get("X")), size, code.text, number)
                )
    lines: list[list[_Run]] = []
    for run in sorted(runs):
        if lines and abs(lines[-1][0].y - run.y) < _LINE_TOLERANCE:
            lines[-1].append(run)
        else:
            lines.append([run])
    pitches = [round(b[0].y - a[0].y, 1) for a, b in pairwise(lines)]
    pitch = Counter(pitches).most_common(1)[0][0] if pitches else 0.0
    laid_out = table_lines([(line[0].y, _cells(sorted(line, key=lambda r: r.x))) for line in lines])
    text: list[str] = []
    for n, (line, (joined, in_table)) in enumerate(zip(lines, laid_out, strict=True)):
        if joined is None:
            continue  # the rest of a drawn table's row, joined into the row's first line
        if n and not in_table and pitch > 0 and line[0].y - lines[n - 1][0].y > _BLANK_LINE_PITCHES * pitch:
            text.append("")
        text.append(joined)
    return text


class _Run(NamedTuple):
    y: float  # the baseline, millimetres down the page
    x: float
    size: float  # the font's size (one CJK character's width), millimetres
    text: str
    drawn_by: int  # which TextObject drew it


def _cells(runs: list[_Run]) -> list[Cell]:
    """One line's runs left to right, grouped into cells: two TextObjects set apart by more than the
    space a justified line leaves between characters (a cell's padding on both sides is most of a
    character) are two cells."""
    cells: list[Cell] = []
    previous: _Run | None = None
    for run in runs:
        width = run.size * sum(1.0 if east_asian_width(ch) in "WFA" else 0.5 for ch in run.text)
        apart = (
            previous is not None
            and run.drawn_by != previous.drawn_by
            and cells
            and cells[-1].text.strip()
            and run.x - cells[-1].right > _CELL_GAP * run.size
        )
        if cells and not apart:
            last = cells[-1]
            cells[-1] = Cell(last.x, run.x + width, last.size, last.text + run.text)
        else:
            cells.append(Cell(run.x, run.x + width, run.size, run.text))
        previous = run
    return cells


def _boundary(written: str | None) -> tuple[float, float, float]:
    """(left, top, height) of a Boundary `x y w h`."""
    parts = (written or "").split()
    if len(parts) < 2:
        return 0.0, 0.0, 0.0
    return _number(parts[0]), _number(parts[1]), _number(parts[3]) if len(parts) >= 4 else 0.0


def _number(written: str | None) -> float:
    try:
        return float(written or 0)
    except ValueError:
        return 0.0


# --- OpenDocument text ----------------------------------------------------------------------------


def odt_blocks(name: str, archive: zipfile.ZipFile) -> list[PlanBlock]:
    """Paragraphs, headings, list items and table rows of content.xml, in document order."""
    try:
        root = _parse(archive, "content.xml")
    except Exception as error:
        raise PlanRejected(name, ODT_BROKEN) from error
    body = next(
        (e for e in root.iter() if _local(e.tag) == "text" and _local(e.getparent().tag) == "body"), None
    )
    if body is None:
        raise PlanRejected(name, ODT_BROKEN)
    blocks: list[PlanBlock] = []
    _walk(body, blocks)
    if not any(block.text.strip() for block in blocks):
        raise PlanRejected(name, ODT_EMPTY)
    return blocks


def _walk(container: Any, blocks: list[PlanBlock]) -> None:
    for child in container:
        kind = _local(child.tag)
        if kind in ("p", "h"):
            blocks.extend(PlanBlock(line) for line in _odt_text(child).split("\n"))
        elif kind == "table":
            for row in (e for e in child.iter() if _local(e.tag) == "table-row"):
                cells = tuple(
                    "\n".join(_odt_text(p) for p in cell.iter() if _local(p.tag) in ("p", "h")).strip()
                    for cell in row
                    if _local(cell.tag) == "table-cell"
                )
                blocks.append(PlanBlock("\t".join(cells), cells))
            blocks.append(PlanBlock(""))
        elif kind in ("list", "list-item", "section", "list-header"):
            _walk(child, blocks)


def _odt_text(paragraph: Any) -> str:
    """A paragraph's text: spans, spaces (text:s), tabs and line breaks as they show."""
    parts: list[str] = [paragraph.text or ""]
    for node in paragraph:
        kind = _local(node.tag)
        if kind == "s":
            parts.append(" " * int(node.get("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}c", "1")))
        elif kind == "tab":
            parts.append("\t")
        elif kind == "line-break":
            parts.append("\n")
        elif kind not in ("note", "annotation"):
            parts.append(_odt_text(node))
        parts.append(node.tail or "")
    return "".join(parts)
