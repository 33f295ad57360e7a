"""导入现有台账: choose the file, check how its columns are read, then the usual plan review and store.

The mapping preview lists each column of the ledger with the field it will be imported as (a combo the
clerk can change) and, below, the first rows as they would be stored under that mapping, recomputed on
every change, so a wrong guess (备注 read as 任务) is seen before anything is written. The plan review
that follows is the one a parsed plan gets (units flagged against the registry, measures editable).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.errors import DubanError
from services.operations.plans import import_ledger
from services.plans.importing import ParsedDocument
from services.plans.ledger_columns import FIELDS
from services.plans.ledger_import import (
    LedgerFile,
    RowNotes,
    ledger_document,
    ledger_plan,
    open_ledger_file,
)
from services.plans.parser.model import ParsedItem
from services.plans.review import review_facts
from services.storage.database import read_action
from ui import settings
from ui.context import AppContext
from ui.errors import show_error
from ui.ops import CollectionOp
from ui.plan_review import PlanReviewDialog
from ui.screen_fit import fit_to_screen

PREVIEW_ROWS = 12
SAMPLE_ROWS = 3  # values shown beside each column's name


class LedgerMappingDialog(QDialog):
    """One combo per column of the ledger; `mapping()` gives the fields chosen, in column order."""

    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.setWindowTitle(self.tr("Import an Excel ledger — {name}").format(name=ledger.file_name))
        header_rows = "、".join(str(r + 1) for r in ledger.header.rows)
        intro = QLabel(
            self.tr(
                "Sheet “{sheet}”, header in row {rows}. Check what each column is imported as; "
                "the rows below show the result."
            ).format(sheet=ledger.sheet.title, rows=header_rows),
            self,
        )
        intro.setWordWrap(True)
        self.columns = QTableWidget(len(ledger.header.labels), 3, self)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the ledger"), self.tr("Import as"), self.tr("First values")]
        )
        self.combos: list[QComboBox] = []
        # Samples from task rows: a section merged across the table would fill every column with its title.
        body = [
            row
            for number, row in ledger.body
            if number - 1 not in ledger.sheet.spanning and len({c for c in row if c}) > 1
        ]
        for index, (label, field) in enumerate(zip(ledger.header.labels, ledger.header.mapping, strict=True)):
            self.columns.setItem(index, 0, QTableWidgetItem(label))
            combo = QComboBox(self.columns)
            for key, name in self._field_names().items():
                combo.addItem(name, key)
            combo.setCurrentIndex(combo.findData(field))
            combo.currentIndexChanged.connect(self._refresh)
            self.columns.setCellWidget(index, 1, combo)
            self.combos.append(combo)
            samples = [row[index].replace("\n", " ") for row in body[:SAMPLE_ROWS] if row[index]]
            self.columns.setItem(index, 2, QTableWidgetItem(" | ".join(samples)))
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(0, 200)
        self.columns.setColumnWidth(1, 120)
        self.columns.verticalHeader().setVisible(False)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.preview = QTableWidget(0, 8, self)
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("No."),
                self.tr("Task or section"),
                self.tr("Lead units"),
                self.tr("Co-responsible units"),
                self.tr("Due"),
                self.tr("Targets"),
                self.tr("Progress"),
            ]
        )
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for column, width in enumerate((44, 44, 260, 120, 120, 90, 120)):
            self.preview.setColumnWidth(column, width)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.next_button = buttons.addButton(self.tr("Next: review"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.columns, 2)
        layout.addWidget(QLabel(self.tr("As it will be imported:"), self))
        layout.addWidget(self.problem)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1000, 680))
        self._refresh()

    def _field_names(self) -> dict[str, str]:
        """The combo's words for services.plans.ledger_columns.FIELDS, in its order."""
        names = {
            "skip": self.tr("Do not import"),
            "seq": self.tr("No."),
            "task": self.tr("Task"),
            "lead": self.tr("Lead units"),
            "owner": self.tr("Responsible units"),
            "co": self.tr("Co-responsible units"),
            "due": self.tr("Deadline"),
            "target": self.tr("Target"),
            "progress": self.tr("Progress"),
            "leader": self.tr("Responsible leader"),
            "domain": self.tr("Domain"),
        }
        return {key: names[key] for key in FIELDS}

    def mapping(self) -> tuple[str, ...]:
        return tuple(combo.currentData() for combo in self.combos)

    def _refresh(self) -> None:
        try:
            plan, notes = ledger_plan(self.ledger, self.mapping())
        except DubanError as exc:
            self.problem.setText(getattr(exc, "reason", str(exc)))
            self.problem.show()
            self.preview.setRowCount(0)
            self.count.clear()
            self.next_button.setEnabled(False)
            return
        self.problem.hide()
        self.next_button.setEnabled(True)
        items = plan.items
        self.preview.setRowCount(min(len(items), PREVIEW_ROWS))
        for row, (item, note) in enumerate(zip(items[:PREVIEW_ROWS], notes, strict=False)):
            for column, value in enumerate(_preview_cells(item, note)):
                self.preview.setItem(row, column, QTableWidgetItem(value))
        tasks = sum(1 for item in items if item.is_measure)
        sections = len(items) - tasks
        self.count.setText(
            self.tr("{tasks} tasks in {sections} sections; the first {shown} rows are shown.").format(
                tasks=tasks, sections=sections, shown=min(len(items), PREVIEW_ROWS)
            )
        )


def _preview_cells(item: ParsedItem, note: RowNotes) -> list[str]:
    if not item.is_measure:
        return [str(note.row or ""), item.number or "", item.title, "", "", "", "", ""]
    targets = "、".join(f"{t.quantity:g}{t.unit or ''}" for t in item.targets if t.quantity is not None)
    days = dict.fromkeys(d.due for d in item.deadlines if d.due)
    return [
        str(note.row or ""),
        item.number or "",
        item.title or "",
        "、".join(item.lead_units),
        "、".join(item.co_units),
        "、".join(day.isoformat() for day in days),
        targets,
        (note.situation or "").replace("\n", " "),
    ]


class LedgerImport(QObject):
    """File → mapping preview → plan review → one transaction, each slow step in the background."""

    imported = Signal(int)

    def __init__(self, context: AppContext, window: QWidget, confirm_second_copy) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.confirm_second_copy = confirm_second_copy
        self.last_mapping: LedgerMappingDialog | None = None
        self.last_review: PlanReviewDialog | None = None

    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import an Excel ledger"),
            settings.LAST_OPEN_DIR.get(),
            self.tr("Ledgers (*.xlsx *.xls *.et *.ods *.csv);;All files (*)"),
        )
        if name:
            settings.LAST_OPEN_DIR.set(str(Path(name).parent))
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        self.context.runner.run(
            lambda _progress: open_ledger_file(path),
            self._map,
            lambda exc: show_error(self.window, exc),
            parent=self.window,
            label=self.tr("Reading ledger…"),
        )

    def _map(self, ledger: LedgerFile) -> None:
        dialog = LedgerMappingDialog(ledger, self.window)
        self.last_mapping = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        mapping = dialog.mapping()
        ledger_db = self.context.ledger

        def prepare(_progress):
            document = ledger_document(ledger, mapping)
            with read_action(ledger_db) as session:
                return (document, *review_facts(session, document))

        self.context.runner.run(
            prepare, self._review, lambda exc: show_error(self.window, exc), parent=self.window
        )

    def _review(self, result) -> None:
        document, unknown, new, earlier, known = result
        if earlier and not self.confirm_second_copy(earlier):
            return
        dialog = PlanReviewDialog(document, unknown, self.window, known_units=known, new_units=new)
        # A ledger's rows come from its columns, not from reading text: there are no lines to mark.
        dialog.remark_button.hide()
        fit_to_screen(dialog, dialog.size())
        self.last_review = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._store(dialog.confirmed_document())

    def _store(self, document: ParsedDocument) -> None:
        def done(imported) -> None:
            self.context.status_message.emit(
                self.tr("Ledger imported: {name}").format(name=document.file_name)
            )
            self.imported.emit(imported.value)

        CollectionOp(
            self.window, lambda ledger, _progress: import_ledger(ledger, document), context=self.context
        ).with_progress(self.tr("Importing ledger…")).success(done).run_in_background()
