"""The 导出 area: the clerk picks a plan, a document (Excel ledger, PDF progress sheet, bulletin), a
variant and where to save it; the export runs in the background with a progress dialog for big plans.
A progress sheet can also be printed: a preview of its pages, then printer, copies and duplex.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services.documents.export_jobs import ExportDone, ExportRequest, suggested_name
from services.ledger.plan_list import plan_titles
from services.operations.changes import PLANS, TASKS, UNITS, Changes
from services.operations.exports import export_document, plan_units
from ui import settings
from ui.context import AppContext
from ui.errors import show_error
from ui.exports.printing import open_in_viewer
from ui.exports.word_documents import WordDocuments
from ui.ops import follow_changes

SUFFIXES = {"ledger": ".xlsx", "pdf": ".pdf", "bulletin": ".docx"}
# Suffixes a clerk may have typed for another document: replaced, not kept in front of the right one.
_DOCUMENT_SUFFIXES = {".xlsx", ".xls", ".et", ".pdf", ".docx", ".doc", ".wps", ".ofd"}


def with_suffix_for(kind: str, path: Path) -> Path:
    """``path`` with the suffix of ``kind``: 我的台账.xlsx saved as a PDF is 我的台账.pdf, never a PDF
    named .xlsx that Excel then refuses to open."""
    wanted = SUFFIXES[kind]
    suffix = path.suffix.lower()
    if suffix == wanted:
        return path
    if suffix in _DOCUMENT_SUFFIXES:
        return path.with_suffix(wanted)
    return path.with_name(path.name + wanted)  # no suffix, or a dot inside the name (2024.3季度)


class ExportsView(QWidget):
    exported = Signal(object)  # ExportDone
    preview_opened = Signal(object)  # QPrintPreviewDialog

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last: ExportDone | None = None
        self.preview = None  # the print preview while it is open

        self.plan = QComboBox(self)
        self.plan.setMinimumContentsLength(36)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Excel ledger (.xlsx)"), "ledger")
        self.kind.addItem(self.tr("PDF progress sheet (.pdf)"), "pdf")
        self.kind.addItem(self.tr("Progress bulletin draft (.docx)"), "bulletin")
        self.variant = QComboBox(self)
        self.variant.addItem(self.tr("Whole plan"), "all")
        self.variant.addItem(self.tr("One unit"), "unit")
        self.variant.addItem(self.tr("Red and yellow only"), "lagging")
        self.unit = QComboBox(self)
        self.unit.setMinimumContentsLength(16)
        self.as_of = QDateEdit(QDate.currentDate(), self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.out = QLineEdit(self)
        self.browse = QPushButton(self.tr("Browse…"), self)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(self.browse)

        form = QFormLayout()
        form.addRow(self.tr("Plan"), self.plan)
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Variant"), self.variant)
        self.reasons = QCheckBox(self.tr("Say why each light (in the progress column)"), self)
        form.addRow("", self.reasons)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("As of"), self.as_of)
        form.addRow(self.tr("Save as"), where)

        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Print progress sheet…"), self)
        self.print_button.setToolTip(
            self.tr("Preview the sheet's pages, then choose printer, copies and duplex (Ctrl+P)")
        )
        self.open_button = QPushButton(self.tr("Open the file"), self)
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.print_button, self.open_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "The Excel ledger lists every measure and task with its units, targets, progress and light, "
                "with a summary sheet. The progress sheet is the A4 table for the leadership meeting. "
                "The bulletin is a Word draft to edit before sending."
            ),
            self,
        )
        hint.setWordWrap(True)

        panel = QWidget(self)
        panel.setMaximumWidth(900)  # a form stretched over a wide screen is hard to read
        inner = QVBoxLayout(panel)
        inner.addWidget(hint)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.result)
        self.word_documents = WordDocuments(self)  # 督办通知单 and 通报 from the office's Word templates
        inner.addWidget(self.word_documents)
        inner.addStretch(1)
        # Scrolled on a small screen (1366×768 at 150%) rather than making the window taller than it.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 1)

        self.plan.currentIndexChanged.connect(self._plan_changed)
        for widget in (self.kind, self.variant, self.unit):
            widget.currentIndexChanged.connect(self._update)
        self.as_of.dateChanged.connect(self._update)
        self.browse.clicked.connect(self.choose_file)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_sheet)
        self.open_button.clicked.connect(lambda: self.last and open_in_viewer(self.last.path))
        self.folder_button.clicked.connect(lambda: self.last and open_in_viewer(self.last.path.parent))
        follow_changes(self, context, self.wants, self.reload)
        self._suggested = ""
        self.reload()
        self._update()

    # --- choices ----------------------------------------------------------------------------------

    @staticmethod
    def wants(changes: Changes) -> bool:
        """The choices are the plans and the units that lead or share their tasks."""
        return changes.touches(PLANS, TASKS, UNITS)

    def reload(self) -> None:
        with self.context.read() as session:
            plans = plan_titles(session)
        current = self.plan.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        for plan_id, title in plans:
            self.plan.addItem(title, plan_id)
        self.plan.setCurrentIndex(max(self.plan.findData(current), 0))
        self.plan.blockSignals(False)
        self._plan_changed()

    def _plan_changed(self) -> None:
        plan_id = self.plan.currentData()
        units: list[tuple[int, str]] = []
        if plan_id is not None:
            with self.context.read() as session:
                units = plan_units(session, plan_id)
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)
        self.unit.setCurrentIndex(max(self.unit.findData(current), 0))
        self.unit.blockSignals(False)
        self._update()

    def _update(self) -> None:
        has_plan = self.plan.currentData() is not None
        is_pdf = self.kind.currentData() == "pdf"
        self.variant.setEnabled(is_pdf)
        self.reasons.setEnabled(is_pdf)
        self.unit.setEnabled(is_pdf and self.variant.currentData() == "unit")
        self.export_button.setEnabled(has_plan)
        self.print_button.setEnabled(has_plan)
        self.open_button.setEnabled(self.last is not None)
        self.folder_button.setEnabled(self.last is not None)
        # Follow the choices with the file name until the clerk types one of their own; their own
        # name follows the document's type, so the two cannot disagree.
        if has_plan and (not self.out.text() or self.out.text() == self._suggested):
            self._suggested = str(self._folder() / self._file_name(self.kind.currentData()))
            self.out.setText(self._suggested)
        elif self.out.text().strip():
            typed = Path(self.out.text().strip())
            fixed = with_suffix_for(self.kind.currentData(), typed)
            if fixed != typed:
                self.out.setText(str(fixed))

    def _folder(self) -> Path:
        return Path(settings.LAST_OPEN_DIR.get() or Path.home())

    def _file_name(self, kind: str) -> str:
        variant = self.variant.currentData() if kind == "pdf" else "all"
        unit = self.unit.currentText() if variant == "unit" else None
        return suggested_name(
            self.plan.currentText(), kind, self._as_of(), unit=unit or None, lagging=variant == "lagging"
        )

    def _as_of(self) -> date:
        return self.as_of.date().toPython()

    def choose_file(self) -> None:
        kind = self.kind.currentData()
        filters = {
            "ledger": self.tr("Excel workbook (*.xlsx)"),
            "pdf": self.tr("PDF document (*.pdf)"),
            "bulletin": self.tr("Word document (*.docx)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), self.out.text(), filters[kind]
        )
        if path:
            self.out.setText(str(with_suffix_for(kind, Path(path))))
            settings.LAST_OPEN_DIR.set(str(Path(path).parent))

    def request(self, kind: str | None = None, out: Path | None = None) -> ExportRequest:
        kind = kind or self.kind.currentData()
        variant = self.variant.currentData() if kind == "pdf" else "all"
        return ExportRequest(
            plan_id=self.plan.currentData(),
            kind=kind,
            out=out or with_suffix_for(kind, Path(self.out.text().strip())),
            as_of=self._as_of(),
            unit_id=self.unit.currentData() if variant == "unit" else None,
            lagging=variant == "lagging",
            reasons=kind == "pdf" and self.reasons.isChecked(),
            office=settings.OFFICE_NAME.get(),
        )

    # --- running ----------------------------------------------------------------------------------

    def export(self) -> None:
        if not self.out.text().strip():
            self.choose_file()
            if not self.out.text().strip():
                return
        self.out.setText(str(with_suffix_for(self.kind.currentData(), Path(self.out.text().strip()))))
        self._start(self.request())

    def print_sheet(self) -> None:
        """The progress sheet of the chosen plan and variant in a print preview (Ctrl+P)."""
        from services.documents.sheet_print import load_progress_sheet

        request = self.request("pdf", Path())
        if request.plan_id is None:
            return
        self.print_button.setEnabled(False)
        ledger, rule = self.context.ledger, self.context.light_rule()
        self.context.runner.run(
            lambda progress: load_progress_sheet(
                ledger,
                request.plan_id,
                as_of=request.as_of,
                rule=rule,
                unit_id=request.unit_id,
                lagging=request.lagging,
                progress=progress,
                reasons=request.reasons,
            ),
            self._preview,
            self._failed,
            parent=self,
            label=self.tr("Preparing the progress sheet…"),
        )

    def _preview(self, spec) -> None:
        from ui.exports.print_preview import preview_dialog

        self._update()
        self.preview = preview_dialog(spec, self)
        self.preview.finished.connect(self._previewed)
        self.preview.open()  # window-modal; the clerk prints from its toolbar
        self.preview_opened.emit(self.preview)

    def _previewed(self, result: int) -> None:
        if result:
            message = self.tr("Sent to the printer: {title}").format(title=self.preview.printout.spec.title)
            self.result.setText(message)
            self.context.status_message.emit(message)
        self.preview.deleteLater()
        self.preview = None

    def _start(self, request: ExportRequest) -> None:
        self.export_button.setEnabled(False)
        self.print_button.setEnabled(False)
        ledger, rule = self.context.ledger, self.context.light_rule()
        self.context.runner.run(
            lambda progress: export_document(ledger, request, rule=rule, progress=progress),
            self._done,
            self._failed,
            parent=self,
            label=self.tr("Writing {name}…").format(name=request.out.name),
        )

    def _done(self, done: ExportDone) -> None:
        self.last = done
        self._update()
        message = self.tr("Exported %n item(s) to {path}", "", done.rows).format(path=str(done.path))
        self.result.setText(message)
        self.context.status_message.emit(message)
        self.exported.emit(done)

    def _failed(self, exc: BaseException) -> None:
        self._update()
        self.result.setText("")
        show_error(self, exc, self.tr("Export failed"))
