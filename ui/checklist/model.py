"""The checklist table: one row per measure or task, holding frozen LedgerRow values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from services.ledger.row_views import LedgerRow
from ui.lights import BACKGROUND, DOT, light_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("LedgerTableModel", text)


def _due(row: LedgerRow) -> str:
    if row.due is None:
        # translate() spelled out, not _t(): lupdate finds only the literal call.
        return QCoreApplication.translate("LedgerTableModel", "Yearly") if row.recurring == "yearly" else "—"
    return row.due.isoformat()


def _targets(row: LedgerRow) -> str:
    return "；".join(t.describe() for t in row.targets if t.quantity is not None)


def _progress(row: LedgerRow) -> str:
    return "—" if row.progress is None else f"{row.progress}%"


def _status(row: LedgerRow) -> str:
    if row.awaiting_confirmation:  # reported done or targets met: the office's 销号 is what is missing
        return (
            light_label(row.light)
            + " · "
            + QCoreApplication.translate("LedgerTableModel", "awaiting sign-off")
        )
    return light_label(row.light)


# (header, display text, sort key); sort keys put unknown values last.
COLUMNS: list[tuple[str, Callable[[LedgerRow], str], Callable[[LedgerRow], Any]]] = [
    (QT_TRANSLATE_NOOP("LedgerTableModel", "No."), lambda r: r.number or "", lambda r: r.position),
    (
        QT_TRANSLATE_NOOP("LedgerTableModel", "Section / domain"),
        lambda r: r.domain or r.section or "",
        lambda r: r.domain or r.section or "",
    ),
    (QT_TRANSLATE_NOOP("LedgerTableModel", "Task"), lambda r: r.title, lambda r: r.title),
    (
        QT_TRANSLATE_NOOP("LedgerTableModel", "Lead units"),
        lambda r: "、".join(r.lead_units),
        lambda r: "、".join(r.lead_units),
    ),
    (
        QT_TRANSLATE_NOOP("LedgerTableModel", "Co-responsible units"),
        lambda r: "、".join(r.co_units),
        lambda r: "、".join(r.co_units),
    ),
    (QT_TRANSLATE_NOOP("LedgerTableModel", "Due"), _due, lambda r: r.due or date.max),
    (QT_TRANSLATE_NOOP("LedgerTableModel", "Targets and done"), _targets, _targets),
    (
        QT_TRANSLATE_NOOP("LedgerTableModel", "Progress"),
        _progress,
        lambda r: -1 if r.progress is None else r.progress,
    ),
    (
        QT_TRANSLATE_NOOP("LedgerTableModel", "Status"),
        _status,
        lambda r: ["red", "yellow", "green", "grey"].index(r.light),
    ),
]
STATUS_COLUMN = len(COLUMNS) - 1
TITLE_COLUMN = 2
_SHOWN = [shown for _header, shown, _key in COLUMNS]
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _BACKGROUND, int(Qt.ItemDataRole.DecorationRole.value), int(ID_ROLE)))


class LedgerTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerRow] = []
        self._ids: list[int] | None = None  # row ids in table order, made when first looked up
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[LedgerRow], *, ordered: bool = False) -> None:
        """Show `rows`; `ordered` says they already come in sort_order() (RowIndex.filter gives them so)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._ids = None
        if self._sort and not ordered:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def sort_order(self) -> tuple[Callable[[LedgerRow], Any], bool] | None:
        """The table's order as a sort key and whether it is descending; None when unsorted."""
        if self._sort is None:
            return None
        column, order = self._sort
        return COLUMNS[column][2], order == Qt.SortOrder.DescendingOrder

    def row_at(self, row: int) -> LedgerRow:
        return self._rows[row]

    def rows(self) -> list[LedgerRow]:
        return list(self._rows)

    def row_of_id(self, item_id: int) -> int | None:
        if self._ids is None:
            self._ids = list(map(attrgetter("id"), self._rows))
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        # The tooltip names a header cut on a narrow window ("Co-responsible units").
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation == Qt.Orientation.Horizontal and shown and 0 <= section < len(COLUMNS):
            return _t(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Asked for ~1,500 times per paint (every visible cell, seven roles each), and a search step
        # paints twice: roles the table does not use are turned away before any other work.
        if role not in _ROLES:
            return None
        number = index.row()  # -1 for an invalid index
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        column = index.column()
        if role == _DISPLAY:
            return _SHOWN[column](row)
        if role == _TOOLTIP:
            if column == TITLE_COLUMN:
                return row.text or row.title
            if column == STATUS_COLUMN:
                # Why the light first (what a meeting asks), then the latest words of the unit.
                parts = [row.why, row.latest_situation]
                return "\n\n".join(p for p in parts if p) or None
            return None
        if role == ID_ROLE:
            return row.id
        if column != STATUS_COLUMN:
            return None
        return BACKGROUND[row.light] if role == _BACKGROUND else DOT[row.light]  # DecorationRole

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [(self._rows[i.row()].id, i.column()) if i.isValid() else None for i in persistent]
        self._sort = (column, order)
        self._apply_sort(column, order)
        self._ids = None
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(where[key[0]], key[1]) if key else QModelIndex() for key in ids],
        )
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column][2]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
