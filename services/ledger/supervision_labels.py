"""How a 督办事项's number and source are written: `督〔2024〕12号`, 批示.

Pure (no SQLAlchemy, no models): the exports' SQLite read (services/ledger/plain_read.py) labels the
items as services/ledger/supervision_list.py does through a session.
"""

from __future__ import annotations

DEFAULT_PREFIX = "督"
# models.ItemSource's values (StrEnum) and what the office calls them; tests/unit/test_plain_read.py
# checks the keys against the models.
SOURCE_NAMES = {"instruction": "批示", "meeting": "会议", "document": "来文", "plan": "方案"}


def source_label(code: str | None) -> str | None:
    return SOURCE_NAMES[str(code)] if code else None


def format_number(prefix: str | None, year: int | None, seq: int | None) -> str | None:
    if year is None or seq is None:
        return None
    return f"{prefix or DEFAULT_PREFIX}〔{year}〕{seq}号"
