"""Checks of an Office file's zip package before any XML parser builds a tree from it.

Shared by the workbook (services/files/xlsx_safety.py) and plan (services/plans/reader.py) readers: a .xlsx and
a .docx are both zip packages of XML parts, and both arrive by mail from outside the office.
"""

from __future__ import annotations

import zipfile
import zlib
from xml.parsers import expat

XML_SUFFIXES = (".xml", ".rels", ".vml")
# What Python's zipfile raises for a damaged package once a member is read: besides BadZipFile, the
# decompressor's errors, and for a header offset pointing before the start, ValueError (in memory) or
# OSError (on disk).
DAMAGED_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError)


_DOCTYPE_WORDS = (b"DOCTYPE", "DOCTYPE".encode("utf-16-le"), "DOCTYPE".encode("utf-16-be"))


class _PrologRead(Exception):
    pass


def has_doctype(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Whether an XML part declares a DTD (the carrier of entity bombs and external entities).

    Excel, Word, WPS and LibreOffice never write one, whichever part it is, and openpyxl and python-docx
    parse parts with lxml rather than defusedxml; so any DTD refuses the file. Only the prolog is read:
    expat stops at the root element, or at the DOCTYPE before its declarations are parsed.
    """
    found = False

    def doctype(*_args: object) -> None:
        nonlocal found
        found = True
        raise _PrologRead

    def root(*_args: object) -> None:
        raise _PrologRead

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = root
    head = b""
    with archive.open(member) as stream:
        while chunk := stream.read(64 * 1024):
            head = head or chunk
            try:
                parser.Parse(chunk, False)
            except _PrologRead:
                return found
            except (expat.ExpatError, LookupError, ValueError):
                # Malformed, or in an encoding expat does not know but lxml may (GB18030, EBCDIC):
                # look for the word itself, in one-byte and two-byte forms.
                return any(word in head for word in _DOCTYPE_WORDS)
    return found


def xml_with_doctype(archive: zipfile.ZipFile) -> str | None:
    """The first XML part that declares a DTD, or None."""
    for member in archive.infolist():
        if member.filename.lower().endswith(XML_SUFFIXES) and has_doctype(archive, member):
            return member.filename
    return None


def bomb_member(
    archive: zipfile.ZipFile, *, max_ratio: float = 100.0, ratio_floor: int = 1024 * 1024
) -> tuple[str, float] | None:
    """(name, ratio) of a member that unpacks to over `ratio_floor` bytes at more than `max_ratio`
    times its packed size: the shape of a zip bomb, never of a document (pictures barely compress)."""
    for member in archive.infolist():
        if member.file_size > ratio_floor:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > max_ratio:
                return member.filename, ratio
    return None
