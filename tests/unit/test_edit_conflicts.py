"""Two sessions (two PCs) saving one task: the second is told so in the app's own words, never a raw
StaleDataError, and nothing of its save is written. Runs on SQLite and, in CI's second pass, PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, select

from models import LedgerItem
from services.errors import EditConflict, TaskEditConflict
from services.ledger import tasks
from services.storage.database import Ledger, open_ledger, user_action


@pytest.fixture
def other_pc(db_url: str, ledger: Ledger):
    """A second, independent opening of the same database: another PC's app."""
    opened = open_ledger(db_url)
    yield opened
    opened.dispose()


def _measure(ledger: Ledger, plan_id: int) -> tuple[int, int, str]:
    with user_action(ledger) as session:
        item = session.scalars(
            select(LedgerItem).where(LedgerItem.plan_id == plan_id, LedgerItem.kind == "measure")
        ).first()
        return item.id, item.version, item.title


def _when_flushing(session, then) -> None:
    """Run `then` (the other PC's save) after this session has read the task, just before it writes."""
    event.listen(session, "before_flush", lambda *_: then(), once=True)


def test_a_save_racing_another_pcs_save_is_an_edit_conflict_with_both_values(
    ledger: Ledger, other_pc: Ledger, plan_id: int
) -> None:
    item_id, version, title = _measure(ledger, plan_id)

    def other_saves() -> None:
        with user_action(other_pc) as session:
            tasks.edit_task(session, item_id, None, title="对方改的名称", due_on=date(2025, 6, 30))

    with pytest.raises(TaskEditConflict) as caught, user_action(ledger) as session:
        _when_flushing(session, other_saves)
        # The version still matches when read: only the UPDATE finds that the other PC saved first.
        tasks.edit_task(session, item_id, version, title="我改的名称")

    message = str(caught.value)
    assert caught.value.item_id == item_id
    assert title[:30] in message and "其他人修改" in message
    assert "我改的名称" in message and "对方改的名称" in message  # yours and theirs
    assert "2025-06-30" in message  # a field only they changed, with what you read
    assert "重新打开" in message
    assert "Stale" not in message and "UPDATE" not in message
    with user_action(ledger) as session:  # theirs stands; nothing of ours was written
        item = session.get(LedgerItem, item_id)
        assert (item.title, item.due_on, item.version) == ("对方改的名称", date(2025, 6, 30), version + 1)


def test_closing_a_task_another_pc_just_edited_is_an_edit_conflict(
    ledger: Ledger, other_pc: Ledger, plan_id: int
) -> None:
    item_id, _version, _title = _measure(ledger, plan_id)

    def other_saves() -> None:
        with user_action(other_pc) as session:
            tasks.edit_task(session, item_id, None, title="对方改的名称")

    with pytest.raises(EditConflict) as caught, user_action(ledger) as session:
        _when_flushing(session, other_saves)
        tasks.close_task(session, item_id, None, on=date(2024, 8, 1))  # no version given: the flush finds it

    assert "对方改的名称" in str(caught.value)
    assert "状态" in str(caught.value) and "已办结" in str(caught.value)
    with user_action(ledger) as session:
        assert session.get(LedgerItem, item_id).status == "open"


def test_a_task_another_pc_deleted_meanwhile_is_named_as_deleted(
    ledger: Ledger, other_pc: Ledger, plan_id: int
) -> None:
    item_id, version, title = _measure(ledger, plan_id)

    def other_removes_the_row() -> None:
        with user_action(other_pc) as session:
            session.delete(session.get(LedgerItem, item_id))

    with pytest.raises(TaskEditConflict) as caught, user_action(ledger) as session:
        _when_flushing(session, other_removes_the_row)
        tasks.edit_task(session, item_id, version, title="我改的名称")
    assert "已被其他人删除" in str(caught.value) and title[:30] in str(caught.value)


def test_a_save_based_on_an_older_read_shows_both_values(
    ledger: Ledger, other_pc: Ledger, plan_id: int
) -> None:
    """The editor's path: it carries the version it showed; the other PC's save came before it opened."""
    item_id, version, _title = _measure(ledger, plan_id)
    with user_action(other_pc) as session:
        tasks.edit_task(session, item_id, version, title="对方改的名称")
    with pytest.raises(TaskEditConflict) as caught, user_action(ledger) as session:
        tasks.edit_task(session, item_id, version, title="我改的名称")
    assert "我改的名称" in str(caught.value) and "对方改的名称" in str(caught.value)
    assert caught.value.differences[0][:3] == ("名称", "我改的名称", "对方改的名称")
