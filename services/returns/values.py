"""What clerks type into a return, read the way they meant it.

`８０` (full-width), `80%`, `0.8` and `80` are all eighty per cent; `已完成` in a number column means done;
`2024.7.31`, `2024年7月31日`, `2024/7/31` and an Excel date are one date. A value that cannot be read is
reported with a message that says what was found and what was expected; the caller attaches the cell.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

DONE_WORDS = ("已完成", "完成", "已全部完成", "全部完成", "已办结", "办结", "是", "已完工")
NOT_DONE_WORDS = ("否", "未完成", "尚未完成", "正在推进", "推进中", "进行中", "未")
EMPTY_WORDS = ("", "—", "-", "/", "无", "暂无", "——", "－")
# What Excel and WPS show when a formula fails; openpyxl reads them as text. Never a figure or progress.
EXCEL_ERRORS = (
    "#VALUE!",
    "#DIV/0!",
    "#N/A",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
)
# 万/亿 scale a figure: 2.5万 square metres is 25,000, not 2.5. 千 and 百 as clerks write them too.
SCALES = {"万": 10_000, "亿": 100_000_000, "千": 1_000, "百": 100}

_NUMBER = re.compile(r"^[+]?(\d+(?:\.\d+)?)\s*(%|％)?$")
_LEADING_NUMBER = re.compile(r"^(?:约|共|累计|完成)?\s*(\d+(?:\.\d+)?)\s*(%)?\s*([^\d.%]{0,8})$")
_SCALED = re.compile(r"^(万|亿|千|百)")
_DATE = re.compile(r"(\d{4})\s*[.\-/年．]\s*(\d{1,2})\s*[.\-/月．]\s*(\d{1,2})\s*日?")


class ValueProblem(ValueError):
    """A cell that cannot be read as its column needs; the message is Chinese and names the value."""


@dataclass(frozen=True)
class Reading:
    """A value read from a cell, and a note when reading it took a guess the office should see."""

    value: object
    note: str | None = None
    done: bool = False  # the cell said 已完成 rather than giving a number


def normal_text(value: object) -> str:
    """Full-width digits and letters to half-width, spaces trimmed: what every comparison starts from."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    text = str(value)
    if text.isascii():  # NFKC leaves ASCII as it is; most cells are numbers and ids
        return text.strip()
    if len(text) <= 200:  # the same titles, targets and units come back in every return of a round
        return _nfkc(text)
    return unicodedata.normalize("NFKC", text).strip()


@lru_cache(maxsize=16384)
def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def forget_normalised() -> None:
    """Empty normal_text's memory (bench/returns_bench.py times each import as a process's first)."""
    _nfkc.cache_clear()


def is_empty(value: object) -> bool:
    return normal_text(value) in EMPTY_WORDS


def shown(value: object, limit: int = 40) -> str:
    """The clerk's own text for a message (not the normalised copy), cut when it is long."""
    text = f"{value:g}" if isinstance(value, float) else str(value).strip()
    return text if len(text) <= limit else f"{text[:limit]}…"


def check_not_error(value: object) -> None:
    """An Excel error value (#VALUE!, #DIV/0!…) is a broken formula, never a value to import."""
    if isinstance(value, str) and value.strip().upper() in EXCEL_ERRORS:
        raise ValueProblem(f"单元格显示的是错误值“{value.strip()}”（公式出错），请单位改正公式或直接填写数值")


def text_value(value: object) -> str | None:
    check_not_error(value)
    if is_empty(value):
        return None
    if isinstance(value, str):
        return value.strip() or None  # keep the clerk's characters: only trim
    return normal_text(value)


def _is_percent_format(number_format: str | None) -> bool:
    return bool(number_format) and "%" in number_format


def _finite(value: object, number: str | float | int) -> float:
    """A float that can be stored and compared: a 400-digit integer or ``inf`` came from no spreadsheet."""
    try:
        result = float(number)
    except OverflowError:
        result = math.inf
    if not math.isfinite(result):
        shown = str(value) if len(str(value)) <= 20 else f"{str(value)[:20]}…"
        raise ValueProblem(f"“{shown}”不是有效的数字")
    return result


def quantity(value: object, number_format: str | None = None) -> Reading:
    """A count such as 本期完成数量 / 累计完成: `12`, `１２`, `12台`, `约12`; `已完成` is done without a number."""
    check_not_error(value)
    if is_empty(value):
        return Reading(None)
    if isinstance(value, bool):
        raise ValueProblem(f"“{value}”不是数字")
    if isinstance(value, int | float):
        number = _finite(value, value)
        if number < 0:
            raise ValueProblem(f"数量不能为负数，填写的是 {number:g}")
        return Reading(number)
    text = normal_text(value).replace(",", "").replace("，", "")
    if text in DONE_WORDS:
        return Reading(None, f"填写的是“{shown(value)}”而不是数字，按已完成处理", done=True)
    m = _LEADING_NUMBER.match(text)
    if m and not m[2]:
        number = _finite(value, m[1])
        if scale := _SCALED.match(m[3]):
            number = _finite(value, number * SCALES[scale[1]])
            return Reading(number, f"“{shown(value)}”按 {number:,.10g} 读取（{scale[1]}已换算）")
        note = f"“{shown(value)}”按 {number:g} 读取" if m[3] or text != m[1] else None
        return Reading(number, note)
    raise ValueProblem(f"“{shown(value)}”不是数字，应只填数字（如 12）")


def percent(value: object, number_format: str | None = None) -> Reading:
    """进度: `80`, `80%`, `0.8`, `８０％`, an Excel percentage cell; `已完成` is 100."""
    check_not_error(value)
    if is_empty(value):
        return Reading(None)
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = _finite(value, value)
        if _is_percent_format(number_format):
            number *= 100  # Excel stores 80% as 0.8
        elif 0 < number < 1:
            return Reading(_checked_percent(number * 100), f"“{value:g}”按 {number * 100:g}% 读取")
        return Reading(_checked_percent(number))
    text = normal_text(value)
    if text in DONE_WORDS:
        return Reading(100, f"填写的是“{shown(value)}”，按 100% 读取", done=True)
    m = _NUMBER.match(text.replace(" ", ""))
    if not m:
        raise ValueProblem(f"“{shown(value)}”不是进度，应填 0—100 的数字（如 80 或 80%）")
    number = _finite(value, m[1])
    if not m[2] and 0 < number < 1:
        return Reading(_checked_percent(number * 100), f"“{shown(value)}”按 {number * 100:g}% 读取")
    return Reading(_checked_percent(number))


def _checked_percent(number: float) -> int:
    if not 0 <= number <= 100.0001:
        raise ValueProblem(f"进度应在 0 到 100 之间，填写的是 {number:g}")
    return round(number)


def calendar_date(value: object) -> Reading:
    """`2024.7.31`, `2024年7月31日`, `2024/7/31`, `2024-07-31`, or a date cell."""
    check_not_error(value)
    if is_empty(value):
        return Reading(None)
    if isinstance(value, datetime):
        return Reading(value.date())
    if isinstance(value, date):
        return Reading(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and 30000 < value < 60000:
        from openpyxl.utils.datetime import from_excel

        return Reading(from_excel(value).date(), "日期以数字形式保存，已换算")
    text = normal_text(value)
    m = _DATE.search(text)
    if m:
        try:
            return Reading(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            pass
    raise ValueProblem(f"“{shown(value)}”不是日期，应写成 2024-07-31 或 2024年7月31日")


def completed(value: object) -> Reading:
    """是否完成: `是` / `否`, `已完成`, `√`, or a date (done on that day). Value: (done, day)."""
    check_not_error(value)
    if is_empty(value):
        return Reading((None, None))
    if isinstance(value, datetime | date):
        return Reading((True, calendar_date(value).value))
    text = normal_text(value)
    if text in DONE_WORDS or text in ("√", "✓", "Y", "y", "yes", "Yes", "1"):
        return Reading((True, None))
    if text in NOT_DONE_WORDS or text in ("×", "N", "n", "no", "No", "0"):
        return Reading((False, None))
    m = _DATE.search(text)
    if m:
        day = calendar_date(m[0]).value
        return Reading((True, day), f"“{shown(value)}”按已完成（{day.isoformat()}）读取")
    raise ValueProblem(f"“{shown(value)}”无法判断是否完成，应填“是”或“否”")
