"""Bring a plan into the ledger: the sample plan, a chosen file or a dropped one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from services.plan_import import import_plan_file, sample_plan_path
from services.storage import user_action
from ui import settings
from ui.context import AppContext
from ui.errors import show_error


class PlanActions(QObject):
    imported = Signal(int)

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window

    def open_sample(self) -> None:
        self.import_file(sample_plan_path())

    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import plan"),
            settings.LAST_OPEN_DIR.get(),
            self.tr("Plan documents (*.docx *.txt);;All files (*)"),
        )
        if name:
            settings.LAST_OPEN_DIR.set(str(Path(name).parent))
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Parse and store in the background: a long plan takes a moment, the window stays alive."""
        ledger = self.context.ledger

        def work(_progress):
            with user_action(ledger) as session:
                return import_plan_file(session, path)

        def done(plan_id: int) -> None:
            self.context.status_message.emit(self.tr("Plan imported: {name}").format(name=path.name))
            self.context.ledger_changed.emit()
            self.imported.emit(plan_id)

        self.context.runner.run(
            work,
            done,
            lambda exc: show_error(self.window, exc),
            parent=self.window,
            label=self.tr("Importing plan…"),
        )
