"""The checklist's first screenful at start, shown while the whole ledger is read.

At 10,000 tasks the whole read (every row with its light) takes a third of a second after the ledger
opens, at 100,000 several seconds; and before the ledger opens, SQLAlchemy, the models and the services
take half a second to import. The first rows in the table's first order take a few milliseconds:

- from a SQLite file, read with the stdlib sqlite3 (services/ledger/first_screen.py) as soon as the
  window has painted, before the ledger is open (the context then has no ledger yet, ui/app.py), rows
  and lights built by the same function as the whole read's;
- from a server ledger, once it is open, through the same query as the whole read
  (services/ledger/ledger_read.py first_rows).

They go into the table only while it is empty and still in that order, unfiltered, and the whole read
has not been shown; the whole read then replaces them (ChecklistView._show_rows), keeping the row
selected and where the table was scrolled to.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer

from services.ledger.filtering import RowFilter

# More rows than a maximised window shows.
FIRST_SCREEN = 80
# `then` runs after the first screen's paint, or after this long without one.
PAINT_WAIT_MS = 300


def in_first_order(view) -> bool:  # view: the ChecklistView (which imports this module)
    """Nothing narrows the table, it shows today, and it is sorted by 序号 ascending (first_rows' order)."""
    header = view.table.horizontalHeader()
    return (
        view.as_of is None
        and header.sortIndicatorSection() == 0
        and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        and view.current_filter() == RowFilter()
    )


def _work(context):
    """The read, for the runner: sqlite3 on the file when there is one, else the open ledger's session."""
    ledger, rule, today = context.ledger, context.light_rule(), date.today()
    path = context.first_screen_file if ledger is None else ledger.sqlite_file
    if path is not None:
        from services.ledger.first_screen import first_screen_rows

        return lambda _progress: first_screen_rows(path, as_of=today, rule=rule, count=FIRST_SCREEN) or ()
    if ledger is None:
        return None

    def work(_progress):
        from services.ledger.ledger_read import first_rows
        from services.storage.database import read_action

        with read_action(ledger) as session:
            return first_rows(session, as_of=today, rule=rule, count=FIRST_SCREEN)

    return work


def read_first_screen(view, then=None) -> None:
    """Queue the first screenful's read (before the whole read: one runner, first come first served);
    `then()` once it is on screen (or was not read)."""
    work = _work(view.context)
    if work is None:
        if then is not None:
            then()
        return

    def show(rows) -> None:
        waiting = view._loading or view.context.ledger is None  # the whole read not shown yet
        shown = bool(rows) and waiting and view.model.rowCount() == 0 and in_first_order(view)
        if shown:
            view.model.set_rows(rows, ordered=True)
            view.first_screen = True
            view.count_label.setText(QCoreApplication.translate("ChecklistView", "Reading all tasks…"))
            view.columns.fit()
        if then is not None:
            if shown and view.table.isVisible():
                _AfterPaint(view.table.viewport(), then)
            else:
                then()

    def failed(_exc) -> None:  # the whole read says what went wrong, if anything
        if then is not None:
            then()

    view.context.runner.run(work, show, failed)


class _AfterPaint(QObject):
    """Runs `then` once `widget` has painted. At start `then` opens the ledger, whose imports hold the
    interpreter lock for half a second: the GUI thread would get it back only in turns, and every
    call of the table's model during the paint would wait for one."""

    def __init__(self, widget, then) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            QTimer.singleShot(0, self, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            then()
