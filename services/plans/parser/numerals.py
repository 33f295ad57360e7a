"""Numbers as plans write them: Arabic or full-width digits, Chinese numerals, years in 〇一二… digits."""

from __future__ import annotations

import re

from services.plans.parser.text import fold

# The characters Chinese numbering is written in (一、 / （十二） / 第一百零三条).
CN_NUMERALS = "一二三四五六七八九十百零〇"
_CN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")
_CN_DIGIT_VALUE = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


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
        try:
            import cn2an  # 0.3 s of imports: only when a plan writes a number in Chinese numerals

            value = cn2an.cn2an(numeral, "smart")
        except (ValueError, KeyError, IndexError):
            return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
