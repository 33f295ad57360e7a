"""The ledger read once in the background and handed to every view that shows it.

The checklist, the overview and the tray each used to read the whole ledger; at start and after every
change that was three reads of 100,000 rows. Now a view asks `shared_read(context).request(as_of)` and
gets `ready(LedgerRead)`: requests made in the same turn of the event loop share one read, a request
while a read runs waits for it, and a read is reused until the ledger changes (each `ledger_changed`
makes the next request read again), so a view shown later gets the rows already read.

The read comes in two halves, each a job of its own: the rows with their lights (`rows_ready`), then the
overview's figures made from them (`ready`). A view that shows only rows (the checklist, the tray, the
calendar) waits for the first: at start the clerk's rows are not held up by figures they may not look at,
and the checklist's own job (its search keys) runs before the figures.
"""

from __future__ import annotations

import gc
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ui import settings
from ui.errors import show_error

# The checklist waits on this read from the moment it is built, which may be before SQLAlchemy is imported
# (its first screen at start, ui/checklist/first_screen.py): the reading itself is imported when it starts.
if TYPE_CHECKING:
    from services.ledger.ledger_read import LedgerRead, LedgerRows


class SharedLedgerRead(QObject):
    rows_ready = Signal(object)  # LedgerRows: the first half of a read
    ready = Signal(object)  # LedgerRead
    failed = Signal(object)  # None: the error has been shown once; those waiting stop waiting
    reads = 0  # reads started, over every instance: the tests count them

    def __init__(self, context) -> None:
        super().__init__(context)
        self.context = context
        self.latest: LedgerRead | None = None
        self._latest_generation = -1
        self._rows: tuple[LedgerRows, int] | None = None  # the first half of the read under way
        self.generation = 0  # bumped by every change of the ledger
        self._wanted: set[date] = set()
        self._running: tuple[date, int] | None = None
        self._scheduled = False
        # Connected before any view's own handler (views ask for this object first): a view that
        # reloads on a change then finds the read out of date.
        context.ledger_changed.connect(self._changed)

    def _changed(self, *_changes) -> None:
        self.generation += 1

    def request(self, as_of: date | None = None) -> None:
        """`ready` follows with the ledger as on `as_of` (today when None), as it is now."""
        day = as_of or date.today()
        latest = self.latest
        if latest is not None and latest.as_of == day and self._latest_generation == self.generation:
            self.ready.emit(latest)  # nothing changed since it was read
            return
        if self._running == (day, self.generation):
            halfway = self._rows
            if halfway is not None and halfway[0].as_of == day and halfway[1] == self.generation:
                self.rows_ready.emit(halfway[0])  # its rows are here already; the figures follow
            return  # the read under way is the one asked for
        self._wanted.add(day)
        if not self._scheduled and self._running is None:
            self._scheduled = True
            QTimer.singleShot(0, self._start)  # requests of this turn share the read

    def _start(self) -> None:
        from services.ledger.ledger_read import read_figures, read_rows
        from services.storage.database import read_action

        self._scheduled = False
        if self._running is not None or not self._wanted or self.context.ledger is None:
            return  # no ledger yet (the first screen at start): asked again once it is open
        day = min(self._wanted)
        self._wanted.discard(day)
        generation = self.generation
        self._running = (day, generation)
        SharedLedgerRead.reads += 1
        ledger, rule = self.context.ledger, self.context.light_rule()
        days, working = settings.REMINDER_DAYS.get(), settings.WORKING_DAYS.get()

        def rows_work(_progress) -> LedgerRows:
            with read_action(ledger) as session:
                return read_rows(session, as_of=day, rule=rule)

        def rows_done(rows: LedgerRows) -> None:
            # The rows are long-lived and hold no cycles: kept out of the collector's full passes, which
            # would otherwise walk all of them (hundreds of milliseconds at 100,000 tasks, the GUI
            # thread waiting). They are still freed, by their reference counts, when the next read
            # replaces them.
            gc.freeze()
            if generation != self.generation:  # changed while it was read: read again, figures and all
                self._running = None
                self._wanted.add(day)
                self._start()
                return
            self._rows = (rows, generation)
            self.rows_ready.emit(rows)  # the views' own jobs on these rows are queued before the figures

            def figures_work(_progress) -> LedgerRead:
                with read_action(ledger) as session:
                    return read_figures(session, rows, rule=rule, days=days, working_days=working)

            self.context.runner.run(figures_work, done, failed)

        def done(read: LedgerRead) -> None:
            gc.freeze()
            self._running, self._rows = None, None
            self.latest, self._latest_generation = read, generation
            if generation != self.generation:
                self._wanted.add(day)  # changed while it was read: those waiting get the next read
            else:
                self.ready.emit(read)
            self._start()

        def failed(exc: BaseException) -> None:
            self._running, self._rows = None, None
            self._wanted.clear()
            show_error(None, exc)
            self.failed.emit(None)

        self.context.runner.run(rows_work, rows_done, failed)


def shared_read(context) -> SharedLedgerRead:
    """The context's one shared read, made when a view first asks for it."""
    found = getattr(context, "_shared_read", None)
    if found is None:
        found = SharedLedgerRead(context)
        context._shared_read = found
    return found


class ReadWaiter(QObject):
    """A view's side of the shared read: `ask(as_of)`, then `on_read(read)` once with the ledger as on
    that day (reads others asked for are not this view's business); `on_failed(None)` if it failed.
    With `rows_only` the view takes the first half (LedgerRows) as soon as it is read."""

    def __init__(self, context, on_read, on_failed=None, *, rows_only: bool = False) -> None:
        super().__init__(context)
        self.shared = shared_read(context)
        self.on_read, self.on_failed = on_read, on_failed
        self.day: date | None = None  # the day waited for; None when not waiting
        self.shared.ready.connect(self._ready)
        if rows_only:
            self.shared.rows_ready.connect(self._ready)
        self.shared.failed.connect(self._failed)

    def ask(self, as_of: date | None = None) -> None:
        self.day = as_of or date.today()
        self.shared.request(self.day)

    def _ready(self, read: LedgerRows) -> None:
        if self.day is not None and read.as_of == self.day:
            self.day = None
            self.on_read(read)

    def _failed(self, _none) -> None:
        if self.day is not None:
            self.day = None
            if self.on_failed is not None:
                self.on_failed(None)
