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

    # services.operations.changes.Changes: what a use case touched, for each view's `wants` (ui/ops.py).
    ledger_changed = Signal(object)
    undo_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        ledger: Ledger | None,
        data_dir: Path | None,
        parent: QObject | None = None,
        *,
        first_screen_file: Path | None = None,
    ) -> None:
        super().__init__(parent)
        # None until the ledger is open: at start the window gets its context at once, for the checklist
        # to show its first screen from `first_screen_file` (the SQLite file being opened), and the ledger
        # and data folder come with opened() (ui/app.py). Every other view waits for them.
        self.ledger = ledger
        self.data_dir = data_dir
        self.first_screen_file = first_screen_file
        self.runner = BackgroundRunner(self)
        self._undo: list[UndoEntry] = []

    def opened(self, ledger: Ledger, data_dir: Path) -> None:
        self.ledger, self.data_dir = ledger, data_dir

    def read(self) -> AbstractContextManager[Session]:
        """A quick read on the GUI thread (a check before a dialog closes): commits nothing, its driver
        errors in Chinese. Writes go through a use case on the runner (ui/ops.py CollectionOp)."""
        from services.storage.database import read_action

        return read_action(self.ledger)

    def changed_everything(self) -> None:
        """A refresh asked for, a restore, or settings that change every light: every view reloads."""
        from services.operations.changes import EVERYTHING

        self.ledger_changed.emit(EVERYTHING)

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
