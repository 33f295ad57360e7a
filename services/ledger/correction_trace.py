"""The 留痕 of corrections as the Excel ledger and the task's history show it: one voided entry, what it
said, what replaced it, who, when and why.

Pure: services/ledger/corrections.py (through a session) and the exports' SQLite read
(services/ledger/plain_read.py) both build their lines here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Correction:
    """One voided entry as the 留痕 shows it: what it said, what replaced it, who, when and why."""

    item_id: int
    number: str | None
    title: str
    reported_on: date
    old: str
    new: str | None
    reason: str
    by: str
    at: datetime


def describe_entry(entry) -> str:
    """`entry`: a ProgressEntry, or any row with its progress, done_this_period, done_total and situation."""
    parts = []
    if entry.progress is not None:
        parts.append(f"进度 {entry.progress}%")
    if entry.done_this_period is not None:
        parts.append(f"本期 {entry.done_this_period:g}")
    if entry.done_total is not None:
        parts.append(f"累计 {entry.done_total:g}")
    if entry.situation:
        parts.append(entry.situation[:60])
    return "；".join(parts) or "（无内容）"
