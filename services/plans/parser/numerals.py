"""Numbers as plans write them: Arabic or full-width digits, Chinese numerals, years in 〇一二… digits."""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold

# The characters Chinese numbering is written in (一、 / （十二） / 第一百零三条).
CN_NUMERALS = "一二三四五六七八九十百零〇"
_CN_YEAR = compile_lazily(r"[〇零一二三四五六七八九]{4}(?=年)")
_CN_DIGIT_VALUE = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "兩": 2}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}


def cn_year_to_digits(text: str) -> str:
    """二〇二四年 -> 2024年 (digit by digit, so the length is kept)."""
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT_VALUE[c] for c in m.group()), text)


def to_number(numeral: str) -> int | float | None:
    """'80', '1.2', '２６', '二十六', '一千' -> a number; None when it is not one."""
    numeral = fold(numeral).strip()
    if not numeral:
        return None
    try:
        value = float(numeral) if "." in numeral else int(numeral)
    except ValueError:
        value = chinese_number(numeral)
        if value is None:
            return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def chinese_number(numeral: str) -> int | float | None:
    """二十六 -> 26, 一百零三 -> 103, 一千二 -> 1200, 三点五 -> 3.5, 二〇二四 -> 2024; None when not a numeral.

    Written here rather than taken from cn2an, whose imports cost 0.2 s of every `parse-plan` (plans number
    their parts in Chinese); tests/unit/test_plan_numerals.py checks it against cn2an's "smart" mode.
    """
    whole, dot, fraction = numeral.partition("点")
    value = _chinese_integer(whole)
    if value is None or not dot:
        return value
    if not fraction or any(c not in _DIGIT for c in fraction):
        return None
    return float(f"{value}." + "".join(str(_DIGIT[c]) for c in fraction))


def _chinese_integer(numeral: str) -> int | None:
    if not numeral:
        return None
    if all(c in _DIGIT for c in numeral):  # 一二 / 二〇二四 / 一〇〇: read digit by digit
        return int("".join(str(_DIGIT[c]) for c in numeral))
    total, below_big = 0, 0  # what the 万/亿 groups already hold, and the group being read
    digit: int | None = None
    last_unit, last_big = 10_000, 10**12  # units must fall within a group, groups must fall too
    for char in numeral:
        if char in _DIGIT:
            if digit is not None and digit != 0 and _DIGIT[char] != 0:
                return None  # two digits running on inside a counted number: 二三百
            digit = _DIGIT[char] if digit in (None, 0) or _DIGIT[char] else digit
            continue
        if char in _SMALL_UNIT:
            unit, digit = _SMALL_UNIT[char], digit or None  # 零十: the 零 only marks the gap
            if unit >= last_unit or (digit is None and not (unit == 10 and below_big % 100 == 0)):
                return None  # 十十, 百 alone; 十 alone opens a group (十五 is 15)
            below_big += (1 if digit is None else digit) * unit
            last_unit, digit = unit, None
            continue
        if char in _BIG_UNIT:
            unit = _BIG_UNIT[char]
            group = below_big + (digit or 0)
            if unit >= last_big or group == 0:
                return None
            total = (total + group) * unit if unit > 10_000 else total + group * unit
            below_big, digit, last_unit, last_big = 0, None, 10_000, unit
            continue
        return None
    if digit:
        # 一百一 is 110 and 一千二 1200: a last digit right after a unit counts one unit lower.
        follows_unit = numeral[-2] in _SMALL_UNIT or numeral[-2] in _BIG_UNIT
        step = last_unit // 10 if numeral[-2] in _SMALL_UNIT else last_big // 10
        below_big += digit * step if follows_unit and step >= 10 else digit
    return total + below_big
