"""Traffic-light colours used by every view, so the table, the calendar and the panel agree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from services.ledger.lights import Light

BACKGROUND = {
    Light.RED: QColor("#f8d0cc"),
    Light.YELLOW: QColor("#fbe9a6"),
    Light.GREEN: QColor("#cdebd3"),
    Light.GREY: QColor("#e4e4e4"),
}
DOT = {
    Light.RED: QColor("#d93025"),
    Light.YELLOW: QColor("#e3a008"),
    Light.GREEN: QColor("#188038"),
    Light.GREY: QColor("#8a8a8a"),
}


def light_label(light: Light) -> str:
    labels = {
        Light.RED: QCoreApplication.translate("lights", "Red"),
        Light.YELLOW: QCoreApplication.translate("lights", "Yellow"),
        Light.GREEN: QCoreApplication.translate("lights", "Green"),
        Light.GREY: QCoreApplication.translate("lights", "Closed"),
    }
    return labels[light]
