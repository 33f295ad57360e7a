"""备份 and 恢复 from the File menu: a consistent copy now, or a checked copy put back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from services.errors import BackupRejected
from services.storage import backup
from services.storage.database import NOT_SQLITE, SavedCopy, open_ledger, restore_backup, save_copy
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
            self._saved,
            lambda exc: show_error(self.window, exc),
            parent=self.window,
            label=self.tr("Backing up…"),
        )

    def _saved(self, saved: SavedCopy) -> None:
        if saved.attachments is None:
            self.context.status_message.emit(self.tr("Backup saved: {path}").format(path=saved.path))
        else:
            self.context.status_message.emit(
                self.tr("Backup saved: {path}, its attachments in {folder} (copy both)").format(
                    path=saved.path, folder=saved.attachments
                )
            )
        if saved.missing:  # the clerk must decide whether this backup is enough
            QMessageBox.warning(
                self.window,
                self.tr("Back up the ledger"),
                self.tr(
                    "The backup was saved, but %n attachment(s) could not be included: their files are not"
                    " on this PC or are damaged ({names}). Add them again from the original files, then back"
                    " up once more.",
                    "",
                    len(saved.missing),
                ).format(names="、".join(saved.missing[:5])),
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

        def work(_progress):
            # Off the GUI thread: copying the database and its attachments, then upgrading, take time.
            try:
                restored, error = restore_backup(url, source), None
            except Exception as exc:  # the ledger as it was is opened again below
                restored, error = None, exc
            return restored, error, open_ledger(url)  # upgrades an older backup to the current schema

        self.context.runner.run(
            work,
            self._restored,
            lambda exc: show_error(self.window, exc),
            parent=self.window,
            label=self.tr("Restoring…"),
        )

    def _restored(self, result) -> None:
        restored, error, ledger = result
        if error is not None:
            show_error(self.window, error)
        self.context.ledger = ledger
        self.context.push_undo_clear()
        self.context.changed_everything()
        if restored is not None and restored.kept is not None:
            self.context.status_message.emit(
                self.tr("Restored. The replaced ledger is kept as {path}").format(path=restored.kept)
            )
        if restored is not None and restored.missing:
            QMessageBox.warning(
                self.window,
                self.tr("Restore from a backup"),
                self.tr(
                    "Restored. %n attachment(s) named in the backup have no file here ({names}): the backup's"
                    " attachments folder was not beside it, or lacked them. Restore from a backup that has its"
                    " .attachments folder beside it, or add these files again.",
                    "",
                    len(restored.missing),
                ).format(names="、".join(restored.missing[:5])),
            )
