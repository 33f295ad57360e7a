"""A reporting period as the office writes it (`2024年第3季度`, `2024年10月`, `2024年上半年`, `2024年度`)
and the days it covers.

Pure: the rounds (services/returns/rounds.py) and the ranking read without SQLAlchemy
(services/ledger/ranking_rule.py) both use it.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from services.errors import InvalidValue

# Years 2000–2099: a reporting period of this century, never a year that has no calendar (0000, 9999).
_QUARTER = re.compile(r"^(20\d{2})年?第?([1-4一二三四])季度?$")
_MONTH = re.compile(r"^(20\d{2})年(\d{1,2})月(?:份)?$")
_HALF = re.compile(r"^(20\d{2})年(上|下)半年$")
_YEAR = re.compile(r"^(20\d{2})年(?:度|全年)?$")
_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}


@dataclass(frozen=True)
class Period:
    text: str  # as the office writes it: 2024年第3季度, 2024年10月
    start: date
    end: date


def parse_period(text: str) -> Period:
    """`2024年第3季度`, `2024年三季度`, `2024年10月`, `2024年上半年`, `2024年度`, full-width digits too."""
    cleaned = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    if m := _QUARTER.match(cleaned):
        year, q = int(m[1]), _CHINESE_DIGITS.get(m[2]) or int(m[2])
        start = date(year, 3 * q - 2, 1)
        end = date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
        return Period(f"{year}年第{q}季度", start, end)
    if (m := _MONTH.match(cleaned)) and 1 <= int(m[2]) <= 12:
        year, month = int(m[1]), int(m[2])
        return Period(
            f"{year}年{month}月", date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        )
    if m := _HALF.match(cleaned):
        year = int(m[1])
        if m[2] == "上":
            return Period(f"{year}年上半年", date(year, 1, 1), date(year, 6, 30))
        return Period(f"{year}年下半年", date(year, 7, 1), date(year, 12, 31))
    if m := _YEAR.match(cleaned):
        year = int(m[1])
        return Period(f"{year}年度", date(year, 1, 1), date(year, 12, 31))
    raise InvalidValue(
        f"报送期次“{text}”无法识别：请写成“2024年第3季度”“2024年10月”“2024年上半年”或“2024年度”这样的形式。"
    )
