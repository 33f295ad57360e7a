"""Linux only: a smaller ICU data library for the bundle (installer.spec, BUILDING.md).

Qt Core on Linux links ICU (PySide6's wheel brings it), so the bundle keeps libicuuc, libicui18n and
libicudata. libicudata is ICU's data of every language: 32 MB. Qt reaches ICU for collation
(QCollator, the file dialog's sorting), case mapping, named text encodings and time-zone names; the
app's languages are Chinese and English. This writes a libicudata with the same name and symbol that
holds every item but the locale data (collation, names of languages, regions, currencies, units and
zones, number spell-out, break rules, transliteration) of languages other than root, zh (Hans,
China, Singapore) and en, and the text encodings other than GB18030, GBK and GB2312 (UTF-8/16/32 and
Latin-1 are ICU's own code). ICU answers a locale whose data is missing with root's (as for any
locale it has no data for), and an encoding it does not have with an error that Qt reports as an
unknown encoding. 157 of 3 921 items, 9.6 of 32 MB (ICU 73, PySide6 6.11.3).

The data is ICU's "common data" package: a header, a table of contents (item count, then name and
data offsets from the table's start, names sorted), the names, then the items, each 16-byte aligned
(ICU's ucmndata.h). The library is that package behind the symbol icudt<version>_dat, assembled and
linked with binutils, which PyInstaller needs on Linux anyway (strip).
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

LOCALES_KEPT = frozenset(
    {"root", "en", "en_US", "en_001", "zh", "zh_CN", "zh_SG", "zh_Hans", "zh_Hans_CN", "zh_Hans_SG"}
)
# GB18030; GBK (windows-936-2000 extends ibm-1386); GB2312 (ibm-1383 and ibm-5478).
ENCODINGS_KEPT = frozenset(
    {"gb18030", "windows-936-2000", "ibm-1386_P100-2001", "ibm-1383_P110-1999", "ibm-5478_P100-1995"}
)
# Items named like a locale but holding data of all languages.
NOT_LOCALES = frozenset({"root", "pool", "res_index", "supplementalData", "tzdbNames"})
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")


def kept(item: str) -> bool:
    """item: a name inside the package without its prefix, such as "coll/zh.res" or "gb18030.cnv"."""
    stem, _, kind = item.rsplit("/", 1)[-1].rpartition(".")
    if kind == "cnv":
        return stem in ENCODINGS_KEPT
    if kind == "res" and stem not in NOT_LOCALES and _LOCALE.fullmatch(stem):
        return stem in LOCALES_KEPT
    return True


def symbol_data(library: bytes) -> tuple[str, bytes]:
    """The name and bytes of the icudt*_dat symbol of an ELF64 little-endian shared library."""
    if library[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, entsize):
            name_at, _info, _other, index, value, length = struct.unpack_from("<IBBHQQ", library, at)
            name = library[strings + name_at : library.index(b"\0", strings + name_at)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                section = sections[index]
                start = section[4] + value - section[3]
                return name, library[start : start + length]
    raise ValueError("no icudt*_dat symbol")


def items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, data) items of a common data package."""
    header_size, magic = struct.unpack_from("<H2s", package, 0)
    if magic != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", package, header_size)
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    ends = [data for _name, data in entries[1:]] + [len(package) - header_size]
    found = []
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        start = header_size + name_at
        name = package[start : package.index(b"\0", start)].decode("ascii")
        found.append((name, package[header_size + data_at : header_size + end]))
    return package[:header_size], found


def package(header: bytes, chosen: list[tuple[str, bytes]]) -> bytes:
    """A common data package of the chosen items, in the order given (ICU searches the names by
    bisection, so they must stay sorted as they were)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in chosen)
    table_size = 4 + 8 * len(chosen)
    first = -(-(len(header) + table_size + len(names)) // 16) * 16 - len(header)
    table, blobs, name_at, data_at = [struct.pack("<I", len(chosen))], [], table_size, first
    for name, data in chosen:
        table.append(struct.pack("<II", name_at, data_at))
        padded = data + b"\0" * (-len(data) % 16)
        blobs.append(padded)
        name_at += len(name) + 1
        data_at += len(padded)
    head = header + b"".join(table) + names
    return head + b"\0" * (len(header) + first - len(head)) + b"".join(blobs)


def subset(library: Path) -> tuple[str, bytes, list[str]]:
    """The symbol name, the smaller package and the names of the items left out."""
    symbol, data = symbol_data(Path(library).read_bytes())
    header, found = items(data)
    chosen = [(name, blob) for name, blob in found if kept(name.split("/", 1)[1])]
    left_out = [name for name, _blob in found if not kept(name.split("/", 1)[1])]
    return symbol, package(header, chosen), left_out


def write_library(library: Path, folder: Path) -> Path:
    """Writes the smaller libicudata under folder, with the original's file name (its soname)."""
    symbol, data, _left_out = subset(library)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    name = items(data)[1][0][0].split("/")[0] + ".dat"  # icudt73l.dat, as ICU's own tools name it
    (folder / name).write_bytes(data)
    (folder / "icudata.s").write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{name}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    target = folder / Path(library).name
    subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=folder, check=True)
    subprocess.run(
        ["ld", "-shared", "-soname", target.name, "-o", target.name, "icudata.o"], cwd=folder, check=True
    )
    return target
