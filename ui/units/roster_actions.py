"""The roster (通讯录) from the units view: export to Excel or PDF, import a workbook with a preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from services.storage.database import read_action
from services.units.roster_export import load_roster, write_roster_pdf, write_roster_xlsx
from services.units.roster_import import RosterPreview, preview_roster
from ui import settings
from ui.context import AppContext
from ui.errors import show_error
from ui.ops import CollectionOp
from ui.units.dialogs import RosterPreviewDialog


class UnitsView(Protocol):
    """What these actions use of the units view (a QWidget, the dialogs' parent). Named here, not
    imported from ui/units/view.py, which imports this module: the two would import each other."""

    context: AppContext

    def today(self) -> date: ...


def export_roster(view: UnitsView, path: Path | None, kind: str) -> None:
    if path is None:
        start = Path(settings.LAST_OPEN_DIR.get() or Path.home()) / f"通讯录.{kind}"
        pattern = (
            QCoreApplication.translate("RosterActions", "Excel workbook (*.xlsx)")
            if kind == "xlsx"
            else QCoreApplication.translate("RosterActions", "PDF (*.pdf)")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            view, QCoreApplication.translate("RosterActions", "Save roster"), str(start), pattern
        )
        if not chosen:
            return
        path = Path(chosen)
        settings.LAST_OPEN_DIR.set(str(path.parent))
    ledger, as_of, office = view.context.ledger, view.today(), settings.OFFICE_NAME.get()

    def work(_progress):
        with read_action(ledger) as session:
            doc = load_roster(session, as_of=as_of)
        return write_roster_pdf(doc, path, office=office) if kind == "pdf" else write_roster_xlsx(doc, path)

    view.context.runner.run(
        work,
        lambda saved: view.context.status_message.emit(
            QCoreApplication.translate("RosterActions", "Roster saved to {path}").format(path=saved)
        ),
        lambda exc: show_error(view, exc),
        parent=view,
        label=QCoreApplication.translate("RosterActions", "Writing the roster…"),
    )


def import_roster(view: UnitsView, path: Path | None, confirm) -> None:
    """Preview in the background, show what would change, then commit all or nothing."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            view,
            QCoreApplication.translate("RosterActions", "Import roster"),
            settings.LAST_OPEN_DIR.get(),
            QCoreApplication.translate("RosterActions", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return
        path = Path(chosen)
    ledger = view.context.ledger

    def work(_progress):
        with read_action(ledger) as session:
            return preview_roster(session, path)

    def review(preview: RosterPreview) -> None:
        accepted = (
            confirm(preview)
            if confirm is not None
            else RosterPreviewDialog(preview, view).exec() == QDialog.DialogCode.Accepted
        )
        if accepted:
            from services.operations.units import import_roster as write_roster

            CollectionOp(view, lambda ledger: write_roster(ledger, preview)).success(
                lambda _done: view.context.status_message.emit(
                    QCoreApplication.translate("RosterActions", "Roster imported from {file}.").format(
                        file=preview.file_name
                    )
                )
            ).run_in_background()

    view.context.runner.run(work, review, lambda exc: show_error(view, exc), parent=view)
