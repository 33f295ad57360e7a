"""Installed in a child process before the app starts: a heartbeat on the GUI thread and a clerk's tour.

`install(launched, mode)` swaps PySide6's QMainWindow for a subclass (as bench/paint_probe.py does) whose
constructor starts a QTimer every HEARTBEAT_MS. Each tick notes the time since the previous one: a gap
much longer than the interval is the GUI thread frozen (a click or a repaint would have waited as long).

- mode "usable": as soon as the window is attached to its ledger, the checklist is shown (a clerk who
  goes straight to the tasks); prints the seconds from the parent's clock before the process started
  (`launched`) to the first tick that finds the checklist holding rows, then leaves.
- mode "tour": the app starts as a clerk starts it (the overview first); the start-up lasts until the
  checklist holds rows and then the background runner has been idle for SETTLE_S; then every view is
  shown in turn, each until the runner has been idle for SETTLE_S; then a search word is typed into the
  checklist letter by letter and deleted again, each step filtered and repainted; then the peak
  resident size of the whole process (VmHWM) is read. Prints one JSON line and leaves.

`bare(launched, url)` is the baseline: PySide6 alone, the same rows read with sqlite3 into a plain
QAbstractTableModel shown in a QTableView, timed from the same clock to the same moment.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QTimer

HEARTBEAT_MS = 10
SETTLE_S = 0.6
TIMEOUT_S = 600
TYPED = "推进电梯"


def peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _report(result: dict, stacks=None) -> None:
    for where, count in stacks.most_common(25) if stacks else []:
        print(f"{count * 20:6d} ms  {where}", file=sys.stderr)
    print("GUI-PROBE " + json.dumps(result))
    sys.stdout.flush()
    os._exit(0)


def _watch_stalls(tour: _Tour) -> None:
    """With GUI_PROBE_STACKS=1: where the GUI thread is while it misses its heartbeat (to stderr)."""
    import collections
    import threading
    import traceback

    main = threading.main_thread().ident
    seen: collections.Counter = collections.Counter()

    def watch() -> None:
        while True:
            time.sleep(0.02)
            if time.perf_counter() - tour.last > 0.1:
                frames = sys._current_frames()
                frame = frames.get(main)
                stack = traceback.extract_stack(frame)[-14:] if frame is not None else []
                where = " < ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(stack))
                if len(stack) < 8:  # in Qt's own code: what the other threads are doing (the GIL?)
                    others = [
                        " < ".join(
                            f"{Path(f.filename).name}:{f.lineno}"
                            for f in reversed(traceback.extract_stack(f)[-4:])
                        )
                        for ident, f in frames.items()
                        if ident not in (main, threading.get_ident())
                    ]
                    where += " || " + " | ".join(others)
                seen[f"[{tour.phase}] {where}"] += 1
                tour.stack_report = seen

    tour.stack_report = seen
    threading.Thread(target=watch, daemon=True).start()


class _Tour:
    def __init__(self, window, launched: float, mode: str) -> None:
        self.window, self.launched, self.mode = window, launched, mode
        self.last = time.perf_counter()
        self.gaps: dict[str, float] = {}
        self.phase = "start-up"
        self.steps: list = []
        self.idle_since: float | None = None
        self.usable: float | None = None
        self.sent_to_checklist = False
        self.stack_report = None
        self.peak_after_start = float("nan")
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        if os.environ.get("GUI_PROBE_STACKS"):
            _watch_stalls(self)

    def _idle(self, now: float) -> bool:
        runner = self.window.context.runner
        if runner._running:  # a background job in flight: not settled yet
            self.idle_since = None
            return False
        if self.idle_since is None:
            self.idle_since = now
        return now - self.idle_since >= SETTLE_S

    def tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.gaps[self.phase] = max(self.gaps.get(self.phase, 0.0), gap)
        if time.time() - self.launched > TIMEOUT_S:
            print("timed out", self.phase, file=sys.stderr)
            os._exit(1)
        window = self.window
        if window.context is None:
            self.last = time.perf_counter()
            return
        if self.mode == "usable" and not self.sent_to_checklist:
            self.sent_to_checklist = True
            window.show_view("checklist")
        checklist = window._built.get("checklist")
        if self.usable is None and checklist is not None and checklist.model.rowCount() > 0:
            checklist.table.viewport().repaint()  # shown, as the bare table is timed once painted
            self.usable = time.time() - self.launched
            if self.mode == "usable":
                _report({"usable": self.usable, "rows": checklist.model.rowCount()}, self.stack_report)
        if self.usable is not None and self._idle(now):
            self.next_phase()
        self.last = time.perf_counter()

    def next_phase(self) -> None:
        window = self.window
        if self.phase == "start-up":
            self.steps = list(window.view_keys)
            self.peak_after_start = peak_rss_mb()
        if self.steps:
            key = self.steps.pop(0)
            self.phase = f"view {key}"
            self.idle_since = None
            window.show_view(key)
            return
        self.timer.stop()
        self.phase = "filter"  # for the stack report; the filter is timed by itself, not as a stall
        _report(
            {
                "usable": self.usable,
                "gaps": self.gaps,
                "filter_ms": self.filter_with_repaint() * 1000,
                "filter_steps_ms": self.filter_steps,
                "peak_mb": peak_rss_mb(),
                "peak_after_start_mb": self.peak_after_start,
                "rows": window.checklist.model.rowCount(),
            },
            self.stack_report,
        )

    def filter_with_repaint(self) -> float:
        """The slowest search step, from the filter to the table repainted with its result."""
        app = QtWidgets.QApplication.instance()
        view = self.window.show_view("checklist")
        app.processEvents()
        view.table.selectRow(0)
        worst = 0.0
        self.filter_steps: list[tuple[str, float]] = []  # each step, to see which one is the worst
        words = [TYPED[:n] for n in range(1, len(TYPED) + 1)] + [
            TYPED[:n] for n in range(len(TYPED) - 1, -1, -1)
        ]
        for text in words:
            view.filters.search.setText(text)
            view.filters._timer.stop()  # the pause timer would run the same filter a moment later
            started = time.perf_counter()
            view.apply_filters()
            app.processEvents()
            view.table.viewport().repaint()
            step = time.perf_counter() - started
            self.filter_steps.append((text, round(step * 1000, 1)))
            worst = max(worst, step)
        return worst


def install(launched: float, mode: str) -> None:
    if os.environ.get("GUI_PROBE_SWITCH"):  # to try another interpreter-lock switch interval
        sys.setswitchinterval(float(os.environ["GUI_PROBE_SWITCH"]))

    class ProbedMainWindow(QtWidgets.QMainWindow):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._gui_probe = None
            QTimer.singleShot(0, self._start_probe)

        def _start_probe(self) -> None:
            if self._gui_probe is None and hasattr(self, "view_keys"):
                self._gui_probe = _Tour(self, launched, mode)

    QtWidgets.QMainWindow = ProbedMainWindow


def bare(launched: float, path: str) -> None:
    """A QTableView over the checklist's rows read with sqlite3: the same columns as text."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    app = QtWidgets.QApplication(sys.argv[:1])
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT number, domain, title, lead_unit_ids, '', due_on, '', progress, status FROM ledger_item"
            " WHERE deleted_at IS NULL AND kind != 'section' ORDER BY plan_id, position"
        ).fetchall()

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else 9

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                value = rows[index.row()][index.column()]
                return "" if value is None else str(value)
            return None

    window = QtWidgets.QMainWindow()
    table = QtWidgets.QTableView(window)
    model = Model(table)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1360, 820)
    window.show()

    def shown() -> None:
        table.viewport().repaint()
        _report({"usable": time.time() - launched, "rows": model.rowCount()})

    QTimer.singleShot(0, shown)  # after the first paint of the table with its rows
    app.exec()
