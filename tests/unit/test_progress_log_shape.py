"""A progress report leaves the same change-log line whether the clerk typed it in the task editor or a
unit's return brought it in: the task's figures before, its progress and words after, the entry (and the
batch, for a return)."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from models import ChangeLog, LedgerItem
from services.ledger.progress import ProgressReport, record_progress
from services.returns.template import PROGRESS, SITUATION
from services.storage.database import user_action
from tests.unit.returns_fill import commit, fill, make_round, preview, template_of


def _progress_lines(ledger, item_id: int) -> list[tuple[dict, dict]]:
    with user_action(ledger) as s:
        lines = s.scalars(
            select(ChangeLog)
            .where(ChangeLog.entity == "task", ChangeLog.entity_id == item_id, ChangeLog.action == "progress")
            .order_by(ChangeLog.id)
        )
        return [(json.loads(line.before), json.loads(line.after)) for line in lines]


def test_typed_and_imported_reports_log_one_shape(ledger, plan_id, tmp_path) -> None:
    made = make_round(ledger, plan_id, tmp_path / "out")
    with user_action(ledger) as s:
        health = s.scalar(select(LedgerItem.id).where(LedgerItem.number == "2", LedgerItem.kind == "measure"))
        record_progress(s, health, ProgressReport(date(2024, 9, 1), progress=30, situation="已招标"))
    filled = fill(
        template_of(made, "区卫健委"), tmp_path / "r.xlsx", lambda _i: {PROGRESS: 60, SITUATION: "已签约"}
    )
    result = commit(ledger, preview(ledger, filled))
    (typed_before, typed_after), (imported_before, imported_after) = _progress_lines(ledger, health)
    assert typed_before.keys() == imported_before.keys()
    assert imported_before["progress"] == 30 and imported_before["latest_situation"] == "已招标"
    assert typed_after == {"progress": 30, "latest_situation": "已招标", "entry_id": typed_after["entry_id"]}
    assert imported_after == {
        "progress": 60,
        "latest_situation": "已签约",
        "entry_id": imported_after["entry_id"],
        "batch_id": result.batch_id,
    }
