"""Bring a plan into the ledger: the sample plan, a chosen file or a dropped one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from services.errors import READER_STUCK, PlanWithoutMeasures
from services.operations.plans import import_plan
from services.plans.importing import (
    EarlierImport,
    ParsedDocument,
    earlier_imports_of_text,
    edited_document,
    marked_document,
    parse_document,
    picked_table_document,
    sample_plan_path,
)
from services.plans.review import review_facts
from services.storage.database import read_action
from ui import settings
from ui.context import AppContext
from ui.errors import show_error
from ui.ops import CollectionOp
from ui.plan_marking import MarkMeasuresDialog
from ui.plan_review import PlanReviewDialog


class PlanActions(QObject):
    imported = Signal(int)

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.last_review: PlanReviewDialog | None = None
        self.last_marking: MarkMeasuresDialog | None = None
        # a plan being read: a second drop or menu pick meanwhile would open a second review of it
        self.reading = False

    def open_sample(self) -> None:
        # The sample is known good: straight into the ledger, so a new user sees it at once.
        self.import_file(sample_plan_path(), review=False)

    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import plan"),
            settings.LAST_OPEN_DIR.get(),
            self.tr("Plan documents (*.docx *.txt *.pdf *.ofd *.odt *.html *.htm);;All files (*)"),
        )
        if name:
            settings.LAST_OPEN_DIR.set(str(Path(name).parent))
            self.import_file(Path(name))

    def import_file(self, path: Path, *, review: bool = True) -> None:
        """Parse in the background, let the clerk review and correct, then store in one transaction.

        A readable document with no measure the reader knows opens the marking dialog instead of an
        error: the clerk ticks where the measures start, and review goes on from there.
        """

        def failed(exc: BaseException, asked: bool = False) -> None:
            if review and isinstance(exc, PlanWithoutMeasures):
                self._mark_measures(exc, asked=asked)
            else:
                show_error(self.window, exc)

        self._read(lambda: parse_document(path), review, failed)

    def _read(self, make_document, review: bool, failed, *, asked: bool = False) -> None:
        """`asked`: the clerk already said Yes to a second copy of this file; a re-read after marking by
        hand (the same plan) does not ask again."""
        ledger = self.context.ledger
        if self.reading:
            self.context.status_message.emit(self.tr("A plan is being read; wait for it to finish."))
            return
        self.reading = True

        def parse(_progress):
            try:
                document = make_document()
            except PlanWithoutMeasures as refusal:
                # (asked now, before the clerk marks the measures by hand: 否 afterwards would waste the work)
                with read_action(ledger) as session:
                    return refusal, earlier_imports_of_text(session, "\n".join(refusal.lines))
            with read_action(ledger) as session:
                return (document, *review_facts(session, document))

        def parsed(result) -> None:
            self.reading = False
            if isinstance(result[0], PlanWithoutMeasures):
                refusal, earlier = result
                if earlier and not asked and not self.confirm_second_copy(earlier):
                    return
                failed(refusal, asked or bool(earlier))
                return
            document, unknown, new, earlier, known = result
            if earlier and not asked and not self.confirm_second_copy(earlier):
                return
            if review:
                dialog = PlanReviewDialog(document, unknown, self.window, known_units=known, new_units=new)
                self.last_review = dialog
                result = dialog.exec()
                lines = tuple(document.source_text.split("\n"))
                refusal = PlanWithoutMeasures(document.file_name, "", lines)
                # marking by hand given up: back to the review as the clerk left it, corrections and all
                while result == PlanReviewDialog.REMARK:
                    if self._mark_measures(refusal, asked=asked or bool(earlier)):
                        return
                    result = dialog.exec()
                if result != QDialog.DialogCode.Accepted:
                    return
                document = dialog.confirmed_document()
            self._store(document)

        def not_read(exc: BaseException) -> None:
            self.reading = False
            failed(exc)

        self.context.runner.run(parse, parsed, not_read, parent=self.window, label=self.tr("Reading plan…"))

    def _mark_measures(self, refusal: PlanWithoutMeasures, *, asked: bool = False) -> bool:
        """False when the clerk cancelled the marking; else the marked document is read (and reviewed)."""
        dialog = MarkMeasuresDialog(
            refusal.file,
            refusal.lines,
            self.window,
            found_none=bool(refusal.reason),
            stuck=refusal.reason == READER_STUCK,
        )
        self.last_marking = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        choice, marked, edited = dialog.table_choice(), dialog.marked_lines(), dialog.edited_text()
        if edited is not None:
            # The edited text is read by the whole reader; when it still has no measure the clerk
            # is back in this dialog with the edited lines, not at an error.
            def failed(exc: BaseException, again: bool = False) -> None:
                if isinstance(exc, PlanWithoutMeasures):
                    self._mark_measures(exc, asked=asked or again)
                else:
                    show_error(self.window, exc)

            self._read(lambda: edited_document(refusal.file, edited), True, failed, asked=asked)
            return True
        self._read(
            (lambda: picked_table_document(refusal.file, dialog.table_lines, choice))
            if choice is not None
            else (lambda: marked_document(refusal.file, dialog.lines, marked)),
            True,
            lambda exc, _asked=False: show_error(self.window, exc),
            asked=asked,
        )
        return True

    def confirm_second_copy(self, earlier: list[EarlierImport]) -> bool:
        """A plan imported twice doubles its tasks and reminders: say so, and default to not importing."""
        first = earlier[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Plan already imported"),
            self.tr(
                "“{title}” was already imported on {when} (plan No. {id}). A second copy would list "
                "every task and reminder twice.\n\nImport it again anyway?"
            ).format(title=first.title, when=first.imported_at.strftime("%Y-%m-%d %H:%M"), id=first.plan_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _store(self, document: ParsedDocument) -> None:
        path = Path(document.file_name)

        def done(imported) -> None:
            self.context.status_message.emit(self.tr("Plan imported: {name}").format(name=path.name))
            self.imported.emit(imported.value)

        CollectionOp(
            self.window,
            lambda ledger, progress: import_plan(ledger, document, progress),
            context=self.context,
        ).with_progress(self.tr("Importing plan…")).success(done).run_in_background()
