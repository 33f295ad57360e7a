import pytest

from tests.gui.waiting import settle
from ui.single_instance import InstanceServer, ask_running_instance, server_name


def test_second_start_on_the_same_database_reaches_the_first(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path}/ledger.sqlite3"
    assert not ask_running_instance(url)
    server = InstanceServer(url)
    with qtbot.wait_signal(server.raise_requested, timeout=5000):
        assert ask_running_instance(url)
    assert not ask_running_instance(f"sqlite:///{tmp_path}/other.sqlite3")
    assert server_name(url) != server_name(url + "x")


@pytest.mark.sqlite_only
def test_backup_and_restore_from_the_menu(window, plan_id, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from services.ledger.rows import list_plans
    from services.storage.database import user_action

    copy = tmp_path / "备份 文件.sqlite3"
    with qtbot.wait_signal(window.context.status_message, timeout=10000):
        window.backup_actions.make_backup(copy)
    assert copy.exists()
    with user_action(window.context.ledger) as s:
        s.execute(__import__("sqlalchemy").text("DELETE FROM plan"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.backup_actions.restore(copy)
    settle(window.context)  # the restore runs off the GUI thread
    with user_action(window.context.ledger) as s:
        assert [p.id for p in list_plans(s)] == [plan_id]
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a backup")
    shown = []
    monkeypatch.setattr("ui.backup_actions.show_error", lambda parent, exc: shown.append(str(exc)))
    window.backup_actions.restore(bad)
    settle(window.context)
    assert shown and "不是督办台账的备份文件" in shown[0]
    with user_action(window.context.ledger) as s:
        assert [p.id for p in list_plans(s)] == [plan_id]
