"""Hostile workbooks, made from a good return: each function takes the bytes of a filled template and
returns the bytes of a file built to hurt (or fool) the reader. Nothing here is stored in the repo.

The zip bombs are streamed into the archive so the test never holds the unpacked data in memory.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile

SHEET = "xl/worksheets/sheet1.xml"  # the visible 进展情况 sheet of a template
HIDDEN = "xl/worksheets/sheet2.xml"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + "]>"
)
EXTERNAL = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def rezip(
    data: bytes,
    *,
    drop: tuple[str, ...] = (),
    add: dict[str, bytes] | None = None,
    method: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """The same archive with members removed, replaced or added."""
    add = add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", method) as dst:
        for info in src.infolist():
            if info.filename not in drop and info.filename not in add:
                dst.writestr(info.filename, src.read(info.filename))
        for name, content in add.items():
            dst.writestr(name, content)
    return out.getvalue()


def stored(data: bytes) -> bytes:
    """The archive with every member uncompressed, so member bytes can be patched in place."""
    return rezip(data, method=zipfile.ZIP_STORED)


def with_doctype(xml: bytes, doctype: str, use: str = "") -> bytes:
    """Put a DOCTYPE before the root element (after any XML declaration) and `use` in its first text."""
    text = xml.decode("utf-8")
    start = text.index("<", text.index("?>") + 2 if text.startswith("<?xml") else 0)
    text = text[:start] + doctype + text[start:]
    if use:
        text = text.replace("<t>", f"<t>{use}", 1)
    return text.encode("utf-8")


def in_member(name: str, doctype: str, use: str = ""):
    def build(good: bytes) -> bytes:
        return rezip(good, add={name: with_doctype(member(good, name), doctype, use)})

    return build


def zip_bomb(good: bytes) -> bytes:
    """A sheet of 64 MB of blank rows that packs into about 64 KB (ratio ~1000)."""
    out = io.BytesIO(rezip(good, drop=(SHEET,)))
    head = member(good, SHEET).split(b"<sheetData>")[0] + b"<sheetData>"
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive, archive.open(SHEET, "w") as sheet:
        sheet.write(head)
        chunk = b"<row/>" * (1024 * 1024 // 6)
        for _ in range(64):
            sheet.write(chunk)
        sheet.write(b"</sheetData></worksheet>")
    return out.getvalue()


def _patch(data: bytes, name: str, fields: dict[str, bytes]) -> bytes:
    """Overwrite fields of `name`'s local header and central directory entry alike.

    Fields: "flags", "method", "crc", "compressed", "size" — at their offsets in each record.
    """
    local_offsets = {"flags": 6, "method": 8, "crc": 14, "compressed": 18, "size": 22}
    central_offsets = {"flags": 8, "method": 10, "crc": 16, "compressed": 20, "size": 24}
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        local = archive.getinfo(name).header_offset
    central = struct.unpack("<I", out[-6:-2])[0]  # the end record (no comment) gives the directory
    while out[central + 46 : central + 46 + len(name.encode())] != name.encode():
        size_name, size_extra, size_comment = struct.unpack("<HHH", out[central + 28 : central + 34])
        central += 46 + size_name + size_extra + size_comment
    for field, value in fields.items():
        out[local + local_offsets[field] : local + local_offsets[field] + len(value)] = value
        out[central + central_offsets[field] : central + central_offsets[field] + len(value)] = value
    return bytes(out)


def declared_huge(good: bytes) -> bytes:
    """The directory claims the sheet unpacks to 4 GB: refused on the claim, nothing is inflated."""
    return _patch(good, SHEET, {"size": struct.pack("<I", 0xFFFF_FFF0)})


def under_declared(good: bytes) -> bytes:
    """The directory claims the sheet is 8 KB but its stream inflates to 12 MB (and fails its CRC)."""
    xml = member(good, SHEET).replace(b"</sheetData>", b"<row/>" * 2_000_000 + b"</sheetData>")
    return _patch(rezip(good, add={SHEET: xml}), SHEET, {"size": struct.pack("<I", 8192)})


def _sheet_with_rows(good: bytes, rows: bytes, dimension: bytes | None = None) -> bytes:
    xml = member(good, SHEET)
    xml = xml.replace(b"</sheetData>", rows + b"</sheetData>")
    if dimension is not None:
        start = xml.index(b"<dimension ref=")
        end = xml.index(b"/>", start) + 2
        xml = xml[:start] + b'<dimension ref="' + dimension + b'"/>' + xml[end:]
    return rezip(good, add={SHEET: xml})


def million_rows_declared(good: bytes) -> bytes:
    return _sheet_with_rows(good, b"", dimension=b"A1:M1000000")


def million_rows_real(good: bytes) -> bytes:
    """1,000,000 real rows under a dimension that says A1:M10: 28 MB of XML whose varying numbers keep
    the zip ratio modest (about 6), so neither the size nor the ratio check stops it; the row cap must."""
    rng = random.Random(1)
    head, tail = member(good, SHEET).split(b"</sheetData>")
    out = io.BytesIO(rezip(good, drop=(SHEET,)))
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open(SHEET, "w") as sheet,
    ):
        sheet.write(head)
        for _ in range(100):
            sheet.write(
                b"".join(b"<row><c><v>%d</v></c></row>" % rng.randrange(10**9) for _ in range(10_000))
            )
        sheet.write(b"</sheetData>" + tail)
    return out.getvalue()


def row_one_million(good: bytes) -> bytes:
    """One extra row numbered 1,000,000: the file is small, the sheet is not."""
    return _sheet_with_rows(
        good, b'<row r="1000000"><c r="I1000000" t="inlineStr"><is><t>x</t></is></c></row>'
    )


def encrypted_member(good: bytes) -> bytes:
    """The zip's own (legacy) encryption flag on the content types: a password-protected archive."""
    return _patch(stored(good), "[Content_Types].xml", {"flags": struct.pack("<H", 1)})


def unknown_compression(good: bytes) -> bytes:
    """Compression method 99 (AES, as 7-Zip writes it), which Python's zipfile does not read."""
    return _patch(good, SHEET, {"method": struct.pack("<H", 99)})


def broken_deflate(good: bytes) -> bytes:
    """The content types' compressed stream damaged in the middle (the directory is intact)."""
    data = bytearray(good)
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        info = archive.getinfo("[Content_Types].xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for n in range(start + 5, start + min(info.compress_size, 60)):
        data[n] ^= 0xA5
    return bytes(data)


def bad_crc(good: bytes) -> bytes:
    """One byte of the sheet changed in a stored archive: the data no longer matches its CRC."""
    data = bytearray(stored(good))
    at = data.index(b"<sheetData>") + 2
    data[at] = ord("X")
    return bytes(data)


def replace_cell(good: bytes, ref: str, cell_xml: bytes) -> bytes:
    """The sheet with cell `ref` (which must exist) replaced by `cell_xml`."""
    xml = member(good, SHEET)
    start = xml.index(b'<c r="%s"' % ref.encode())
    tag_end = xml.index(b">", start)
    end = tag_end + 1 if xml[tag_end - 1 : tag_end] == b"/" else xml.index(b"</c>", start) + 4
    return rezip(good, add={SHEET: xml[:start] + cell_xml + xml[end:]})


def long_cell(good: bytes) -> bytes:
    """进展情况 of 40,000 characters: more than Excel keeps in a cell (openpyxl would cut it to 32,767)."""
    return replace_cell(
        good, "I4", b'<c r="I4" t="inlineStr"><is><t>' + "进".encode() * 40_000 + b"</t></is></c>"
    )


def not_a_number(good: bytes) -> bytes:
    """A number cell whose value is text: no spreadsheet program writes that."""
    return replace_cell(good, "H4", b'<c r="H4"><v>eighty</v></c>')


def broken_sheet_xml(good: bytes) -> bytes:
    xml = member(good, SHEET)
    return rezip(good, add={SHEET: xml.replace(b"</sheetData>", b"<row")})


def too_many_parts(good: bytes) -> bytes:
    return rezip(good, add={f"customXml/item{n}.xml": b"<x/>" for n in range(5_000)})


def content_type(good: bytes, old: bytes, new: bytes) -> bytes:
    types = member(good, "[Content_Types].xml")
    assert old in types
    return rezip(good, add={"[Content_Types].xml": types.replace(old, new)})


MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def macro_content_type(good: bytes) -> bytes:
    return content_type(good, MAIN_TYPE, b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")


def binary_workbook(good: bytes) -> bytes:
    return content_type(good, MAIN_TYPE, b"application/vnd.ms-excel.sheet.binary.macroEnabled.main")


def ole_file(*stream_names: str) -> bytes:
    """An OLE header, then a directory sector naming the streams in UTF-16, as Office writes them."""
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in stream_names)
    return OLE_MAGIC + b"\x00" * 504 + directory.ljust(512, b"\x00") + b"\x00" * 1024


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


OFFICE_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.%s"/></Types>'
)


def word_document(_good: bytes) -> bytes:
    return zip_of(
        {
            "[Content_Types].xml": OFFICE_TYPES
            % (b"word/document.xml", b"wordprocessingml.document.main+xml"),
            "word/document.xml": b"<w:document/>",
        }
    )


def presentation(_good: bytes) -> bytes:
    return zip_of(
        {
            "[Content_Types].xml": OFFICE_TYPES
            % (b"ppt/presentation.xml", b"presentationml.presentation.main+xml"),
            "ppt/presentation.xml": b"<p:presentation/>",
        }
    )


def lock_file(_good: bytes) -> bytes:
    """What Excel leaves beside an open workbook: the user name, twice, in 165 bytes."""
    return (b"\x06zhangs".ljust(54, b" ") + "zhangs".encode("utf-16-le")).ljust(165, b"\x00")


def doctype_in_an_encoding_expat_lacks(good: bytes) -> bytes:
    """workbook.xml declared as GB18030 (which lxml reads and expat does not) carrying a DTD."""
    xml = member(good, "xl/workbook.xml")
    head = b'<?xml version="1.0" encoding="GB18030"?>' + EXTERNAL.encode()
    return rezip(good, add={"xl/workbook.xml": head + xml})
