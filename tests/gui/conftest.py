from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from sqlalchemy import event
from sqlalchemy.orm import Session

from ui import settings
from ui.context import AppContext


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """QSettings in a temporary INI file, so tests never read or write the user's settings."""
    QCoreApplication.setOrganizationName(settings.ORGANIZATION + "-tests")
    QCoreApplication.setApplicationName(settings.APPLICATION + "-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


UI_DIR = Path(__file__).resolve().parents[2] / "ui"


def _ui_frame() -> str | None:
    """The innermost caller in ui/, as file:line, when ui code asked for this commit."""
    frame = sys._getframe(2)
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(UI_DIR):
            return f"{path.relative_to(UI_DIR.parent)}:{frame.f_lineno}"
        frame = frame.f_back
    return None


@pytest.fixture(autouse=True)
def gui_thread_commits(qapp):
    """Fail any GUI test in which ui code commits a session on the GUI thread: every write goes through a
    use case on the background runner (ui/ops.py), so a slow disk or a locked database never freezes the
    window. Commits made by the tests themselves (seeding a ledger) are theirs to make."""
    found: list[str] = []

    def before_commit(session: Session) -> None:
        if threading.current_thread() is threading.main_thread():  # where the QApplication lives
            where = _ui_frame()
            if where is not None:
                found.append(where)

    event.listen(Session, "before_commit", before_commit)
    try:
        yield found
    finally:
        event.remove(Session, "before_commit", before_commit)
    if found:
        pytest.fail("a session was committed on the GUI thread from " + ", ".join(dict.fromkeys(found)))


def drain(ctx: AppContext, qapp) -> None:
    """Wait until no job runs and none is started by a finished job's callback (the shared read queues
    its figures when its rows are in): a job left behind would run against the next test's ledger, or a
    dropped PostgreSQL database, and put up an error box in the middle of the next test."""
    for _ in range(50):
        ctx.runner.wait(10000)
        qapp.processEvents()
        if ctx.runner.pool.activeThreadCount() == 0:
            return


@pytest.fixture
def context(ledger, data_dir, qapp):
    ctx = AppContext(ledger, data_dir)
    yield ctx
    drain(ctx, qapp)


@pytest.fixture
def window(context, qtbot):
    from ui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.add_widget(win)
    win.show()
    yield win
    drain(context, QCoreApplication.instance())
