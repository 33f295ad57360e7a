"""Deadlines: 7月31日前, 2024年底前, 到2027年, X月底, X月前, 2025年前, 上半年, 第三季度末 -> dates.

`X月前` is read as written, before month X begins (6月前 -> 5月31日); `2025年前` as the goal years
of plans use it, by 2025 like 到2025年 (2025-12-31).

A phrase without a year takes the document's year; when the document's year is unknown the deadline
keeps its text and no date, and the measure is marked doubtful rather than given a guessed year.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedDeadline
from services.plans.parser.numerals import cn_year_to_digits, to_number
from services.plans.parser.text import fold

_BEFORE = r"(?:前|之前|以前|为止)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("full", compile_lazily(rf"(\d{{4}})年(\d{{1,2}})月(\d{{1,2}})日{_BEFORE}")),
    # 办结时限：2021年7月31日 — a 督办单's field: the date itself, no 前 after it
    ("full", compile_lazily(r"(?:时限|期限)\s*[：:]\s*(\d{4})年(\d{1,2})月(\d{1,2})日(?!\s*[-—至到~～])")),
    ("month_end", compile_lazily(r"(\d{4})年(\d{1,2})月(?:底|末)(?:前|之前)?")),
    # 2024年9月中旬 / 9月上旬前: a ten days' span of the month, due at its last day (10th, 20th, month's end)
    ("xun", compile_lazily(r"(\d{4})年(\d{1,2})月(上|中|下)旬(?:末|前|之前)?")),
    ("month_before", compile_lazily(rf"(\d{{4}})年(\d{{1,2}})月份?{_BEFORE}")),
    ("year_before", compile_lazily(r"(\d{4})年(?:以|之)?前(?![一二三两四五六七八九十\d]|半|期)")),
    ("half", compile_lazily(r"(\d{4})年(上|下)半年(?:前|底前|末)?")),
    ("quarter", compile_lazily(r"(\d{4})年(?:第)?([一二三四1-4])季度(?:末|底)?(?:前)?")),
    ("year_end", compile_lazily(r"(?:(?:到|至|截至|截止到?|于)\s*)?(\d{4})年(?:年)?(?:底|末)(?:前|之前)?")),
    ("by_year", compile_lazily(r"(?:到|至|截至|截止到?)\s*(\d{4})年(?!\d|版|度)")),
    ("day", compile_lazily(rf"(?<![\d年])(\d{{1,2}})月(\d{{1,2}})日{_BEFORE}")),
    ("month_end_no_year", compile_lazily(r"(?<![\d年])(\d{1,2})月(?:底|末)(?:前|之前)?")),
    ("xun_no_year", compile_lazily(r"(?<![\d年个])(\d{1,2})月(上|中|下)旬(?:末|前|之前)?")),
    ("month_before_no_year", compile_lazily(rf"(?<![\d年个])(\d{{1,2}})月份?{_BEFORE}")),
    ("half_no_year", compile_lazily(r"(?<![\d年])(?:今年|年内|本年)?(上|下)半年(?:前|底前|末)")),
    ("quarter_no_year", compile_lazily(r"(?<![\d年])第([一二三四1-4])季度(?:末|底)(?:前)?")),
    ("year_end_no_year", compile_lazily(r"(?<![\d])(?:今年|本年度?)?年(?:底|末)前")),
)


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _xun_end(year: int, month: int, part: str) -> date | None:
    """上旬 ends on the 10th, 中旬 on the 20th, 下旬 with the month."""
    if part == "下":
        return _month_end(year, month)
    return date(year, month, 10 if part == "上" else 20) if 1 <= month <= 12 else None


def _day_before_month(year: int, month: int) -> date | None:
    """6月前: before June begins, so 5月31日 (1月前 is the last day of the year before)."""
    if not 1 <= month <= 12:
        return None
    return date(year, month, 1) - timedelta(days=1)


def _resolve(kind: str, groups: tuple[str, ...], document_year: int | None) -> date | None:
    try:
        if kind == "full":
            return date(int(groups[0]), int(groups[1]), int(groups[2]))
        if kind == "month_end":
            return _month_end(int(groups[0]), int(groups[1]))
        if kind == "half":
            return _month_end(int(groups[0]), 6 if groups[1] == "上" else 12)
        if kind == "quarter":
            quarter = to_number(groups[1])
            return _month_end(int(groups[0]), 3 * int(quarter)) if quarter else None
        if kind == "xun":
            return _xun_end(int(groups[0]), int(groups[1]), groups[2])
        if kind == "month_before":
            return _day_before_month(int(groups[0]), int(groups[1]))
        if kind in ("year_end", "by_year", "year_before"):
            return date(int(groups[0]), 12, 31)
        if document_year is None:
            return None
        if kind == "day":
            return date(document_year, int(groups[0]), int(groups[1]))
        if kind == "month_end_no_year":
            return _month_end(document_year, int(groups[0]))
        if kind == "month_before_no_year":
            return _day_before_month(document_year, int(groups[0]))
        if kind == "xun_no_year":
            return _xun_end(document_year, int(groups[0]), groups[1])
        if kind == "half_no_year":
            return _month_end(document_year, 6 if groups[0] == "上" else 12)
        if kind == "quarter_no_year":
            quarter = to_number(groups[0])
            return _month_end(document_year, 3 * int(quarter)) if quarter else None
        if kind == "year_end_no_year":
            return date(document_year, 12, 31)
    except ValueError:  # 2月30日: a typo in the document, not a date
        return None
    return None


_NO_YEAR = (
    "day",
    "month_end_no_year",
    "xun_no_year",
    "month_before_no_year",
    "half_no_year",
    "quarter_no_year",
)


def find_deadlines(
    text: str, document_year: int | None, issued_on: date | None = None
) -> list[ParsedDeadline]:
    """Every deadline phrase in document order; a span already read by a longer pattern is skipped.

    A phrase without a year takes the document's year, unless that day had already passed when the
    document was issued: `7月31日前` in a plan issued in October means next July, not a deadline
    missed before the plan existed.
    """
    folded = cn_year_to_digits(fold(text))
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, ParsedDeadline]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            due = _resolve(kind, match.groups(), document_year)
            if due is not None and issued_on is not None and kind in _NO_YEAR and due < issued_on:
                due = _resolve(kind, match.groups(), issued_on.year + 1)
            found.append((start, ParsedDeadline(text[start:end].strip(), due)))
    found.sort(key=lambda pair: pair[0])
    return [deadline for _, deadline in found]


_MONTH_CELL = compile_lazily(
    r"^(?:(\d{4})年)?(\d{1,2})月份?$"
)  # (2017年1月份: the year as the cell writes it)


def month_cell(cell: str, document_year: int | None) -> ParsedDeadline | None:
    """A schedule column's bare month (时间安排 `3月份`): the work of that month of the plan's year, due at
    its end. Unlike `3月底前` in a sentence it is not moved to next year when the plan was issued later: a
    year's schedule table lists its months, passed ones included. No year known, no date."""
    match = _MONTH_CELL.match(fold(cell).strip())
    if match is None:
        return None
    year = int(match.group(1)) if match.group(1) else document_year
    due = _month_end(year, int(match.group(2))) if year else None
    return ParsedDeadline(cell.strip(), due)


def unique_dates(deadlines: list[ParsedDeadline]) -> list[date]:
    return list(dict.fromkeys(d.due for d in deadlines if d.due is not None))
