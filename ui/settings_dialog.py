"""Settings the office changes: traffic-light thresholds, the office name on documents, the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from services.storage.database import sqlite_url
from ui import settings


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.due_soon = QSpinBox(self)
        self.due_soon.setRange(0, 365)
        self.due_soon.setSuffix(self.tr(" days"))
        self.behind_yellow = QSpinBox(self)
        self.behind_red = QSpinBox(self)
        for box in (self.behind_yellow, self.behind_red):
            box.setRange(0, 100)
            box.setSuffix(self.tr(" points"))
        self.office = QLineEdit(self)
        self.database = QLineEdit(self)
        self.database.setPlaceholderText(self.tr("empty: the database in the data folder"))
        # Room for the whole hint in either language (English labels leave the field less of 560px).
        hint_width = self.database.fontMetrics().horizontalAdvance(self.database.placeholderText())
        self.database.setMinimumWidth(hint_width + 24)
        self.database_help = QLabel(
            self.tr(
                "Another SQLite file: sqlite:///D:/duban/ledger.sqlite3\n"
                "An office server: postgresql+psycopg://user:password@server/duban"
            ),
            self,
        )
        self.database_help.setStyleSheet("color: #666666; font-size: 11px;")
        self.database_help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attachments = QLineEdit(self)
        self.attachments.setPlaceholderText(
            self.tr("empty: this PC's data folder (a SQLite file keeps its own)")
        )
        self.attachments.setToolTip(
            self.tr(
                "For a database on an office server: a folder every PC reaches, e.g. \\\\server\\duban\\attachments."
                " A SQLite database keeps its attachments in the attachments folder beside it."
            )
        )
        self.language = QComboBox(self)
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.co_lead_done = QComboBox(self)
        self.co_lead_done.addItem(self.tr("Sum of the lead units' figures"), "sum")
        self.co_lead_done.addItem(self.tr("The first lead unit's figure"), "first_lead")
        self.co_lead_done.setToolTip(
            self.tr(
                "A task several units lead keeps each unit's report; its progress is the lagging unit's. "
                "This decides its done figure."
            )
        )
        self.co_lead_done.setCurrentIndex(max(self.co_lead_done.findData(settings.CO_LEAD_DONE.get()), 0))
        self.working_days = QCheckBox(
            self.tr("Count working days (weekends and official holidays off)"), self
        )
        self.working_days.setChecked(settings.WORKING_DAYS.get())
        self.due_soon.setValue(settings.DUE_SOON_DAYS.get())
        self.behind_yellow.setValue(settings.BEHIND_YELLOW.get())
        self.behind_red.setValue(settings.BEHIND_RED.get())
        self.office.setText(settings.OFFICE_NAME.get())
        self.database.setText(settings.DATABASE_URL.get())
        self.attachments.setText(settings.ATTACHMENTS_FOLDER.get())
        self.language.setCurrentIndex(max(self.language.findData(settings.LANGUAGE.get()), 0))
        form = QFormLayout(self)
        form.addRow(self.tr("Yellow when due within"), self.due_soon)
        form.addRow(self.tr("Yellow when behind the expected pace by more than"), self.behind_yellow)
        form.addRow(self.tr("Red when behind the expected pace by more than"), self.behind_red)
        form.addRow(self.tr("Reminders"), self.working_days)
        form.addRow(self.tr("Done figure of a task several units lead"), self.co_lead_done)
        form.addRow(self.tr("Office name on documents"), self.office)
        form.addRow(self.tr("Language (after restart)"), self.language)
        form.addRow(self.tr("Database (after restart)"), self.database)
        form.addRow("", self.database_help)
        form.addRow(self.tr("Shared attachments folder (server database)"), self.attachments)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # At least 560px, and wider when the labels (English) need it: the layout's own minimum holds.
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def accept(self) -> None:
        if self.behind_red.value() < self.behind_yellow.value():
            self.behind_red.setValue(self.behind_yellow.value())
        settings.DUE_SOON_DAYS.set(self.due_soon.value())
        settings.BEHIND_YELLOW.set(self.behind_yellow.value())
        settings.BEHIND_RED.set(self.behind_red.value())
        settings.OFFICE_NAME.set(self.office.text().strip() or settings.OFFICE_NAME.default)
        settings.CO_LEAD_DONE.set(self.co_lead_done.currentData())
        settings.WORKING_DAYS.set(self.working_days.isChecked())
        settings.LANGUAGE.set(self.language.currentData())
        url = self.database.text().strip()
        if url and "://" not in url:
            url = sqlite_url(Path(url))  # a plain file path is what a clerk pastes
        settings.DATABASE_URL.set(url)
        settings.ATTACHMENTS_FOLDER.set(self.attachments.text().strip())
        super().accept()
