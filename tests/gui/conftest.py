from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

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


@pytest.fixture
def context(ledger, data_dir, qapp):
    ctx = AppContext(ledger, data_dir)
    yield ctx
    ctx.runner.wait(10000)


@pytest.fixture
def window(context, qtbot):
    from ui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.add_widget(win)
    win.show()
    yield win
    context.runner.wait(10000)
