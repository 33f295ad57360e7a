"""The numbers Word draws in front of auto-numbered paragraphs, which are not in the paragraph's text.

A plan typed with Word's or WPS's numbering button (一、 （一） 1. set as a list, or a task table whose 序号
column is a numbered list) keeps only the list's definition in the file: the paragraph's runs hold
`推动企业数字化改造`, and `3.` is drawn from numbering.xml as the page is laid out. Read as runs alone,
such a plan has no numbering, and the reader finds no measures or runs them together. So the label is
worked out as Word does (ECMA-376 §17.9): the paragraph's list (its own `w:numPr`, or its style's) and
level, a counter per list and level that counts on through the document (a deeper level starting
again after each higher one), and the level's text (`%1、`, `（%2）`, `%3.`) with each counter in its
level's format (一二三, 1 2 3, ①②③, 甲乙丙 …). Paragraphs must be asked in document order, table cells
included, as Word counts them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_LEVELS = 9
_MAX_START = 32767  # Word takes no start above it; a larger one (a damaged file) drew megabytes of a…z
_DIGITS = "零一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"))
_ROMAN += ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _int(value: str | None, default: int | None) -> int | None:
    """An attribute's number; `default` when a damaged or hand-edited file has something else there."""
    return int(value) if value and re.fullmatch(r"-?[0-9]{1,9}", value) else default


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五: as 一、 and （十二） are written."""
    if n <= 0 or n >= 10000:
        return str(n)
    parts, zero = [], False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero:
                parts.append("零")
            parts.append(_DIGITS[digit] + name)
            zero = False
        elif parts:
            zero = True
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


def _roman(n: int) -> str:
    out = []
    for value, name in _ROMAN:
        count, n = divmod(n, value)
        out.append(name * count)
    return "".join(out)


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalHalfWidth": str,
    "chineseCounting": chinese_numeral,
    "chineseCountingThousand": chinese_numeral,
    "chineseLegalSimplified": chinese_numeral,
    "japaneseCounting": chinese_numeral,
    "ideographTraditional": lambda n: _STEMS[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "upperRoman": lambda n: _roman(n).upper(),
    "lowerRoman": _roman,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerLetter": _letters,
}


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str  # numFmt; "bullet" and "none" draw no number
    text: str  # lvlText, e.g. "%1、"
    legal: bool  # isLgl: every counter in the label in Arabic digits


class DocxNumbering:
    """Labels for a document's numbered paragraphs, counted in the order `label` is called."""

    def __init__(self, document: Any, qn: Callable[[str], str]) -> None:
        self._qn = qn
        self._lists: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self._levels: dict[str, dict[int, _Level]] = {}  # abstractNumId -> level -> definition
        self._styles: dict[
            str, tuple[str | None, int | None, str | None]
        ] = {}  # styleId -> numId, ilvl, basedOn
        self._counters: dict[str, list[int | None]] = {}
        self._overridden: set[str] = set()
        self._style_links: dict[str, str] = {}  # abstractNumId -> the list style it stands for
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):  # no numbering part: nothing is numbered
            numbering = None
        if numbering is not None:
            self._read_numbering(numbering)
        styles = getattr(getattr(document, "styles", None), "element", None)
        if styles is not None:
            self._read_styles(styles)

    def _val(self, element: Any, tag: str) -> str | None:
        found = element.find(self._qn(tag)) if element is not None else None
        return None if found is None else found.get(self._qn("w:val"))

    def _read_numbering(self, root: Any) -> None:
        qn = self._qn
        for abstract in root.iterchildren(qn("w:abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iterchildren(qn("w:lvl")):
                level = max(_int(lvl.get(qn("w:ilvl")), 0) or 0, 0)
                start = self._val(lvl, "w:start")
                levels[level] = _Level(
                    min(_int(start, 1) or 0, _MAX_START),
                    self._val(lvl, "w:numFmt") or "decimal",
                    self._val(lvl, "w:lvlText") or "",
                    lvl.find(qn("w:isLgl")) is not None,
                )
            self._levels[abstract.get(qn("w:abstractNumId"), "")] = levels
            link = self._val(abstract, "w:numStyleLink")
            if link is not None:  # a list style's instance: its levels are where the style's list is
                self._style_links[abstract.get(qn("w:abstractNumId"), "")] = link
        for num in root.iterchildren(qn("w:num")):
            overrides: dict[int, int] = {}
            for override in num.iterchildren(qn("w:lvlOverride")):
                start = self._val(override, "w:startOverride")
                if (value := _int(start, None)) is not None and value >= 0:
                    overrides[max(_int(override.get(qn("w:ilvl")), 0) or 0, 0)] = min(value, _MAX_START)
            self._lists[num.get(qn("w:numId"), "")] = (self._val(num, "w:abstractNumId") or "", overrides)

    def _read_styles(self, root: Any) -> None:
        qn = self._qn
        for style in root.iterchildren(qn("w:style")):
            properties = style.find(qn("w:pPr"))
            numbered = properties.find(qn("w:numPr")) if properties is not None else None
            level = self._val(numbered, "w:ilvl")
            self._styles[style.get(qn("w:styleId"), "")] = (
                self._val(numbered, "w:numId"),
                _int(level, None),
                self._val(style, "w:basedOn"),
            )

    def _list_of(self, paragraph: Any) -> tuple[str, int] | None:
        """The paragraph's numId and level: its own numPr, else its style's (through basedOn)."""
        properties = paragraph.find(self._qn("w:pPr"))
        numbered = properties.find(self._qn("w:numPr")) if properties is not None else None
        num_id, level = self._val(numbered, "w:numId"), self._val(numbered, "w:ilvl")
        style = self._val(properties, "w:pStyle")
        for _ in range(10):  # a style chain; a loop in a damaged file ends here
            if (num_id is not None and level is not None) or style is None:
                break
            style_num, style_level, style = self._styles.get(style, (None, None, None))
            num_id = num_id if num_id is not None else style_num
            level = level if level is not None else (str(style_level) if style_level is not None else None)
        if num_id is None or num_id == "0" or num_id not in self._lists:
            return None
        return num_id, max(_int(level, 0) or 0, 0)

    def label(self, paragraph: Any) -> str:
        """The number Word draws before this paragraph (`三、`, `（二）`, `4.`), or "" when it has none."""
        found = self._list_of(paragraph)
        if found is None:
            return ""
        num_id, level = found
        abstract, overrides = self._lists[num_id]
        abstract = self._linked(abstract)
        levels = self._levels.get(abstract, {})
        definition = levels.get(level)
        if definition is None or definition.fmt in ("bullet", "none") or level >= _LEVELS:
            return ""
        counters = self._counters.setdefault(abstract, [None] * _LEVELS)
        if num_id not in self._overridden and overrides:
            # A list restarted with 重新开始编号: its own numbering starts again where it overrides.
            self._overridden.add(num_id)
            for overridden, start in overrides.items():
                if overridden < _LEVELS:
                    counters[overridden] = start - 1
        current = counters[level]
        counters[level] = definition.start if current is None else current + 1
        for deeper in range(level + 1, _LEVELS):
            counters[deeper] = None  # a deeper level starts again under each new number here
        return self._text(definition, levels, counters)

    def _linked(self, abstract: str) -> str:
        """The list a list-style instance (w:numStyleLink) numbers with: the style's own list's, so the
        levels and counters are the ones the style defines (ECMA-376 §17.9.21)."""
        style_num = self._styles.get(self._style_links.get(abstract, ""), (None, None, None))[0]
        return self._lists[style_num][0] if style_num in self._lists else abstract

    def _text(self, definition: _Level, levels: dict[int, _Level], counters: list[int | None]) -> str:
        def number(match: re.Match) -> str:
            index = int(match.group(1)) - 1
            if not 0 <= index < _LEVELS:
                return ""
            level = levels.get(index, definition)
            value = counters[index] if counters[index] is not None else level.start
            fmt = "decimal" if definition.legal else level.fmt
            return _FORMATS.get(fmt, str)(value)

        label = re.sub(r"%(\d)", number, definition.text)
        # A label that ends in a mark (一、 （一） 1.) is read straight on; 第一条 takes a space first.
        return label if not label or not label[-1].isalnum() else f"{label} "
