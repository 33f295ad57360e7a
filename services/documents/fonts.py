"""The Chinese TrueType fonts embedded in the PDFs the office prints.

Official documents set titles in 黑体/小标宋 and the body in 仿宋. On the office's Windows PCs those fonts
are installed (simhei.ttf, simfang.ttf, simsun.ttc) and we use them; we never ship them (their licences
do not allow it). A face is looked up by name in the registry's Fonts keys first (services/documents/font_registry.py:
方正小标宋 and 仿宋_GB2312 are often installed under Chinese file names or for one user only), then by its
usual file name in the Fonts folders. Elsewhere — Linux CI, a stripped-down PC — every role falls back to the bundled
WenQuanYi Micro Hei (Apache-2.0), so a PDF always has an embedded font that shows Chinese and Latin
text. reportlab's built-in ``STSong-Light`` is not used: it is not embedded, so the PDF shows boxes on a
reader without that font.

Registering a TrueType font costs 0.1–0.3 s of parsing its glyph tables, so it happens once per process,
on the first PDF, behind a lock because PDFs are built on worker threads; the tables are kept on disk
after the first time (services/documents/font_cache.py), which leaves a few milliseconds.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from services.documents.font_registry import RegistryEntry, installed_faces, read_fonts_keys
from services.resources import resource_path

FontRole = Literal["title", "heading", "body", "table"]
ROLES: tuple[FontRole, ...] = ("title", "heading", "body", "table")


@dataclass(frozen=True)
class FontFile:
    """One TrueType face: the name reportlab knows it by, its usual file, the face inside a .ttc, and the
    names the registry may list it under (English and Chinese, as installers write either)."""

    name: str
    file_name: str
    subfont_index: int = 0
    faces: tuple[str, ...] = ()


_XIAOBIAOSONG = FontFile(
    "FZXiaoBiaoSong",
    "FZXBSJW.TTF",
    faces=("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"),
)
_SIMHEI = FontFile("SimHei", "simhei.ttf", faces=("SimHei", "黑体"))
_FANGSONG_GB2312 = FontFile("FangSongGB2312", "FS_GB2312.TTF", faces=("仿宋_GB2312", "FangSong_GB2312"))
_SIMFANG = FontFile("SimFang", "simfang.ttf", faces=("FangSong", "仿宋"))
_SIMSUN = FontFile("SimSun", "simsun.ttc", 0, faces=("SimSun", "宋体"))

# Candidates per role, best first; the first one found on the machine wins.
# 方正小标宋 is what offices use for titles when they have it; 黑体 is the usual stand-in.
_WINDOWS_CANDIDATES: dict[FontRole, tuple[FontFile, ...]] = {
    "title": (_XIAOBIAOSONG, _SIMHEI),
    "heading": (_SIMHEI,),
    "body": (_FANGSONG_GB2312, _SIMFANG, _SIMSUN),
    # 宋体 stays legible at the 10.5 pt of a dense table, where 仿宋's thin strokes fade on a laser printer.
    "table": (_SIMSUN, _SIMFANG),
}

BUNDLED_FONT = FontFile("WenQuanYiMicroHei", "wqy-microhei.ttc", 0)


@dataclass(frozen=True)
class PdfFonts:
    """The registered reportlab font name for each role, and the files they came from."""

    title: str
    heading: str
    body: str
    table: str
    files: tuple[Path, ...]

    def for_role(self, role: FontRole) -> str:
        return getattr(self, role)

    @property
    def uses_bundled_font(self) -> bool:
        return any(path.name == BUNDLED_FONT.file_name for path in self.files)


def system_font_dirs() -> tuple[Path, ...]:
    """Folders where Windows keeps fonts: the system folder and the per-user one (Windows 10 1809+)."""
    if sys.platform != "win32":
        return ()
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return tuple(dirs)


def _find(file_name: str, dirs: Iterable[Path]) -> Path | None:
    for folder in dirs:
        path = folder / file_name
        if path.is_file():
            return path
        # Fonts copied by hand sometimes keep another case (SIMHEI.TTF); Windows does not care, we must.
        try:
            for entry in folder.iterdir():
                if entry.name.lower() == file_name.lower() and entry.is_file():
                    return entry
        except OSError:
            continue
    return None


def _locate(
    candidate: FontFile, font_dirs: Sequence[Path], registry: Sequence[RegistryEntry]
) -> tuple[FontFile, Path] | None:
    """Where ``candidate`` is installed: by face name in the registry, else by its usual file name."""
    fonts_dir = font_dirs[0] if font_dirs else None  # the system folder: relative registry file names
    for installed in installed_faces(registry, candidate.faces, fonts_dir):
        if installed.path.is_file():  # an entry can outlive its file (a font deleted by hand)
            return replace(candidate, subfont_index=installed.subfont_index), installed.path
    found = _find(candidate.file_name, font_dirs)
    return (candidate, found) if found is not None else None


def choose_fonts(
    font_dirs: Sequence[Path], registry: Sequence[RegistryEntry] = ()
) -> dict[FontRole, tuple[FontFile, Path]]:
    """Pick a font per role from the ``registry``'s Fonts entries and ``font_dirs``, the bundled font
    where none is found. Registers nothing."""
    bundled = resource_path("fonts", BUNDLED_FONT.file_name)
    chosen: dict[FontRole, tuple[FontFile, Path]] = {}
    for role in ROLES:
        for candidate in _WINDOWS_CANDIDATES[role]:
            located = _locate(candidate, font_dirs, registry)
            if located is not None:
                chosen[role] = located
                break
        else:
            chosen[role] = (BUNDLED_FONT, bundled)
    return chosen


_lock = threading.Lock()
_registered: PdfFonts | None = None


def _register(face: FontFile, path: Path) -> bool:
    """Register one face with reportlab; False when the file cannot be used (damaged, CFF outlines)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    from services.documents.font_cache import load_ttfont

    if face.name in pdfmetrics.getRegisteredFontNames():
        return True
    try:
        font = load_ttfont(face.name, path, face.subfont_index)
    except (TTFError, OSError):
        return False
    pdfmetrics.registerFont(font)
    # CJK fonts have no bold or italic face. Mapping every variant to the same face keeps <b> in a
    # Paragraph from failing with "Can't map determine family/bold/italic"; headers get weight from 黑体.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(face.name, bold, italic, face.name)
    return True


def pdf_fonts(
    font_dirs: Sequence[Path] | None = None, registry: Sequence[RegistryEntry] | None = None
) -> PdfFonts:
    """Register the fonts once per process and return their names by role.

    ``font_dirs`` and ``registry`` are for tests; by default the Windows registry and font folders are
    searched (none elsewhere). A font that is found but cannot be loaded is replaced by the bundled font.
    """
    global _registered
    with _lock:
        if _registered is not None and font_dirs is None:
            return _registered
        dirs = system_font_dirs() if font_dirs is None else tuple(font_dirs)
        if registry is None:
            registry = read_fonts_keys() if font_dirs is None else ()
        names: dict[FontRole, str] = {}
        files: list[Path] = []
        for role, (face, path) in choose_fonts(dirs, registry).items():
            if not _register(face, path):
                face, path = BUNDLED_FONT, resource_path("fonts", BUNDLED_FONT.file_name)
                if not _register(face, path):
                    raise FileNotFoundError(f"bundled font missing or unreadable: {path}")
            names[role] = face.name
            if path not in files:
                files.append(path)
        fonts = PdfFonts(
            title=names["title"],
            heading=names["heading"],
            body=names["body"],
            table=names["table"],
            files=tuple(files),
        )
        if font_dirs is None:
            _registered = fonts
        return fonts
