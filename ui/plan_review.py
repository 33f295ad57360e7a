"""导入方案 review screen: the parsed tree beside the source text; fix units, targets and deadlines,
with doubtful items highlighted, before anything is stored."""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.errors import InvalidValue
from services.plans.importing import ParsedDocument
from services.plans.review import item_doubts
from services.plans.store import check_plan
from ui.errors import show_error
from ui.form_input import parse_number, split_units
from ui.screen_fit import fit_to_screen, scrolling

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
DOUBT_COLOUR = QColor("#fbe9a6")


def numbered_title(item: dict[str, Any], source_text: str) -> str:
    """The title with its number as the document writes it: 一、 / （一） / 1. / （1）.

    The parse keeps the bare number; a （一） heading with no 一、 above it is level 1, so the level alone
    cannot tell the two apart and the line in the source (a measure's own text) decides.
    """
    number, title = item.get("number") or "", item.get("title") or ""
    if not number:
        return title
    paren = rf"^\s*[（(]\s*{re.escape(number)}\s*[）)]"
    written = item.get("text") or ""
    if written:
        in_parens = re.match(paren, written) is not None
    elif re.search(paren + rf"\s*[、.]?\s*{re.escape(title[:6])}", source_text, re.MULTILINE):
        in_parens = True
    else:
        plain = rf"^\s*{re.escape(number)}\s*[、.．]\s*{re.escape(title[:6])}"
        found = re.search(plain, source_text, re.MULTILINE) is not None
        in_parens = not found and int(item.get("level") or 1) > 1 and not number.isdigit()
    if in_parens:
        return f"（{number}）{title}"
    return f"{number}. {title}" if number.isdigit() else f"{number}、{title}"


def annex_table(headers: list[str], rows: list[list[Any]], parent: QWidget) -> QTableWidget:
    """A read-only table of an annex as parsed (roster, task table); the store keeps them as shown."""
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            cell = QTableWidgetItem("" if value is None else str(value))
            cell.setToolTip(cell.text())
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, cell)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The longest column (a task, a title) takes the rest of the width and wraps.
    longest = max(range(len(headers)), key=lambda c: max((len(str(r[c] or "")) for r in rows), default=0))
    header.setSectionResizeMode(longest, QHeaderView.ResizeMode.Stretch)
    # Wrapped rows follow the width the table ends up with (a few dozen rows: cheap).
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class PlanReviewDialog(QDialog):
    """Edits a deep copy of the parsed plan; `plan()` hands back what the clerk confirmed."""

    def __init__(
        self, document: ParsedDocument, unknown_units: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._plan: dict[str, Any] = copy.deepcopy(document.plan)
        self.unknown = unknown_units
        self.current: int | None = None
        self.setWindowTitle(
            self.tr("Review the plan before importing — {name}").format(name=document.file_name)
        )
        # 1280×800 where the screen has room; on a 1366×768 laptop what is left, buttons in view.
        fit_to_screen(self, QSize(1280, 800))
        self.title = QLineEdit(self._plan.get("title") or "", self)
        self.doc_number = QLineEdit(self._plan.get("doc_number") or "", self)
        self.issued_on = QLineEdit(self._plan.get("issued_on") or "", self)
        # A hint, not a value: a grey date would pass for the date the parse found.
        self.issued_on.setPlaceholderText(self.tr("e.g. 2024-07-10"))
        header = QFormLayout()
        header.addRow(self.tr("Plan title"), self.title)
        row = QHBoxLayout()
        row.addWidget(self.doc_number)
        row.addWidget(QLabel(self.tr("Issued on"), self))
        row.addWidget(self.issued_on)
        header.addRow(self.tr("Document number"), row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [self.tr("Item"), self.tr("Lead units"), self.tr("Co-responsible units"), self.tr("Due")]
        )
        # Wide enough for two units or two dates; longer lists end in … with the whole list as tooltip.
        for column, width in enumerate((330, 150, 130, 100)):
            self.tree.setColumnWidth(column, width)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.roster = annex_table(
            [self.tr("Role"), self.tr("Name"), self.tr("Job title"), self.tr("Unit")],
            [
                [m.get("role"), m.get("name"), m.get("title"), m.get("unit")]
                for m in self._plan.get("roster") or []
            ],
            self,
        )
        self.task_table = annex_table(
            [self.tr("No."), self.tr("Domain"), self.tr("Task"), self.tr("Lead units")],
            [
                [r.get("seq"), r.get("domain"), r.get("task"), "、".join(r.get("lead_units") or [])]
                for r in self._plan.get("task_table") or []
            ],
            self,
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.tree, self.tr("Measures"))
        self.tabs.addTab(
            self.task_table,
            self.tr("Task table ({count})").format(count=self.task_table.rowCount()),
        )
        self.tabs.addTab(
            self.roster, self.tr("Leadership group ({count})").format(count=self.roster.rowCount())
        )
        self.source = QPlainTextEdit(document.source_text, self)
        self.source.setReadOnly(True)
        self.editor = self._build_editor()
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.source)
        right.addWidget(scrolling(self.editor, self))  # the form scrolls on a small screen
        right.setSizes([340, 400])
        splitter = QSplitter(self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setSizes([740, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            self.tr("Import into the ledger"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.tree.currentItemChanged.connect(lambda current, _previous: self._select(current))
        self._fill_tree()

    def _build_editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected measure"), self)
        form = QFormLayout(box)
        self.item_title = QLineEdit(box)
        self.lead = QLineEdit(box)
        self.co = QLineEdit(box)
        self.deadlines = QLineEdit(box)
        self.deadlines.setPlaceholderText(self.tr("year-month-day; several separated by commas"))
        self.doubt_label = QLabel(box)
        self.doubt_label.setWordWrap(True)
        self.doubt_label.setStyleSheet("color: #a15c00;")
        self.targets = QTableWidget(0, 3, box)
        self.targets.setHorizontalHeaderLabels([self.tr("Target"), self.tr("Quantity"), self.tr("Unit")])
        header = self.targets.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.targets.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.targets.setMinimumHeight(150)  # header and four targets without scrolling
        form.addRow(self.tr("Title"), self.item_title)
        form.addRow(self.tr("Lead units"), self.lead)
        form.addRow(self.tr("Co-responsible units"), self.co)
        form.addRow(self.tr("Deadlines"), self.deadlines)
        form.addRow(self.tr("Targets"), self.targets)
        form.addRow(self.doubt_label)
        for edit in (self.item_title, self.lead, self.co, self.deadlines):
            edit.editingFinished.connect(self._store_edits)
        self.targets.itemChanged.connect(lambda _item: self._store_edits())
        box.setEnabled(False)
        return box

    def _fill_tree(self) -> None:
        self.tree.clear()
        parents: list[tuple[int, QTreeWidgetItem]] = []
        doubtful = 0
        measures = 0
        for index, item in enumerate(self._plan.get("items") or []):
            level = int(item.get("level") or 1)
            while parents and parents[-1][0] >= level:
                parents.pop()
            node = QTreeWidgetItem()
            node.setData(0, INDEX_ROLE, index)
            self._show_item(node, item)
            (parents[-1][1].addChild(node) if parents else self.tree.addTopLevelItem(node))
            if item.get("kind") == "section":
                parents.append((level, node))
            else:
                measures += 1
                doubtful += bool(item_doubts(item, self.unknown))
        self.tree.expandAll()
        table = len(self._plan.get("task_table") or [])
        roster = len(self._plan.get("roster") or [])
        summary = self.tr(
            "{measures} measures, {table} task-table rows, {roster} leadership-group members."
        ).format(measures=measures, table=table, roster=roster)
        if doubtful:
            summary += self.tr(" {doubtful} measures are highlighted in yellow: check them first.").format(
                doubtful=doubtful
            )
        self.summary.setText(summary)

    def _show_item(self, node: QTreeWidgetItem, item: dict[str, Any]) -> None:
        node.setText(0, numbered_title(item, self.document.source_text))
        if item.get("kind") == "section":
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            return
        node.setText(1, "、".join(item.get("lead_units") or []))
        node.setText(2, "、".join(item.get("co_units") or []))
        node.setText(3, "、".join(item.get("deadlines") or []))
        doubts = "\n".join(item_doubts(item, self.unknown))
        brush = QBrush(DOUBT_COLOUR) if doubts else QBrush()
        node.setToolTip(0, doubts or item.get("text") or "")
        for column in range(4):
            node.setBackground(column, brush)
        for column in range(1, 4):
            # The whole list, which the column may have cut short, then what is doubtful about it.
            node.setToolTip(column, "\n".join(filter(None, [node.text(column), doubts])))

    def _select(self, node: QTreeWidgetItem | None) -> None:
        self.current = None
        index = node.data(0, INDEX_ROLE) if node else None
        item = self._plan["items"][index] if index is not None else None
        self.editor.setEnabled(item is not None and item.get("kind") != "section")
        if item is None:
            return
        self._scroll_source(item.get("text") or item.get("title") or "")
        if item.get("kind") == "section":
            return
        self.item_title.setText(item.get("title") or "")
        self.lead.setText("、".join(item.get("lead_units") or []))
        self.co.setText("、".join(item.get("co_units") or []))
        self.deadlines.setText(", ".join(item.get("deadlines") or []))
        self.targets.blockSignals(True)
        self.targets.setRowCount(0)
        for target in [*(item.get("targets") or []), {}]:
            row = self.targets.rowCount()
            self.targets.insertRow(row)
            quantity = target.get("quantity")
            for column, value in enumerate(
                [
                    target.get("text") or "",
                    "" if quantity is None else _figure(quantity),
                    target.get("unit") or "",
                ]
            ):
                self.targets.setItem(row, column, QTableWidgetItem(value))
        self.targets.blockSignals(False)
        self.doubt_label.setText("\n".join(item_doubts(item, self.unknown)))
        self.current = index

    def _scroll_source(self, text: str) -> None:
        position = self.document.source_text.find(text[:30]) if text else -1
        if position < 0:
            return
        cursor = self.source.textCursor()
        cursor.setPosition(position)
        cursor.setPosition(position + min(len(text), 30), QTextCursor.MoveMode.KeepAnchor)
        self.source.setTextCursor(cursor)
        self.source.centerCursor()

    def _store_edits(self) -> None:
        if self.current is None:
            return
        item = self._plan["items"][self.current]
        item["title"] = self.item_title.text().strip() or item.get("title")
        item["lead_units"] = list(split_units(self.lead.text()))
        item["co_units"] = [u for u in split_units(self.co.text()) if u not in item["lead_units"]]
        item["deadlines"] = [
            d.strip() for d in self.deadlines.text().replace("，", ",").split(",") if d.strip()
        ]
        targets = []
        for row in range(self.targets.rowCount()):
            cells = [
                (self.targets.item(row, c).text() if self.targets.item(row, c) else "").strip()
                for c in range(3)
            ]
            if not any(cells):
                continue
            old = (
                (item.get("targets") or [{}] * (row + 1))[row] if row < len(item.get("targets") or []) else {}
            )
            targets.append(
                old | {"text": cells[0], "quantity": parse_number(cells[1], "数量"), "unit": cells[2] or None}
            )
        item["targets"] = targets
        # A clerk who has set the owners has answered the "no clause" doubt.
        if item["lead_units"]:
            item["doubts"] = [d for d in item.get("doubts") or [] if "责任单位" not in d]
        node = self.tree.currentItem()
        if node is not None:
            self._show_item(node, item)

    def accept(self) -> None:
        """Checked while the review is open: what the store would refuse (no title, a date that is not
        one) is said here, and the clerk's corrections stay on screen to be completed."""
        try:
            check_plan(self.plan())
        except InvalidValue as exc:
            show_error(self, exc)
            if not self.title.text().strip():
                self.title.setFocus()
            return
        super().accept()

    def plan(self) -> dict[str, Any]:
        """The plan as confirmed; dates typed wrongly are caught by the store with a clear message."""
        self._store_edits()
        plan = copy.deepcopy(self._plan)
        plan["title"] = self.title.text().strip()
        plan["doc_number"] = self.doc_number.text().strip() or None
        plan["issued_on"] = self.issued_on.text().strip() or None
        return plan

    def confirmed_document(self) -> ParsedDocument:
        return ParsedDocument(self.document.file_name, self.document.source_text, self.plan())


def _figure(quantity: float) -> str:
    """320万 is 3200000, never 3.2e+06 (the :g format switches to exponents past six digits)."""
    return str(int(quantity)) if float(quantity).is_integer() else format(quantity, ".12g")
