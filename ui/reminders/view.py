"""The reminder panel: overdue / due this week / due this month / behind pace, grouped by unit,
with the unit's liaison officer and phone at hand; mark handled with a note; print urge notices."""

from __future__ import annotations

import gc
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
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
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from services.ledger.reminders import UnitReminders, collect_reminders
from services.operations.changes import CONTACTS, MILESTONES, PLANS, REMINDERS, TASKS, UNITS, Changes
from services.storage.database import read_action
from ui import settings
from ui.context import AppContext
from ui.errors import show_error
from ui.ops import CollectionOp, follow_changes
from ui.reminders.model import ITEM_ROLE, UNIT_ROLE, ReminderModel, category_label
from ui.table_tips import ElidedTipDelegate

__all__ = ["ITEM_ROLE", "UNIT_ROLE", "ReminderView", "category_label"]


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
        # A model over the reminders as collect_reminders returns them (ui/reminders/model.py): the
        # view lays out what has been revealed, and more is revealed as the clerk scrolls.
        self.model = ReminderModel(self, self.due_words)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
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
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Reveal more rows when the clerk nears the end, or while the rows do not fill the view.
        scrollbar = self.tree.verticalScrollBar()
        scrollbar.valueChanged.connect(lambda *_: self._want_more())
        scrollbar.rangeChanged.connect(lambda *_: self._want_more())
        self.tree.collapsed.connect(lambda *_: self._want_more())
        self._revealing = False
        follow_changes(self, context, self.wants, self.reload)
        self._update_buttons()
        self.reload()

    def today(self) -> date:
        return self.as_of or date.today()

    @staticmethod
    def wants(changes: Changes) -> bool:
        """The reminders list tasks and steps by lead unit with its liaison, and the notes of those handled."""
        return changes.touches(TASKS, PLANS, UNITS, CONTACTS, REMINDERS, MILESTONES)

    def reload(self) -> None:
        ledger, as_of, days = self.context.ledger, self.today(), self.days.currentData()
        rule, include = self.context.light_rule(), not self.hide_handled.isChecked()
        working = settings.WORKING_DAYS.get()
        settings.REMINDER_DAYS.set(days)

        def work(_progress):
            with read_action(ledger) as session:
                return collect_reminders(
                    session, as_of=as_of, days=days, rule=rule, include_handled=include, working_days=working
                )

        self.context.runner.run(work, self._show, lambda exc: show_error(self, exc))

    def _show(self, groups: list[UnitReminders]) -> None:
        gc.freeze()  # long-lived rows without cycles: kept out of the collector's full passes (ui/ledger_read.py)
        self.groups = groups
        self.model.set_groups(groups)
        self._reveal()
        total = self.model.total()
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

    def due_words(self, days_left: int, working_days: bool) -> str:
        if working_days:
            if days_left < 0:
                return self.tr("%n working day(s) overdue", "", -days_left)
            return self.tr("%n working day(s) left", "", days_left)
        if days_left < 0:
            return self.tr("%n day(s) overdue", "", -days_left)
        return self.tr("%n day(s) left", "", days_left)

    def _want_more(self) -> None:
        """Near the end of what is revealed (or the rows do not fill the view): reveal more after this
        event, one chunk per turn of the event loop, so scrolling never waits for the whole list."""
        if self._revealing or self.model.fully_revealed():
            return
        scrollbar = self.tree.verticalScrollBar()
        if scrollbar.value() >= scrollbar.maximum() - 2 * max(scrollbar.pageStep(), 1):
            self._revealing = True
            QTimer.singleShot(0, self._reveal)

    def _reveal(self) -> None:
        self._revealing = False
        before = self.model.rowCount()
        if self.model.reveal_more(lambda row: not self.tree.isExpanded(self.model.index(row, 0))):
            for row in range(before, self.model.rowCount()):
                self.tree.setFirstColumnSpanned(row, QModelIndex(), False)
                self.tree.expand(self.model.index(row, 0))
            self._want_more()

    def reveal_all(self) -> None:
        """Every reminder in the view (select all, tests); a unit revealed now is shown expanded."""
        before = self.model.rowCount()
        self.model.reveal_all()
        for row in range(before, self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))

    def unit_index(self, row: int) -> QModelIndex:
        return self.model.index(row, 0)

    def task_index(self, unit_row: int, row: int) -> QModelIndex:
        return self.model.index(row, 0, self.model.index(unit_row, 0))

    def _context_menu(self, position) -> None:
        from PySide6.QtWidgets import QMenu

        index = self.tree.indexAt(position)
        if index.isValid() and not self.tree.selectionModel().isSelected(index):
            self.tree.setCurrentIndex(index)
        reminder = self.model.reminder_at(index)
        task_id = reminder.item_id if reminder is not None else None
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
        rows = ["\t".join(" ".join(text.split()) for text in self.model.texts(i)) for i in self._selected()]
        if rows:
            QGuiApplication.clipboard().setText("\n".join(rows) + "\n")
            self.context.status_message.emit(self.tr("Copied %n row(s).", "", len(rows)))

    def _selected(self) -> list[QModelIndex]:
        """The selected rows (first column), in the order the view shows them."""
        chosen = self.tree.selectionModel().selectedRows(0)
        return sorted(
            chosen, key=lambda i: (i.parent().row(), i.row()) if i.parent().isValid() else (i.row(), -1)
        )

    def selected_item_ids(self) -> list[int]:
        found = (self.model.reminder_at(i) for i in self._selected())
        return [r.item_id for r in found if r is not None]

    def selected_units(self) -> set[str]:
        return {g.unit for g in (self.model.group_at(i) for i in self._selected()) if g is not None}

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
        from services.operations.task_parts import mark_reminders_handled

        today = self.today()
        CollectionOp(self, lambda ledger: mark_reminders_handled(ledger, ids, note, today)).success(
            lambda _done: self.context.status_message.emit(
                self.tr("%n reminder(s) marked handled.", "", len(ids))
            )
        ).run_in_background()

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

            with read_action(ledger) as session:
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
