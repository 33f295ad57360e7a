"""A measure's dated steps are on the deadline calendar, each with its own light."""

from __future__ import annotations

from datetime import date

from services.ledger.lights import Light
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action
from ui.reminders.calendar import CalendarView


def test_milestones_are_on_the_calendar_with_their_own_light(context, ledger, qtbot):
    with user_action(ledger) as session:
        import_plan_file(session, sample_plan_path())
    calendar = CalendarView(context)
    qtbot.add_widget(calendar)
    context.runner.wait()
    calendar.as_of = date(2025, 1, 10)
    with qtbot.wait_signal(calendar.loaded, timeout=10000):
        calendar.reload()
    [census] = [
        r for r in calendar.calendar.by_day[date(2024, 12, 31)] if r.milestone and "普查" in r.milestone
    ]
    assert census.light == Light.RED and "阶段目标" in census.title
    task_day = calendar.calendar.by_day[date(2027, 12, 31)]
    assert any(r.id == census.id and r.milestone is None for r in task_day)  # the measure keeps its own day
