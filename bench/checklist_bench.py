"""The checklist on 100,000 tasks, driven as a clerk drives it, and `reminders` over the same ledger.

The real ChecklistView on a generated ledger (bench/generate.py), with its default sort and a row
selected, as the app shows it:

- load: from reload() to the rows in the table (read in the background), beside a bare
  `SELECT * FROM ledger_item` of the same table;
- per keystroke: typing a search word letter by letter, deleting it again (each backspace filters every
  row afresh), then picking a light, a status and a unit in the filter bar and setting them back: the time of the work each
  one triggers on the item model (apply_filters, which the view runs once the typing pauses), plus the
  first cell the view asks for; the slowest one is the figure;
- scrolling: twenty page-downs and a jump to the end, painted offscreen; the figure is how many distinct
  rows the view asked the model for (data() calls), against the 100,000 it holds;
- memory: the peak resident size of the process after all of that (the ledger is generated in another
  process);
- reminders: collect_reminders over the whole ledger (30-day window), best of five.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.common import ROOT, Figure, best_of

TYPED = "推进电梯"
PAGES = 20


def measure(tasks: int = 100_000) -> list[Figure]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QAbstractSlider, QApplication

    from services.ledger.reminders import collect_reminders
    from services.storage.database import open_ledger
    from ui.checklist.model import TITLE_COLUMN, LedgerTableModel
    from ui.checklist.view import ChecklistView
    from ui.context import AppContext

    folder = Path(tempfile.mkdtemp(prefix="bench_checklist_"))
    # Generated in a process of its own: the memory figure is the peak of this process, which should
    # be the app's (the checklist loaded and used), not the generator's.
    subprocess.run(
        [sys.executable, "-m", "bench.generate", str(folder / "ledger.sqlite3"), str(tasks)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    app = QApplication.instance() or QApplication([])
    ledger = open_ledger(f"sqlite:///{folder / 'ledger.sqlite3'}")

    def bare_select() -> None:
        with ledger.session_factory() as session:
            session.connection().exec_driver_sql("SELECT * FROM ledger_item").fetchall()

    bare = best_of(1, bare_select)

    # Counts the rows the view asks for while scrolling; set before the model exists, since a Qt
    # wrapper looks for Python overrides when it is made.
    asked: set[int] = set()
    counting = False
    plain_data = LedgerTableModel.data

    def counting_data(self, index, role=0):
        if counting:
            asked.add(index.row())
        return plain_data(self, index, role)

    LedgerTableModel.data = counting_data
    context = AppContext(ledger, folder)
    view = ChecklistView(context)
    view.resize(1300, 800)
    view.show()
    app.processEvents()
    loop = QEventLoop()
    view.loaded.connect(loop.quit)
    QTimer.singleShot(600_000, loop.quit)
    started = time.perf_counter()
    view.reload()
    loop.exec()
    load = time.perf_counter() - started
    rows = view.model.rowCount()
    app.processEvents()
    view.table.selectRow(0)  # a clerk has a task selected while filtering

    def keystroke(change) -> float:
        started = time.perf_counter()
        change()
        view.model.data(view.model.index(0, TITLE_COLUMN))  # what the view asks for first
        return time.perf_counter() - started

    def typed(text: str) -> float:
        view.filters.search.setText(text)  # starts the pause timer; the work runs when it fires
        view.filters._timer.stop()
        return keystroke(view.apply_filters)

    bar = view.filters
    timings = [typed(TYPED[:end]) for end in range(1, len(TYPED) + 1)]
    timings += [typed(TYPED[:end]) for end in range(len(TYPED) - 1, -1, -1)]
    for combo, pick in ((bar.light, bar.light.findData("red")), (bar.status, 1), (bar.unit, 1)):
        timings.append(keystroke(lambda combo=combo, pick=pick: combo.setCurrentIndex(pick)))
    for combo in (bar.light, bar.status, bar.unit):  # and back to every row, one choice at a time
        timings.append(keystroke(lambda combo=combo: combo.setCurrentIndex(0)))
    worst = max(timings)

    app.processEvents()
    counting = True
    scrollbar = view.table.verticalScrollBar()
    slowest_page = 0.0
    for _ in range(PAGES):
        started = time.perf_counter()
        scrollbar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        view.table.viewport().repaint()
        slowest_page = max(slowest_page, time.perf_counter() - started)
    scrollbar.setValue(scrollbar.maximum())
    view.table.viewport().repaint()
    app.processEvents()
    counting = False
    LedgerTableModel.data = plain_data
    materialised = len(asked)
    memory_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def reminders() -> None:
        with ledger.session_factory() as session:
            collect_reminders(session, as_of=date.today(), days=30)

    reminders_s = best_of(5, reminders)
    view.close()
    context.runner.wait(10000)
    ledger.dispose()
    return [
        Figure(
            f"checklist load ({rows:,} rows)",
            load,
            "s",
            "no goal (in the background)",
            True,
            bare,
            "SELECT * FROM ledger_item",
        ),
        Figure("checklist filter/search per keystroke", worst * 1000, "ms", "< 50 ms", worst < 0.05),
        Figure(
            f"checklist rows read scrolling {PAGES} pages + end",
            materialised,
            "rows",
            f"< 1% of the {rows:,} rows",
            materialised < 0.01 * rows,
        ),
        Figure("checklist scroll, slowest page", slowest_page * 1000, "ms", "no goal", True),
        Figure("memory after loading the checklist", memory_mb, "MB", "< 400 MB", memory_mb < 400),
        Figure(f"reminders over {tasks:,} tasks", reminders_s, "s", "< 0.5 s", reminders_s < 0.5),
    ]


if __name__ == "__main__":
    for figure in measure():
        print(figure.line())
