"""Use cases on 督办事项 (services/ledger/supervision.py): a list made by hand, an item added and numbered,
its 签收 marked, its 督办 fields edited; and the reads the item dialogs show."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from services.ledger import supervision
from services.ledger.changelog import history
from services.ledger.supervision_list import ItemView, item_view, leader_names, list_items
from services.operations.changes import PLANS, TASKS, UNITS, Done, changed
from services.operations.run import read, write
from services.storage.database import Ledger


def create_list(ledger: Ledger, title: str, doc_number: str | None = None) -> Done[int]:
    """A plan made by hand to hold items; the value is its id."""
    plan_id = write(ledger, lambda s: supervision.create_list(s, title, doc_number))
    return Done(plan_id, changed(PLANS, plans=[plan_id]))


def add_item(ledger: Ledger, plan_id: int, draft: supervision.ItemDraft) -> Done[ItemView]:
    """Create, number and 交办 an item; the value is the item as stored (with its 督办编号)."""

    def work(session: Session) -> ItemView:
        return item_view(session, supervision.add_item(session, plan_id, draft))

    view = write(ledger, work)
    kinds = (TASKS, PLANS, UNITS) if draft.new_units else (TASKS, PLANS)
    return Done(view, changed(*kinds, plans=[plan_id], tasks=[view.id]))


def sign_item(
    ledger: Ledger, item_id: int, on: date | None, unit: str | None, version: int | None = None
) -> Done[ItemView]:
    """Mark 签收; one undo step."""

    def work(session: Session) -> tuple[int, ItemView]:
        change_id = supervision.sign(session, item_id, on, unit, version)
        return change_id, item_view(session, item_id)

    change_id, view = write(ledger, work)
    return Done(view, changed(TASKS, plans=[view.plan_id], tasks=[item_id]), (change_id,))


def edit_item(ledger: Ledger, item_id: int, version: int | None, **changes: Any) -> Done[ItemView]:
    """Change source, leader, 交办 day, 督办编号 or 签收 day; one undo step when anything differed."""

    def work(session: Session) -> tuple[int | None, ItemView]:
        change_id = supervision.edit_item(session, item_id, version, **changes)
        return change_id, item_view(session, item_id)

    change_id, view = write(ledger, work)
    undo = (change_id,) if change_id is not None else ()
    return Done(view, changed(TASKS, plans=[view.plan_id], tasks=[item_id]) if undo else changed(), undo)


def item(ledger: Ledger, item_id: int) -> ItemView:
    return read(ledger, lambda s: item_view(s, item_id))


def items(ledger: Ledger, plan_id: int | None = None, state: str | None = None) -> list[ItemView]:
    return read(ledger, lambda s: list_items(s, plan_id, state))


def leaders(ledger: Ledger) -> list[str]:
    return read(ledger, leader_names)


def next_number(ledger: Ledger, year: int, prefix: str = supervision.DEFAULT_PREFIX) -> str:
    """What the next item of `year` will be numbered, shown in the dialog before it is saved."""
    seq = read(ledger, lambda s: supervision.next_number(s, year))
    return supervision.format_number(prefix, year, seq) or ""


def report_item(ledger: Ledger, item_id: int, report) -> Done[int]:
    """A progress report (反馈) on an item: refused for a task that was never 交办; one undo step."""
    from services.ledger.progress import record_progress

    def work(session: Session) -> int:
        supervision.get_supervised(session, item_id)
        record_progress(session, item_id, report)
        return history(session, "task", item_id)[0].id  # the entry record_progress wrote

    change_id = write(ledger, work)
    return Done(change_id, changed(TASKS, tasks=[item_id]), (change_id,))


def close_item(ledger: Ledger, item_id: int, on: date | None = None) -> Done[int]:
    """办结 with the task's own close (services.ledger.tasks.close_task), on `on` (today when None)."""
    from services.ledger.tasks import close_task

    change_id = write(ledger, lambda s: close_task(s, item_id, on=on))
    return Done(change_id, changed(TASKS, tasks=[item_id]), (change_id,))
