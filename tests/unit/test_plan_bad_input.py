"""Files that are not a readable plan are refused with a reason that says what to do next."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest

from services.errors import PlanRejected
from services.plans import reader
from services.plans.parser import NO_STRUCTURE, parse_plan_file
from services.plans.pdf_text import PDF_BROKEN

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def _xlsx_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "序号"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _docx_bytes(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip_bytes(name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, "<x/>")
    return buffer.getvalue()


def _garbage() -> bytes:
    generator = random.Random(7)
    return bytes(generator.randrange(256) for _ in range(4000))


NEWS = (
    "本报讯 近日，某区召开设备更新工作推进会，会议总结了上半年工作，部署了下一阶段任务。\n"
    "会议强调，要抓住政策机遇，推动企业加快设备更新，确保各项工作落到实处。\n"
)

CASES: list[tuple[str, str, Callable[[], bytes], str]] = [
    ("empty", "方案.txt", lambda: b"", reader.EMPTY),
    ("blank lines only", "方案.txt", lambda: b"  \r\n\r\n\t\n", reader.EMPTY),
    ("a BOM and nothing else", "方案.txt", lambda: b"\xef\xbb\xbf", reader.EMPTY),
    ("pdf cut short", "方案.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", PDF_BROKEN),
    ("damaged pdf renamed to docx", "方案.docx", lambda: b"%PDF-1.4\n" + bytes(100), PDF_BROKEN),
    ("png photo", "方案.png", lambda: b"\x89PNG\r\n\x1a\n" + bytes(100), reader.IMAGE),
    ("jpeg scan", "扫描件.jpg", lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), reader.IMAGE),
    ("tiff scan", "扫描件.tif", lambda: b"II*\x00" + bytes(100), reader.IMAGE),
    ("old word .doc", "方案.doc", lambda: OLE, reader.OLD_DOC),
    ("old wps file", "方案.wps", lambda: OLE, reader.OLD_DOC),
    ("password-protected docx", "方案.docx", lambda: OLE, reader.ENCRYPTED),
    ("excel workbook", "台账.xlsx", _xlsx_bytes, reader.SPREADSHEET),
    ("old excel .xls", "台账.xls", lambda: OLE, reader.SPREADSHEET),
    ("csv", "任务.csv", lambda: "序号,任务,牵头单位\n1,甲,发改委\n".encode(), reader.SPREADSHEET),
    ("workbook renamed to docx", "方案.docx", _xlsx_bytes, reader.SPREADSHEET),
    (
        "powerpoint renamed to docx",
        "方案.docx",
        lambda: _zip_bytes("ppt/presentation.xml"),
        reader.PRESENTATION,
    ),
    ("zip archive", "方案.zip", lambda: _zip_bytes("方案/readme.txt"), reader.ARCHIVE),
    ("truncated docx", "方案.docx", lambda: _docx_bytes("一、任务")[:300], reader.BROKEN_DOCX),
    (
        "text renamed to docx",
        "方案.docx",
        lambda: "一、任务\n1.甲（区发改委负责）".encode(),
        reader.BROKEN_DOCX,
    ),
    ("binary garbage", "方案.txt", _garbage, reader.BINARY),
    ("rtf", "方案.rtf", lambda: b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", reader.RTF),
    (
        "single-file web archive",
        "方案.mht",
        lambda: b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n",
        reader.HTML,
    ),
    (
        "web page with no plan in it",
        "方案.doc",
        lambda: b"<html><body>\xe6\x96\xb9\xe6\xa1\x88</body></html>",
        NO_STRUCTURE,
    ),
    (
        "web page with no text",
        "方案.html",
        lambda: b"<!DOCTYPE html><html><body><script>x()</script></body></html>",
        reader.EMPTY,
    ),
    ("gzip", "方案.txt", lambda: b"\x1f\x8b\x08\x00" + bytes(50), reader.ARCHIVE),
    (
        "unsupported format",
        "方案.pages",
        lambda: "一、任务\n1.甲（区发改委负责）".encode(),
        reader.UNSUPPORTED.format(suffix=".pages"),
    ),
    ("word file with no text", "方案.docx", lambda: _docx_bytes("", "  "), reader.EMPTY),
    ("news article without structure", "新闻.txt", lambda: NEWS.encode(), NO_STRUCTURE),
    (
        "notice with headings but no measures",
        "通知.txt",
        lambda: "一、总体要求\n二、保障措施\n".encode("gbk"),
        NO_STRUCTURE,
    ),
    ("word file without structure", "新闻.docx", lambda: _docx_bytes(*NEWS.splitlines()), NO_STRUCTURE),
]


@pytest.mark.parametrize(("name", "data", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_plan_is_refused_with_a_clear_reason(
    tmp_path: Path, name: str, data: Callable[[], bytes], reason: str
) -> None:
    file = tmp_path / name
    file.write_bytes(data())
    with pytest.raises(PlanRejected) as caught:
        parse_plan_file(file)
    assert caught.value.reason == reason
    assert caught.value.file == name
    assert str(caught.value) == f"无法读取方案文件“{name}”：{reason}"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlanRejected) as caught:
        parse_plan_file(tmp_path / "不存在.txt")
    assert caught.value.reason == reader.NOT_FOUND


def test_a_file_too_big_to_be_a_plan(tmp_path: Path) -> None:
    file = tmp_path / "大.txt"
    with file.open("wb") as handle:
        handle.truncate(reader.MAX_BYTES + 1)
    with pytest.raises(PlanRejected) as caught:
        parse_plan_file(file)
    assert caught.value.reason == reader.TOO_BIG


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "锁定.txt"
    file.write_text("一、任务\n1.甲（区发改委负责）", encoding="utf-8")

    # chmod 0 does not stop root (CI runs as root), so the refusal is simulated at the read itself.
    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(PlanRejected) as caught:
        parse_plan_file(file)
    assert caught.value.reason == reader.NO_PERMISSION


def test_every_reason_tells_what_to_do_next() -> None:
    for _, _, _, reason in CASES:
        assert any(word in reason for word in ("请", "另存为")), reason
