"""Read a plan document into paragraphs and table rows, refusing what is not a readable plan.

.txt in UTF-8, GB18030/GBK (or Big5 for a traditional-character plan), with or without BOM, CRLF or LF;
.docx through python-docx with paragraphs and tables in document order; OFD and .odt through
services/plans/formats.py; a text PDF through services/plans/pdf_text.py. Everything else is refused with
a `PlanRejected` whose reason says what the file is and what to do instead; the file is sniffed by its
first bytes, because offices rename files freely (a scanned PDF saved as 方案.docx is common).
"""

from __future__ import annotations

import codecs
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from services.errors import PlanRejected
from services.files.zip_checks import DAMAGED_ZIP, bomb_member, xml_with_doctype
from services.plans.docx_bold import BOLD_NOTE, bold_marked
from services.plans.docx_numbering import DocxNumbering
from services.plans.html_text import html_blocks, web_page
from services.plans.parser.model import PlanBlock

MAX_BYTES = 20 * 1024 * 1024
# A .docx whose XML unpacks to more than this is not a plan but a zip bomb or a book: python-docx reads
# every part into memory (a 0.6 MB file unpacking to 300 MB of styles took 13 s and 4 GB).
MAX_DOCUMENT_XML = 60 * 1024 * 1024

SAVE_AS = "请在 Word/WPS 中打开原文件，另存为 .docx（Word 文档）或 .txt（纯文本）后再导入"
EMPTY = "文件是空的，没有任何文字。请确认选择了正确的方案文件"
IMAGE = "这是图片（扫描件或照片），里面没有可以读取的文字。请向发文单位索取 Word 原件（.docx），或把文字录入 .txt 后再导入"
OLD_DOC = "这是旧版 Word/WPS 文档（.doc/.wps），无法直接读取。请在 Word/WPS 中另存为 .docx 后再导入"
ENCRYPTED = "这是加密（设置了打开密码）的 Word 文件，或改了扩展名的旧版 .doc。请在 Word/WPS 中取消密码并另存为 .docx 后再导入"
SPREADSHEET = (
    "这是表格文件（Excel/CSV），不是方案正文。任务分解表或台账请用“文件”菜单的“导入 Excel 台账”；"
    "方案请导入 Word 文件（.docx）、PDF 或纯文本（.txt）；进度报送表请用“导入报送”"
)
PRESENTATION = "这是演示文稿（PPT），不是方案正文。" + SAVE_AS
ARCHIVE = "这是压缩包，不是方案文件。请先解压，再选择其中的方案文件（.docx 或 .txt）"
BROKEN_DOCX = "文件扩展名是 .docx，但内容已损坏或不完整。请重新下载或在 Word/WPS 中打开后另存为 .docx"
RTF = "这是 RTF 格式文件。" + SAVE_AS
HTML = "这是网页文件（HTML），不是方案文档。" + SAVE_AS
BINARY = "文件内容不是文字（可能是程序、图片或损坏的文件）。" + SAVE_AS
TOO_BIG = "文件超过 20 MB，不像是一份方案。请确认选择了正确的文件"
UNSUPPORTED = "不支持 {suffix} 格式。" + SAVE_AS
BAD_ENCODING = "无法识别文件的文字编码。请在记事本或 WPS 中打开后以 UTF-8 编码另存为 .txt 再导入"
MISSING = "文件不存在或无法打开：{error}。请检查文件位置和权限"
NOT_FOUND = "找不到该文件。请确认文件仍在原位置（邮件附件需先保存到电脑上）"
FOLDER = "这是一个文件夹，不是方案文件。请打开文件夹，选择其中的 .docx 或 .txt 方案文件"
NO_PERMISSION = (
    "没有权限读取该文件（可能正被其他程序打开并锁定）。请关闭正在使用它的程序，"
    "或把文件复制到“文档”或桌面后再导入"
)
BOMB = (
    "文件解压后的内容异常庞大，不像是一份方案，可能是恶意构造的文件，为安全起见不导入。"
    "请确认选择了正确的文件，或在 Word/WPS 中打开后另存为 .docx 再导入"
)
UNSAFE_XML = (
    "文件含有不允许的 XML 内容（实体或外部引用），可能是恶意构造的文件，为安全起见不导入。"
    "请在 Word/WPS 中打开原文件，另存为 .docx 后再导入"
)

_SPREADSHEET_SUFFIXES = {".xlsx", ".xls", ".xlsm", ".csv", ".et", ".ods"}
_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
    b"BM",
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Encodings a Chinese plan is written in; charset-normalizer picks among them, so a short GBK text is
# never taken for Cyrillic or Korean.
_CHINESE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16"]


def read_plan_blocks(path: Path) -> list[PlanBlock]:
    name = path.name
    suffix = path.suffix.lower()
    try:
        if path.is_dir():
            raise PlanRejected(name, FOLDER)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PlanRejected(name, TOO_BIG)
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise PlanRejected(name, NOT_FOUND) from error
    except PermissionError as error:  # also Windows' "used by another process" (a sharing violation)
        raise PlanRejected(name, NO_PERMISSION) from error
    except OSError as error:
        raise PlanRejected(name, MISSING.format(error=error.strerror or error)) from error
    if suffix in _SPREADSHEET_SUFFIXES:
        raise PlanRejected(name, SPREADSHEET)
    _refuse_by_magic(name, suffix, data)
    if data[:1024].lstrip(b"\x00\r\n\t ").startswith(b"%PDF"):  # by content: offices rename files
        from services.plans.pdf_text import pdf_blocks

        return pdf_blocks(name, path)
    if data.startswith(b"PK\x03\x04"):
        return _read_docx(name, path)
    if web_page(data):  # (网页另存为 .html, or a site's .doc that is a page inside: its text is read)
        if not (blocks := html_blocks(decode_text(name, data))):
            raise PlanRejected(name, EMPTY)
        return blocks
    if suffix in (".docx", ".ofd", ".odt"):
        raise PlanRejected(name, _broken(suffix))
    if suffix not in _TEXT_SUFFIXES:
        raise PlanRejected(name, UNSUPPORTED.format(suffix=suffix))
    text = decode_text(name, data)
    if not text.strip():
        raise PlanRejected(name, EMPTY)
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    return [PlanBlock(line) for line in normalized.split("\n")]


def _refuse_by_magic(name: str, suffix: str, data: bytes) -> None:
    if not data.strip(b" \t\r\n\x00") or data in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        raise PlanRejected(name, EMPTY)
    head = data[:16]
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        raise PlanRejected(name, IMAGE)
    if head.startswith(_OLE_MAGIC):
        if suffix in (".docx", ".docm"):
            raise PlanRejected(name, ENCRYPTED)
        raise PlanRejected(name, OLD_DOC)
    if head.startswith(b"{\\rtf"):
        raise PlanRejected(name, RTF)
    if head.startswith((b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b")):
        raise PlanRejected(name, ARCHIVE)
    lowered = data[:512].lstrip(codecs.BOM_UTF8).lstrip().lower()
    if b"mime-version:" in lowered[:200]:
        raise PlanRejected(name, HTML)  # a single-file web archive (.mht): its parts are MIME-encoded


def decode_text(name: str, data: bytes) -> str:
    """Bytes of a .txt plan as text: BOM first, then strict UTF-8, then the best Chinese encoding."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return _checked(name, data[len(bom) :].decode(encoding, errors="replace"))
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return _checked(name, utf16)
        if data.count(b"\x00") * 100 > len(data):
            raise PlanRejected(name, BINARY)
        data = data.replace(b"\x00", b"")  # a few stray NULs (a bad copy): invisible, not content
    try:
        return _checked(name, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    mixed = _mixed_lines(data)
    if mixed is not None:
        return _checked(name, mixed)
    best = from_bytes(data, cp_isolation=_CHINESE_ENCODINGS).best()
    if best is None:
        # charset-normalizer gives up on short texts with a few odd bytes; GB18030 is what such a
        # file almost always is in a Chinese office.
        try:
            return _checked(name, data.decode("gb18030"))
        except UnicodeDecodeError:
            raise PlanRejected(name, BINARY) from None
    return _checked(name, str(best))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM ("Unicode" from some editors): NULs in the high bytes of its
    ASCII characters. Accepted only when it decodes to Chinese and printable ASCII text, which neither
    binary data nor UTF-8 read two bytes at a time does."""
    sample = data[:4096]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if (odd + even) * 100 < len(sample):
        return None
    for encoding in ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le"):
        try:
            text = data[: len(data) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        head = text[:2000]
        if sum(map(_plain, head)) * 10 >= len(head) * 9:
            return text
    return None


def _plain(ch: str) -> bool:
    if ch.isascii():
        return ch.isprintable() or ch in "\t\n\r"
    return "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def _mixed_lines(data: bytes) -> str | None:
    """A text pasted together from UTF-8 and GBK files: each line read in its own encoding.

    Reading the whole file as either garbles the other part; a Chinese line in GBK is practically
    never valid UTF-8, so a line that is valid UTF-8 is taken as UTF-8."""
    decoded, utf8, other = [], 0, 0
    for line in data.split(b"\n"):
        try:
            decoded.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            try:
                decoded.append(line.decode("gb18030"))
            except UnicodeDecodeError:
                return None
            other += 1
    return "\n".join(decoded) if utf8 and other else None


def _checked(name: str, text: str) -> str:
    """Refuse decoded 'text' that is mostly control characters or replacement marks: binary data."""
    if not text.strip():
        raise PlanRejected(name, EMPTY)
    sample = text[:20000]
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    if odd > max(3, len(sample) // 100):
        raise PlanRejected(name, BINARY)
    return text


def _read_docx(name: str, path: Path) -> list[PlanBlock]:
    """A zip package: a .docx, or an OFD / OpenDocument text read by services/plans/formats.py."""
    suffix = path.suffix.lower()
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            kind = _package_kind(name, archive, names)
            if kind is None:
                if any(n.startswith("xl/") for n in names):
                    raise PlanRejected(name, SPREADSHEET)
                if any(n.startswith("ppt/") for n in names):
                    raise PlanRejected(name, PRESENTATION)
                raise PlanRejected(name, ARCHIVE if suffix == ".zip" else _broken(suffix))
            media = ("word/media/", "Pictures/", "Res/")
            xml = sum(m.file_size for m in archive.infolist() if not m.filename.startswith(media))
            if xml > MAX_DOCUMENT_XML or bomb_member(archive) is not None:
                raise PlanRejected(name, BOMB)
            if xml_with_doctype(archive):
                raise PlanRejected(name, UNSAFE_XML)
            if kind != "docx":
                from services.plans import formats as plan_formats

                reader = plan_formats.ofd_blocks if kind == "ofd" else plan_formats.odt_blocks
                return reader(name, archive)
    except (*DAMAGED_ZIP, NotImplementedError, RuntimeError) as error:  # damaged, encrypted, odd method
        raise PlanRejected(name, _broken(suffix)) from error
    return docx_blocks(name, path)


_OPENDOCUMENT = "application/vnd.oasis.opendocument."


def _package_kind(name: str, archive: zipfile.ZipFile, names: set[str]) -> str | None:
    """docx, ofd or odt by the package's own parts (offices rename files); None for anything else."""
    if "word/document.xml" in names:
        return "docx"
    if "OFD.xml" in names:
        return "ofd"
    if "mimetype" in names and "content.xml" in names:
        mimetype = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
        if mimetype == _OPENDOCUMENT + "text":
            return "odt"
        if mimetype.startswith(_OPENDOCUMENT + "spreadsheet"):
            raise PlanRejected(name, SPREADSHEET)
        if mimetype.startswith(_OPENDOCUMENT + "presentation"):
            raise PlanRejected(name, PRESENTATION)
    return None


def _broken(suffix: str) -> str:
    from services.plans import formats as plan_formats

    return {".ofd": plan_formats.OFD_BROKEN, ".odt": plan_formats.ODT_BROKEN}.get(suffix, BROKEN_DOCX)


def docx_blocks(name: str, path: Path) -> list[PlanBlock]:
    """Paragraphs and table rows in document order; a row's cells keep their own paragraphs."""
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many types for a damaged package
        raise PlanRejected(name, BROKEN_DOCX) from error
    blocks: list[PlanBlock] = []
    # Auto-numbered paragraphs (一、 1. typed with the numbering button, a 序号 column numbered as a
    # list) get the number Word draws for them; it is not in their text (services/plans/docx_numbering.py).
    numbering = DocxNumbering(document, qn)
    bold_leads = False  # the plan says its leads are in bold (加黑的为牵头单位): services/plans/docx_bold.py

    def texts(paragraphs: list[Any], *, cell: bool) -> list[str]:
        marked = bold_marked(paragraphs, qn, lambda run: _text_of(run, qn), cell=cell) if bold_leads else None
        plain = marked if marked is not None else [_text_of(p, qn) for p in paragraphs]
        return [numbering.label(p) + text for p, text in zip(paragraphs, plain, strict=True)]

    def _cell_text(cell: Any) -> str:
        if cell is None:  # a grid column the row leaves out
            return ""
        return "\n".join(texts(list(cell.iter(qn("w:p"))), cell=True)).strip()

    def walk(container: Any) -> None:  # an lxml element of the document body
        for child in container.iterchildren():
            if child.tag == qn("w:p"):
                # A soft line break (Shift+Enter) starts a new line, as it does on the page.
                blocks.extend(PlanBlock(line) for line in texts([child], cell=False)[0].split("\n"))
            elif child.tag == qn("w:tbl") and frames and _one_column(child, qn):
                # A table of one column holding the text (a page saved from the web, an OA template's
                # frame): its paragraphs are the document's, not a table's rows.
                for row in child.iterchildren(qn("w:tr")):
                    for cell in row.iterchildren(qn("w:tc")):
                        walk(cell)
            elif child.tag == qn("w:tbl"):
                for row in child.iterchildren(qn("w:tr")):
                    cells = tuple(
                        text
                        for cell, span in _grid_cells(row, qn)
                        for text in (_cell_text(cell), *[""] * (span - 1))
                    )
                    blocks.append(PlanBlock("\t".join(cells), cells))
                blocks.append(PlanBlock(""))  # a table ends like a paragraph break
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    walk(content)

    body = getattr(document.element, "body", None)
    if body is None:  # the main part's root is not <w:document>: not a Word body python-docx can walk
        raise PlanRejected(name, BROKEN_DOCX)
    # One-column tables frame the text only in a document with no table of columns of its own: beside a
    # task table, a one-column box (说明 / 1.… 2.…) is a note, not the plan's measures.
    frames = not any(child.tag == qn("w:tbl") and not _one_column(child, qn) for child in body.iterchildren())
    walk(body)
    if BOLD_NOTE.search("\n".join(block.text for block in blocks)):
        # Read again with the bold names marked, numbering counted afresh.
        blocks, numbering, bold_leads = [], DocxNumbering(document, qn), True
        walk(body)
    if not any(block.text.strip() for block in blocks):
        raise PlanRejected(name, EMPTY)
    return blocks


def _one_column(table: Any, qn: Callable[[str], str]) -> bool:
    """Whether every row of a Word table is one cell: a frame around text, not a table of tasks (whose
    rows across the table, a category's heading, stand among rows of several cells)."""
    rows = list(table.iterchildren(qn("w:tr")))
    return bool(rows) and all(len(list(row.iterchildren(qn("w:tc")))) == 1 for row in rows)


def _grid_cells(row: Any, qn: Callable[[str], str]) -> list[tuple[Any, int]]:
    """A row's cells with the grid columns each spans. A cell merged across columns (合并单元格:
    牵头单位 and 配合单位 in one) is one <w:tc> with a gridSpan; read as one cell, every cell after it
    moved a column left — the deadline read as the co-units, the row dropped. So a merged cell is its
    text and then an empty cell for each further column it covers, and a row that starts or ends short
    of the grid (gridBefore) keeps its columns too: None for each column left out before it."""

    def number(element: Any, tag: str) -> int:
        found = element.find(qn(tag)) if element is not None else None
        value = found.get(qn("w:val")) if found is not None else None
        return int(value) if value and value.isascii() and value.isdigit() else 0  # not ² (isdigit)

    properties = row.find(qn("w:trPr"))
    cells: list[tuple[Any, int]] = [(None, 1)] * min(number(properties, "w:gridBefore"), 50)
    for cell in row.iterchildren(qn("w:tc")):
        cells.append((cell, max(1, min(number(cell.find(qn("w:tcPr")), "w:gridSpan"), 50))))
    return cells


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_of(paragraph: Any, qn: Callable[[str], str]) -> str:
    """A paragraph's visible text: runs, tabs and line breaks, skipping deleted (tracked) text.

    A text box anchored in the paragraph (a 专栏 box, a note) is stored twice, as a drawing and as its
    older VML copy (mc:Fallback): it is read once, each of its paragraphs on a line of its own."""
    parts: list[str] = []
    for node in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:p")):
        if node is paragraph or any(ancestor.tag == _FALLBACK for ancestor in node.iterancestors()):
            continue
        if node.tag == qn("w:p"):  # a paragraph of a text box
            parts.append("\n")
        elif node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)
