"""Word documents in the office's own form, in the 导出 area: the 督办通知单 (one per lagging unit, with its
回执) and the 进展情况通报 (with the 考评 ranking as 附表), from the templates the office edits in WPS or
Word; and the template folder itself ("打开模板文件夹", "恢复默认模板").

A panel of its own: the exports view only places it and lends it the chosen plan and day.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from services.errors import DubanError
from ui import settings
from ui.errors import show_error
from ui.exports.printing import open_in_viewer

# The 督办通知单 asks for a written answer within this many days unless the clerk picks another date.
DAYS_TO_REPORT = 5


class WordDocuments(QGroupBox):
    written = Signal(object)  # list[Path]

    def __init__(self, view) -> None:
        super().__init__(view)
        self.setTitle(self.tr("Word documents from the office's templates"))
        self.view = view
        self.context = view.context
        self.report_by = QDateEdit(QDate.currentDate().addDays(DAYS_TO_REPORT), self)
        self.report_by.setCalendarPopup(True)
        self.report_by.setDisplayFormat("yyyy-MM-dd")
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(
            self.tr("文号 or 期号, e.g. 督〔2024〕12号 (blank: filled in by hand)")
        )
        self.cc = QLineEdit(self)
        self.cc.setPlaceholderText(self.tr("抄送, e.g. 区委办，区政府办"))
        self.urge_button = QPushButton(self.tr("Urge notices (督办通知单)…"), self)
        self.urge_button.setToolTip(
            self.tr("One Word notice with its receipt for each unit with lagging tasks")
        )
        self.bulletin_button = QPushButton(self.tr("Bulletin with ranking (通报)…"), self)
        self.folder_button = QPushButton(self.tr("Open template folder"), self)
        self.restore_button = QPushButton(self.tr("Restore default templates…"), self)
        fields = QHBoxLayout()
        for label, widget in (
            (self.tr("Report by"), self.report_by),
            (self.tr("Number"), self.number),
            (self.tr("CC"), self.cc),
        ):
            fields.addWidget(QLabel(label, self))
            fields.addWidget(widget, 1 if widget is not self.report_by else 0)
        buttons = QHBoxLayout()
        for button in (self.urge_button, self.bulletin_button, self.folder_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # How to edit the templates, as a tooltip: a line of text here would push the 导出 area past a
        # 1366×768 screen at 150%.
        self.folder_button.setToolTip(
            self.tr(
                "Edit the templates in WPS or Word: keep the {{…}} placeholders; the table row holding "
                "{{任务.…}} or {{考评.…}} is repeated for each task or unit."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addLayout(buttons)
        self.urge_button.clicked.connect(lambda: self.write_urge_notices())
        self.bulletin_button.clicked.connect(lambda: self.write_bulletin())
        self.folder_button.clicked.connect(lambda: self.open_folder())
        self.restore_button.clicked.connect(lambda: self.restore())

    def _imprint(self):
        from services.documents.notices_docx import Imprint

        return Imprint(
            office=settings.OFFICE_NAME.get(), number=self.number.text().strip(), cc=self.cc.text().strip()
        )

    def _templates(self) -> Path:
        """The office's templates in this ledger's data folder (services/documents/docx_templates.py)."""
        return self.context.data_dir / "templates"

    def _as_of(self) -> date:
        return self.view.as_of.date().toPython()

    def _folder(self) -> Path:
        return Path(settings.LAST_OPEN_DIR.get() or Path.home())

    def write_urge_notices(self, out_dir: Path | None = None) -> None:
        plan_id = self.view.plan.currentData()
        if out_dir is None:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the urge notices"), str(self._folder())
            )
            if not name:
                return
            out_dir = Path(name)
        ledger, rule, imprint, templates = (
            self.context.ledger,
            self.context.light_rule(),
            self._imprint(),
            self._templates(),
        )
        as_of, report_by = self._as_of(), self.report_by.date().toPython()
        working_days = settings.WORKING_DAYS.get()
        days = settings.REMINDER_DAYS.get()

        def work(_progress):
            from services.operations.notices import write_urge_docx

            return write_urge_docx(
                ledger,
                out_dir,
                as_of=as_of,
                report_by=report_by,
                plan_id=plan_id,
                days=days,
                rule=rule,
                working_days=working_days,
                imprint=imprint,
                templates=templates,
            ).value

        self.context.runner.run(work, self._urged, lambda exc: show_error(self, exc), parent=self)

    def _urged(self, notices) -> None:
        if not notices:
            message = self.tr("No unit has lagging tasks: no urge notice written.")
        else:
            message = self.tr("%n urge notice(s) written to %1", "", len(notices)).replace(
                "%1", str(notices[0].path.parent)
            )
        self.view.result.setText(message)
        self.context.status_message.emit(message)
        self.written.emit([n.path for n in notices])

    def write_bulletin(self, path: Path | None = None) -> None:
        plan_id = self.view.plan.currentData()
        if plan_id is None:
            return
        as_of = self._as_of()
        if path is None:
            suggested = (
                self._folder() / f"{self.view.plan.currentText()[:30]}-进展情况通报-{as_of:%Y%m%d}.docx"
            )
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the bulletin as"), str(suggested), self.tr("Word document (*.docx)")
            )
            if not name:
                return
            path = Path(name)
        ledger, rule, imprint, templates = (
            self.context.ledger,
            self.context.light_rule(),
            self._imprint(),
            self._templates(),
        )

        def work(_progress):
            from services.operations.notices import write_bulletin

            return write_bulletin(
                ledger, plan_id, path, as_of=as_of, rule=rule, imprint=imprint, templates=templates
            ).value

        self.context.runner.run(work, self._bulletin_done, lambda exc: show_error(self, exc), parent=self)

    def _bulletin_done(self, done) -> None:
        message = self.tr("Bulletin written: {path}").format(path=str(done.path))
        self.view.result.setText(message)
        self.context.status_message.emit(message)
        self.written.emit([done.path])

    def open_folder(self) -> Path | None:
        from services.documents.docx_templates import template_folder

        try:
            folder = template_folder(self._templates())
        except (OSError, DubanError) as exc:
            show_error(self, exc)
            return None
        open_in_viewer(folder)
        return folder

    def restore(self, confirm: bool = True) -> Path | None:
        from services.documents.docx_templates import restore_default_templates

        question = self.tr(
            "Replace the office's templates by the shipped ones? The office's copies are kept in the "
            "旧模板 folder beside them."
        )
        if confirm and QMessageBox.question(self, self.tr("Restore default templates"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return None
        try:
            folder = restore_default_templates(self._templates())
        except (OSError, DubanError) as exc:
            show_error(self, exc)
            return None
        self.context.status_message.emit(
            self.tr("Default templates restored in {folder}").format(folder=str(folder))
        )
        return folder
