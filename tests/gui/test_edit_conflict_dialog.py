"""The task editor when another PC saves the same task first: the app's own message with both values,
never the crash dialog, and the editor showing what the other PC saved (issue 17 item 6)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event, select

from models import LedgerItem
from services.ledger import tasks as task_service
from services.storage.database import open_ledger, user_action
from tests.gui.waiting import settle
from ui.task_editor import TaskEditorDialog


def test_a_save_overtaken_by_another_pc_says_so_and_reloads(
    context, db_url, plan_id, qtbot, monkeypatch
) -> None:
    with user_action(context.ledger) as session:
        item_id = session.scalars(select(LedgerItem.id).where(LedgerItem.number == "2")).one()
    shown: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    other_pc = open_ledger(db_url)
    try:
        dialog = TaskEditorDialog(context, item_id)
        qtbot.add_widget(dialog)
        dialog.show()
        dialog.title_edit.setText("我改的名称")

        def other_saves(*_args) -> None:  # after the editor's save has read the task, before it writes
            with user_action(other_pc) as session:
                task_service.edit_task(session, item_id, None, title="对方改的名称")

        event.listen(context.ledger.session_factory, "before_flush", other_saves, once=True)
        dialog.save()
        settle(context)  # the save runs off the GUI thread; the other PC's write happens inside it
    finally:
        other_pc.dispose()

    assert len(shown) == 1
    title, text = shown[0]
    assert "Unexpected" not in title and "意外" not in title
    assert "我改的名称" in text and "对方改的名称" in text and "重新打开" in text
    assert dialog.isVisible()  # nothing was saved: the editor stays, showing the other PC's version
    assert dialog.title_edit.text() == "对方改的名称"
    with user_action(context.ledger) as session:
        assert session.get(LedgerItem, item_id).title == "对方改的名称"
    dialog.reject = lambda: None  # type: ignore[method-assign]  # closing asks nothing more
    dialog.close()
