"""A task's figures as of a day: this year's progress and done figure of a yearly task (it starts each
year afresh), and the target figures the lights are judged on, for readers that build no LedgerRow."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models import ProgressEntry, Target
from services.ledger.row_views import TargetView


def target_figures(
    session: Session, item_ids: list[int] | Select, yearly_ids: list[int], as_of: date
) -> dict[int, tuple[tuple[float | None, float | None], ...]]:
    """(quantity, done) of each item's targets, as query_ledger judges them (a yearly task's single
    target counts this year's figure): for views that read no TargetView, such as the reminders.
    ``item_ids`` may be a select of the ids: then one query reads them all, where a list of tens of
    thousands of ids takes a query (and its compilation) per 900 of them."""
    found: dict[int, list[tuple[float | None, float | None]]] = {}
    chunks = (
        [item_ids]
        if isinstance(item_ids, Select)
        else [item_ids[start : start + 900] for start in range(0, len(item_ids), 900)]
    )
    connection = session.connection()
    for chunk in chunks:
        rows = connection.execute(
            select(Target.item_id, Target.quantity, Target.done)
            .where(Target.item_id.in_(chunk))
            .order_by(Target.item_id, Target.position)
        ).all()  # one fetch: iterating the result fetched row by row, a third of this function's time
        for item_id, quantity, done in rows:
            figures = found.get(item_id)
            if figures is None:
                found[item_id] = [(quantity, done)]
            else:
                figures.append((quantity, done))
    # A yearly task's single target counts afresh each year (this_years_done).
    single = [i for i in yearly_ids if len(found.get(i, ())) == 1]
    for item_id, done in _latest_this_year(session, ProgressEntry.done_total, single, as_of).items():
        found[item_id] = [(found[item_id][0][0], done)]
    return {item_id: tuple(figures) for item_id, figures in found.items()}


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
