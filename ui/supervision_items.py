"""督办事项一览 and the checklist's item actions: new item list, new item, the items by state.

The list shows each item's 督办编号, source, units, 责任领导 and the day of each state reached
(交办 → 签收 → 反馈 → 办结), filtered by state; an item opens in the task editor on its 督办 tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.errors import show_error
from ui.screen_fit import fit_to_screen

# The checklist adds these actions when it is built, which may be before SQLAlchemy is imported (its first
# screen at start): what reads items is imported when an action is used.
if TYPE_CHECKING:
    from services.ledger.supervision_list import ItemView


def _day(value) -> str:
    return value.isoformat() if value else ""


def _row(v: ItemView) -> list[str]:
    from services.ledger.supervision_list import STATE_LABELS

    return [
        v.supervision_no or "",
        v.source_label or "",
        v.title,
        "、".join(v.lead_units),
        v.leader or "",
        STATE_LABELS.get(v.state, "") if v.state else "",
        _day(v.assigned_on),
        _day(v.signed_on),
        _day(v.reported_on),
        _day(v.closed_on),
        _day(v.due_on),
    ]


class ItemsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        from services.ledger.supervision_list import STATE_LABELS, STATES

        super().__init__(parent)
        self.context = context
        self.views: list[ItemView] = []
        self.setWindowTitle(self.tr("Supervision items"))
        self.state = QComboBox(self)
        self.state.addItem(self.tr("Every state"), None)
        for code in STATES:
            self.state.addItem(STATE_LABELS[code], code)
        self.state.currentIndexChanged.connect(self.reload)
        headers = [
            self.tr("Supervision No."),
            self.tr("Source"),
            self.tr("Item"),
            self.tr("Lead units"),
            self.tr("Responsible leader"),
            self.tr("State"),
            self.tr("Assigned"),
            self.tr("Signed"),
            self.tr("Reported"),
            self.tr("Closed"),
            self.tr("Due"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        self.count = QLabel(self)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button = QPushButton(self.tr("New supervision item…"), self)
        self.new_button.clicked.connect(self.new_item)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("State"), self))
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1100, 560))
        self.reload()

    def reload(self) -> None:
        from services.operations import items as item_ops

        try:
            self.views = item_ops.items(self.context.ledger, state=self.state.currentData())
        except Exception as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.views))
        for n, view in enumerate(self.views):
            for column, text in enumerate(_row(view)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(n, column, cell)
        self.count.setText(self.tr("%n item(s)", "", len(self.views)))

    def selected(self) -> ItemView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        from ui.task_editor import TaskEditorDialog

        chosen = self.selected()
        if chosen is None:
            return
        editor = TaskEditorDialog(self.context, chosen.id, self)
        editor.tabs.setCurrentWidget(editor.supervision_tab)
        editor.exec()
        self.reload()

    def new_item(self) -> None:
        from ui.supervision_dialogs import NewItemDialog

        if NewItemDialog(self.context, self).exec():
            self.reload()


def add_item_actions(view) -> None:
    """The checklist's toolbar: new item list, new item (into the plan or list chosen in the tree), the list."""

    def new_list() -> None:
        from ui.supervision_dialogs import NewListDialog

        NewListDialog(view.context, view).exec()

    def new_item() -> None:
        from ui.supervision_dialogs import NewItemDialog

        scope = view.tree.scope()
        NewItemDialog(view.context, view, plan_id=scope[0] if scope else None).exec()

    view.toolbar.addSeparator()
    view.item_actions = []
    for text, slot in (
        (QCoreApplication.translate("ItemActions", "New item list…"), new_list),
        (QCoreApplication.translate("ItemActions", "New supervision item…"), new_item),
        (
            QCoreApplication.translate("ItemActions", "Supervision items…"),
            lambda: ItemsDialog(view.context, view).exec(),
        ),
    ):
        action = QAction(text, view)
        action.triggered.connect(slot)
        view.toolbar.addAction(action)
        view.item_actions.append(action)
