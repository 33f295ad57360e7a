"""Chinese numerals as plans write them, read without cn2an (its imports cost 0.2 s of every parse-plan).

cn2an stays a development dependency only to check this module against its "smart" mode on every number
it writes itself (an2cn), with 两 and 〇 as clerks type them.
"""

from __future__ import annotations

import random

import cn2an
import pytest

from services.plans.parser.numerals import chinese_number, to_number


def _cn2an(numeral: str) -> int | float | None:
    try:
        return cn2an.cn2an(numeral, "smart")
    except ValueError:
        return None


def _written(numbers: list[int]) -> list[str]:
    forms: set[str] = set()
    for number in numbers:
        canonical = cn2an.an2cn(number)
        forms |= {canonical, canonical.replace("二", "两", 1), canonical.replace("零", "〇")}
    return sorted(forms)


def test_every_number_up_to_twenty_thousand_reads_as_cn2an_reads_it() -> None:
    for numeral in _written(list(range(20_001))):
        assert chinese_number(numeral) == _cn2an(numeral), numeral


def test_large_numbers_read_as_cn2an_reads_them() -> None:
    numbers = random.Random(12).sample(range(20_001, 10**10), 5_000)
    for numeral in _written(numbers):
        assert chinese_number(numeral) == _cn2an(numeral), numeral


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十", 10),
        ("十五", 15),
        ("一十一", 11),
        ("两百", 200),
        ("二百零五", 205),
        ("二百〇五", 205),
        ("一百一", 110),  # spoken short forms: the last digit counts one unit lower
        ("一千二", 1200),
        ("三万五", 35_000),
        ("五亿零十", 500_000_010),
        ("一亿二千万", 120_000_000),
        ("二〇二四", 2024),  # a year, digit by digit
        ("一二", 12),
        ("三点五", 3.5),
        ("零点五", 0.5),
        ("三十点二五", 30.25),
    ],
)
def test_written_forms(numeral: str, value: float) -> None:
    assert chinese_number(numeral) == value
    assert _cn2an(numeral) == value


@pytest.mark.parametrize("numeral", ["", "百", "千", "万", "十十", "点五", "三点", "二三百", "第一", "十x"])
def test_what_is_no_number_is_none(numeral: str) -> None:
    assert chinese_number(numeral) is None


def test_to_number_reads_digits_and_numerals_alike() -> None:
    assert to_number("８０") == 80
    assert to_number("1.50") == 1.5
    assert to_number("八十") == 80
    assert to_number("四十二点零") == 42
    assert to_number("第八") is None
