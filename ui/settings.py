"""Every setting declared once: key, type and default, over QSettings. Services get plain values."""

from __future__ import annotations

from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")

ORGANIZATION = "DubanTaizhang"
APPLICATION = "DubanTaizhang"


class Setting(NamedTuple, Generic[T]):
    """One setting (a NamedTuple rather than a dataclass: read before the window's first paint, and
    the dataclasses module would be imported for it alone)."""

    key: str
    type: type
    default: T

    def get(self, settings: QSettings | None = None) -> T:
        settings = settings or QSettings()
        value: Any = settings.value(self.key, self.default)
        if value is None:
            return self.default
        if self.type is bool and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        try:
            return self.type(value) if self.type in (int, str, float, bool) else value
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(self.key, value)


LANGUAGE = Setting("ui/language", str, "zh_CN")
DATABASE_URL = Setting("storage/database_url", str, "")
# A server (PostgreSQL) ledger's attachments: a folder every PC reaches (\\server\share\…); empty keeps
# them in this PC's data folder, where other PCs cannot open them. A SQLite ledger keeps them beside it.
ATTACHMENTS_FOLDER = Setting("storage/attachments_folder", str, "")
WINDOW_GEOMETRY = Setting("window/geometry", object, None)
WINDOW_STATE = Setting("window/state", object, None)
CHECKLIST_SPLITTER = Setting("checklist/splitter", object, None)
# "columns", not the earlier "header": widths saved before the columns followed their content are dropped.
CHECKLIST_HEADER = Setting("checklist/columns", object, None)
# Whether the clerk dragged a column: only then are the saved widths kept over the fitted ones.
CHECKLIST_COLUMNS_DRAGGED = Setting("checklist/columns_dragged", bool, False)
DUE_SOON_DAYS = Setting("lights/due_soon_days", int, 15)
BEHIND_YELLOW = Setting("lights/behind_yellow", int, 10)
BEHIND_RED = Setting("lights/behind_red", int, 30)
SAMPLE_OFFERED = Setting("start/sample_offered", bool, False)
LAST_OPEN_DIR = Setting("files/last_open_dir", str, "")
# A task several units lead: their done figures summed, or the first lead unit's (services/ledger/co_leads.py).
CO_LEAD_DONE = Setting("returns/co_lead_done", str, "sum")
# Reminders count working days (weekends and official holidays off, 调休 weekends on): services/ledger/workdays.py
WORKING_DAYS = Setting("reminders/working_days", bool, False)


def light_rule():
    from services.ledger.lights import LightRule

    return LightRule(
        due_soon_days=DUE_SOON_DAYS.get(), behind_yellow=BEHIND_YELLOW.get(), behind_red=BEHIND_RED.get()
    )


OFFICE_NAME = Setting("documents/office_name", str, "领导小组办公室")
# The 督办编号's prefix (督〔2024〕12号) a new item gets, as the clerk last typed it (ui/supervision_dialogs.py).
SUPERVISION_PREFIX = Setting("items/number_prefix", str, "督")
REMINDER_DAYS = Setting("reminders/days", int, 30)
TRAY_ANNOUNCED = Setting("tray/announced", str, "{}")
# The highest task id the tray has seen: a task above it is new (imported, created), not turned red.
TRAY_SEEN_UP_TO = Setting("tray/seen_up_to", int, -1)
