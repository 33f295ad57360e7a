"""Fill a return template the way a unit's clerk does, for the returns tests and the benchmark."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from services.returns.template import COLUMNS, EDITABLE_COLUMNS, ID, SHEET_TITLE

COLUMN_INDEX = {c.header: n for n, c in enumerate(COLUMNS, start=1)}


def header_row(ws) -> int:
    for row in ws.iter_rows(min_row=1, max_row=10):
        if row[0].value == ID:
            return row[0].row
    raise AssertionError("no header row in the template")


def task_rows(ws) -> dict[int, int]:
    """item id -> sheet row."""
    first = header_row(ws) + 1
    found = {}
    for row in ws.iter_rows(min_row=first):
        value = row[0].value
        if isinstance(value, int):
            found[value] = row[0].row
    return found


def fill(
    template: Path,
    out: Path,
    values: Callable[[int], dict[str, Any]],
    *,
    edit: Callable[[Any], None] | None = None,
) -> Path:
    """Write `values(item_id)` (header -> value) into each task row, then let `edit` play the clerk."""
    wb = load_workbook(template)
    ws = wb[SHEET_TITLE]
    for item_id, row in task_rows(ws).items():
        for header, value in values(item_id).items():
            assert header in EDITABLE_COLUMNS or header in COLUMN_INDEX, header
            ws.cell(row=row, column=COLUMN_INDEX[header], value=value)
    if edit is not None:
        edit(wb)
    wb.save(out)
    return out


def make_round(ledger, plan_id: int, out_dir: Path, period: str = "2024年第3季度", due=None):
    """Templates for every unit of the plan, as `make-templates` writes them."""
    from datetime import date

    from services.returns.template import make_templates
    from services.storage.database import user_action

    out_dir.mkdir(parents=True, exist_ok=True)
    with user_action(ledger) as session:
        return make_templates(session, plan_id, period, out_dir, due_on=due or date(2024, 10, 10))


def template_of(made, unit: str) -> Path:
    return next(f.path for f in made.files if f.unit == unit)


def preview(ledger, *paths, expected_round_id=None):
    from services.returns.importing import preview_returns
    from services.storage.database import user_action

    with user_action(ledger) as session:
        return preview_returns(session, paths, expected_round_id=expected_round_id)


def commit(ledger, previews):
    from services.returns.importing import commit_returns
    from services.storage.database import user_action

    with user_action(ledger) as session:
        return commit_returns(session, previews)


def snapshot(ledger) -> dict:
    """Everything an import may touch, for "nothing written" and "undo restores exactly".

    The optimistic-lock ``version`` and ``updated_at`` are left out: undo is itself an edit, and an
    editor holding the pre-import version must be told the task changed twice.
    """
    from sqlalchemy import select

    from models import ChangeLog, ImportBatch, LedgerItem, ProgressEntry, ProgressReturn, Target
    from services.storage.database import user_action

    with user_action(ledger) as session:
        items = [
            (i.id, i.progress, i.latest_situation, i.status, i.closed_on, i.deleted_at)
            for i in session.scalars(select(LedgerItem).order_by(LedgerItem.id))
        ]
        targets = [(t.id, t.done) for t in session.scalars(select(Target).order_by(Target.id))]
        entries = session.scalars(select(ProgressEntry.id)).all()
        returns = session.scalars(select(ProgressReturn.id)).all()
        batches = session.scalars(select(ImportBatch.id).where(ImportBatch.undone_at.is_(None))).all()
        task_logs = session.scalars(select(ChangeLog.id).where(ChangeLog.entity == "task")).all()
    return {
        "items": items,
        "targets": targets,
        "entries": entries,
        "returns": returns,
        "batches": batches,
        "task_logs": len(task_logs),
    }
