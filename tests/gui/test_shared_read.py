"""The ledger is read once at start for the overview, the checklist and the tray, and once per change;
a hidden view takes the rows already read when it is shown instead of reading them again."""

from __future__ import annotations

from datetime import date

import pytest

from services.ledger import rows as rows_module
from services.ledger.tasks import delete_task
from services.storage.database import user_action
from ui.ledger_read import SharedLedgerRead


@pytest.fixture
def reads(monkeypatch):
    """Every read of the whole ledger's rows (query_ledger, which the views' reads all went through); the
    checklist's first screenful at start (a few rows by id, ui/checklist/first_screen.py) is not one."""
    counted: list[int] = []
    plain = rows_module._query

    def counting(session, flt, *args, **kwargs):
        if not flt.ids:
            counted.append(1)
        return plain(session, flt, *args, **kwargs)

    monkeypatch.setattr(rows_module, "_query", counting)
    return counted


def settled(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.context.runner._running == 0, timeout=20000)
    qtbot.wait(50)  # results handed over may ask for more work in the next turn
    qtbot.waitUntil(lambda: window.context.runner._running == 0, timeout=20000)


def changed(context) -> None:
    everything = getattr(context, "changed_everything", None)
    (everything or context.ledger_changed.emit)()


def started(context, qtbot):
    from ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.add_widget(window)
    window.show()
    window.start_watching()
    return window


def test_the_ledger_is_read_once_at_start(context, plan_id, qtbot, reads):
    before = SharedLedgerRead.reads
    window = started(context, qtbot)
    settled(window, qtbot)
    assert window.view("overview").data is not None  # the figures came
    assert window.checklist.model.rowCount() > 0  # the rows came, from the same read
    assert len(reads) == 1 and SharedLedgerRead.reads - before == 1


def test_a_change_is_read_once_and_a_hidden_view_takes_that_read_when_shown(context, plan_id, qtbot, reads):
    window = started(context, qtbot)
    settled(window, qtbot)
    shown = window.checklist.model.rowCount()
    first = window.checklist.model.row_at(0)
    with user_action(context.ledger) as session:
        delete_task(session, first.id, first.version)
    changed(context)
    settled(window, qtbot)
    assert len(reads) == 2  # the overview (shown) read the change; the hidden checklist waited
    window.show_view("checklist")
    settled(window, qtbot)
    assert len(reads) == 2 and window.checklist.model.rowCount() == shown - 1
    window.show_view("overview")
    window.view("overview").plan.setCurrentIndex(1)  # another plan's figures: from the same read
    settled(window, qtbot)
    assert len(reads) == 2


def test_a_view_asking_for_another_day_gets_that_day(context, plan_id, qtbot, reads):
    window = started(context, qtbot)
    settled(window, qtbot)
    overview = window.view("overview")
    overview.as_of = date(2024, 7, 20)
    with qtbot.wait_signal(overview.loaded, timeout=10000):
        overview.reload()
    assert overview.data.stats.as_of == date(2024, 7, 20) and len(reads) == 2


def test_the_first_screenful_shown_at_start_is_the_whole_reads_first_rows(
    context, plan_id, qtbot, monkeypatch
):
    """Read with sqlite3 from a SQLite file (services/ledger/first_screen.py), through the session from a
    server ledger (ledger_read.first_rows): the same rows, lights and all, as the whole read's first."""
    from services.ledger import first_screen as sqlite_read
    from services.ledger import ledger_read
    from ui.main_window import MainWindow

    shown: dict[str, list] = {}

    def noting(module, name):
        plain = getattr(module, name)

        def noted(*args, **kwargs):
            rows = plain(*args, **kwargs)
            shown.setdefault(name, list(rows))
            return rows

        monkeypatch.setattr(module, name, noted)

    noting(sqlite_read, "first_screen_rows")
    noting(ledger_read, "first_rows")
    window = MainWindow(context)
    qtbot.add_widget(window)
    window.show()
    settled(window, qtbot)
    used = "first_screen_rows" if context.ledger.sqlite_file is not None else "first_rows"
    assert list(shown) == [used] and shown[used]  # read at start, before the whole read, one way
    whole = window.checklist.model.rows()
    assert shown[used] == whole[: len(shown[used])]  # the same rows, lights and all, in the table's order
    with context.read() as session:
        first = ledger_read.first_rows(session, as_of=date.today(), rule=context.light_rule(), count=2)
    assert first == tuple(whole[:2])
