"""The round status table: one row per unit asked for a return, holding frozen UnitStatus values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from services.returns.rounds import LATE, RETURNED, WAITING, UnitStatus

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    QT_TRANSLATE_NOOP("RoundStatusModel", "Unit"),
    QT_TRANSLATE_NOOP("RoundStatusModel", "Tasks"),
    QT_TRANSLATE_NOOP("RoundStatusModel", "Status"),
    QT_TRANSLATE_NOOP("RoundStatusModel", "Returned at"),
    QT_TRANSLATE_NOOP("RoundStatusModel", "File"),
    QT_TRANSLATE_NOOP("RoundStatusModel", "Liaison officer"),
    QT_TRANSLATE_NOOP("RoundStatusModel", "Phone"),
    QT_TRANSLATE_NOOP("RoundStatusModel", "Chased on"),
)
STATES = {
    RETURNED: QT_TRANSLATE_NOOP("RoundStatusModel", "Returned"),
    LATE: QT_TRANSLATE_NOOP("RoundStatusModel", "Late"),
    WAITING: QT_TRANSLATE_NOOP("RoundStatusModel", "Waiting"),
}
NONE_ON_FILE = QT_TRANSLATE_NOOP("RoundStatusModel", "none on file")
_FILL = {RETURNED: QColor("#d8efdc"), LATE: QColor("#f7d4d1"), WAITING: QColor("#fdf1c9")}


def _t(text: str) -> str:
    return QCoreApplication.translate("RoundStatusModel", text)


class RoundStatusModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.units: list[UnitStatus] = []

    def set_units(self, units: Sequence[UnitStatus]) -> None:
        self.beginResetModel()
        self.units = list(units)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.units):
            return None
        unit = self.units[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(unit, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 2:
            return QBrush(_FILL[unit.state])
        if role == UNIT_ID_ROLE:
            return unit.unit_id
        return None

    @staticmethod
    def _text(unit: UnitStatus, column: int) -> str:
        liaison = unit.liaison
        values = (
            unit.unit,
            str(unit.tasks),
            _t(STATES[unit.state]) + (f" ×{unit.returns}" if unit.returns > 1 else ""),
            unit.returned_at.strftime("%Y-%m-%d %H:%M") if unit.returned_at else "—",
            unit.file_name or "—",
            liaison.name if liaison else _t(NONE_ON_FILE),
            liaison.phones() if liaison else "—",
            unit.chased_on.isoformat() if unit.chased_on else "—",
        )
        return values[column] if 0 <= column < len(values) else ""
