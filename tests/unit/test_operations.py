"""The operations layer: each use case is one transaction with its backup policy and its error
translation, and says what changed and what undo reverts."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import event, select

from models import LedgerItem
from services.documents.export_jobs import ExportRequest
from services.errors import DatabaseLocked, EditConflict
from services.ledger.progress import ProgressReport
from services.operations import exports, plans, task_parts, tasks
from services.operations.changes import (
    CONTACTS,
    EVERYTHING,
    PLANS,
    REMINDERS,
    TASKS,
    UNITS,
    Changes,
    changed,
)
from services.plans.importing import parse_document, sample_plan_path
from services.storage.database import open_ledger


def _measures(ledger) -> list[LedgerItem]:
    with ledger.session_factory() as session:
        return list(
            session.scalars(select(LedgerItem).where(LedgerItem.kind == "measure").order_by(LedgerItem.id))
        )


def test_changes_say_what_a_view_wants():
    roster = changed(CONTACTS)
    assert roster.touches(CONTACTS) and not roster.touches(TASKS, PLANS)
    assert (roster | changed(TASKS, tasks=[3])).touches(TASKS)
    assert EVERYTHING.touches(REMINDERS) and not Changes()
    with pytest.raises(ValueError, match="unknown"):
        changed("task")  # a misspelt kind would leave a view stale: refused at once


def test_close_then_undo_names_the_task_and_its_plan(ledger, plan_id):
    first, second = _measures(ledger)[:2]
    done = tasks.close_tasks(ledger, [(first.id, first.version), (second.id, second.version)])
    assert done.value == 2 and len(done.undo_ids) == 2
    assert done.changes.tasks == {first.id, second.id} and done.changes.plans == {plan_id}
    assert done.changes.touches(TASKS) and not done.changes.touches(UNITS)
    undone = tasks.undo_change(ledger, done.undo_ids[-1])
    assert undone.changes.tasks == {second.id}
    statuses = {m.id: m.status for m in _measures(ledger)}
    assert statuses[first.id] == "closed" and statuses[second.id] == "open"


def test_a_stale_version_writes_nothing(ledger, plan_id):
    first, second = _measures(ledger)[:2]
    with pytest.raises(EditConflict):
        # The second task was shown at an older version: the first is not closed either.
        tasks.close_tasks(ledger, [(first.id, first.version), (second.id, second.version - 1)])
    assert {m.status for m in _measures(ledger)} == {"open"}


def test_save_task_records_details_and_progress_as_two_undo_steps(ledger, plan_id):
    item = _measures(ledger)[0]
    report = ProgressReport(reported_on=date(2024, 7, 20), progress=40, situation="已开工")
    fields = {"title": "改过的标题"}
    save = tasks.TaskSave(plan_id, item.id, fields, version=item.version, report=report)
    done = tasks.save_task(ledger, save)
    assert done.value.edit_id is not None and done.value.progress_id is not None
    assert done.undo_ids == (done.value.edit_id, done.value.progress_id)
    assert done.changes.tasks == {item.id}
    after = _measures(ledger)[0]
    assert (after.title, after.progress) == ("改过的标题", 40)


@pytest.mark.sqlite_only  # safety copies are of SQLite files; a PostgreSQL server keeps its own backups
def test_import_plan_keeps_a_safety_copy_first(ledger, plan_id):
    path = ledger.sqlite_file
    done = plans.import_plan(ledger, parse_document(sample_plan_path()))
    assert done.changes.plans == {done.value} and done.changes.touches(PLANS, TASKS)
    assert any("import" in p.name for p in (path.parent / "backups").iterdir())


@pytest.mark.sqlite_only
def test_a_locked_database_is_a_message_from_the_use_case(ledger, plan_id, db_url):
    quick = open_ledger(db_url, upgrade=False)

    @event.listens_for(quick.engine, "connect")
    def short_timeout(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA busy_timeout = 50")

    item = _measures(ledger)[0]
    blocker = sqlite3.connect(db_url.removeprefix("sqlite:///"), timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="占用"):
            task_parts.mark_reminders_handled(quick, [item.id], "电话催办", date(2024, 7, 20))
    finally:
        blocker.rollback()
        blocker.close()
        quick.dispose()


def test_export_reads_then_writes_the_document(ledger, plan_id, tmp_path):
    request = ExportRequest(plan_id, "ledger", tmp_path / "台账.xlsx", date(2024, 7, 20))
    done = exports.export_document(ledger, request)
    assert done.path.exists() and done.rows == 3


def test_the_window_writes_only_through_use_cases():
    """ui/ opens no write transaction, takes no safety copy and opens no bare session: those belong to
    the use cases (services/operations), which the views run off the GUI thread (ui/ops.py)."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "ui"
    found = [
        f"{path.relative_to(ui.parent)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\b(user_action|safety_copy|session_factory)\b", line)
    ]
    assert found == []
