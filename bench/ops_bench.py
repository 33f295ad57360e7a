"""How long one write freezes the window: `uv run python -m bench.ops_bench`.

A clerk closes a task (销号) while another PC holds the database for HOLD_S seconds. The longest gap of a
10 ms heartbeat timer on the GUI thread is measured for the write as the views made it before issue 20
(user_action on the GUI thread) and as they make it now (the use case through ui/ops.py CollectionOp,
on the background runner), on the sample plan, best of RUNS.
"""

from __future__ import annotations

import sqlite3
import tempfile
import threading
import time
from itertools import pairwise
from pathlib import Path

from bench.common import Figure

HOLD_S = 1.5
RUNS = 3


def _hold(path: Path, ready: threading.Event) -> None:
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    ready.set()
    time.sleep(HOLD_S)
    blocker.rollback()
    blocker.close()


def _longest_gap(app, run) -> float:
    """Seconds of the longest pause of a 10 ms heartbeat while `run(done)` works and calls done()."""
    from PySide6.QtCore import QTimer

    beats, finished = [time.perf_counter()], threading.Event()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start()
    run(finished.set)
    while not finished.is_set():
        app.processEvents()
        time.sleep(0.002)
    timer.stop()
    beats.append(time.perf_counter())
    return max(b - a for a, b in pairwise(beats))


def measure() -> list[Figure]:
    from PySide6.QtWidgets import QApplication, QWidget

    from services.ledger.tasks import close_task, reopen_task
    from services.operations.tasks import close_tasks
    from services.plans.importing import import_plan_file, sample_plan_path
    from services.storage.database import open_ledger, user_action
    from ui.context import AppContext
    from ui.ops import CollectionOp

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    ledger = open_ledger(f"sqlite:///{folder / 'bench.sqlite3'}")
    with user_action(ledger) as session:
        import_plan_file(session, sample_plan_path())
    context, parent = AppContext(ledger, folder), QWidget()
    item_id = 3  # a measure of the sample plan

    def locked(run):
        def start(done):
            ready = threading.Event()
            threading.Thread(target=_hold, args=(ledger.sqlite_file, ready)).start()
            ready.wait()
            run(done)

        return start

    def on_gui_thread(done):
        with user_action(ledger) as session:
            close_task(session, item_id)
        done()

    def as_use_case(done):
        CollectionOp(parent, lambda led: close_tasks(led, [(item_id, None)]), context=context).success(
            lambda _done: done()
        ).failure(lambda _exc: done()).run_in_background()

    def reopen():
        with user_action(ledger) as session:
            reopen_task(session, item_id)

    before, after = [], []
    for _ in range(RUNS):
        before.append(_longest_gap(app, locked(on_gui_thread)))
        reopen()
        after.append(_longest_gap(app, locked(as_use_case)))
        context.runner.wait()
        reopen()
    ledger.dispose()
    return [
        Figure("close a task, database held 1.5 s: GUI frozen (before)", min(before) * 1000, "ms", "—", True),
        Figure(
            "close a task, database held 1.5 s: GUI frozen (use case)",
            min(after) * 1000,
            "ms",
            "< 100 ms",
            min(after) < 0.1,
            baseline=min(before) * 1000,
            baseline_name="the write on the GUI thread",
        ),
    ]


if __name__ == "__main__":
    for figure in measure():
        print(figure.line())
