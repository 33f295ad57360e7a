"""The traffic-light rule, the same everywhere: table, exports, reminders and the CLI.

red    = overdue, or far behind the expected pace (序时进度)
yellow = due within `due_soon_days`, or behind the expected pace
green  = on track
grey   = closed (办结/销号)
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple


class Light(enum.StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    GREY = "grey"


LIGHT_LABELS = {Light.RED: "红灯", Light.YELLOW: "黄灯", Light.GREEN: "绿灯", Light.GREY: "已办结"}


@dataclass(frozen=True)
class LightRule:
    """Thresholds, set by the office in the settings."""

    due_soon_days: int = 15
    behind_yellow: int = 10  # percentage points behind the expected pace
    behind_red: int = 30


class Window(NamedTuple):
    """The period a task (or this year's instance of a yearly task) runs over (a NamedTuple: one is
    made for every row of a 100,000-task ledger)."""

    start: date | None
    due: date | None


def task_window(
    *, due: date | None, start: date | None, recurring: str | None, plan_start: date | None, as_of: date
) -> Window:
    """Due date and start of the task as seen on `as_of`; a yearly task is due at the end of each year."""
    if recurring == "yearly":
        year_start = date(as_of.year, 1, 1)
        first = start or plan_start
        begin = max(year_start, first) if first and first.year == as_of.year else year_start
        end = date(as_of.year, 12, 31)
        if due is not None and due < end and due.year == as_of.year:
            end = due
        return Window(begin, end)
    return Window(start or plan_start, due)


def expected_pace(window: Window, as_of: date) -> float | None:
    """Share of the task's time already elapsed, 0–100; None when the window is unknown."""
    if window.start is None or window.due is None or window.due <= window.start:
        return None
    total = (window.due - window.start).days
    elapsed = min(max((as_of - window.start).days, 0), total)
    return 100.0 * elapsed / total


def traffic_light(
    *, closed: bool, window: Window, progress: int | None, as_of: date, rule: LightRule = LightRule()
) -> Light:
    if closed:
        return Light.GREY
    if window.due is not None and as_of > window.due:
        return Light.RED
    pace = expected_pace(window, as_of)
    gap = pace - progress if pace is not None and progress is not None else None
    if gap is not None and gap > rule.behind_red:
        return Light.RED
    if window.due is not None and (window.due - as_of).days <= rule.due_soon_days:
        return Light.YELLOW
    if gap is not None and gap > rule.behind_yellow:
        return Light.YELLOW
    return Light.GREEN
