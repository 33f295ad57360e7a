"""The plan tree beside the checklist: plans, their sections and measures."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from services.ledger.row_build import section_label
from ui.checklist.model import ID_ROLE

PLAN_ROLE = ID_ROLE + 1
Plan = tuple[int, str, Sequence[tuple[int, int | None, str, str | None, str]]]  # id, title, nodes
_RECURSIVE = Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly


class PlanTree(QTreeView):
    """Selecting a node narrows the table to that node's subtree (a whole plan, a section, a measure)."""

    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree_model = QStandardItemModel(self)
        self.tree_model.setHorizontalHeaderLabels([self.tr("Plans and sections")])
        self.setModel(self.tree_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.selectionModel().currentChanged.connect(lambda *_: self.scope_changed.emit())
        self._children: dict[int, list[int]] = {}
        self._shown_next: int | None = None

    def show_next(self, plan_id: int) -> None:
        """Select `plan_id` once the tree lists it (a plan just imported: the table then shows what came in,
        not every plan's rows sorted together)."""
        self._shown_next = plan_id

    def set_plans(self, plans: Sequence[Plan], children: dict[int, list[int]] | None = None) -> None:
        """`plans`: (plan id, title, nodes) with nodes as (id, parent id, kind, number, title).
        `children`, when given, is tree_parts' (made off the GUI thread): `nodes` then need not hold
        the tasks, which the tree does not show."""
        scope = self.scope()
        self.tree_model.removeRows(0, self.tree_model.rowCount())
        if children is None:
            plans, children = tree_parts(plans)
        self._children = children
        for plan_id, title, nodes in plans:
            plan_item = QStandardItem(title)
            plan_item.setData(plan_id, PLAN_ROLE)
            plan_item.setToolTip(title)
            self.tree_model.appendRow(plan_item)
            items: dict[int, QStandardItem] = {}
            level_of: dict[int | None, int] = {}
            for node_id, parent_id, kind, number, node_title in nodes:
                if kind == "section":
                    label = section_label(level_of.get(parent_id, 0) + 1, number, node_title)
                else:
                    label = f"{number}. {node_title}" if number else node_title
                level_of[node_id] = level_of.get(parent_id, 0) + 1
                item = QStandardItem(label[:60])
                item.setToolTip(node_title)
                item.setData(node_id, ID_ROLE)
                item.setData(plan_id, PLAN_ROLE)
                (items.get(parent_id) if parent_id in items else plan_item).appendRow(item)
                items[node_id] = item
        self.expandToDepth(0)
        if self._shown_next is not None and any(plan[0] == self._shown_next for plan in plans):
            scope, self._shown_next = (self._shown_next, None), None
        if scope is not None:
            self.select_scope(*scope)

    def scope(self) -> tuple[int, int | None] | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return index.data(PLAN_ROLE), index.data(ID_ROLE)

    def select_scope(self, plan_id: int, node_id: int | None) -> None:
        for row in range(self.tree_model.rowCount()):
            plan_item = self.tree_model.item(row)
            if plan_item.data(PLAN_ROLE) != plan_id:
                continue
            if node_id is None:
                self.setCurrentIndex(plan_item.index())
                return
            found = self.tree_model.match(plan_item.index(), ID_ROLE, node_id, 1, _RECURSIVE)
            if found:
                self.setCurrentIndex(found[0])
            return

    def subtree_ids(self, node_id: int) -> set[int]:
        ids, stack = set(), [node_id]
        while stack:
            current = stack.pop()
            ids.add(current)
            stack.extend(self._children.get(current, []))
        return ids


def tree_parts(plans: Sequence[Plan]) -> tuple[list[Plan], dict[int, list[int]]]:
    """The plans without their tasks (rows of the table; the tree shows where they hang) and every
    node's children, tasks included, for the subtree a selected node stands for. A plain function, run
    off the GUI thread: at 100,000 tasks it took 170 ms there."""
    children: dict[int, list[int]] = {}
    shown: list[Plan] = []
    for plan_id, title, nodes in plans:
        kept = []
        for node in nodes:
            node_id, parent_id, kind = node[0], node[1], node[2]
            children.setdefault(parent_id or -plan_id, []).append(node_id)
            if kind != "task":
                kept.append(node)
        shown.append((plan_id, title, kept))
    return shown, children
