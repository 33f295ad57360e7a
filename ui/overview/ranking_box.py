"""考评排名 in the overview: each unit's rank by the rule of docs/ranking.md, for this year or for the
latest reporting round. The same rows as the Excel 考评 sheet and the 通报's 附表 (services/ledger/ranking.py).

Its own box and its own background read, so the overview only tells it which plans and which day; the
table shows the figures that decide the order, the rest of each unit's figures in the row's tooltip.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error

YEAR, ROUND = "year", "round"


class RankingBox(QGroupBox):
    loaded = Signal()
    unit_activated = Signal(int, str)  # unit id, name: the overview opens the checklist on its tasks

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Unit ranking (考评)"))
        self.context = context
        self.ranking = None
        self._asked: tuple[tuple[int, ...], date] | None = None
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This year"), YEAR)
        self.scope.addItem(self.tr("Latest round"), ROUND)
        self.label = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Unit"),
                self.tr("On-time returns"),
                self.tr("Targets met"),
                self.tr("Overdue"),
                self.tr("Reported / closed"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(
            self.tr(
                "Ordered by on-time return rate, then completion against targets, then fewer overdue tasks, "
                "then more tasks closed. — means nothing to rate."
            )
        )
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.scope.currentIndexChanged.connect(lambda _i: self._reload())
        self.table.cellActivated.connect(self._activated)
        self.table.cellClicked.connect(self._activated)

    def load(self, plan_ids: tuple[int, ...], as_of: date) -> None:
        """Rank the units of these plans as on ``as_of`` (the overview's plan choice and day)."""
        self._asked = (tuple(plan_ids), as_of)
        self._reload()

    def _reload(self) -> None:
        if self._asked is None:
            return
        plan_ids, as_of = self._asked
        ledger, scope = self.context.ledger, self.scope.currentData()

        def work(_progress):
            from services.ledger.ranking import latest_round, rank_units
            from services.storage.database import read_action

            with read_action(ledger) as session:
                if scope == ROUND:
                    round_id = latest_round(session, list(plan_ids))
                    if round_id is None:
                        return None
                    return rank_units(session, list(plan_ids), as_of=as_of, round_id=round_id)
                return rank_units(session, list(plan_ids), as_of=as_of, year=as_of.year)

        self.context.runner.run(work, self.show_ranking, lambda exc: show_error(self, exc))

    def _activated(self, row: int, _column: int) -> None:
        if self.ranking is not None and 0 <= row < len(self.ranking.rows):
            score = self.ranking.rows[row]
            self.unit_activated.emit(score.unit_id, score.unit)

    def show_ranking(self, ranking) -> None:
        """Fill the table from a services.ledger.ranking.Ranking (None: no round yet)."""
        from services.ledger.ranking_rule import percent

        self.ranking = ranking
        rows = ranking.rows if ranking is not None else ()
        self.label.setText(
            self.tr("No reporting round yet.")
            if ranking is None
            else self.tr("{label}, as of {day}").format(label=ranking.label, day=ranking.as_of.isoformat())
        )
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            cells = (
                str(s.rank),
                s.unit,
                percent(s.on_time_rate),
                percent(s.target_completion),
                str(s.overdue),
                f"{s.reported_done} / {s.confirmed}",
            )
            tip = self.tr(
                "{unit}: {on_time} of {asked} returns on time, {late} late, {missing} missing; "
                "leads {tasks} task(s), {targets} quantitative target(s); {awaiting} reported done awaiting 销号"
            ).format(
                unit=s.unit,
                on_time=s.on_time,
                asked=s.asked,
                late=s.late_returns,
                missing=s.missing,
                tasks=s.tasks,
                targets=s.targets,
                awaiting=s.awaiting,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if c != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.loaded.emit()
