"""At start the checklist shows its first screenful read with sqlite3 from the file being opened, before
SQLAlchemy and the ledger (ui/app.py _Startup, ui/checklist/first_screen.py); the whole read replaces
it keeping the selection. A server ledger, or a file the first screen cannot read, opens as before."""

from __future__ import annotations

import logging

import pytest

from services.ledger import first_screen as sqlite_read
from ui import app as app_module
from ui.app import _Startup
from ui.main_window import MainWindow


@pytest.fixture
def start(qapp, qtbot, monkeypatch):
    """A window and its start-up for `url`; the ledger opened is attached (no instance server, no hook)."""
    monkeypatch.setattr(app_module, "install_excepthook", lambda *_: None)
    handlers = list(logging.getLogger().handlers)
    made: list = []

    def started(url: str | None, *, hold_open: bool = False):
        window = MainWindow()
        qtbot.add_widget(window)
        window.show()
        startup = _Startup(qapp, window, url, smoke_test=False)
        startup.outcomes = []

        def opened(outcome) -> None:
            startup.outcomes.append(outcome)
            if outcome[0] is not None:
                startup._attach(outcome[0])
                startup.ledger = outcome[0]

        startup._opened = opened
        if hold_open:  # the ledger opens only when the test says so
            startup.release = startup._open_on_runner
            startup._open_on_runner = lambda: None
        made.append(startup)
        return window, startup

    yield started
    for startup in made:
        if startup.window.context is not None:
            startup.window.context.runner.wait(20000)
        if startup.ledger is not None:
            startup.ledger.dispose()
    for handler in set(logging.getLogger().handlers) - set(handlers):  # setup_logging's file
        logging.getLogger().removeHandler(handler)
        handler.close()


def whole_read_shown(window) -> bool:
    view = window._built.get("checklist")
    return (
        window.context is not None
        and window.context.ledger is not None
        and view is not None
        and not view._loading
        and not view.first_screen
        and window.context.runner.idle
    )


@pytest.mark.sqlite_only  # a server ledger has no file to read first (tested below)
def test_the_first_screen_is_shown_before_the_ledger_opens_and_the_whole_read_keeps_its_selection(
    ledger, plan_id, start, qtbot
):
    window, startup = start(f"sqlite:///{ledger.sqlite_file}", hold_open=True)
    startup.open()
    assert window.context is not None and window.context.ledger is None  # at once, before SQLAlchemy's work
    view = window.show_view("checklist")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    first = view.model.rows()
    assert view.first_screen and window.context.ledger is None
    assert not view.toolbar.isEnabled() and not view.edit_action.isEnabled()  # nothing to edit yet
    view.table.selectRow(1)
    chosen = view.model.row_at(1).id
    startup.release()
    qtbot.waitUntil(lambda: whole_read_shown(window), timeout=20000)
    whole = view.model.rows()
    assert first == whole[: len(first)] and len(whole) >= len(first)  # rows, lights and all
    assert view.selected_id() == chosen  # the clerk's choice stays
    assert view.toolbar.isEnabled() and view.edit_action.isEnabled()
    assert window.view("overview") is not None  # the other views open once the ledger is open


@pytest.mark.sqlite_only  # a server ledger has no file to read first (tested below)
def test_the_first_screens_rows_are_the_full_models_first_rows_with_their_lights(
    ledger, plan_id, start, qtbot
):
    window, startup = start(f"sqlite:///{ledger.sqlite_file}", hold_open=True)
    startup.open()
    view = window.show_view("checklist")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    shown = [[view.model.index(r, c).data() for c in range(view.model.columnCount())] for r in range(3)]
    startup.release()
    qtbot.waitUntil(lambda: whole_read_shown(window), timeout=20000)
    full = [[view.model.index(r, c).data() for c in range(view.model.columnCount())] for r in range(3)]
    assert shown == full  # every column as the clerk sees it, the light's text included


@pytest.mark.sqlite_only  # a server ledger has no file to read first (tested below)
def test_a_file_the_first_screen_cannot_read_opens_as_before(ledger, plan_id, start, qtbot, monkeypatch):
    monkeypatch.setattr(sqlite_read, "first_screen_rows", lambda *_a, **_k: None)  # locked, damaged…
    window, startup = start(f"sqlite:///{ledger.sqlite_file}")
    startup.open()
    view = window.show_view("checklist")
    qtbot.waitUntil(lambda: whole_read_shown(window), timeout=20000)
    assert view.model.rowCount() > 0 and startup.outcomes[0][1] is None


def test_a_missing_file_opens_as_before(data_dir, start, qtbot):
    window, startup = start(f"sqlite:///{data_dir / 'new.sqlite3'}")  # a new ledger
    startup.open()
    assert startup.early is None and window.context is None  # nothing to read first: today's path
    qtbot.waitUntil(lambda: bool(startup.outcomes), timeout=20000)
    assert startup.outcomes[0][1] is None and window.context is not None


def test_a_server_ledger_has_no_first_screen_from_a_file(start, qtbot, monkeypatch):
    window, startup = start("postgresql+psycopg://clerk@server.invalid/duban")
    startup._open_quietly = lambda: (None, None, None)  # no server here: only which way it opens
    startup.open()
    assert startup.early is None and window.context is None
    qtbot.waitUntil(lambda: bool(startup.outcomes), timeout=10000)
    assert window.context is None


@pytest.mark.sqlite_only  # the per-user default is a SQLite file
def test_the_default_ledger_shows_its_first_screen_too(data_dir, start, qtbot):
    """No ledger named (a clerk's usual start): the default file in the data folder is read first."""
    from services.plans.store import store_plan
    from services.storage.database import open_ledger, user_action
    from tests.conftest import SMALL_PLAN

    made = open_ledger(None)
    try:
        with user_action(made) as session:
            store_plan(session, SMALL_PLAN, source_name="test.txt")
    finally:
        made.dispose()
    window, startup = start(None, hold_open=True)
    startup.open()
    assert startup.early is not None and window.context.ledger is None
    view = window.show_view("checklist")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    assert view.first_screen
    startup.release()
    qtbot.waitUntil(lambda: whole_read_shown(window), timeout=20000)
    assert window.context.ledger.sqlite_file == data_dir / "ledger.sqlite3"


@pytest.mark.sqlite_only  # a server ledger has no file to read first
def test_a_search_typed_over_the_first_screen_waits_for_the_whole_read(ledger, plan_id, start, qtbot):
    window, startup = start(f"sqlite:///{ledger.sqlite_file}", hold_open=True)
    startup.open()
    view = window.show_view("checklist")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    shown = view.model.rowCount()
    first_title = view.model.row_at(0).title
    view.filters.search.setText(first_title)
    view.apply_filters()  # as the search box's pause timer would
    assert view.model.rowCount() == shown  # the screenful stays: there is nothing else to search yet
    startup.release()
    qtbot.waitUntil(lambda: whole_read_shown(window), timeout=20000)
    rows = view.model.rows()
    assert rows and all(first_title in row.title for row in rows)  # the search applied to the whole read
