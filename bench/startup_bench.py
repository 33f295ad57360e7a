"""Start to the first painted main window on a 10,000-task database, against a bare PySide6 window."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, Figure

# Each child prints the seconds from its launch (the parent's clock, passed in) to its first
# painted frame, then leaves at once: background loads that follow the first paint are not start-up.
PAINTED = """
def painted():
    import os, sys, time
    print(time.time() - {launched})
    sys.stdout.flush()
    os._exit(0)
QTimer.singleShot(0, painted)
app.exec()
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.show()
"""

APP = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from ui import app as uiapp
app = uiapp.make_application()
uiapp.install_translations(app, "zh_CN")
from services.storage import open_ledger, data_dir
from ui.context import AppContext
from ui.main_window import MainWindow
w = MainWindow(AppContext(open_ledger({url!r}), data_dir()))
w.show()
"""


def _time(code: str, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        launched = time.time()
        script = code + PAINTED.replace("{launched}", repr(launched))
        done = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
        best = min(best, float(done.stdout.strip().splitlines()[-1]))
    return best


def measure(tasks: int = 10_000) -> list[Figure]:
    from bench.generate import generate

    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'ledger.sqlite3'}"
    generate(url, tasks)
    bare = _time(BARE)
    ours = _time(APP.replace("{root!r}", repr(str(ROOT))).replace("{url!r}", repr(url)))
    return [
        Figure(
            f"start to first window ({tasks:,} tasks)",
            ours,
            "s",
            "<= 1.5x bare PySide6",
            ours <= 1.5 * bare,
            bare,
        )
    ]


if __name__ == "__main__":
    for figure in measure():
        print(figure.line())
