"""The unit list: one row per unit found by the search, with the person who matched or its liaison officer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from services.units.directory import UnitMatch, UnitView, search_units

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TRANSLATE_NOOP("UnitListModel", "Unit"),
    QT_TRANSLATE_NOOP("UnitListModel", "Kind"),
    QT_TRANSLATE_NOOP("UnitListModel", "Aliases"),
    QT_TRANSLATE_NOOP("UnitListModel", "Person"),
    QT_TRANSLATE_NOOP("UnitListModel", "Phone"),
    QT_TRANSLATE_NOOP("UnitListModel", "Tasks (lead / co)"),
)
KIND_LABELS = {
    "department": QT_TRANSLATE_NOOP("UnitListModel", "Department"),
    "town": QT_TRANSLATE_NOOP("UnitListModel", "Town / street"),
    "group": QT_TRANSLATE_NOOP("UnitListModel", "Group word"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("UnitListModel", text)


def kind_label(kind: str) -> str:
    return _t(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


class UnitListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._units: list[UnitView] = []
        self._rows: list[UnitMatch] = []
        self._query = ""

    def set_units(self, units: list[UnitView]) -> None:
        self._units = list(units)
        self.set_query(self._query)

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = search_units(self._units, query)
        self.endResetModel()

    def found_at(self, row: int) -> UnitMatch:
        return self._rows[row]

    def row_of(self, unit_id: int) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.unit.id == unit_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        found = self._rows[index.row()]
        unit = found.unit
        if role == ID_ROLE:
            return unit.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        person = found.person or unit.liaison()
        column = index.column()
        if column == 0:
            return unit.name
        if column == 1:
            return kind_label(unit.kind)
        if column == 2:
            return "、".join(unit.aliases)
        if column == 3:
            return f"{person.name}（{person.role}）" if person else ""
        if column == 4:
            return person.phones() if person else ""
        if column == 5:
            return f"{unit.lead_tasks} / {unit.co_tasks}"
        return None
