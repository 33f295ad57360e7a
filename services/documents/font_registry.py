r"""Where Windows has a font installed, found by the name of its face in the registry.

A fixed file name misses many office PCs: 方正小标宋 and 仿宋_GB2312 come from the font vendor, an IT
department or a colleague's USB stick, and are installed as 方正小标宋简体.TTF, 仿宋_GB2312.ttf or
FZXBSJW.TTF, system-wide or (Windows 10 1809+) for one user only. Windows lists every installed font
under ``SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts`` in HKLM (all users) and HKCU (this user):
the value name is ``<face>[ & <face>…] (TrueType)``, the data the file, relative to C:\Windows\Fonts
or a full path.

Reading the keys (``read_fonts_keys``) is kept apart from matching them (``installed_faces``), so the
matching is tested on any machine with entries written by hand.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import Any

FONTS_KEY = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"
# reportlab reads TrueType outlines only: .fon bitmaps and CFF .otf files are of no use.
_TRUETYPE_SUFFIXES = (".ttf", ".ttc")

RegistryEntry = tuple[str, str]  # (value name, data): ("SimSun & NSimSun (TrueType)", "simsun.ttc")


@dataclass(frozen=True)
class InstalledFace:
    """A face the registry names: its file, and its place in the file when that is a collection."""

    path: Path
    subfont_index: int


def face_key(name: str) -> str:
    """One spelling for every way a face's name is written: 仿宋_GB2312, FangSong GB2312, fangsong-gb2312."""
    return re.sub(r"[\s_\-]", "", name).casefold()


def entry_faces(value_name: str) -> list[str]:
    """The faces a value names, in their order in the file: "SimSun & NSimSun (TrueType)" ->
    ["SimSun", "NSimSun"] (simsun.ttc holds SimSun at index 0, NSimSun at 1)."""
    without_kind = re.sub(r"\s*\([^()]*\)\s*$", "", value_name)
    return [face.strip() for face in without_kind.split("&") if face.strip()]


def _is_absolute(data: str) -> bool:
    return os.path.isabs(data) or PureWindowsPath(data).is_absolute()


def installed_faces(
    entries: Iterable[RegistryEntry], faces: Sequence[str], fonts_dir: Path | None
) -> list[InstalledFace]:
    """Every registry entry that installs one of ``faces``, in registry order. Pure: whether the file
    is really there is the caller's to check. A relative file name is under ``fonts_dir`` (the Windows
    Fonts folder); without one, such entries are skipped."""
    wanted = {face_key(face) for face in faces}
    found: list[InstalledFace] = []
    for value_name, data in entries:
        if not data.lower().endswith(_TRUETYPE_SUFFIXES):
            continue
        for index, face in enumerate(entry_faces(value_name)):
            if face_key(face) not in wanted:
                continue
            if _is_absolute(data):
                found.append(InstalledFace(Path(data), index))
            elif fonts_dir is not None:
                found.append(InstalledFace(fonts_dir / data, index))
            break
    return found


def read_fonts_keys(registry: Any = None) -> list[RegistryEntry]:
    """The Fonts values of HKLM, then HKCU; none off Windows. ``registry`` stands in for the winreg
    module in tests. A key that cannot be opened (HKCU has none until a user installs a font) or a
    value that is not text is passed over: a font lookup must never stop a PDF."""
    if registry is None:
        if sys.platform != "win32":
            return []
        import winreg as registry
    entries: list[RegistryEntry] = []
    for hive in (registry.HKEY_LOCAL_MACHINE, registry.HKEY_CURRENT_USER):
        try:
            key = registry.OpenKey(hive, FONTS_KEY)
        except OSError:
            continue
        with key:
            index = 0
            while True:
                try:
                    name, data, _kind = registry.EnumValue(key, index)
                except OSError:  # ERROR_NO_MORE_ITEMS: the end of the list
                    break
                if isinstance(name, str) and isinstance(data, str):
                    entries.append((name, data))
                index += 1
    return entries
