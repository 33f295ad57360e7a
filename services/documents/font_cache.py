"""A TrueType face's glyph tables, kept on disk so a PDF does not parse the font file again each process.

reportlab reads every character's glyph and width out of the file (cmap, hmtx, loca) in Python loops:
0.15–0.35 s for the bundled WenQuanYi Micro Hei, as long again for each Windows face (宋体, 黑体, 仿宋),
paid by every `export-pdf` and every first PDF of a window (issue 16). Those tables depend only on the
file and the reportlab version, so they are written once to ``<data folder>/cache/fonts`` and read back
with marshal in about 0.03 s. reportlab still reads the file's header itself (names, metrics,
whether it may be embedded), and the file's bytes, which the embedded subset is cut from; the cached
tables are exactly what its own parse produces (tests/unit/test_font_cache.py), so the PDF is the same.

A cache that cannot be read or written (another reportlab or Python, a read-only folder, a damaged
file) is passed over: the font is parsed as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import sys
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

from services.gc_pause import paused_gc_keeping

log = logging.getLogger(__name__)

# What reportlab's extractInfo derives from the glyph tables; the rest it reads from the header.
_TABLES = ("charToGlyph", "glyphToChar", "charWidths", "defaultWidth", "hmetrics", "glyphPos")
_FORMAT = 1  # raised when what is stored changes


def cache_dir() -> Path:
    from services.storage.locations import data_dir

    return data_dir() / "cache" / "fonts"


def cache_file(path: Path, subfont_index: int, folder: Path) -> Path:
    """One file per face and version of the font file, of reportlab and of Python (marshal's format)."""
    stat = path.stat()
    key = "|".join(
        str(part)
        for part in (
            _FORMAT,
            REPORTLAB_VERSION,
            sys.version_info[:2],
            path.resolve(),
            stat.st_size,
            stat.st_mtime_ns,
            subfont_index,
        )
    )
    return folder / f"{path.stem}-{subfont_index}-{hashlib.sha1(key.encode()).hexdigest()[:16]}.marshal"


class _CachedFace(TTFontFace):
    """A face whose glyph tables come from the cache when they are there, and go into it when not."""

    def __init__(self, filename: str, subfont_index: int, stored: Path | None):
        self._stored = stored
        super().__init__(filename, subfontIndex=subfont_index)
        del self._stored

    def extractInfo(self, charInfo=1):  # reportlab names it
        tables = _read(self._stored) if charInfo and self._stored is not None else None
        if tables is None:
            super().extractInfo(charInfo)
            if charInfo and self._stored is not None:
                _write(self._stored, [getattr(self, name) for name in _TABLES])
            return
        super().extractInfo(0)  # the header only: names, metrics, the embedding licence
        for name, value in zip(_TABLES, tables, strict=True):
            setattr(self, name, value)


def load_ttfont(name: str, path: Path, subfont_index: int = 0, folder: Path | None = None) -> TTFont:
    """A reportlab TTFont of the face, as ``TTFont(name, path, subfontIndex=…)`` makes it.

    Raises what TTFont raises for a file it cannot use (TTFError, OSError)."""
    try:
        stored = cache_file(path, subfont_index, folder if folder is not None else cache_dir())
    except OSError:
        stored = None
    font = TTFont.__new__(TTFont)
    # TTFont.__init__, with the face made by _CachedFace (test_font_cache compares the two).
    font.fontName = name
    font.face = _CachedFace(str(path), subfont_index, stored)
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, pattern) for pattern in rl_config.unShapedFontGlob)
    return font


def _read(stored: Path) -> list | None:
    try:
        data = stored.read_bytes()
        # 150,000 lists, tuples and dicts at once: with the collector running, its passes over them (and
        # over SQLAlchemy's objects) took two thirds of the load. They live as long as the process.
        with paused_gc_keeping():
            tables = marshal.loads(data)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError):
        log.warning("font cache %s unreadable; parsing the font instead", stored, exc_info=True)
        return None
    return tables if isinstance(tables, list) and len(tables) == len(_TABLES) else None


def _write(stored: Path, tables: list) -> None:
    partial = stored.with_name(f"{stored.name}.{os.getpid()}.part")
    try:
        stored.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(marshal.dumps(tables))
        os.replace(partial, stored)  # whole or not at all: another process may be reading it
    except (OSError, ValueError):
        log.warning("font cache %s not written", stored, exc_info=True)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
