"""Installed in a child process before the app starts: reports the first painted frame of a main window.

`install(launched)` swaps PySide6's QApplication for a subclass that watches every event from its very
first one. At the first paint event of a QMainWindow (or a widget inside one) it waits for the event loop
to come round once more — the whole frame is painted and flushed in that one pass — then prints the
seconds since `launched` (the parent's clock before it started the process) and leaves at once. With
`rows=True` it carries on until the window's checklist holds rows and prints both times.
The bare PySide6 window and the app are probed the same way.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer

TIMEOUT_S = 120


def install(launched: float, rows: bool = False) -> None:
    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False
            self.painted = 0.0

        def eventFilter(self, obj, event) -> bool:
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(obj, QtWidgets.QWidget)
                and isinstance(obj.window(), QtWidgets.QMainWindow)
            ):
                self.seen = True
                QTimer.singleShot(0, self.frame_done)
            return False

        def frame_done(self) -> None:
            self.painted = time.time() - launched
            QtWidgets.QApplication.instance().removeEventFilter(self)
            if not rows:
                self.report(self.painted)
            self.poll()

        def poll(self) -> None:
            for widget in QtWidgets.QApplication.topLevelWidgets():
                checklist = getattr(widget, "checklist", None)
                if checklist is not None and checklist.model.rowCount() > 0:
                    self.report(self.painted, time.time() - launched)
            if time.time() - launched > TIMEOUT_S:
                print("timed out waiting for the checklist", file=sys.stderr)
                os._exit(1)
            QTimer.singleShot(5, self.poll)

        def report(self, *seconds: float) -> None:
            print(*seconds)
            sys.stdout.flush()
            os._exit(0)

    class ProbedApplication(QtWidgets.QApplication):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._probe = Probe()
            self.installEventFilter(self._probe)

    QtWidgets.QApplication = ProbedApplication
