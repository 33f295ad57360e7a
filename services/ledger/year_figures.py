"""A task's figures as of a day: this year's progress and done figure of a yearly task (it starts each
year afresh), and the target figures the lights are judged on, for readers that build no LedgerRow."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ProgressEntry, Target
from services.ledger.row_views import TargetView


def target_figures(
    session: Session, item_ids: list[int], yearly_ids: list[int], as_of: date
) -> dict[int, tuple[tuple[float | None, float | None], ...]]:
    """(quantity, done) of each item's targets, as query_ledger judges them (a yearly task's single
    target counts this year's figure): for views that read no TargetView, such as the reminders."""
    targets: dict[int, list[TargetView]] = {}
    for start in range(0, len(item_ids), 900):
        for t in session.execute(
            select(Target.item_id, Target.id, Target.quantity, Target.done)
            .where(Target.item_id.in_(item_ids[start : start + 900]))
            .order_by(Target.item_id, Target.position)
        ):
            targets.setdefault(t.item_id, []).append(TargetView(t.id, "", t.quantity, None, None, t.done))
    if yearly_ids:
        this_years_done(session, targets, [i for i in yearly_ids if i in targets], as_of)
    return {item_id: tuple((t.quantity, t.done) for t in views) for item_id, views in targets.items()}


def this_years_progress(session: Session, item_ids: list[int], as_of: date) -> dict[int, int | None]:
    """A yearly task starts each year afresh: its progress is the latest report of `as_of`'s year."""
    return _latest_this_year(session, ProgressEntry.progress, item_ids, as_of)


def this_years_done(
    session: Session, targets: dict[int, list[TargetView]], item_ids: list[int], as_of: date
) -> None:
    """A yearly task's single target counts afresh each year, like its progress: its done figure is the
    latest cumulative reported in `as_of`'s year (None before the year's first report), not whatever
    was reported last, which may belong to another year."""
    single = [i for i in item_ids if len(targets.get(i, ())) == 1]
    for item_id, done in _latest_this_year(session, ProgressEntry.done_total, single, as_of).items():
        targets[item_id] = [targets[item_id][0]._replace(done=done)]


def _latest_this_year(session: Session, column, item_ids: list[int], as_of: date) -> dict[int, Any]:
    """Each item's latest non-null `column` of a progress report dated in `as_of`'s year, up to `as_of`."""
    latest: dict[int, Any] = dict.fromkeys(item_ids)
    for start in range(0, len(item_ids), 900):  # stay far below SQLite's limit on bound parameters
        entries = session.execute(
            select(ProgressEntry.item_id, column)
            .where(
                ProgressEntry.item_id.in_(item_ids[start : start + 900]),
                ProgressEntry.reported_on >= date(as_of.year, 1, 1),
                ProgressEntry.reported_on <= as_of,
                ProgressEntry.voided_at.is_(None),
                column.is_not(None),
            )
            .order_by(ProgressEntry.reported_on, ProgressEntry.id)
        )
        for item_id, value in entries:
            latest[item_id] = value
    return latest
