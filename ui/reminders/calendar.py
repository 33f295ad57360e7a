"""Deadlines on a month grid, each day coloured by its worst light; click a day to see its tasks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from services.ledger.ledger_read import LedgerRead
from services.ledger.lights import Light
from services.ledger.milestones import open_steps, step_light
from services.ledger.rows import LedgerRow
from services.operations.changes import MILESTONES, PLANS, TASKS, UNITS, Changes
from services.storage.database import read_action
from ui.context import AppContext
from ui.errors import show_error
from ui.ledger_read import ReadWaiter
from ui.lights import BACKGROUND, DOT, light_label
from ui.ops import follow_changes

SEVERITY = [Light.GREY, Light.GREEN, Light.YELLOW, Light.RED]


class LightCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_day: dict[date, list[LedgerRow]] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

    def worst(self, day: date) -> Light | None:
        rows = self.by_day.get(day)
        return max((r.light for r in rows), key=SEVERITY.index) if rows else None

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        light = self.worst(date(qdate.year(), qdate.month(), qdate.day()))
        if light is None:
            super().paintCell(painter, rect, qdate)
            return
        painter.save()
        painter.fillRect(rect.adjusted(1, 1, -1, -1), BACKGROUND[light])
        painter.restore()
        self._paint_day(painter, rect, qdate, light)

    def _paint_day(self, painter: QPainter, rect: QRect, qdate: QDate, light: Light) -> None:
        painter.save()
        if qdate == self.selectedDate():
            painter.setPen(QColor("#1a73e8"))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setPen(QColor("#202124"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(qdate.day()))
        count = len(self.by_day[date(qdate.year(), qdate.month(), qdate.day())])
        painter.setPen(DOT[light])
        painter.drawText(
            rect.adjusted(0, 0, -4, -2),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            f"{count}",
        )
        painter.restore()


class CalendarView(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.as_of: date | None = None
        self.calendar = LightCalendar(self)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.previous_button = QPushButton(self.tr("◀ Previous deadline"), self)
        self.next_button = QPushButton(self.tr("Next deadline ▶"), self)
        self.month_label = QLabel(self)
        self.today_button.clicked.connect(lambda: self.show_day(self.as_of or date.today()))
        self.previous_button.clicked.connect(lambda: self.jump(-1))
        self.next_button.clicked.connect(lambda: self.jump(1))
        self.calendar.currentPageChanged.connect(lambda *_: self._show_month_count())
        bar = QHBoxLayout()
        for button in (self.today_button, self.previous_button, self.next_button):
            bar.addWidget(button)
        bar.addWidget(self.month_label, 1)
        self.day_label = QLabel(self)
        # A model over the day's rows: a year's end can hold thousands of deadlines at 100,000 tasks.
        self.day_tasks = QListView(self)
        self.day_tasks.setUniformItemSizes(True)
        self.day_model = DayModel(self.day_tasks)
        self.day_tasks.setModel(self.day_model)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.day_label)
        lower_layout.addWidget(self.day_tasks)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.calendar)
        splitter.addWidget(lower)
        splitter.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        self.calendar.selectionChanged.connect(self.show_selected_day)
        self.reads = ReadWaiter(context, self._read)  # the tasks from the read every view shares
        follow_changes(self, context, self.wants, self.reload)
        self.reload()

    @staticmethod
    def wants(changes: Changes) -> bool:
        """The calendar shows deadlines of tasks and their dated steps."""
        return changes.touches(TASKS, PLANS, UNITS, MILESTONES)

    def reload(self) -> None:
        self.reads.ask(self.as_of)

    def _read(self, read: LedgerRead) -> None:
        """The tasks from the read every view shares (ui/ledger_read.py); their dated steps are read and
        every deadline put on its day off the GUI thread."""
        ledger, as_of, rule, rows = (
            self.context.ledger,
            read.as_of,
            self.context.light_rule(),
            read.checklist.rows,
        )

        def work(_progress):
            by_id = {row.id: row for row in rows if row.status == "open"}
            by_day: dict[date, list[LedgerRow]] = {}
            for row in rows:
                if row.due is not None:
                    by_day.setdefault(row.due, []).append(row)
            with read_action(ledger) as session:
                steps = open_steps(session, list(by_id))
            # A task's dated steps are on the calendar too, each with its own light.
            for item_id, due, words in steps:
                light, why = step_light(due, words, as_of, rule.due_soon_days)
                task = by_id[item_id]
                step = task._replace(
                    title=f"{task.title}（阶段目标：{words}）", due=due, light=light, why=why, milestone=words
                )
                by_day.setdefault(due, []).append(step)
            return as_of, by_day

        self.context.runner.run(work, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, result: tuple[date, dict[date, list[LedgerRow]]]) -> None:
        as_of, by_day = result
        if as_of != (self.as_of or date.today()):
            return  # the day was changed while these were sorted: the read for the new day follows
        self.calendar.by_day = by_day
        self.calendar.updateCells()
        self.show_selected_day()
        self._show_month_count()
        self.loaded.emit()

    def selected_day(self) -> date:
        qdate = self.calendar.selectedDate()
        return date(qdate.year(), qdate.month(), qdate.day())

    def jump(self, step: int) -> None:
        """To the nearest day with deadlines after (step 1) or before (step -1) the selected day."""
        current = self.selected_day()
        days = sorted(d for d in self.calendar.by_day if (d > current if step > 0 else d < current))
        if days:
            self.show_day(days[0] if step > 0 else days[-1])

    def _show_month_count(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        rows = [r for d, rs in self.calendar.by_day.items() if (d.year, d.month) == (year, month) for r in rs]
        red = sum(r.light == Light.RED for r in rows)
        self.month_label.setText(
            self.tr("This month: %n deadline(s), {red} red", "", len(rows)).format(red=red)
        )

    def show_day(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.show_selected_day()

    def show_selected_day(self) -> None:
        qdate = self.calendar.selectedDate()
        day = date(qdate.year(), qdate.month(), qdate.day())
        rows = self.calendar.by_day.get(day, [])
        self.day_label.setText(self.tr("Due on {day}: %n task(s)", "", len(rows)).format(day=day.isoformat()))
        self.day_model.set_rows(sorted(rows, key=lambda r: SEVERITY.index(r.light), reverse=True))


class DayModel(QAbstractListModel):
    """The tasks due on the selected day, worst light first; each line made when it is shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[LedgerRow] = []

    def set_rows(self, rows: list[LedgerRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            units = "、".join(row.lead_units) or "—"
            return f"[{light_label(row.light)}] {row.number or ''} {row.title}　（{units}）"
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUND[row.light]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
