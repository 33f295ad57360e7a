"""Measures numbered in decimals: `1.1`, `1.2`, `2.1`, and `1.1.1` a level further down.

Plans drafted by technical bureaus (住建, 大数据, 科技) number their points `1.` over `1.1` over `1.1.1`
instead of `（一）` / `1.` / `（1）`. A decimal line is the child of the line whose number it extends:
`1.标题` over `1.1 …` is a heading, as `1.标题` over `（1）…` is (structure.read_outline); a `1.…` that
is a whole measure (a sentence, its own clause) keeps `1.1 …` as its points.

A line only opens a decimal item in the count: `x.1`, or the number after one already read (`1.2` after
`1.1`). So a wrapped line opening on a figure (`2.5亿元…`, `1.5倍`) stays the text it continues: its
number is no next number, and a measure word right after it is no title.
"""

from __future__ import annotations

import re

from services.plans.parser.draft import DraftItem

# 1.1 推进… / 1.1.推进… / 1.1、推进… / 1.1 5G网络 / 1.1.1 建设…, but not 2.5亿元 or 1.5倍 (a figure opening a
# wrapped line).
_DOTTED = re.compile(
    r"^(\d{1,2})\s*\.\s*(\d{1,2})(?:\s*\.\s*(\d{1,2}))?"
    r"(?:\s*[.、]\s*|\s+|(?![\d%‰亿万千百十元个倍米吨亩户人家所次项年月日天时秒分度克升]))(?=\S)"
)


class DottedNumbers:
    """The decimal numbers read so far under the current heading, each with its item."""

    def __init__(self) -> None:
        self._items: dict[str, DraftItem] = {}

    def clear(self) -> None:
        """A new part (一、 / （一）): its numbering starts again."""
        self._items.clear()

    def start(self, item: DraftItem) -> None:
        """A `1.` item: the decimals under it extend its number."""
        self._items = {item.number: item}

    def match(self, folded: str) -> tuple[re.Match[str], tuple[int, ...]] | None:
        """The line's decimal number, when it is the next in the count."""
        found = _DOTTED.match(folded)
        if not found:
            return None
        parts = tuple(int(group) for group in found.groups() if group is not None)
        previous = _key((*parts[:-1], parts[-1] - 1))
        if parts[-1] != 1 and previous not in self._items:
            return None
        return found, parts

    def parent(self, parts: tuple[int, ...]) -> DraftItem | None:
        """The item whose number this one extends (`1.` for `1.2`, `1.2` for `1.2.3`), if read."""
        return self._items.get(_key(parts[:-1]))

    def add(self, parts: tuple[int, ...], item: DraftItem) -> None:
        self._items[_key(parts)] = item


def _key(parts: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in parts)
