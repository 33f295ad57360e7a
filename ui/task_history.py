"""The task editor's change-history tab, and the wording that turns change-log entries into Chinese lines."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from services.ledger.changelog import ChangeView
from ui.task_tabs import read_only_table

# What the change log writes for a task (services/ledger/tasks.py, progress.py, attachments.py, reminders.py),
# in the words of the editor's own fields.
FIELD_LABELS = {
    "number": QT_TRANSLATE_NOOP("HistoryTab", "No."),
    "title": QT_TRANSLATE_NOOP("HistoryTab", "Task"),
    "text": QT_TRANSLATE_NOOP("HistoryTab", "Full text"),
    "domain": QT_TRANSLATE_NOOP("HistoryTab", "Section / domain"),
    "start_on": QT_TRANSLATE_NOOP("HistoryTab", "Start date"),
    "due_on": QT_TRANSLATE_NOOP("HistoryTab", "Due"),
    "recurring": QT_TRANSLATE_NOOP("HistoryTab", "Repeats"),
    "lead_units": QT_TRANSLATE_NOOP("HistoryTab", "Lead units"),
    "co_units": QT_TRANSLATE_NOOP("HistoryTab", "Co-responsible units"),
    "status": QT_TRANSLATE_NOOP("HistoryTab", "Status"),
    "closed_on": QT_TRANSLATE_NOOP("HistoryTab", "Closed on"),
    "progress": QT_TRANSLATE_NOOP("HistoryTab", "Progress"),
    "latest_situation": QT_TRANSLATE_NOOP("HistoryTab", "Situation"),
    "target_done": QT_TRANSLATE_NOOP("HistoryTab", "Target done"),
    "targets": QT_TRANSLATE_NOOP("HistoryTab", "Targets"),
    "file_name": QT_TRANSLATE_NOOP("HistoryTab", "Attachment"),
    "note": QT_TRANSLATE_NOOP("HistoryTab", "Note"),
    "handled_on": QT_TRANSLATE_NOOP("HistoryTab", "Handled on"),
    "entry": QT_TRANSLATE_NOOP("HistoryTab", "Progress entry"),
    "reason": QT_TRANSLATE_NOOP("HistoryTab", "Reason"),
    "milestone": QT_TRANSLATE_NOOP("HistoryTab", "Milestone"),
    "targets_done": QT_TRANSLATE_NOOP("HistoryTab", "Done per target"),
    "reported_done_on": QT_TRANSLATE_NOOP("HistoryTab", "Reported done on"),
    # 督办事项 (services/ledger/supervision.py)
    "source": QT_TRANSLATE_NOOP("HistoryTab", "Source"),
    "supervision_prefix": QT_TRANSLATE_NOOP("HistoryTab", "Supervision No. prefix"),
    "supervision_year": QT_TRANSLATE_NOOP("HistoryTab", "Supervision No. year"),
    "supervision_seq": QT_TRANSLATE_NOOP("HistoryTab", "Supervision No."),
    "leader": QT_TRANSLATE_NOOP("HistoryTab", "Responsible leader"),
    "assigned_on": QT_TRANSLATE_NOOP("HistoryTab", "Assigned on"),
    "signed_on": QT_TRANSLATE_NOOP("HistoryTab", "Signed on"),
    "signed_by": QT_TRANSLATE_NOOP("HistoryTab", "Signed by"),
    "batch_id": QT_TRANSLATE_NOOP("HistoryTab", "Import batch No."),  # the return that signed it
}
# Ids and timestamps only the program needs (undo uses them); the When column already says when.
TECHNICAL_KEYS = frozenset({"entry_id", "attachment_id", "change_id", "deleted_at"})
VALUE_WORDS = {
    "status": {
        "open": QT_TRANSLATE_NOOP("HistoryTab", "Open"),
        "closed": QT_TRANSLATE_NOOP("HistoryTab", "Closed"),
    },
    "recurring": {"yearly": QT_TRANSLATE_NOOP("HistoryTab", "Every year")},
    "source": {
        "instruction": QT_TRANSLATE_NOOP("HistoryTab", "Leader's instruction"),
        "meeting": QT_TRANSLATE_NOOP("HistoryTab", "Meeting"),
        "document": QT_TRANSLATE_NOOP("HistoryTab", "Document received"),
        "plan": QT_TRANSLATE_NOOP("HistoryTab", "Plan"),
    },
}
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("HistoryTab", "Created"),
    "edit": QT_TRANSLATE_NOOP("HistoryTab", "Edited"),
    "close": QT_TRANSLATE_NOOP("HistoryTab", "Closed"),
    "reopen": QT_TRANSLATE_NOOP("HistoryTab", "Reopened"),
    "delete": QT_TRANSLATE_NOOP("HistoryTab", "Deleted"),
    "undo": QT_TRANSLATE_NOOP("HistoryTab", "Undone"),
    "progress": QT_TRANSLATE_NOOP("HistoryTab", "Progress recorded"),
    "attach": QT_TRANSLATE_NOOP("HistoryTab", "Attachment added"),
    "detach": QT_TRANSLATE_NOOP("HistoryTab", "Attachment removed"),
    "reminder_handled": QT_TRANSLATE_NOOP("HistoryTab", "Reminder handled"),
    "correct": QT_TRANSLATE_NOOP("HistoryTab", "Progress corrected"),
    "void": QT_TRANSLATE_NOOP("HistoryTab", "Progress voided"),
    "milestone": QT_TRANSLATE_NOOP("HistoryTab", "Milestone"),
    "sign": QT_TRANSLATE_NOOP("HistoryTab", "Signed"),
    "supervise": QT_TRANSLATE_NOOP("HistoryTab", "Supervision details"),
}


@dataclass(frozen=True)
class Wording:
    """How a change is put into words: field labels, shown values of coded fields, "empty", line patterns."""

    labels: Mapping[str, str]
    words: Mapping[str, Mapping[str, str]]
    empty: str = "（空）"
    changed: str = "{field}：{old} → {new}"
    stated: str = "{field}：{value}"
    target: str = "{target}（完成 {done}）"


def target_text(target: Mapping[str, Any], wording: Wording) -> str:
    """`80个（完成 12）` as the targets table reads; the target's words when it has no figure."""
    quantity, done = target.get("quantity"), target.get("done")
    figure = f"{quantity:g}{target.get('unit') or ''}" if quantity is not None else (target.get("text") or "")
    # "—", not "（空）": the empty figure sits inside the target's own parentheses.
    return wording.target.format(target=figure, done="—" if done is None else f"{done:g}")


def change_lines(before: Mapping[str, Any], after: Mapping[str, Any], wording: Wording) -> list[str]:
    """One line per field a change touched: "label：old → new", or "label：value" for a field only set or
    only removed; ids only the program needs are left out. Pure, for tests."""

    def shown(key: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return wording.empty
        if key == "targets":  # [{"text", "quantity", "unit", "done", …}] as services.ledger.tasks logs them
            return "；".join(target_text(t, wording) for t in value)
        if isinstance(value, list):
            return "、".join(str(v) for v in value)  # as the editor's unit fields write them
        if isinstance(value, float):
            return f"{value:g}"
        if key == "progress":
            return f"{value}%"
        return wording.words.get(key, {}).get(str(value), str(value))

    # Without an "after" (a removal) the "before" says what went; otherwise "after" lists what changed.
    side = after if any(k not in TECHNICAL_KEYS for k in after) else before
    lines = []
    for key, value in side.items():
        if key in TECHNICAL_KEYS:
            continue
        field = wording.labels.get(key, key)
        if side is after and key in before:
            if before[key] != value:
                lines.append(
                    wording.changed.format(field=field, old=shown(key, before[key]), new=shown(key, value))
                )
        elif shown(key, value) != wording.empty:
            lines.append(wording.stated.format(field=field, value=shown(key, value)))
    return lines


def describe_change(change: ChangeView) -> tuple[str, list[str]]:
    """The action and detail lines of a logged change, in the user's language."""

    def translate(text: str) -> str:
        return QCoreApplication.translate("HistoryTab", text)

    wording = Wording(
        labels={key: translate(text) for key, text in FIELD_LABELS.items()},
        words={
            key: {code: translate(text) for code, text in codes.items()} for key, codes in VALUE_WORDS.items()
        },
        empty=QCoreApplication.translate("HistoryTab", "(empty)"),
        changed=QCoreApplication.translate("HistoryTab", "{field}: {old} → {new}"),
        stated=QCoreApplication.translate("HistoryTab", "{field}: {value}"),
        target=QCoreApplication.translate("HistoryTab", "{target} (done {done})"),
    )
    action = ACTION_LABELS.get(change.action)
    return translate(action) if action else change.action, change_lines(change.before, change.after, wording)


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        read_only_table(self.table, stretch=(3,))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_changes(self, changes: tuple[ChangeView, ...]) -> None:
        # An edit that changed nothing after all (a figure retyped as it was) is not news.
        changes = tuple(c for c in changes if c.before or c.after or c.action != "edit")
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            action, lines = describe_change(change)
            values = [f"{change.at:%Y-%m-%d %H:%M}", change.who, action, self.tr("; ").join(lines)]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
            if lines:
                self.table.item(row, 3).setToolTip("\n".join(lines))
