"""A ledger that fails to open after its first screen was shown (ui/app.py _Startup): the clerk restores a
copy or chooses another file in the recovery dialog, and the rows on screen must not be the first
screen of the file that did not open — their ids belong to that file, and a row closed or edited
before the whole read arrives would be another task of the ledger now open."""

from __future__ import annotations

import logging

import pytest

from services.errors import StorageError
from services.storage.database import open_ledger, sqlite_url
from ui import app as app_module
from ui import single_instance
from ui.app import _Startup
from ui.main_window import MainWindow


@pytest.mark.sqlite_only  # a server ledger has no first screen from a file
def test_the_first_screen_of_a_file_that_did_not_open_is_not_shown_for_the_one_chosen_instead(
    ledger, plan_id, data_dir, qapp, qtbot, monkeypatch
):
    monkeypatch.setattr(app_module, "install_excepthook", lambda *_: None)
    monkeypatch.setattr(single_instance, "InstanceServer", lambda *_a, **_k: _Quiet())
    handlers = list(logging.getLogger().handlers)
    other = open_ledger(sqlite_url(data_dir / "other.sqlite3"))  # what the clerk chose instead: empty
    window = MainWindow()
    qtbot.add_widget(window)
    window.show()
    monkeypatch.setattr(window, "start_watching", lambda: None)
    startup = _Startup(qapp, window, f"sqlite:///{ledger.sqlite_file}", smoke_test=False)
    startup._open_on_runner = lambda: None  # the open is played below, as failing
    try:
        startup.open()
        view = window.show_view("checklist")
        qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
        assert view.first_screen

        monkeypatch.setattr(app_module, "open_with_recovery", lambda *_a, **_k: other)
        startup._opened((None, StorageError("damaged"), None))

        assert window.context.ledger is other
        assert view.model.rowCount() == 0 and not view.first_screen  # not the other file's rows
        qtbot.waitUntil(lambda: not view._loading and window.context.runner.idle, timeout=20000)
        assert view.model.rowCount() == 0
    finally:
        window.context.runner.wait(20000)
        other.dispose()
        for handler in set(logging.getLogger().handlers) - set(handlers):  # setup_logging's file
            logging.getLogger().removeHandler(handler)
            handler.close()


class _Quiet:
    """The single-instance server, not started: a test has no other window to answer."""

    class _Signal:
        def connect(self, *_args) -> None:
            pass

    raise_requested = _Signal()
