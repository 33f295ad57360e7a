"""How a document the office sends is signed: the office's name and the date written out in Chinese.

A module of its own so the return forms (services/returns/template.py) print the same 落款 as the urge
notices without importing what the notices are built from (the reminders, the PDF layout).
"""

from __future__ import annotations

from datetime import date

DEFAULT_OFFICE = "领导小组办公室"


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
