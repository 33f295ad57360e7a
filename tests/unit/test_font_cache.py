"""The font cache gives reportlab exactly the face its own parse gives, and never stops a PDF."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from services.documents.font_cache import cache_file, load_ttfont
from services.documents.fonts import BUNDLED_FONT
from services.resources import resource_path

FONT = resource_path("fonts", BUNDLED_FONT.file_name)


def _face_state(font: TTFont) -> dict:
    state = {k: v for k, v in vars(font.face).items() if k not in ("_pdfScale", "_pos")}
    state["scaled"] = font.face._pdfScale(1000)  # a lambda: compared by what it does
    return state


def _font_state(font: TTFont) -> dict:
    return {k: v for k, v in vars(font).items() if k not in ("face", "encoding", "state")}


@pytest.fixture(scope="module")
def fresh() -> TTFont:
    return TTFont("Fresh", str(FONT))


def test_first_load_writes_the_cache_and_the_second_reads_it(tmp_path: Path, fresh: TTFont) -> None:
    stored = cache_file(FONT, 0, tmp_path)
    first = load_ttfont("Fresh", FONT, 0, tmp_path)
    assert stored.is_file()
    second = load_ttfont("Fresh", FONT, 0, tmp_path)
    for font in (first, second):
        assert _face_state(font) == _face_state(fresh)
        assert _font_state(font) == _font_state(fresh)
        assert set(vars(font)) == set(vars(fresh))  # TTFont.__init__ sets nothing load_ttfont misses
        assert type(font.face).__mro__[1:] == type(fresh.face).__mro__


def test_cached_font_makes_the_same_subset(tmp_path: Path, fresh: TTFont) -> None:
    load_ttfont("Fresh", FONT, 0, tmp_path)
    cached = load_ttfont("Fresh", FONT, 0, tmp_path)
    chars = [ord(c) for c in "督办台账 2024年第3季度（区发改委）"]
    assert cached.face.makeSubset(chars) == fresh.face.makeSubset(chars)


def test_a_damaged_cache_is_parsed_past_and_rewritten(tmp_path: Path, fresh: TTFont) -> None:
    stored = cache_file(FONT, 0, tmp_path)
    stored.write_bytes(b"\x00not marshal")
    font = load_ttfont("Fresh", FONT, 0, tmp_path)
    assert _face_state(font) == _face_state(fresh)
    assert load_ttfont("Fresh", FONT, 0, tmp_path).face.charWidths == fresh.face.charWidths


def test_a_changed_font_file_is_a_new_entry(tmp_path: Path) -> None:
    copy = tmp_path / "copy.ttc"
    copy.write_bytes(FONT.read_bytes())
    before = cache_file(copy, 0, tmp_path / "cache")
    os.utime(copy, ns=(1, 1))
    assert cache_file(copy, 0, tmp_path / "cache") != before


def test_an_unwritable_cache_folder_still_gives_the_font(tmp_path: Path, fresh: TTFont) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    font = load_ttfont("Fresh", FONT, 0, blocker / "fonts")  # a folder under a file: cannot be made
    assert font.face.charToGlyph == fresh.face.charToGlyph


def test_a_file_that_is_not_a_font_raises_as_ttfont_does(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"not a font at all")
    with pytest.raises(TTFError):
        load_ttfont("Bad", bad, 0, tmp_path)
