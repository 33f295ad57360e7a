"""Waiting for the use cases the views run off the GUI thread (ui/ops.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDeadlineTimer

from ui.context import AppContext


def settle(context: AppContext, timeout_ms: int = 30000) -> None:
    """Wait until the background runner has finished every job and handed its result back to the GUI
    thread; a success that starts another job (a reload) is waited for too."""
    deadline = QDeadlineTimer(timeout_ms)
    while not context.runner.idle:
        context.runner.wait(max(deadline.remainingTime(), 0))
        QCoreApplication.processEvents()
        if deadline.hasExpired():
            raise TimeoutError("background jobs still running after the deadline")
    QCoreApplication.processEvents()
