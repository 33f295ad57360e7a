"""The reminder panel: overdue / due this week / due this month / behind pace, grouped by unit,
with the unit's liaison officer and phone at hand; mark handled with a note; print urge notices."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QBrush, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.ledger.reminders import Category, UnitReminders, collect_reminders, mark_handled
from services.storage.database import user_action
from ui import settings
from ui.context import AppContext
from ui.errors import show_error
from ui.lights import BACKGROUND, light_label
from ui.table_tips import ElidedTipDelegate


def category_label(category: Category) -> str:
    """Why a task is in the panel, in the user's language (services keep the Chinese for print)."""
    labels = {
        Category.OVERDUE: QCoreApplication.translate("reminders", "Overdue"),
        Category.WEEK: QCoreApplication.translate("reminders", "Due this week"),
        Category.MONTH: QCoreApplication.translate("reminders", "Due soon"),
        Category.BEHIND: QCoreApplication.translate("reminders", "Behind pace"),
        Category.AWAITING: QCoreApplication.translate("reminders", "Awaiting sign-off"),
    }
    return labels[category]


ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
UNIT_ROLE = Qt.ItemDataRole.UserRole + 2


class ReminderView(QWidget):
    loaded = Signal(int)  # number of reminders shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.as_of: date | None = None
        self.groups: list[UnitReminders] = []
        self.days = QComboBox(self)
        for days in (7, 30, 90):
            self.days.addItem(self.tr("Due within %n day(s)", "", days), days)
        self.days.setCurrentIndex(max(self.days.findData(settings.REMINDER_DAYS.get()), 0))
        self.hide_handled = QCheckBox(self.tr("Hide handled"), self)
        self.handle_button = QPushButton(self.tr("Mark handled…"), self)
        self.notice_button = QPushButton(self.tr("Urge notices (PDF)…"), self)
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(7)
        self.tree.setHeaderLabels(
            [
                self.tr("Unit / task"),
                self.tr("Why"),
                self.tr("Due"),
                self.tr("Progress"),
                self.tr("Light"),
                self.tr("Liaison officer"),
                self.tr("Handled"),
            ]
        )
        for column, width in enumerate((440, 80, 190, 60, 70, 220)):
            self.tree.setColumnWidth(column, width)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setItemDelegate(ElidedTipDelegate(self.tree))  # a cut cell's whole text as tooltip
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.copy_action = QAction(self.tr("Copy rows"), self.tree, shortcut=QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.tree.addAction(self.copy_action)
        bar = QHBoxLayout()
        bar.addWidget(self.days)
        bar.addWidget(self.hide_handled)
        bar.addStretch(1)
        bar.addWidget(self.handle_button)
        bar.addWidget(self.notice_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.days.currentIndexChanged.connect(self.reload)
        self.hide_handled.toggled.connect(self.reload)
        self.handle_button.clicked.connect(lambda: self.mark_selected_handled())
        self.notice_button.clicked.connect(lambda: self.write_notices())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        context.ledger_changed.connect(self.reload)
        self._update_buttons()
        self.reload()

    def today(self) -> date:
        return self.as_of or date.today()

    def reload(self) -> None:
        ledger, as_of, days = self.context.ledger, self.today(), self.days.currentData()
        rule, include = self.context.light_rule(), not self.hide_handled.isChecked()
        working = settings.WORKING_DAYS.get()
        settings.REMINDER_DAYS.set(days)

        def work(_progress):
            with user_action(ledger) as session:
                return collect_reminders(
                    session, as_of=as_of, days=days, rule=rule, include_handled=include, working_days=working
                )

        self.context.runner.run(work, self._show, lambda exc: show_error(self, exc))

    def _show(self, groups: list[UnitReminders]) -> None:
        self.groups = groups
        self.tree.clear()
        total = 0
        for group in groups:
            top = QTreeWidgetItem([f"{group.unit}（{len(group.reminders)}）"])
            top.setData(0, UNIT_ROLE, group.unit)
            if group.liaison:
                top.setText(5, f"{group.liaison.name} {group.liaison.phones()}")
            else:
                top.setText(5, self.tr("no liaison officer on file"))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for r in group.reminders:
                due = r.due.isoformat() if r.due else "—"
                if r.days_left is not None and r.working_days:
                    due += "  " + (
                        self.tr("%n working day(s) overdue", "", -r.days_left)
                        if r.days_left < 0
                        else self.tr("%n working day(s) left", "", r.days_left)
                    )
                elif r.days_left is not None:
                    due += "  " + (
                        self.tr("%n day(s) overdue", "", -r.days_left)
                        if r.days_left < 0
                        else self.tr("%n day(s) left", "", r.days_left)
                    )
                child = QTreeWidgetItem(
                    [
                        f"{r.number or ''} {r.title}".strip(),
                        category_label(r.category),
                        due,
                        "—" if r.progress is None else f"{r.progress}%",
                        light_label(r.light),
                        "",
                        f"{r.handled_on} {r.handled_note or ''}" if r.handled else "",
                    ]
                )
                child.setToolTip(0, f"{r.title}\n{r.milestone}" if r.milestone else r.title)
                child.setToolTip(4, r.why)  # why this light, in one sentence (services/ledger/lights.py)
                child.setData(0, ITEM_ROLE, r.item_id)
                child.setData(0, UNIT_ROLE, group.unit)
                child.setBackground(4, QBrush(BACKGROUND[r.light]))
                top.addChild(child)
                total += 1
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if total:
            self.summary.setText(
                self.tr("%n task(s) need attention as of {day}.", "", total).format(
                    day=self.today().isoformat()
                )
            )
        else:
            self.summary.setText(self.tr("Nothing is overdue or due soon. Well done."))
        self._update_buttons()
        self.loaded.emit(total)

    def _context_menu(self, position) -> None:
        from PySide6.QtWidgets import QMenu

        item = self.tree.itemAt(position)
        if item is not None and not item.isSelected():
            self.tree.setCurrentItem(item)
        task_id = item.data(0, ITEM_ROLE) if item is not None else None
        menu = QMenu(self)
        for text, slot, enabled in (
            (self.tr("Open the task…"), lambda: self.open_task(task_id), task_id is not None),
            (self.tr("Record progress…"), lambda: self.open_task(task_id, "progress"), task_id is not None),
            (self.tr("Mark handled…"), lambda: self.mark_selected_handled(), bool(self.selected_item_ids())),
        ):
            menu.addAction(text, slot).setEnabled(enabled)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        menu.popup(self.tree.viewport().mapToGlobal(position))
        self.context_menu = menu  # kept for tests; a new one each time

    def open_task(self, item_id: int | None, tab: str | None = None) -> None:
        from ui.task_editor import TaskEditorDialog

        if item_id is not None:
            TaskEditorDialog(self.context, item_id, self, start_tab=tab).exec()

    def copy_selected(self) -> None:
        """The selected rows as tab-separated lines (a unit's row too), for Excel or WPS."""
        rows = [
            "\t".join(" ".join(item.text(c).split()) for c in range(self.tree.columnCount()))
            for item in self.tree.selectedItems()
        ]
        if rows:
            QGuiApplication.clipboard().setText("\n".join(rows) + "\n")
            self.context.status_message.emit(self.tr("Copied %n row(s).", "", len(rows)))

    def selected_item_ids(self) -> list[int]:
        return [i.data(0, ITEM_ROLE) for i in self.tree.selectedItems() if i.data(0, ITEM_ROLE) is not None]

    def selected_units(self) -> set[str]:
        return {i.data(0, UNIT_ROLE) for i in self.tree.selectedItems()}

    def _update_buttons(self) -> None:
        self.handle_button.setEnabled(bool(self.selected_item_ids()))
        self.notice_button.setEnabled(bool(self.groups))

    def mark_selected_handled(self, note: str | None = None) -> None:
        ids = self.selected_item_ids()
        if not ids:
            return
        if note is None:
            note, ok = QInputDialog.getText(
                self, self.tr("Mark handled"), self.tr("What was done (e.g. phoned the liaison officer):")
            )
            if not ok:
                return
        try:
            with self.context.action() as session:
                for item_id in ids:
                    mark_handled(session, item_id, note, on=self.today())
        except Exception as exc:
            show_error(self, exc)
            return
        self.context.status_message.emit(self.tr("%n reminder(s) marked handled.", "", len(ids)))
        self.context.ledger_changed.emit()

    def write_notices(self, out_dir: Path | None = None, report_by: date | None = None) -> None:
        units = self.selected_units() or None
        if out_dir is None or report_by is None:
            dialog = NoticeDialog(self.today(), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            out_dir, report_by = dialog.folder(), dialog.report_by()
            if out_dir is None:
                return
        ledger, as_of, days, rule = (
            self.context.ledger,
            self.today(),
            self.days.currentData(),
            self.context.light_rule(),
        )
        office, working = settings.OFFICE_NAME.get(), settings.WORKING_DAYS.get()

        def work(_progress):
            from services.documents.urge_notice import (
                write_urge_notices,  # reportlab: imported when first needed
            )

            with user_action(ledger) as session:
                return write_urge_notices(
                    session,
                    out_dir,
                    as_of=as_of,
                    report_by=report_by,
                    days=days,
                    rule=rule,
                    units=units,
                    office=office,
                    working_days=working,
                )

        def done(notices) -> None:
            self.context.status_message.emit(
                self.tr("%n urge notice(s) written to {folder}", "", len(notices)).format(folder=out_dir)
            )
            if notices and not self.property("quiet"):
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(out_dir)))

        self.context.runner.run(
            work, done, lambda exc: show_error(self, exc), parent=self, label=self.tr("Writing urge notices…")
        )


class NoticeDialog(QDialog):
    """Where to save the notices and by when the units must report."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Urge notices"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        report_by = today + timedelta(days=7)
        self.date.setDate(QDate(report_by.year, report_by.month, report_by.day))
        self.path = QLabel(settings.LAST_OPEN_DIR.get() or str(Path.home()), self)
        choose = QPushButton(self.tr("Choose folder…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        form = QFormLayout(self)
        form.addRow(self.tr("Units report by"), self.date)
        form.addRow(self.tr("Save in"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save urge notices in"), self.path.text())
        if folder:
            self.path.setText(folder)
            settings.LAST_OPEN_DIR.set(folder)

    def folder(self) -> Path | None:
        return Path(self.path.text()) if self.path.text() else None

    def report_by(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day())
