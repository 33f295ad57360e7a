"""What every view needs: the open ledger, the background runner, the undo stack and change signals."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from services.ledger.lights import LightRule
from ui import settings
from ui.background import BackgroundRunner

if TYPE_CHECKING:  # SQLAlchemy is imported once the window has painted (ui/app.py)
    from sqlalchemy.orm import Session

    from services.ledger.attachment_store import AttachmentPlace
    from services.storage.database import Ledger


@dataclass
class UndoEntry:
    change_id: int
    description: str


class AppContext(QObject):
    """Shared by the main window and its views; the views talk to each other only through its signals."""

    ledger_changed = Signal()
    undo_changed = Signal()
    status_message = Signal(str)

    def __init__(self, ledger: Ledger, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.data_dir = data_dir
        self.runner = BackgroundRunner(self)
        self._undo: list[UndoEntry] = []

    def action(self) -> AbstractContextManager[Session]:
        """One user action on the GUI thread, for quick edits: one transaction."""
        from services.storage.database import user_action

        return user_action(self.ledger)

    def attachment_place(self) -> AttachmentPlace:
        """Where this ledger's evidence files are: beside a SQLite file, else the shared folder set."""
        from services.ledger.attachment_store import place_for

        return place_for(self.ledger.sqlite_file, settings.ATTACHMENTS_FOLDER.get(), self.data_dir)

    @property
    def attachments_base(self) -> Path:
        """The folder holding attachments/, for services.ledger.attachments; follows a restore or another ledger."""
        return self.attachment_place().base

    def light_rule(self) -> LightRule:
        return settings.light_rule()

    # --- undo of the last edits -----------------------------------------------------------------

    def push_undo(self, change_id: int, description: str) -> None:
        self._undo.append(UndoEntry(change_id, description))
        del self._undo[:-50]
        self.undo_changed.emit()

    def peek_undo(self) -> UndoEntry | None:
        return self._undo[-1] if self._undo else None

    def push_undo_clear(self) -> None:
        """After a restore the logged changes belong to another ledger: nothing to undo."""
        self._undo.clear()
        self.undo_changed.emit()

    def pop_undo(self) -> UndoEntry | None:
        entry = self._undo.pop() if self._undo else None
        self.undo_changed.emit()
        return entry
