"""Working days as the office counts them: the State Council's holidays off, 调休 weekends on."""

from __future__ import annotations

import io
import json
from datetime import date

from cli import main as cli
from services.ledger.workdays import add_working_days, is_working_day, known, working_days_left


def test_national_day_week_and_its_make_up_saturday():
    # 2025: 1–8 October off; Sunday 28 September and Saturday 11 October are working days.
    assert not is_working_day(date(2025, 10, 1)) and not is_working_day(date(2025, 10, 8))
    assert is_working_day(date(2025, 9, 28)) and is_working_day(date(2025, 10, 11))
    assert working_days_left(date(2025, 9, 30), date(2025, 10, 9)) == 1
    assert working_days_left(date(2025, 10, 9), date(2025, 9, 30)) == -1
    assert working_days_left(date(2025, 10, 9), date(2025, 10, 9)) == 0
    assert add_working_days(date(2025, 9, 30), 1) == date(2025, 10, 9)


def test_a_year_the_package_does_not_know_counts_weekdays():
    assert not known(2099)
    assert working_days_left(date(2099, 3, 2), date(2099, 3, 9)) == 5  # Monday to Monday


def test_reminders_in_working_days(ledger, plan_id, db_url):
    # The small plan's 建立设备更新项目库 is due 2024-07-31; seen on Friday 26 July 2024 it is 3 working
    # days away (29, 30, 31 July), 5 calendar days.
    args = ["--db", db_url, "reminders", "--as-of", "2024-07-26", "--json"]
    out = io.StringIO()
    assert cli.run(args, out, io.StringIO()) == 0
    calendar_days = {r["title"]: r["days_left"] for g in json.loads(out.getvalue()) for r in g["reminders"]}
    out = io.StringIO()
    assert cli.run([*args, "--working-days"], out, io.StringIO()) == 0
    reminders = [r for g in json.loads(out.getvalue()) for r in g["reminders"]]
    working = {r["title"]: r["days_left"] for r in reminders}
    assert calendar_days["建立设备更新项目库"] == 5 and working["建立设备更新项目库"] == 3
    assert all(r["working_days"] for r in reminders)
