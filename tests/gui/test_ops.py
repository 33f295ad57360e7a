"""The operations layer from the views: writes off the GUI thread, changes carried to the views that
want them, hidden views reloading when shown, and the guard that fails a GUI-thread commit."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from models import LedgerItem
from services.operations import tasks
from services.operations.changes import CONTACTS, TASKS, changed
from services.storage.database import user_action
from tests.gui.waiting import settle
from ui.ops import CollectionOp, follow_changes

UI_DIR = Path(__file__).resolve().parents[2] / "ui"


def _first_measure(ledger) -> LedgerItem:
    with ledger.session_factory() as session:
        return session.scalars(select(LedgerItem).where(LedgerItem.kind == "measure")).first()


def test_an_op_writes_off_the_gui_thread_then_pushes_undo_and_changes(context, plan_id, qtbot):
    item = _first_measure(context.ledger)
    threads, seen, done = [], [], []

    def op(ledger):
        threads.append(threading.current_thread())
        return tasks.close_tasks(ledger, [(item.id, item.version)])

    context.ledger_changed.connect(seen.append)
    parent = QWidget()
    qtbot.add_widget(parent)
    CollectionOp(parent, op, context=context).undo("close task").success(done.append).run_in_background()
    settle(context)
    assert threads and threads[0] is not threading.main_thread()
    assert done and done[0].value == 1
    assert seen == [done[0].changes] and seen[0].tasks == {item.id}
    assert context.peek_undo().change_id == done[0].undo_id


def test_a_hidden_view_reloads_when_shown_and_only_for_what_it_wants(context, qtbot):
    view = QWidget()
    qtbot.add_widget(view)
    reloads = []
    follow_changes(view, context, lambda changes: changes.touches(TASKS), lambda: reloads.append(1))
    context.ledger_changed.emit(changed(TASKS))
    assert reloads == []  # hidden: waits
    view.show()
    assert reloads == [1]  # shown: reloads once
    context.ledger_changed.emit(changed(CONTACTS))
    assert reloads == [1]  # the roster is not what it shows
    context.ledger_changed.emit(changed(TASKS))
    assert reloads == [1, 1]


def test_the_guard_records_a_commit_from_ui_code_on_the_gui_thread(ledger, plan_id, gui_thread_commits):
    # A function that the guard sees as ui code, as a view that wrote on the GUI thread would be.
    source = (
        "def write(ledger, user_action):\n    with user_action(ledger) as session:\n        session.flush()\n"
    )
    space: dict = {}
    exec(compile(source, str(UI_DIR / "probe.py"), "exec"), space)
    worker = threading.Thread(target=space["write"], args=(ledger, user_action))
    worker.start()
    worker.join()
    assert gui_thread_commits == []  # the background runner's thread may commit
    with user_action(ledger):
        pass
    assert gui_thread_commits == []  # a test's own commit (seeding a ledger) is its own business
    space["write"](ledger, user_action)
    assert gui_thread_commits == ["ui/probe.py:2"]
    gui_thread_commits.clear()  # found as it should be: this test passes


def test_the_save_button_waits_for_the_use_case(context, plan_id, qtbot):
    from PySide6.QtWidgets import QPushButton

    item = _first_measure(context.ledger)
    parent = QWidget()
    qtbot.add_widget(parent)
    button = QPushButton(parent)
    op = CollectionOp(
        parent, lambda ledger: tasks.close_tasks(ledger, [(item.id, item.version)]), context=context
    )
    op.busy(button).run_in_background()
    assert not button.isEnabled()  # a second click cannot close (or save) twice
    settle(context)
    assert button.isEnabled()


def test_templates_from_the_rounds_view_are_one_use_case(context, plan_id, qtbot, tmp_path, monkeypatch):
    from datetime import date

    errors: list[BaseException] = []
    monkeypatch.setattr("ui.ops.show_error", lambda _parent, exc: errors.append(exc))

    from ui.rounds.view import RoundsView

    view = RoundsView(context)
    qtbot.add_widget(view)
    view.show()
    settle(context)
    messages: list[str] = []
    context.status_message.connect(messages.append)
    (tmp_path / "报送表").mkdir()  # the dialog offers an existing folder
    view.make_templates(plan_id, "2024年第3季度", date(2024, 10, 10), tmp_path / "报送表")
    settle(context, 20000)
    assert errors == []
    assert len(list((tmp_path / "报送表").glob("*.xlsx"))) == 3  # one per unit of the plan's tasks
    assert messages and "3" in messages[0]
    assert [r.period for r in view.data.rounds] == ["2024年第3季度"]  # the view followed the change
