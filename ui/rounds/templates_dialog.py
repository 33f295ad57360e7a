"""The templates dialog: plan, period, due date and the folder a round's templates are written to."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from services.errors import InvalidValue
from services.returns.rounds import parse_period


def current_quarter(today: date) -> str:
    return f"{today.year}年第{(today.month - 1) // 3 + 1}季度"


TEMPLATES_HOME = "报送表"  # a folder name the office sees, Chinese like the files inside it
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')
# What every plan's title says, so no help in telling two folders apart.
_TITLE_WORDS = re.compile(r"^关于(?:印发)?|(?:的通知)?$|(?:行动|实施|工作)?方案(?:的通知)?$")


def default_folder(plan_title: str, period: str) -> Path:
    """~/报送表/<plan>-<period>: one folder per round, so two dozen templates never land loose."""
    short = _NOT_IN_NAMES.sub("", _TITLE_WORDS.sub("", plan_title))[:20]
    name = "-".join(filter(None, [short, _NOT_IN_NAMES.sub("", period)]))
    return Path.home() / TEMPLATES_HOME / (name.strip(".") or TEMPLATES_HOME)


class TemplatesDialog(QDialog):
    """Plan, period, due date and folder of a round's templates."""

    def __init__(
        self, plans: tuple[tuple[int, str], ...], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates for a reporting round"))
        self.setMinimumWidth(600)
        self.plan = QComboBox(self)
        for plan_id, title in plans:
            self.plan.addItem(title, plan_id)
        self.no_plan = QLabel(
            self.tr(
                "There is no plan yet: import a plan first (File ▸ Import plan…), then make its templates."
            ),
            self,
        )
        self.no_plan.setWordWrap(True)
        self.no_plan.setStyleSheet("color: #a15c00; font-weight: bold;")
        self.no_plan.setVisible(not plans)
        self.period = QLineEdit(current_quarter(today), self)
        hint = QLabel(self.tr("For example 2024年第3季度, 2024年10月, 2024年上半年 or 2024年度"), self)
        hint.setStyleSheet("color: #666666;")
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.folder = QLineEdit(self)
        self._folder_chosen = False  # typed or browsed: then plan and period no longer rename it
        self._period_ok = False
        browse = QPushButton(self.tr("Browse…"), self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)  # a long message wraps instead of widening the dialog
        form = QFormLayout(self)
        form.addRow(self.no_plan)
        form.addRow(self.tr("Plan:"), self.plan)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow("", hint)
        form.addRow(self.tr("Returns due:"), self.due)
        form.addRow(self.tr("Save to folder:"), folder_row)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Our own word: Qt's qtbase translation is not on every PC (nor in a trimmed bundle).
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.make_button = self.buttons.addButton(
            self.tr("Make the templates"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setDefault(True)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        browse.clicked.connect(self._browse)
        self.folder.textEdited.connect(lambda _text: setattr(self, "_folder_chosen", True))
        self.plan.currentIndexChanged.connect(lambda _i: self._suggest_folder())
        self.period.textChanged.connect(self._period_changed)
        self._period_changed()

    def _period_changed(self) -> None:
        try:
            end = parse_period(self.period.text()).end
        except InvalidValue as exc:
            self.error.setText(str(exc))
            self._period_ok = False
            self._update_button()
            return
        self.error.clear()
        self._period_ok = True
        due = end + timedelta(days=5)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self._suggest_folder()
        self._update_button()

    def _suggest_folder(self) -> None:
        if self._folder_chosen or self.plan.currentIndex() < 0:
            return
        try:
            period = parse_period(self.period.text()).text
        except InvalidValue:
            return
        self.folder.setText(str(default_folder(self.plan.currentText(), period)))
        self.folder.setCursorPosition(0)  # the start says where it is; the tooltip has it all
        self.folder.setToolTip(self.folder.text())

    def _update_button(self) -> None:
        self.make_button.setEnabled(self.plan.currentData() is not None and self._period_ok)

    def _browse(self) -> None:
        start = Path(self.folder.text())
        while not start.is_dir() and start != start.parent:
            start = start.parent  # the suggested folder is made on "Make the templates"
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save templates to"), str(start))
        if folder:
            self.folder.setText(folder)
            self._folder_chosen = True

    def _check(self) -> None:
        if self.plan.currentData() is None or not self._period_ok:
            return
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip():
            self.error.setText(self.tr("Choose a folder for the templates."))
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.error.setText(
                self.tr("Cannot make the folder {folder}: {reason}. Choose another one.").format(
                    folder=folder, reason=exc.strerror or exc
                )
            )
            return
        self.folder.setText(str(folder))
        self.accept()

    def values(self) -> tuple[int, str, date, Path]:
        return (
            self.plan.currentData(),
            self.period.text(),
            self.due.date().toPython(),
            Path(self.folder.text()),
        )
