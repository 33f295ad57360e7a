"""Run slow service calls off the GUI thread, one database job at a time.

Modelled on Anki's CollectionOp/QueryOp: the job opens its own session and returns plain values;
success and failure come back on the GUI thread. A progress dialog appears only when the job takes
longer than PROGRESS_DELAY_MS, so quick jobs never flash a window.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 600

Progress = Callable[[int, int], None]


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progressed.emit)
        except BaseException as exc:  # handed to the GUI thread, which decides how to show it
            log.debug("background job failed: %s", "".join(traceback.format_exception(exc)))
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class BackgroundRunner(QObject):
    """One serial queue for database work; the pool has a single thread so writes never overlap."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running = 0
        self._jobs: set[_Job] = set()

    def run(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        parent: QWidget | None = None,
        label: str | None = None,
    ) -> None:
        job = _Job(work)
        job.setAutoDelete(False)
        self._jobs.add(job)
        dialog: QProgressDialog | None = None
        timer = QTimer(self)
        timer.setSingleShot(True)
        last: list[tuple[int, int]] = []

        def show_dialog() -> None:
            nonlocal dialog
            if parent is None or label is None:
                return
            dialog = QProgressDialog(label, "", 0, 0, parent)
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            if last:
                on_progress(*last[-1])
            dialog.show()

        def on_progress(done: int, total: int) -> None:
            last[:] = [(done, total)]
            if dialog is not None:
                dialog.setMaximum(total)
                dialog.setValue(done)

        def finish() -> None:
            timer.stop()
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            self._jobs.discard(job)
            self._running -= 1
            if not self._running:
                self.busy_changed.emit(False)

        def succeeded(result: Any) -> None:
            finish()
            if _receiver_alive(on_success):
                on_success(result)

        def failed(exc: BaseException) -> None:
            finish()
            if _receiver_alive(on_failure):
                on_failure(exc)

        job.signals.progressed.connect(on_progress)
        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(failed)
        timer.timeout.connect(show_dialog)
        timer.start(PROGRESS_DELAY_MS)
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self.pool.start(job)

    @property
    def idle(self) -> bool:
        """No job queued or running, and every result handed back to the GUI thread."""
        return not self._running

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


def _receiver_alive(callback: Callable) -> bool:
    """False when the callback is a method of a widget closed and deleted while its job ran (a view
    whose window is gone): its result has nowhere to go, and touching it would raise."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
