"""The window paints before the database is opened: a frame with "opening" stand-ins, filled by attach()."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import window_options
from ui.app import _headless_smoke_test
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("argv", "db", "smoke"),
    [([], None, False), (["--db", "sqlite:///x"], "sqlite:///x", False), (["--smoke-test"], None, True)],
)
def test_window_options_open_the_window(argv, db, smoke):
    options = window_options(argv)
    assert options is not None and options.db == db and options.smoke_test is smoke


@pytest.mark.parametrize(
    "argv",
    [["plans"], ["--db", "sqlite:///x", "tasks"], ["--help"], ["-h"], ["--version"], ["--db"], ["nope"]],
)
def test_commands_help_version_and_bad_lines_go_to_the_full_parser(argv):
    assert window_options(argv) is None


def test_nothing_before_the_first_paint_imports_sqlalchemy_or_the_services():
    # What main.py runs up to window.show(), in a fresh interpreter.
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from cli.main import window_options\n"
        "window_options(['--db', 'sqlite:///x'])\n"
        "from ui import app\n"
        "qt = app.make_application()\n"
        "app.install_translations(qt, 'zh_CN')\n"
        "from ui.single_instance import ask_running_instance\n"
        "from ui.main_window import MainWindow\n"
        "MainWindow().show()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'models', 'openpyxl',"
        " 'reportlab', 'alembic', 'docx', 'pypinyin') or m.startswith(('services.storage.database', 'services.ledger.rows')))\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_frame_paints_then_attach_fills_it(context, plan_id, qtbot):
    window = MainWindow()
    qtbot.add_widget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.context is None and not hasattr(window, "checklist")
    assert window.stack.isHidden() and window._opening.isVisible()
    qtbot.waitUntil(lambda: hasattr(window, "import_action"), timeout=5000)  # filled after the paint
    assert not window.import_action.isEnabled() and not window.undo_action.isEnabled()
    window.nav.setCurrentRow(2)  # a click while opening builds nothing
    assert window.views == []

    window.attach(context)
    assert window.import_action.isEnabled() and window._opening is None and window.stack.isVisible()
    assert window.stack.currentWidget() is window.view("reminders")
    qtbot.waitUntil(lambda: window.checklist.model.rowCount() == 3, timeout=5000)


def test_the_instance_name_is_the_sha1_it_always_was():
    import getpass
    import hashlib

    from ui.single_instance import server_name

    url = "sqlite:////tmp/某处/ledger.sqlite3"
    expected = hashlib.sha1(f"{getpass.getuser()}|{url}".encode()).hexdigest()[:16]
    assert server_name(url) == f"duban-{expected}"


@pytest.mark.parametrize(
    ("env", "platform"),
    [
        ({}, "offscreen"),  # no screen at all: offscreen, never xcb's abort
        ({"DISPLAY": ":0"}, None),  # a screen: Qt's own choice
        ({"QT_QPA_PLATFORM": "minimal"}, "minimal"),  # the caller's choice stands
    ],
)
def test_the_smoke_test_runs_without_a_screen(monkeypatch, env, platform):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", "linux")
    _headless_smoke_test()
    assert os.environ.get("QT_QPA_PLATFORM") == platform
