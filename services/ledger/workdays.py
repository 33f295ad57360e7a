"""Working days as a Chinese government office counts them: weekends off, the State Council's holidays
off, its 调休 weekends on (the chinesecalendar package, kept current by package updates).

For a year the package does not know yet (the holiday notice comes out each November), Monday to Friday
are the working days and ``known`` says so, so a reminder can tell that the count is provisional.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


@lru_cache(maxsize=4096)
def is_working_day(day: date) -> bool:
    try:
        import chinese_calendar

        return bool(chinese_calendar.is_workday(day))
    except (ImportError, NotImplementedError):  # a year not in the package yet: weekdays
        return day.weekday() < 5


@lru_cache(maxsize=64)
def known(year: int) -> bool:
    """Whether the official holiday calendar of `year` is in the installed package."""
    try:
        import chinese_calendar

        chinese_calendar.is_workday(date(year, 1, 2))
        return True
    except (ImportError, NotImplementedError):
        return False


@lru_cache(maxsize=65536)  # reminders share a few hundred due dates
def working_days_left(as_of: date, due: date) -> int:
    """Working days from `as_of` to `due`: 0 when due today; after `due`, minus the working days late.

    Counted as the office says it: due on Monday seen on Friday is "1 working day left"."""
    if due == as_of:
        return 0
    step = 1 if due > as_of else -1
    count, day = 0, as_of
    while day != due:
        day += timedelta(days=step)
        if is_working_day(day):
            count += step
    return count


def add_working_days(start: date, days: int) -> date:
    """The day `days` working days after `start` (for "due within N working days")."""
    day, left = start, days
    while left > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


__all__ = ["add_working_days", "is_working_day", "known", "working_days_left"]
