"""Plan documents that are not what they seem, made by the tests (nothing stored in the repo)."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import docx

from tests.reliability.bad_workbooks import member, rezip
from tests.reliability.privileges import as_another_user, open_folder

PLAN = (
    "某区推动设备更新行动方案\n"
    "一、重点任务\n"
    "1.推进医疗设备更新。到2027年更新医疗设备226台。（区卫健委牵头负责）\n"
    "2.建立设备更新项目库。（区发改委负责）\n"
)
NEWS = (
    "本报讯 近日，某区召开设备更新工作推进会，会议总结了上半年工作，部署了下一阶段任务。\n"
    "会议强调，要抓住政策机遇，推动企业加快设备更新，确保各项工作落到实处。\n"
)
DOCUMENT = "word/document.xml"


def mixed(first: str, second: str) -> bytes:
    """The plan's first two lines in one encoding, the rest pasted in from a file in another."""
    lines = PLAN.splitlines(keepends=True)
    return "".join(lines[:2]).encode(first) + "".join(lines[2:]).encode(second)


def docx_bytes(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def plan_docx() -> bytes:
    return docx_bytes(*PLAN.splitlines())


def docx_bomb(part: str) -> bytes:
    """`part` replaced by 70 MB of empty paragraphs that pack into about 70 KB."""
    good = plan_docx()
    out = io.BytesIO(rezip(good, drop=(part,)))
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive, archive.open(part, "w") as stream:
        stream.write(b'<w:x xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">')
        chunk = b"<w:p/>" * (1024 * 1024 // 6)
        for _ in range(70):
            stream.write(chunk)
        stream.write(b"</w:x>")
    return out.getvalue()


def docx_with_doctype(doctype: bytes, entity: bytes) -> bytes:
    good = plan_docx()
    xml = member(good, DOCUMENT)
    root = xml.index(b"<w:document")
    xml = xml[:root] + doctype + xml[root:]
    xml = xml.replace("推进医疗设备更新".encode(), entity, 1)
    return rezip(good, add={DOCUMENT: xml})


LAUGHS = (
    b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY %s "%s">' % (name, (b"&%s;" % previous) * 10)
        for previous, name in zip((b"a", b"b", b"c", b"d", b"e"), (b"b", b"c", b"d", b"e", b"f"), strict=True)
    )
    + b"]>"
)
EXTERNAL = b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]>'


def unknown_compression() -> bytes:
    """document.xml stored with compression method 99 (AES, as 7-Zip writes it)."""
    data = bytearray(plan_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        local = archive.getinfo(DOCUMENT).header_offset
    data[local + 8 : local + 10] = struct.pack("<H", 99)
    central = struct.unpack("<I", data[-6:-2])[0]
    while data[central + 46 : central + 46 + len(DOCUMENT)] != DOCUMENT.encode():
        size_name, size_extra, size_comment = struct.unpack("<HHH", data[central + 28 : central + 34])
        central += 46 + size_name + size_extra + size_comment
    data[central + 10 : central + 12] = struct.pack("<H", 99)
    return bytes(data)


def picture_only() -> bytes:
    """A Word file whose one paragraph holds a picture and no text (a scanned page pasted in)."""
    good = docx_bytes("")
    xml = member(good, DOCUMENT).replace(b"<w:p/>", b"<w:p><w:r><w:drawing/></w:r></w:p>", 1)
    return rezip(good, add={DOCUMENT: xml})


def garbage(size: int = 4000) -> bytes:
    rng = random.Random(7)
    return bytes(rng.randrange(256) for _ in range(size))


def big_text(megabytes: int) -> bytes:
    line = "1.推进设备更新，到2027年完成更新任务。（区发改委负责）\n".encode()
    return line * (megabytes * 1024 * 1024 // len(line) + 1)


@contextmanager
def unreadable_file(content: bytes) -> Iterator[Path]:
    """A file this process really cannot read: mode 000, read by another user when running as root
    (where modes do not bind), as a file locked by another program or owned by someone else is."""
    with open_folder() as folder:
        path = folder / "方案.txt"
        path.write_bytes(content)
        path.chmod(0)
        with as_another_user():
            yield path
