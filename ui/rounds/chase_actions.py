"""The 催报 beside the round's summary: copy it as text for the office's WeChat or 政务钉钉 group, or write
the 催报通知 from the office's Word template (the PDF stays on the round bar).

A widget of its own so the rounds view only places it: it asks the view for the round and the day.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QHBoxLayout, QPushButton, QWidget

from ui import settings
from ui.errors import show_error
from ui.ops import CollectionOp


class ChaseActions(QWidget):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.context = view.context
        self.copy_button = QPushButton(self.tr("Copy chase text"), self)
        self.copy_button.setToolTip(
            self.tr(
                "Put the late units, their liaison officers and the due date on the clipboard for a group chat"
            )
        )
        self.docx_button = QPushButton(self.tr("Chase notice (Word)…"), self)
        self.docx_button.setToolTip(self.tr("The chase notice from the office's Word template"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.docx_button)
        self.copy_button.clicked.connect(lambda: self.copy_text())
        self.docx_button.clicked.connect(lambda: self.write_docx())

    def copy_text(self) -> str | None:
        """The 催报 as plain text on the clipboard; None (and the reason shown) when there is none."""
        from services.documents.chase_text import chase_text
        from services.returns.rounds import round_status

        round_id, as_of = self.view.round_id(), self.view.today()
        if round_id is None:
            return None
        try:
            with self.context.read() as session:
                status = round_status(session, round_id, as_of=as_of)
            text = chase_text(status, as_of=as_of, office=settings.OFFICE_NAME.get())
        except Exception as exc:
            show_error(self, exc)
            return None
        QApplication.clipboard().setText(text)
        self.context.status_message.emit(
            self.tr("Chase text for %n unit(s) copied: paste it into the group chat.", "", len(status.late()))
        )
        return text

    def write_docx(self, path: Path | None = None) -> None:
        """The 催报通知 (.docx) from the office's template; the late units are marked as chased."""
        round_id, as_of = self.view.round_id(), self.view.today()
        if round_id is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chase notice"),
                str(Path(settings.LAST_OPEN_DIR.get() or Path.home()) / f"催报通知-{as_of:%Y%m%d}.docx"),
                self.tr("Word document (*.docx)"),
            )
            if not name:
                return
            path = Path(name)
        from services.documents.notices_docx import Imprint
        from services.operations.notices import write_chase_docx

        imprint, templates = Imprint(office=settings.OFFICE_NAME.get()), self.context.data_dir / "templates"
        CollectionOp(
            self,
            lambda ledger: write_chase_docx(
                ledger, round_id, path, as_of=as_of, imprint=imprint, templates=templates
            ),
        ).success(
            lambda done: self.context.status_message.emit(
                self.tr("Chase notice for %n unit(s) saved: %1", "", done.value.rows).replace(
                    "%1", str(done.value.path)
                )
            )
        ).run_in_background()
