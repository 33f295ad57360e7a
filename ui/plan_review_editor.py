"""The review screen's editor of one measure: title, units, deadlines, targets, and the help with units.

Where the reader found no lead, the clerk should not have to type one: the names the measure's text and its
heading write are offered as links (a click makes one the lead, Ctrl+click a co-unit), the fields complete the
names the plan and the ledger know, and the units set on one measure can be given in one step to the other
measures under the same heading that have none.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from services.plans.parser.model import ParsedItem, ParsedTarget
from ui.form_input import parse_number, split_units
from ui.plan_review_display import shown_figure
from ui.unit_completer import UnitListCompleter

# (Qt breaks a line between any two Chinese characters, styled nowrap or not: a word joiner keeps a name whole)
_JOINER = "\u2060"
MAX_SHOWN = 12  # names shown as links: a wrapped row or two; a duty list names ten units in one sentence


class MeasureEditor(QGroupBox):
    # the name clicked, and whether it goes to the lead units (else to the co-units)
    unit_chosen = Signal(str, bool)

    def __init__(self, known_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Selected measure"), parent)
        form = QFormLayout(self)
        self.item_title = QLineEdit(self)
        self.lead = QLineEdit(self)
        self.co = QLineEdit(self)
        for edit in (self.lead, self.co):
            edit.setCompleter(UnitListCompleter(known_names, edit))
        self.deadlines = QLineEdit(self)
        self.deadlines.setPlaceholderText(self.tr("year-month-day; several separated by commas"))
        self.doubt_label = QLabel(self)
        self.doubt_label.setWordWrap(True)
        self.doubt_label.setStyleSheet("color: #a15c00;")
        self.named = QLabel(self)
        self.named.setWordWrap(True)
        self.named.setTextFormat(Qt.TextFormat.RichText)
        self.named.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.named.setToolTip(
            self.tr(
                "Click a name to add it to the lead units; Ctrl+click to add it to the co-responsible units."
            )
        )
        self.named.linkActivated.connect(self._activated)
        self._names: list[str] = []
        self.fill_part = QPushButton(self)
        self.fill_part.setToolTip(
            self.tr(
                "Only measures without a lead unit are filled; the co-responsible units they have are kept."
            )
        )
        self.fill_note = QLabel(self)
        self.fill_note.setWordWrap(True)
        # A button, not a link in the note: Tab reaches it and Enter or Space takes it back.
        self.fill_undo = QPushButton(self.tr("Undo the fill"), self)
        self.fill_undo.hide()
        self.targets = QTableWidget(0, 3, self)
        self.targets.setHorizontalHeaderLabels([self.tr("Target"), self.tr("Quantity"), self.tr("Unit")])
        header = self.targets.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.targets.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.targets.setMinimumHeight(150)  # header and four targets without scrolling
        # Why the measure is yellow comes first: below a tall targets table it fell out of a laptop's view.
        form.addRow(self.doubt_label)
        form.addRow(self.tr("Title"), self.item_title)
        form.addRow(self.tr("Lead units"), self.lead)
        form.addRow(self.tr("Co-responsible units"), self.co)
        form.addRow(self.tr("Named in the text"), self.named)
        fill_row = QHBoxLayout()
        fill_row.addWidget(self.fill_part)
        fill_row.addWidget(self.fill_note, 1)
        fill_row.addWidget(self.fill_undo)
        form.addRow(fill_row)
        form.addRow(self.tr("Deadlines"), self.deadlines)
        form.addRow(self.tr("Targets"), self.targets)
        self._without_lead, self._whole_document = 0, False
        # (the button follows the lead field as it is typed, not only once it is left)
        self.lead.textChanged.connect(lambda _text: self.show_part(self._without_lead, self._whole_document))
        self.show_part(0)
        # Tab follows the form down the screen: the links and the fill sit between the units and the deadlines.
        chain = (self.co, self.named, self.fill_part, self.fill_undo, self.deadlines, self.targets)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.setEnabled(False)

    def load(self, item: ParsedItem, deadlines: str) -> None:
        """Show `item` in the fields; `deadlines` as shown (the dates, or what the clerk typed that is none)."""
        self.item_title.setText(item.title or "")
        self.lead.setText("、".join(item.lead_units))
        self.co.setText("、".join(item.co_units))
        self.deadlines.setText(deadlines)
        self.targets.blockSignals(True)
        self.targets.setRowCount(0)
        for target in [*item.targets, None]:
            row = self.targets.rowCount()
            self.targets.insertRow(row)
            quantity = target.quantity if target else None
            cells = [
                (target.text if target else "") or "",
                "" if quantity is None else shown_figure(quantity),
                (target.unit if target else "") or "",
            ]
            for column, value in enumerate(cells):
                self.targets.setItem(row, column, QTableWidgetItem(value))
        self.targets.blockSignals(False)
        self.item_title.setCursorPosition(0)  # a long title shows its start

    def typed_targets(self, item: ParsedItem) -> tuple[ParsedTarget, ...]:
        """The targets as the table holds them; a figure that is no number is refused (InvalidValue)."""
        targets = []
        for row in range(self.targets.rowCount()):
            cells = [self._cell(row, column).strip() for column in range(3)]
            if not any(cells):
                continue
            figures = {"text": cells[0], "quantity": parse_number(cells[1], "数量"), "unit": cells[2] or None}
            old = item.targets[row] if row < len(item.targets) else None
            # A target the clerk added has no comparator: the review has no field for one.
            targets.append(replace(old, **figures) if old else ParsedTarget(comparator=None, **figures))
        return tuple(targets)

    def form(self) -> tuple[str, ...]:
        """What the fields hold, to tell an edit from a measure only looked at."""
        cells = [self._cell(row, column) for row in range(self.targets.rowCount()) for column in range(3)]
        return *(edit.text() for edit in (self.item_title, self.lead, self.co, self.deadlines)), *cells

    def _cell(self, row: int, column: int) -> str:
        cell = self.targets.item(row, column)
        return cell.text() if cell else ""

    def show_names(self, names: list[str], *, all_taken: bool = False) -> None:
        """The names to offer, at most MAX_SHOWN and how many more; none is said so (all of them in the unit
        fields already, or none written), that the row is not taken for one still loading."""
        self._names = list(names)
        if not names:
            empty = (
                self.tr("(every unit named is in the fields)") if all_taken else self.tr("(no unit named)")
            )
            self.named.setText(f'<span style="color:#777">{escape(empty)}</span>')
            return
        # a name is not broken over two lines; 、 between names, as a list of units is written
        links = [
            f'<a href="{index}">{escape(_JOINER.join(name))}</a>'
            for index, name in enumerate(names[:MAX_SHOWN])
        ]
        more = len(names) - MAX_SHOWN
        hidden = self.tr("and {count} more").format(count=more) if more > 0 else ""
        tail = f' <span style="color:#777">{escape(hidden)}</span>' if hidden else ""
        self.named.setText("、".join(links) + tail)

    def show_part(self, without_lead: int, whole_document: bool = False) -> None:
        """How many other measures of this group have no lead: the button fills them, or is off."""
        self._without_lead, self._whole_document = without_lead, whole_document
        if not without_lead:
            text = self.tr("Every other measure of this part has a lead unit")
        elif whole_document:
            text = self.tr("Give these units to the other {count} measures of the list without a lead")
        else:
            text = self.tr("Give these units to the {count} measures of this part without a lead")
        self.fill_part.setText(text.format(count=without_lead))
        # (its whole words: beside the note that may wrap, the button was squeezed and its words cut)
        self.fill_part.setMinimumWidth(self.fill_part.sizeHint().width())
        self.fill_part.setEnabled(bool(without_lead) and bool(split_units(self.lead.text())))

    def _activated(self, link: str) -> None:
        name = self._names[int(link)]
        to_co = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
        self.add_unit(name, lead=not to_co)

    def add_unit(self, name: str, *, lead: bool) -> None:
        """Put `name` into the lead or the co-units, out of the other field (a unit is not both)."""
        target, other = (self.lead, self.co) if lead else (self.co, self.lead)
        kept = [unit for unit in split_units(other.text()) if unit != name]
        other.setText("、".join(kept))
        units = split_units(target.text())
        if name not in units:
            target.setText("、".join([*units, name]))
        self.unit_chosen.emit(name, lead)
