"""How the review screen writes what the reader parsed: a heading's number as the document writes it,
an annex (roster, task table) as a read-only table, deadlines and target figures in the editor."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QTreeWidgetItem, QWidget

from services.errors import InvalidValue
from services.plans.parser.model import ParsedDeadline, ParsedItem, TaskTableRow
from services.plans.parser.serialize import typed_date


def numbered_title(item: ParsedItem, source_text: str) -> str:
    """The title with its number as the document writes it: 一、 / （一） / 1. / （1） / 第三条.

    The parse keeps the bare number; a （一） heading with no 一、 above it is level 1, so the level alone
    cannot tell the two apart and the line in the source (a measure's own text) decides.
    """
    number, title = item.number or "", item.title or ""
    if not number:
        return title
    # 第三条 / 第二章: a 办法's article or chapter keeps its mark (三、 would read as a part of a plan)
    article = rf"^\s*第{re.escape(number)}([条章])"
    written = item.text or ""
    marked = (
        re.match(article, written)
        if written
        else re.search(article + rf"[ \u3000]*{re.escape(title[:6])}", source_text, re.MULTILINE)
    )
    if marked:
        return f"第{number}{marked.group(1)} {title}"
    paren = rf"^\s*[（(]\s*{re.escape(number)}\s*[）)]"
    if written:
        in_parens = re.match(paren, written) is not None
    elif re.search(paren + rf"\s*[、.]?\s*{re.escape(title[:6])}", source_text, re.MULTILINE):
        in_parens = True
    else:
        plain = rf"^\s*{re.escape(number)}\s*[、.．]\s*{re.escape(title[:6])}"
        found = re.search(plain, source_text, re.MULTILINE) is not None
        in_parens = not found and int(item.level or 1) > 1 and not number.isdigit()
    if re.fullmatch(r"\d+(?:\.\d+)+", number):
        return f"{number} {title}"  # 1.1 / 1.1.1, as decimals are printed
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


def shown_days(item: ParsedItem) -> list[str]:
    """The item's deadlines as the review shows them: each day once, in the order found."""
    return [day.isoformat() for day in dict.fromkeys(d.due for d in item.deadlines if d.due)]


def shown_figure(quantity: float) -> str:
    """320万 is 3200000, never 3.2e+06 (the :g format switches to exponents past six digits)."""
    return str(int(quantity)) if float(quantity).is_integer() else format(quantity, ".12g")


def typed_deadlines(typed: str, item: ParsedItem) -> tuple[tuple[ParsedDeadline, ...], str | None]:
    """The deadlines typed in the editor (year-month-day, several separated by commas) and None, or the item's
    own deadlines and the text when it is no date. A date the parse found keeps its words (a milestone shows
    them)."""
    written = [d.strip() for d in typed.replace("，", ",").split(",") if d.strip()]
    try:
        days = [typed_date(text) for text in written]
    except InvalidValue:
        return item.deadlines, ", ".join(written)
    if [d.isoformat() for d in days] == shown_days(item):
        return item.deadlines, None
    found = {d.due: d for d in item.deadlines if d.due}
    return tuple(found.get(day) or ParsedDeadline("", day) for day in days), None


INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
DOUBT_COLOUR = QColor("#fbe9a6")


def show_item(
    node: QTreeWidgetItem, item: ParsedItem, source_text: str, doubts: list[str], typed: str | None
) -> None:
    """A tree row: a heading in bold; a measure with its units and deadlines (`typed`: deadlines typed that
    are no date, shown as typed), yellow when something about it is doubtful."""
    node.setText(0, numbered_title(item, source_text))
    if not item.is_measure:
        font = node.font(0)
        font.setBold(True)
        node.setFont(0, font)
        return
    node.setText(1, "、".join(item.lead_units))
    node.setText(2, "、".join(item.co_units))
    node.setText(3, typed or "、".join(shown_days(item)))
    said = "\n".join(doubts)
    brush = QBrush(DOUBT_COLOUR) if said else QBrush()
    node.setToolTip(0, said or item.text or "")
    for column in range(4):
        node.setBackground(column, brush)
    for column in range(1, 4):
        # The whole list, which the column may have cut short, then what is doubtful about it.
        node.setToolTip(column, "\n".join(filter(None, [node.text(column), said])))


def row_deadline(row: TaskTableRow) -> str:
    """A task-table row's deadline as stored (its latest date), or the cell as written when no date reads."""
    days = sorted(d.due for d in row.deadlines if d.due)
    return days[-1].isoformat() if days else (row.due_text or "")


def task_table_view(rows: tuple[TaskTableRow, ...], parent: QWidget) -> QTableWidget:
    """The task table as the store keeps it: the helpers and the deadline too, so a date read wrong is seen."""
    headers = [
        QCoreApplication.translate("PlanReviewDialog", "No."),
        QCoreApplication.translate("PlanReviewDialog", "Domain"),
        QCoreApplication.translate("PlanReviewDialog", "Task"),
        QCoreApplication.translate("PlanReviewDialog", "Lead units"),
        QCoreApplication.translate("PlanReviewDialog", "Co-responsible units"),
        QCoreApplication.translate("PlanReviewDialog", "Deadline"),
    ]
    cells = [
        [r.seq, r.domain, r.task, "、".join(r.lead_units), "、".join(r.co_units), row_deadline(r)]
        for r in rows
    ]
    return annex_table(headers, cells, parent)
