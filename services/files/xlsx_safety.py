"""Open an Excel file that came in by mail before openpyxl touches it.

Returns arrive from thirty units as mail attachments: old .xls files, CSVs renamed to .xlsx, web pages
saved as "Excel", half-downloaded files, password-protected or macro workbooks, and — rarely, but a
desktop app that opens attachments must assume it — files built to hurt the reader. Each is refused
with ``WorkbookRejected`` and a reason that tells the clerk what to ask the unit for. What is left is
loaded read-only with ``data_only=True``: formulas are never evaluated, only the values Excel cached.

Checks, cheapest first: the first bytes (OLE, text, HTML, PDF, zip); the zip directory (content types,
macros, total and per-member uncompressed size — a 0.6 MB file can unpack to 3.4 GB); a DTD
in the prolog of any XML part; the sheets' declared dimensions; and while reading, a row cap (declared
dimensions can lie). Python's
zipfile never inflates a member past the size its directory declares, so the size check bounds the
real work. XML entity tricks are refused by defusedxml, which openpyxl uses when it is installed: this
module refuses to import without it.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl.xml
import openpyxl.xml.functions
from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from services.errors import CellRef, WorkbookRejected
from services.files.zip_checks import DAMAGED_ZIP, xml_with_doctype

if not openpyxl.xml.DEFUSEDXML or not openpyxl.xml.functions.iterparse.__module__.startswith("defusedxml"):
    # A packaging error, not a user's: the app must never parse untrusted XML without it.
    raise ImportError("openpyxl is not using defusedxml: install defusedxml and unset OPENPYXL_DEFUSEDXML")

MB = 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
SAVE_AS_XLSX = "请在 Excel 或 WPS 中打开，“另存为”“Excel 工作簿（*.xlsx）”后再导入。"
RESEND = "请重新下载附件，或请报送单位重新发送。"
DAMAGED = "文件不完整或已损坏（可能附件没有下载完整）：" + RESEND
UNSAFE_XML = "文件含有不允许的 XML 内容（实体或外部引用），可能是恶意构造的文件，为安全起见不导入：" + RESEND
# Excel and WPS write neither a zip password nor a compression method other than deflate; 7-Zip and
# WinRAR do when a clerk "compresses" the file before mailing it.
ZIP_PASSWORD = (
    "文件内部设置了压缩包密码（不是 Excel 的打开密码），无法读取：请报送单位直接发送 Excel 保存的"
    "“Excel 工作簿（*.xlsx）”，不要用压缩软件加密。"
)
ZIP_METHOD = (
    "文件用 Excel 和 WPS 不使用的压缩方式打包过（可能被压缩软件重新压缩或加密），无法读取："
    "请报送单位在 Excel 或 WPS 中打开后“另存为”“Excel 工作簿（*.xlsx）”，再重新发送。"
)


@dataclass(frozen=True)
class WorkbookLimits:
    """What a progress return can reasonably be; far above a 100-row return, far below a bomb."""

    max_file_bytes: int = 100 * MB  # the file is read into memory (pictures of progress are allowed)
    max_unpacked_bytes: int = 50 * MB  # all XML parts together, once unpacked
    max_ratio: float = 100.0  # unpacked / packed, for a member that unpacks to more than ratio_floor
    ratio_floor: int = 1 * MB
    max_members: int = 5_000
    max_rows: int = 20_000  # per sheet


DEFAULT_LIMITS = WorkbookLimits()


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _reject_ole(name: str, data: bytes) -> WorkbookRejected:
    """OLE compound files: .xls, an encrypted .xlsx (Office wraps it in OLE), a .doc.

    The stream names are stored in UTF-16 in the directory sectors, so finding them in the bytes tells
    the kinds apart without an OLE parser.
    """
    if _utf16("EncryptedPackage") in data or _utf16("EncryptionInfo") in data:
        return WorkbookRejected(
            name,
            "文件设置了打开密码（已加密），无法读取：请报送单位在 Excel 或 WPS 中取消打开密码，"
            "另存为“Excel 工作簿（*.xlsx）”后重新发送。",
        )
    if _utf16("WordDocument") in data:
        return WorkbookRejected(
            name, "这是 Word 文档（.doc），不是 Excel 工作簿：请导入单位报送的 Excel 表格。"
        )
    return WorkbookRejected(name, "这是旧版 Excel 97-2003 工作簿（.xls）：" + SAVE_AS_XLSX)


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True  # a BOM: Excel's "Unicode text" and CSV UTF-8 exports
    if b"\x00" in head:
        return False
    sample = head[:4000]
    for encoding in ("utf-8", "gb18030"):
        try:
            sample.decode(encoding)
            return True
        except UnicodeDecodeError as error:
            if error.start >= len(sample) - 4:  # a character cut by the sample's end
                return True
    return False


def _reject_not_zip(name: str, head: bytes) -> WorkbookRejected:
    lowered = head[:2000].lstrip().lower()
    if lowered.startswith(b"%pdf"):
        return WorkbookRejected(name, "这是 PDF 文件，不是 Excel 工作簿：请报送单位发送 Excel 格式的报送表。")
    if b"urn:schemas-microsoft-com:office:spreadsheet" in lowered:
        return WorkbookRejected(name, "这是 Excel 2003 XML 表格，不是 .xlsx 工作簿：" + SAVE_AS_XLSX)
    if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")) or b"<html" in lowered:
        return WorkbookRejected(name, "这是网页（HTML）格式的表格，只是扩展名像 Excel：" + SAVE_AS_XLSX)
    if _looks_like_text(head):
        if name.lower().endswith((".csv", ".txt", ".tsv")):
            return WorkbookRejected(name, "这是 CSV 或文本文件，不是 Excel 工作簿：" + SAVE_AS_XLSX)
        return WorkbookRejected(
            name, "这是 CSV 或文本文件（只是改了扩展名），不是 Excel 工作簿：" + SAVE_AS_XLSX
        )
    return WorkbookRejected(name, "不是 Excel 工作簿（.xlsx），或文件已损坏：" + RESEND)


def _check_archive(name: str, archive: zipfile.ZipFile, limits: WorkbookLimits) -> None:
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise WorkbookRejected(name, f"文件内部包含 {len(members)} 个部件，不像一份报送表：" + RESEND)
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names:
        if "word/document.xml" in names:
            raise WorkbookRejected(
                name, "这是 Word 文档（.docx），不是 Excel 工作簿：请导入单位报送的 Excel 表格。"
            )
        raise WorkbookRejected(name, "这是一个压缩包，不是 Excel 工作簿：请先解压，再导入其中的 .xlsx 文件。")

    unpacked = 0
    for member in members:
        if member.file_size > limits.ratio_floor:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > limits.max_ratio:
                raise WorkbookRejected(
                    name,
                    f"文件内部“{member.filename}”的压缩比异常（约 {ratio:.0f} 倍），可能是恶意构造的文件，"
                    "为安全起见不导入：请报送单位用 Excel 或 WPS 重新保存后发送。",
                )
        # Pictures and embedded files are never unpacked by a read-only load; the XML all is.
        if not member.filename.startswith(("xl/media/", "xl/embeddings/")):
            unpacked += member.file_size
    if unpacked > limits.max_unpacked_bytes:
        raise WorkbookRejected(
            name,
            f"文件解压后超过 {limits.max_unpacked_bytes // MB} MB，远大于一份报送表：请在 Excel 或 WPS 中"
            "删除多余的行、列和工作表后另存为 .xlsx，再导入。",
        )
    if xml_with_doctype(archive):
        raise WorkbookRejected(name, UNSAFE_XML)

    content_types = archive.read("[Content_Types].xml") if _small(archive, "[Content_Types].xml") else b""
    lowered_types = content_types.lower()
    if b"sheet.binary" in lowered_types or "xl/workbook.bin" in names:
        raise WorkbookRejected(name, "这是 Excel 二进制工作簿（.xlsb）：" + SAVE_AS_XLSX)
    if b"macroenabled" in lowered_types or any(n.lower().endswith("vbaproject.bin") for n in names):
        raise WorkbookRejected(
            name,
            "这是含宏的工作簿（.xlsm），为安全起见不导入："
            + SAVE_AS_XLSX.replace("后再导入", "（不含宏）后再导入"),
        )
    if b"wordprocessingml" in lowered_types:
        raise WorkbookRejected(
            name, "这是 Word 文档（.docx），不是 Excel 工作簿：请导入单位报送的 Excel 表格。"
        )
    if b"presentationml" in lowered_types:
        raise WorkbookRejected(
            name, "这是 PowerPoint 演示文稿，不是 Excel 工作簿：请导入单位报送的 Excel 表格。"
        )
    if "xl/workbook.xml" not in names:
        raise WorkbookRejected(name, "不是 Excel 工作簿（缺少工作簿内容），或文件已损坏：" + SAVE_AS_XLSX)


def _small(archive: zipfile.ZipFile, member: str) -> bool:
    return archive.getinfo(member).file_size <= 1 * MB


def check_workbook_file(path: Path | str, limits: WorkbookLimits = DEFAULT_LIMITS) -> bytes:
    """Refuse what is not a plain .xlsx workbook of sane size; return the file's bytes.

    The bytes are returned so the workbook is loaded from memory: a read-only openpyxl workbook keeps
    its file open, which on Windows locks the mail attachment until the preview closes.
    """
    path = Path(path)
    name = path.name
    if path.suffix.lower() in (".xlsm", ".xltm"):
        raise WorkbookRejected(name, "这是含宏的工作簿（.xlsm），为安全起见不导入：" + SAVE_AS_XLSX)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise WorkbookRejected(name, "这是一个文件夹，不是 Excel 文件：请选择文件夹中的 .xlsx 文件。")
        if size == 0:
            raise WorkbookRejected(name, "文件是空的（0 字节），可能附件没有下载完整：" + RESEND)
        if size > limits.max_file_bytes:
            raise WorkbookRejected(
                name,
                f"文件有 {size / MB:.0f} MB，超过 {limits.max_file_bytes // MB} MB 的上限：请删除表格中的图片"
                "或多余的工作表后另存，再导入。",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise WorkbookRejected(
            name, "找不到该文件：请确认文件仍在原位置（邮件附件需先保存到电脑上）。"
        ) from None
    except PermissionError:
        raise WorkbookRejected(name, "没有权限读取该文件：请把文件复制到“文档”或桌面后再导入。") from None
    except OSError as error:
        raise WorkbookRejected(
            name, f"读取文件失败（{error.strerror or error}）：请把文件复制到本机后再导入。"
        ) from None

    if name.startswith("~$") and not data.startswith(ZIP_MAGICS):
        raise WorkbookRejected(
            name,
            "这是 Excel 或 WPS 打开文件时生成的临时锁定文件（文件名以 ~$ 开头），不是报送表："
            "请导入同一文件夹中文件名不带 ~$ 的原文件。",
        )
    if data.startswith(OLE_MAGIC):
        raise _reject_ole(name, data)
    if not data.startswith(ZIP_MAGICS):
        raise _reject_not_zip(name, data[:8192])
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_archive(name, archive, limits)
    except DAMAGED_ZIP:
        raise WorkbookRejected(name, DAMAGED) from None
    except NotImplementedError:  # zipfile: "That compression method is not supported"
        raise WorkbookRejected(name, ZIP_METHOD) from None
    except RuntimeError as error:  # zipfile: "File … is encrypted, password required for extraction"
        if "encrypted" not in str(error):
            raise
        raise WorkbookRejected(name, ZIP_PASSWORD) from None
    return data


def open_workbook(path: Path | str, limits: WorkbookLimits = DEFAULT_LIMITS) -> Workbook:
    """Check the file, then load it read-only with cached values only. Close the workbook when done.

    Sheets whose declared size exceeds ``limits.max_rows`` are refused here; ``read_rows`` enforces the
    same cap on sheets whose declaration is missing or false.
    """
    name = Path(path).name
    data = check_workbook_file(path, limits)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except _LOAD_ERRORS as error:
        raise WorkbookRejected(name, _load_reason(error)) from None
    for ws in workbook.worksheets:
        declared = getattr(ws, "max_row", None)
        if declared is not None and declared > limits.max_rows:
            workbook.close()
            raise too_many_rows(name, ws.title, declared, limits.max_rows)
    return workbook


# openpyxl reports a malformed part with whatever exception its parser hit, and wraps some in ValueError.
_LOAD_ERRORS = (
    DefusedXmlException,
    SyntaxError,  # ElementTree's and lxml's ParseError
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
)


def _load_reason(error: BaseException) -> str:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return UNSAFE_XML
        if isinstance(cause, SyntaxError):
            return "文件内容有误，无法读取（XML 格式错误）：" + SAVE_AS_XLSX
        if isinstance(cause, zipfile.BadZipFile | zlib.error | EOFError):
            return DAMAGED
        cause = cause.__cause__ or cause.__context__
    return f"文件内容有误，无法读取（{type(error).__name__}）：" + SAVE_AS_XLSX


def too_many_rows(name: str, sheet: str, rows: int | None, limit: int) -> WorkbookRejected:
    count = f"有 {rows} 行，" if rows else ""
    return WorkbookRejected(
        name,
        f"工作表{count}超过 {limit} 行的上限：如果表格下方有大量设置了格式的空行，请删除这些行后保存，再导入。",
        CellRef(sheet=sheet),
    )


def read_rows(
    ws: Any, *, file_name: str, max_rows: int = DEFAULT_LIMITS.max_rows
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Yield ``(row_number, values)`` of a read-only sheet; WorkbookRejected past ``max_rows`` rows.

    The declared dimension is ignored while reading: some programs write ``A1`` for any sheet, and
    openpyxl would then stop after the first row. Rows are therefore as long as their last cell.
    """
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    try:
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if number > max_rows:
                raise too_many_rows(file_name, ws.title, None, max_rows)
            yield number, tuple(values)
    except _LOAD_ERRORS as error:  # the sheet's XML is parsed only now, as the rows are read
        raise WorkbookRejected(file_name, _load_reason(error), CellRef(sheet=ws.title)) from None
