"""The reminders as a tree model over plain rows: units on top, their tasks beneath, shown as they scroll.

A busy ledger has tens of thousands of reminders (77,000 at 100,000 tasks). Item widgets for all of
them froze the window for seconds; here the rows stay the Reminder tuples collect_reminders built off
the GUI thread, each cell is formatted when the view paints it, and the view lays out only what has
been revealed: units and their tasks are revealed in order, a chunk at a time, as the clerk scrolls
towards the end (`reveal_more`). A collapsed unit's tasks are revealed all at once, since a collapsed
row costs the view nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from services.ledger.reminders import Category, Reminder, UnitReminders
from ui.lights import BACKGROUND, light_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
UNIT_ROLE = Qt.ItemDataRole.UserRole + 2
CHUNK = 400  # tasks revealed at a time: more than any screen shows, little for the view to lay out
COLUMNS = 7
Index = QModelIndex | QPersistentModelIndex


def category_label(category: Category) -> str:
    """Why a task is in the panel, in the user's language (services keep the Chinese for print)."""
    labels = {
        Category.OVERDUE: QCoreApplication.translate("reminders", "Overdue"),
        Category.WEEK: QCoreApplication.translate("reminders", "Due this week"),
        Category.MONTH: QCoreApplication.translate("reminders", "Due soon"),
        Category.BEHIND: QCoreApplication.translate("reminders", "Behind pace"),
        Category.AWAITING: QCoreApplication.translate("reminders", "Awaiting sign-off"),
    }
    return labels[category]


# (in working days, overdue) -> the text ReminderView.due_words translates with tr().
_DAY_TEXTS = {
    (True, True): "%n working day(s) overdue",
    (True, False): "%n working day(s) left",
    (False, True): "%n day(s) overdue",
    (False, False): "%n day(s) left",
}


def day_words(days_left: int, working_days: bool) -> str:
    """ "3 days left", "2 working days overdue"…, from ReminderView's translations (the view passes its
    own due_words, whose tr() calls are what puts these texts in the .ts file)."""
    text = _DAY_TEXTS[(working_days, days_left < 0)]
    return QCoreApplication.translate("ReminderView", text, None, abs(days_left))


def due_text(r: Reminder, words=day_words) -> str:
    due = r.due.isoformat() if r.due else "—"
    return due if r.days_left is None else f"{due}  {words(r.days_left, r.working_days)}"


def task_texts(r: Reminder, words=day_words) -> list[str]:
    """The seven cells of a task's row, as the panel shows and copies them."""
    return [
        f"{r.number or ''} {r.title}".strip(),
        category_label(r.category),
        due_text(r, words),
        "—" if r.progress is None else f"{r.progress}%",
        light_label(r.light),
        "",
        f"{r.handled_on} {r.handled_note or ''}" if r.handled else "",
    ]


def unit_texts(group: UnitReminders) -> list[str]:
    if group.liaison:
        liaison = f"{group.liaison.name} {group.liaison.phones()}"
    else:
        liaison = QCoreApplication.translate("ReminderView", "no liaison officer on file")
    return [f"{group.unit}（{len(group.reminders)}）", "", "", "", "", liaison, ""]


class ReminderModel(QAbstractItemModel):
    """Top rows are units (internal id 0); a task row's internal id is its unit's row + 1."""

    def __init__(self, parent=None, words=day_words) -> None:
        super().__init__(parent)
        self.words = words  # (days left, in working days) -> "3 days left"
        self.groups: list[UnitReminders] = []
        self._shown: list[int] = []  # tasks revealed per unit revealed so far
        translate = QCoreApplication.translate  # the literal texts, for lupdate (ReminderView context)
        self._headers = [
            translate("ReminderView", "Unit / task"),
            translate("ReminderView", "Why"),
            translate("ReminderView", "Due"),
            translate("ReminderView", "Progress"),
            translate("ReminderView", "Light"),
            translate("ReminderView", "Liaison officer"),
            translate("ReminderView", "Handled"),
        ]
        self._bold = QFont()
        self._bold.setBold(True)

    # --- content -----------------------------------------------------------------------------------

    def set_groups(self, groups: Sequence[UnitReminders]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self._shown = []
        self.endResetModel()

    def total(self) -> int:
        return sum(len(g.reminders) for g in self.groups)

    def fully_revealed(self) -> bool:
        return len(self._shown) == len(self.groups) and all(
            n == len(g.reminders) for n, g in zip(self._shown, self.groups, strict=True)
        )

    def reveal_more(self, collapsed=lambda row: False) -> bool:
        """Reveal the next chunk in order: the rest of the last unit's tasks, else the next unit with
        its first tasks. `collapsed(row)` says whether the view shows that unit closed. False when
        everything is revealed already."""
        if self._shown:
            last = len(self._shown) - 1
            have, total = self._shown[last], len(self.groups[last].reminders)
            if have < total:
                more = total - have if collapsed(last) else min(CHUNK, total - have)
                self.beginInsertRows(self.index(last, 0), have, have + more - 1)
                self._shown[last] += more
                self.endInsertRows()
                return True
        if len(self._shown) == len(self.groups):
            return False
        row = len(self._shown)
        self.beginInsertRows(QModelIndex(), row, row)
        self._shown.append(min(CHUNK, len(self.groups[row].reminders)))
        self.endInsertRows()
        return True

    def reveal_all(self) -> None:
        while self.reveal_more(lambda row: True):
            pass

    def group_at(self, index: Index) -> UnitReminders | None:
        if not index.isValid():
            return None
        unit_row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self.groups[unit_row]

    def reminder_at(self, index: Index) -> Reminder | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].reminders[index.row()]

    def texts(self, index: Index) -> list[str]:
        reminder = self.reminder_at(index)
        if reminder is not None:
            return task_texts(reminder, self.words)
        group = self.group_at(index)
        return unit_texts(group) if group is not None else []

    # --- QAbstractItemModel -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column < COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < len(self._shown) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        unit_row = parent.row()
        if 0 <= unit_row < len(self._shown) and 0 <= row < self._shown[unit_row]:
            return self.createIndex(row, column, unit_row + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() == 0 and parent.column() == 0:
            return self._shown[parent.row()]
        return 0

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self._shown)
        return parent.internalId() == 0 and parent.column() == 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < COLUMNS else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == 0:
            group = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return unit_texts(group)[column]
            if role == Qt.ItemDataRole.FontRole and column == 0:
                return self._bold
            if role == UNIT_ROLE and column == 0:
                return group.unit
            return None
        group = self.groups[index.internalId() - 1]
        r = group.reminders[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return task_texts(r, self.words)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return f"{r.title}\n{r.milestone}" if r.milestone else r.title
            if column == 4:
                return r.why  # why this light, in one sentence (services/ledger/lights.py)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == 4:
            return QBrush(BACKGROUND[r.light])
        if column == 0 and role == ITEM_ROLE:
            return r.item_id
        if column == 0 and role == UNIT_ROLE:
            return group.unit
        return None
