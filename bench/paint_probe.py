"""Installed in a child process before the app starts: reports the first painted frame of a main window.

`install(launched)` swaps PySide6's QMainWindow for a subclass whose paintEvent notes the first paint:
Qt paints the window and then its children in one pass, so once the event loop comes round again the
whole frame is painted and flushed. Then it prints the seconds since `launched` (the parent's clock
before it started the process) and leaves at once. With `rows=True` it carries on until the window's
checklist holds rows and prints both times. The bare PySide6 window and the app are probed the same
way; only the window's own paintEvent goes through Python, so the probe adds nothing per event.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6 import QtWidgets
from PySide6.QtCore import QTimer

TIMEOUT_S = 120


def install(launched: float, rows: bool = False) -> None:
    state = {"seen": False, "painted": 0.0}

    def report(*seconds: float) -> None:
        print(*seconds)
        sys.stdout.flush()
        os._exit(0)

    def poll() -> None:
        for widget in QtWidgets.QApplication.topLevelWidgets():
            checklist = getattr(widget, "checklist", None)
            if checklist is not None and checklist.model.rowCount() > 0:
                report(state["painted"], time.time() - launched)
        if time.time() - launched > TIMEOUT_S:
            print("timed out waiting for the checklist", file=sys.stderr)
            os._exit(1)
        QTimer.singleShot(5, poll)

    def frame_done() -> None:
        state["painted"] = time.time() - launched
        if not rows:
            report(state["painted"])
        poll()

    class ProbedMainWindow(QtWidgets.QMainWindow):
        def paintEvent(self, event) -> None:
            super().paintEvent(event)
            if not state["seen"]:
                state["seen"] = True
                QTimer.singleShot(0, frame_done)

    QtWidgets.QMainWindow = ProbedMainWindow
