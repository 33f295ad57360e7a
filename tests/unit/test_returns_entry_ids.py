"""An import inserts its progress entries in one statement and reads their ids back: each change-log
line must name the entry of its own task and unit, with entries already in the ledger before it and two
imports one after the other."""

import json
from datetime import date

from sqlalchemy import select

from models import ChangeLog, ProgressEntry, Unit
from services.ledger.progress import ProgressReport, record_progress
from services.returns.template import PROGRESS, SITUATION
from services.storage.database import user_action
from tests.unit.returns_fill import commit, fill, make_round, preview


def test_each_log_line_names_the_entry_of_its_own_task_and_unit(ledger, plan_id, tmp_path) -> None:
    made = make_round(ledger, plan_id, tmp_path / "out")
    assert len(made.files) > 1
    with user_action(ledger) as s:  # entries before the import: its ids do not start at 1
        record_progress(s, 1, ProgressReport(date(2024, 8, 1), progress=10, situation="早先的报送"))
        unit_ids = dict(s.execute(select(Unit.name, Unit.id)).all())
    file_units = [unit_ids[f.unit] for f in made.files]
    for attempt, period in enumerate(("早先", "随后")):
        paths = [
            fill(
                f.path,
                tmp_path / f"{attempt}-{n}.xlsx",
                lambda item_id, n=n, period=period: {
                    PROGRESS: (item_id * 7 + n) % 90,
                    SITUATION: f"{period}{n}-{item_id}",
                },
            )
            for n, f in enumerate(made.files)
        ]
        previews = preview(ledger, *paths)
        assert all(p.acceptable for p in previews), [p.problems for p in previews]
        result = commit(ledger, previews)
        with user_action(ledger) as s:
            entries = {
                e.id: e
                for e in s.scalars(select(ProgressEntry).where(ProgressEntry.batch_id == result.batch_id))
            }
            lines = s.scalars(
                select(ChangeLog).where(ChangeLog.entity == "task", ChangeLog.action == "progress")
            ).all()
            named = [json.loads(line.after) | {"item": line.entity_id} for line in lines]
            named = [n for n in named if n.get("batch_id") == result.batch_id]
            assert len(named) == len(entries) == result.rows
            for after in named:
                entry = entries[after["entry_id"]]
                assert entry.item_id == after["item"]
                n, item = entry.situation.removeprefix(period).split("-")  # what its file said
                assert int(item) == entry.item_id and file_units[int(n)] == entry.unit_id
            assert len({after["entry_id"] for after in named}) == len(named)
