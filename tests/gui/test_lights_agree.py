"""The same light for the same task everywhere: checklist, reminder panel, calendar and CLI."""

from __future__ import annotations

import io
import json
from datetime import date

from cli.main import run
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action
from ui.checklist.view import ChecklistView
from ui.reminders.calendar import CalendarView
from ui.reminders.view import ReminderView

AS_OF = date(2024, 12, 20)


def test_lights_agree_across_views_and_cli(context, ledger, db_url, qtbot):
    with user_action(ledger) as session:
        import_plan_file(session, sample_plan_path())
    out = io.StringIO()
    assert run(["--db", db_url, "tasks", "--as-of", AS_OF.isoformat(), "--json"], out, io.StringIO()) == 0
    cli = {t["id"]: t["light"] for t in json.loads(out.getvalue())}
    assert {"yellow", "green"} <= set(cli.values())

    checklist = ChecklistView(context)
    qtbot.add_widget(checklist)
    checklist.as_of = AS_OF
    with qtbot.wait_signal(checklist.loaded, timeout=10000):
        checklist.reload()
    qtbot.waitUntil(lambda: checklist.model.rowCount() == len(cli), timeout=10000)
    table = {checklist.model.row_at(r).id: str(checklist.model.row_at(r).light) for r in range(len(cli))}
    assert table == cli

    panel = ReminderView(context)
    qtbot.add_widget(panel)
    context.runner.wait()
    qtbot.wait(100)
    panel.as_of = AS_OF
    with qtbot.wait_signal(panel.loaded, timeout=10000):
        panel.reload()
    # A milestone inside a task has a light of its own (services/ledger/milestones.py): the tasks' must agree.
    reminders = {r.item_id: str(r.light) for g in panel.groups for r in g.reminders if r.milestone is None}
    assert reminders and all(cli[item_id] == light for item_id, light in reminders.items())

    calendar = CalendarView(context)
    qtbot.add_widget(calendar)
    context.runner.wait()
    qtbot.wait(100)
    calendar.as_of = AS_OF
    with qtbot.wait_signal(calendar.loaded, timeout=10000):
        calendar.reload()
    on_calendar = {
        r.id: str(r.light) for rows in calendar.calendar.by_day.values() for r in rows if r.milestone is None
    }
    assert on_calendar and all(cli[item_id] == light for item_id, light in on_calendar.items())
