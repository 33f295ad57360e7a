"""Search as clerks type: Chinese text, or the pinyin initials of it (`fgw` finds 区发改委).

Polyphonic characters (长 zhǎng/cháng, 行 háng/xíng) match by any of their readings, so a name is
found however the clerk reads it.
"""

from __future__ import annotations

import os
from functools import lru_cache

# pypinyin is imported in the functions that read pinyin, so commands and views that never search do not
# load it. Its phrase dictionary (about 0.4 s to load, 2.5 MB in the bundle, which leaves it out) is not
# wanted: the search matches any reading of each character, which finds every name the phrases find
# (tests/unit/test_packaging.py), so the window, the command line and the bundle read characters alone.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")


@lru_cache(maxsize=4096)
def initials(text: str) -> tuple[frozenset[str], ...]:
    """One set of possible initials per character; a non-Chinese character stands for itself."""
    from pypinyin import Style, pinyin

    readings = pinyin(text, style=Style.FIRST_LETTER, heteronym=True, errors=lambda chunk: list(chunk))
    return tuple(frozenset(r.lower() for r in options if r) or frozenset({""}) for options in readings)


def initials_text(text: str) -> str:
    """The usual reading of each character: 区发改委 → qfgw (what a clerk is shown or types)."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.FIRST_LETTER)).lower()


def _initials_contain(text: str, query: str) -> bool:
    letters = initials(text)
    n = len(query)
    starts = range(len(letters) - n + 1)
    return any(all(query[j] in letters[start + j] for j in range(n)) for start in starts)


def matches(query: str, *texts: str | None) -> bool:
    """True when ``query`` (already stripped) is in one of ``texts`` as written or as pinyin initials."""
    if not query:
        return True
    folded = query.lower()
    ascii_letters = folded.isascii() and folded.isalpha()
    for text in texts:
        if not text:
            continue
        if folded in text.lower():
            return True
        if ascii_letters and _initials_contain(text, folded):
            return True
    return False
