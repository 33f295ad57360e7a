"""Errors shown in one place: known errors as a message with what to do, bugs as a crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
_log_file: Path | None = None


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A user-fixable error: its own message, which already says what to do next."""
    # Imported when an error is shown, not before the window's first paint (ui/app.py).
    from PySide6.QtWidgets import QMessageBox

    from services.errors import DubanError, EditConflict

    if isinstance(exc, DubanError):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title or QCoreApplication.translate("errors", "Cannot do that"),
            str(exc),
            parent=parent,
        )
        if isinstance(exc, EditConflict):
            box.setIcon(QMessageBox.Icon.Information)
        box.exec()
        return
    show_crash(parent, exc)


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox

    log.error("unexpected error", exc_info=exc)
    where = str(_log_file) if _log_file else QCoreApplication.translate("errors", "(no log file)")
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Unexpected error"),
        QCoreApplication.translate(
            "errors",
            "The program hit an unexpected problem; your ledger data was not changed by it.\n\n"
            "Please send the log file to your support contact:\n{log}",
        ).format(log=where),
        parent=parent,
    )
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()


def install_excepthook(log_file: Path | None) -> None:
    global _log_file
    _log_file = log_file

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        if QApplication.instance() is not None and not isinstance(value, KeyboardInterrupt):
            show_crash(QApplication.activeWindow(), value)
        else:
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook
