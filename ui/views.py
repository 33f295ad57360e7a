"""The product's areas, in navigation order. Each view is built as `Class(context, parent)`.

A view is listed here only when it does something (no placeholder screens). Add a line to add an area.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP


class ViewSpec(NamedTuple):  # not a dataclass: listed before the window's first paint (ui/settings.py)
    key: str
    title: str  # translated in the "views" context
    target: str  # "module:Class"

    def load(self):
        module, name = self.target.split(":")
        return getattr(importlib.import_module(module), name)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("overview", QT_TRANSLATE_NOOP("views", "Overview"), "ui.overview.view:OverviewView"),
    ViewSpec("checklist", QT_TRANSLATE_NOOP("views", "Task checklist"), "ui.checklist.view:ChecklistView"),
    ViewSpec("reminders", QT_TRANSLATE_NOOP("views", "Reminders"), "ui.reminders.view:ReminderView"),
    ViewSpec(
        "calendar", QT_TRANSLATE_NOOP("views", "Deadline calendar"), "ui.reminders.calendar:CalendarView"
    ),
    ViewSpec("rounds", QT_TRANSLATE_NOOP("views", "Reporting rounds"), "ui.rounds.view:RoundsView"),
    ViewSpec("units", QT_TRANSLATE_NOOP("views", "Units and contacts"), "ui.units.view:UnitsView"),
    ViewSpec("exports", QT_TRANSLATE_NOOP("views", "Exports"), "ui.exports.view:ExportsView"),
)
