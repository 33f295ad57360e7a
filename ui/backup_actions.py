"""备份 and 恢复 from the File menu: a consistent copy now, or a checked copy put back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from services import backup
from services.errors import BackupRejected
from services.storage import NOT_SQLITE, open_ledger, restore_backup, save_copy
from ui.context import AppContext
from ui.errors import show_error


class BackupActions(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window

    def make_backup(self, target: Path | None = None) -> None:
        db_file = self.context.ledger.sqlite_file
        if db_file is None:
            show_error(self.window, BackupRejected(NOT_SQLITE))
            return
        if target is None:
            suggested = Path.home() / f"督办台账备份-{datetime.now():%Y%m%d-%H%M}.sqlite3"
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Back up the ledger"),
                str(suggested),
                self.tr("Ledger backup (*.sqlite3)"),
            )
            if not name:
                return
            target = Path(name)

        def work(_progress):
            return save_copy(self.context.ledger, target)

        self.context.runner.run(
            work,
            lambda path: self.context.status_message.emit(self.tr("Backup saved: {path}").format(path=path)),
            lambda exc: show_error(self.window, exc),
            parent=self.window,
            label=self.tr("Backing up…"),
        )

    def restore(self, source: Path | None = None, *, confirm: bool = True) -> None:
        db_file = self.context.ledger.sqlite_file
        if db_file is None:
            show_error(self.window, BackupRejected(NOT_SQLITE))
            return
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Restore from a backup"),
                str(db_file.parent / "backups"),
                self.tr("Ledger backup (*.sqlite3);;All files (*)"),
            )
            if not name:
                return
            source = Path(name)
        try:
            backup.check_copy(source)
        except BackupRejected as exc:
            show_error(self.window, exc)
            return
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Restore from a backup"),
                self.tr(
                    "Replace the current ledger with “{name}”?\n"
                    "The current ledger is kept in the backups folder, so this can be reversed."
                ).format(name=source.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.context.runner.wait()
        url = self.context.ledger.url
        self.context.ledger.dispose()
        try:
            kept = restore_backup(url, source)
        except Exception as exc:
            show_error(self.window, exc)
            kept = None
        self.context.ledger = open_ledger(url)  # upgrades an older backup to the current schema
        self.context.push_undo_clear()
        self.context.ledger_changed.emit()
        if kept is not None:
            self.context.status_message.emit(
                self.tr("Restored. The replaced ledger is kept as {path}").format(path=kept)
            )
