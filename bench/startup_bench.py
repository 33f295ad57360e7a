"""Start to the first painted main window on a 10,000-task database, against a bare PySide6 window.

The app is started the way a clerk starts it — `main.py --db URL`: the command line, translations, the
single-instance check and the main window — in a fresh process each time; the bare side is a process
that imports PySide6 and shows an empty QMainWindow. Both are timed from the parent's clock before the
process starts to their first painted frame (bench/paint_probe.py), best of RUNS, alternating, after one
untimed start of each that compiles the bytecode. The time until the checklist holds the database's
rows is reported beside it (logging, the database, the daily backup and the views follow the first
paint, so that is when a clerk sees the tasks; no goal is set).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, Figure

RUNS = 5

PROBE = """
import sys
sys.path.insert(0, {root!r})
from bench.paint_probe import install
install({launched!r}, rows={rows!r})
"""

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.show()
app.exec()
"""

APP = """
import runpy
sys.argv = [{main!r}, "--db", {url!r}]
runpy.run_path({main!r}, run_name="__main__")
"""


def _launch(code: str, rows: bool, env: dict[str, str]) -> list[float]:
    launched = time.time()
    probe = PROBE.format(root=str(ROOT), launched=launched, rows=rows)
    done = subprocess.run(
        [sys.executable, "-c", probe + code], check=True, capture_output=True, text=True, timeout=180, env=env
    )
    return [float(x) for x in done.stdout.strip().splitlines()[-1].split()]


def measure(tasks: int = 10_000) -> list[Figure]:
    from bench.generate import generate

    folder = Path(tempfile.mkdtemp(prefix="bench_startup_"))
    url = f"sqlite:///{folder / 'ledger.sqlite3'}"
    generate(url, tasks)
    app = APP.format(main=str(ROOT / "main.py"), url=url)
    # Compiled bytecode, as an installed app has it (the frozen app ships .pyc files): kept in a folder
    # of the run's own, even where PYTHONDONTWRITEBYTECODE is set, and made by one start of each side
    # that is not timed. Both sides start with the same interpreter, flags and caches.
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    _launch(BARE, rows=False, env=env)
    _launch(app, rows=True, env=env)
    bare, ours, rows = float("inf"), float("inf"), float("inf")
    for _ in range(RUNS):
        bare = min(bare, _launch(BARE, rows=False, env=env)[0])
        painted, filled = _launch(app, rows=True, env=env)
        ours, rows = min(ours, painted), min(rows, filled)
    return [
        Figure(
            f"start to first painted window ({tasks:,} tasks)",
            ours,
            "s",
            "<= 1.5x bare PySide6 window",
            ours <= 1.5 * bare,
            bare,
            "bare PySide6 window",
        ),
        Figure(
            f"start to checklist rows shown ({tasks:,} tasks)",
            rows,
            "s",
            "no goal (loads after the first paint)",
            True,
        ),
    ]


if __name__ == "__main__":
    for figure in measure():
        print(figure.line())
