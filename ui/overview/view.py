"""The overview (总览): the plan at a glance, every figure a door into the checklist.

Counts by light, completion by domain and by lead unit, the current round's return rate and the next
deadlines. Clicking a figure opens the checklist filtered to what the figure counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from services.ledger.ledger_read import LedgerRead
from services.ledger.lights import Light
from services.ledger.plan_figures import Deadline, GroupStat, PlanStats
from services.ledger.rows import PlanSummary
from services.operations.changes import PLANS, ROUNDS, TASKS, UNITS, Changes
from ui.context import AppContext
from ui.empty_state import NoPlanPage
from ui.errors import show_error
from ui.ledger_read import ReadWaiter
from ui.lights import BACKGROUND, DOT, light_label
from ui.ops import follow_changes
from ui.overview.charts import Bar, BarChart
from ui.overview.ranking_box import RankingBox

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
# The filter value the checklist's light box uses for each tile; closed tasks are a status there.
_TILE_ORDER = (Light.RED, Light.YELLOW, Light.GREEN, Light.GREY)


@dataclass(frozen=True)
class OverviewData:
    plans: tuple[PlanSummary, ...]
    stats: PlanStats


def _dot(light: Light) -> QIcon:
    """A coloured dot: light-coloured text (yellow on white) would be hard to read."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(DOT[light])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class LightTile(QPushButton):
    """A big count on the light's colour; a button, so it takes the keyboard as well as the mouse."""

    def __init__(self, light: Light, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.light = light
        self.setMinimumSize(120, 70)  # four tiles and the return tile fit at 150% on 1366×768
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            f"QPushButton {{ background: {BACKGROUND[light].name()}; border: 2px solid {DOT[light].name()};"
            " border-radius: 6px; font-size: 15px; padding: 6px; }"
            f"QPushButton:hover {{ border-width: 3px; }}"
        )
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(f"{count}\n{light_label(self.light)}")


class OverviewView(QWidget):
    loaded = Signal()
    # An empty ledger offers what the checklist offers; the main window runs them (PlanActions).
    open_sample_requested = Signal()
    import_plan_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.as_of: date | None = None  # None: today
        self.data: OverviewData | None = None

        self.plan = QComboBox(self)
        self.plan.setMinimumContentsLength(30)
        self.plan.addItem(self.tr("All plans"), None)
        self.heading = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan"), self))
        top.addWidget(self.plan, 1)
        top.addWidget(self.heading, 2)

        self.tiles = {light: LightTile(light, self) for light in _TILE_ORDER}
        self.return_tile = QPushButton(self)
        self.return_tile.setMinimumSize(180, 70)
        self.return_tile.setStyleSheet("QPushButton { font-size: 15px; padding: 6px; }")
        self.return_tile.setToolTip(self.tr("Units that have not returned are listed in the tooltip."))
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        tiles.addWidget(self.return_tile)
        tiles.addStretch(1)

        self.domain_chart = BarChart(self)
        self.unit_chart = BarChart(self)
        self.deadlines = QListWidget(self)
        self.deadlines.setAlternatingRowColors(True)
        grid = QGridLayout()
        grid.addWidget(self._boxed(self.tr("Average progress by domain"), self.domain_chart), 0, 0)
        grid.addWidget(self._boxed(self.tr("Average progress by lead unit"), self.unit_chart), 0, 1)
        deadlines_box = QGroupBox(self.tr("Next deadlines"), self)
        QVBoxLayout(deadlines_box).addWidget(self.deadlines)
        grid.addWidget(deadlines_box, 1, 0)
        self.ranking = RankingBox(context, self)  # loads itself for the plans and day shown (_loaded)
        self.ranking.unit_activated.connect(self.open_unit)
        grid.addWidget(self.ranking, 1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)  # room for the ranking's rows beside the deadlines

        self.content = QWidget(self)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(top)
        content.addLayout(tiles)
        content.addLayout(grid, 1)
        self.empty = self._build_empty_state()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.plan.currentIndexChanged.connect(self.reload)
        for light, tile in self.tiles.items():
            tile.clicked.connect(lambda _=False, lt=light: self.open_light(lt))
        self.domain_chart.bar_clicked.connect(lambda i: self.open_group(self._stats().by_domain[i]))
        self.unit_chart.bar_clicked.connect(lambda i: self.open_group(self._stats().by_unit[i]))
        self.deadlines.itemActivated.connect(self._open_deadline)
        self.deadlines.itemClicked.connect(self._open_deadline)
        self.return_tile.clicked.connect(self._open_returns)
        self.reads = ReadWaiter(context, self._read, self._failed)  # the read every view shares
        follow_changes(self, context, self.wants, self.reload)
        self.reload()

    def _build_empty_state(self) -> QWidget:
        """Rows of zeros say nothing on a new ledger; this says where to start."""
        page = NoPlanPage(
            self.tr(
                "The overview counts the measures and tasks of your plans by traffic light, domain and "
                "lead unit.\nImport the plan your office received (.docx or .txt), or open the sample "
                "plan to look around first."
            ),
            self,
        )
        page.sample_requested.connect(self.open_sample_requested)
        page.import_requested.connect(self.import_plan_requested)
        self.sample_button, self.import_button = page.sample_button, page.import_button
        return page

    def _boxed(self, title: str, chart: BarChart) -> QGroupBox:
        box = QGroupBox(title, self)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(chart)
        QVBoxLayout(box).addWidget(scroll)
        return box

    def _stats(self) -> PlanStats:
        assert self.data is not None
        return self.data.stats

    # --- loading ----------------------------------------------------------------------------------

    @staticmethod
    def wants(changes: Changes) -> bool:
        """The overview counts tasks by light and unit, and the return rate of the current round."""
        return changes.touches(TASKS, PLANS, UNITS, ROUNDS)

    def reload(self) -> None:
        """The figures from the ledger read every view shares (ui/ledger_read.py): a plan chosen in the
        box, or a view shown again, reads nothing unless the ledger has changed."""
        self.reads.ask(self.as_of)

    def _read(self, read: LedgerRead) -> None:
        plan_id = self.plan.currentData()
        stats = read.stats.get(plan_id) if plan_id is not None else None
        self._loaded(OverviewData(read.plans, stats or read.stats[None]))

    def _failed(self, exc: BaseException | None) -> None:
        if exc is not None:  # None: the shared read failed and has said so
            show_error(self, exc)

    def _loaded(self, data: OverviewData) -> None:
        self.data = data
        self.pages.setCurrentWidget(self.content if data.plans else self.empty)
        self._fill_plans(data.plans)
        stats = data.stats
        for light, tile in self.tiles.items():
            tile.set_count(stats.lights.of(light))
        self.heading.setText(
            self.tr("As of {day}: {total} measures and tasks, average progress {average}%").format(
                day=stats.as_of.isoformat(), total=stats.total, average=f"{stats.average_progress:.0f}"
            )
        )
        self._fill_return_rate(stats)
        self.domain_chart.set_bars([self._bar(g) for g in stats.by_domain])
        self.unit_chart.set_bars([self._bar(g) for g in stats.by_unit])
        self._fill_deadlines(stats.next_deadlines)
        self.ranking.load(tuple(p.id for p in stats.plans), stats.as_of)
        self.loaded.emit()

    def _fill_plans(self, plans: tuple[PlanSummary, ...]) -> None:
        current = self.plan.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        self.plan.addItem(self.tr("All plans"), None)
        for plan in plans:
            self.plan.addItem(plan.title, plan.id)
        self.plan.setCurrentIndex(max(self.plan.findData(current), 0))
        self.plan.blockSignals(False)

    def _bar(self, group: GroupStat) -> Bar:
        tooltip = self.tr(
            "{label}\n{total} item(s): {closed} closed, {red} red, {yellow} yellow\nClick to see them."
        ).format(
            label=group.label,
            total=group.total,
            closed=group.closed,
            red=group.lights.red,
            yellow=group.lights.yellow,
        )
        return Bar(group.label, group.average_progress, tooltip)

    def _fill_return_rate(self, stats: PlanStats) -> None:
        rate = stats.return_rate
        if rate is None:
            self.return_tile.setText(self.tr("No reporting round yet"))
            self.return_tile.setToolTip("")
            return
        self.return_tile.setText(
            self.tr("{period}: {returned} of {asked} returned ({rate}%)").format(
                period=rate.period, returned=rate.returned, asked=rate.asked, rate=f"{rate.rate:.0f}"
            )
        )
        missing = "、".join(rate.missing_units) or self.tr("none")
        self.return_tile.setToolTip(self.tr("Not returned yet: {units}").format(units=missing))

    def _fill_deadlines(self, deadlines: tuple[Deadline, ...]) -> None:
        self.deadlines.clear()
        if not deadlines:
            self.deadlines.addItem(self.tr("No open measure or task has a deadline ahead."))
            return
        for d in deadlines:
            text = self.tr("{due} (in {days} days)  {units}  {number} {title}").format(
                due=d.due.isoformat(),
                days=d.days_left,
                units="、".join(d.lead_units) or "—",
                number=d.number or "",
                title=d.title,
            )
            item = QListWidgetItem(text)
            item.setData(ITEM_ROLE, d)
            item.setIcon(_dot(d.light))
            item.setToolTip(d.title)
            self.deadlines.addItem(item)

    # --- click-through to the checklist ------------------------------------------------------------

    def _checklist(self):
        window = self.window()
        return window.show_view("checklist") if hasattr(window, "show_view") else None

    def open_light(self, light: Light) -> None:
        checklist = self._checklist()
        if checklist is None:
            return
        plan_id = self.plan.currentData()
        if light == Light.GREY:
            checklist.show_filtered(plan_id=plan_id, status="closed")
        else:
            checklist.show_filtered(plan_id=plan_id, light=str(light))

    def open_group(self, group: GroupStat) -> None:
        checklist = self._checklist()
        if checklist is None:
            return
        if group.unit_id is not None:
            checklist.show_filtered(
                plan_id=self.plan.currentData(), unit_id=group.unit_id, unit_name=group.label
            )
        elif group.node_id is not None:
            checklist.show_filtered(plan_id=group.plan_id, node_id=group.node_id)
        else:
            checklist.show_filtered(plan_id=self.plan.currentData(), search=group.domain or "")

    def open_unit(self, unit_id: int, name: str) -> None:
        """A unit of the ranking: the checklist shows the tasks it leads or shares."""
        checklist = self._checklist()
        if checklist is not None:
            checklist.show_filtered(plan_id=self.plan.currentData(), unit_id=unit_id, unit_name=name)

    def _open_deadline(self, item: QListWidgetItem) -> None:
        deadline = item.data(ITEM_ROLE)
        checklist = self._checklist() if isinstance(deadline, Deadline) else None
        if checklist is not None:
            checklist.show_filtered(plan_id=deadline.plan_id, item_id=deadline.item_id)

    def _open_returns(self) -> None:
        """The round's units are late or waiting: the reminders are where the office chases them."""
        window = self.window()
        if self.data and self.data.stats.return_rate and hasattr(window, "show_view"):
            try:
                window.show_view("returns")
            except KeyError:
                window.show_view("reminders")
