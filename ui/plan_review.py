"""导入方案 review screen: the parsed tree beside the source text; fix units, targets and deadlines,
with doubtful items highlighted, before anything is stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from services.errors import InvalidValue
from services.plans.importing import ParsedDocument
from services.plans.named_units import (
    answered,
    give_units_to_part,
    headings_over,
    named_units,
    part_without_leads,
    plan_unit_names,
    under_heading,
)
from services.plans.parser.model import ParsedItem, ParsedPlan
from services.plans.parser.serialize import typed_date
from services.plans.placed import unplaced_lines
from services.plans.review import item_doubts
from services.plans.store import check_plan
from ui.errors import show_error
from ui.form_input import leave_asked, split_units
from ui.plan_review_display import INDEX_ROLE, annex_table, show_item, shown_days, task_table_view
from ui.plan_review_editor import MeasureEditor
from ui.plan_review_typed import TypedEntries
from ui.screen_fit import fit_to_screen, scrolling
from ui.source_pane import SourcePane


class PlanReviewDialog(QDialog):
    """Shows the parsed plan and keeps the clerk's corrections as new frozen items (dataclasses.replace);
    `plan()` hands back the plan as confirmed, the document it came from unchanged."""

    REMARK = 2  # exec() result: the clerk chose to mark the measures by hand instead

    def __init__(
        self,
        document: ParsedDocument,
        unknown_units: set[str],
        parent: QWidget | None = None,
        *,
        known_units: Iterable[str] = (),
        new_units: int = 0,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._items: list[ParsedItem] = list(document.plan.items)
        # What the clerk typed that is no date or number yet: kept as typed, said on Import.
        self._typed = TypedEntries()
        self.unknown = unknown_units
        self.new_units = new_units  # names the ledger has not seen, flagged or not: said in the summary
        self.unplaced = unplaced_lines(document.plan)  # text the reader left out, shaded in the source
        self.current: int | None = None
        # The editor as last loaded or stored: a measure only selected is not rewritten, nor a change.
        self._loaded_form: tuple = ()
        self.setWindowTitle(
            self.tr("Review the plan before importing — {name}").format(name=document.file_name)
        )
        # 1280×800 where the screen has room; on a 1366×768 laptop what is left, buttons in view.
        fit_to_screen(self, QSize(1280, 800))
        parsed = document.plan
        self.title = QLineEdit(parsed.title or "", self)
        self.title.setPlaceholderText(self.tr("No title found in the file: type the plan's title here"))
        self.doc_number = QLineEdit(parsed.doc_number or "", self)
        self.issued_on = QLineEdit(parsed.issued_on.isoformat() if parsed.issued_on else "", self)
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
            [[m.role, m.name, m.title, m.unit] for m in parsed.roster],
            self,
        )
        self.task_table = task_table_view(parsed.task_table, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.tree, self.tr("Measures"))
        self.tabs.addTab(
            self.task_table,
            self.tr("Task table ({count})").format(count=self.task_table.rowCount()),
        )
        self.tabs.addTab(
            self.roster, self.tr("Leadership group ({count})").format(count=self.roster.rowCount())
        )
        self.source = SourcePane(document.source_text, self)
        self.source.shade_lines(self.unplaced)
        self.editor = self._build_editor(known_units)
        # the measures the last "give these units to the part" filled: each as it was, and as the fill left it
        self._filled: dict[int, tuple[ParsedItem, ParsedItem]] = {}
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
        self.import_button.setToolTip(self.tr("Ctrl+Enter"))
        # Measures read wrong (numbering a mirror garbled, a table run together): mark them by hand.
        self.remark_button = buttons.addButton(
            self.tr("Mark the measures by hand…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.remark_button.clicked.connect(self._remark)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.tree.currentItemChanged.connect(self._select)
        self._fill_tree()
        self._loaded_header = self._header()

    def _build_editor(self, known_units: Iterable[str]) -> MeasureEditor:
        # the names the plan and the ledger know: completed as typed, and found in a measure's text
        self._known = sorted({*plan_unit_names(self.document.plan), *known_units})
        editor = MeasureEditor(self._known, self)
        self.item_title, self.lead, self.co = editor.item_title, editor.lead, editor.co
        self.deadlines, self.doubt_label, self.targets = editor.deadlines, editor.doubt_label, editor.targets
        for edit in (self.item_title, self.lead, self.co, self.deadlines):
            edit.editingFinished.connect(self._store_edits)
        self.targets.itemChanged.connect(lambda _item: self._store_edits())
        editor.unit_chosen.connect(lambda _name, _lead: self._store_edits())
        editor.fill_part.clicked.connect(self._fill_part)
        editor.fill_undo.clicked.connect(self._undo_fill)
        return editor

    def _fill_tree(self) -> None:
        self.tree.clear()
        parents: list[tuple[int, QTreeWidgetItem]] = []
        for index, item in enumerate(self._items):
            level = int(item.level or 1)
            while parents and parents[-1][0] >= level:
                parents.pop()
            node = QTreeWidgetItem()
            node.setData(0, INDEX_ROLE, index)
            self._show_item(node, item)
            (parents[-1][1].addChild(node) if parents else self.tree.addTopLevelItem(node))
            if not item.is_measure:
                parents.append((level, node))
        self.tree.expandAll()
        self._update_summary()

    def _update_summary(self) -> None:
        """The counts over the tree, the yellow ones as they stand after the clerk's corrections."""
        measures = sum(item.is_measure for item in self._items)
        doubtful = sum(bool(item_doubts(item, self.unknown)) for item in self._items if item.is_measure)
        table = len(self.document.plan.task_table)
        roster = len(self.document.plan.roster)
        summary = self.tr(
            "{measures} measures, {table} task-table rows, {roster} leadership-group members."
        ).format(measures=measures, table=table, roster=roster)
        if doubtful:
            summary += self.tr(" {doubtful} measures are highlighted in yellow: check them first.").format(
                doubtful=doubtful
            )
        if self.new_units:
            summary += self.tr(" {count} unit names are not in the ledger yet: importing adds them.").format(
                count=self.new_units
            )
        if self.unplaced:
            summary += self.tr(
                " {count} paragraphs of the text are in no measure (shaded in the text): check none is one."
            ).format(count=len(self.unplaced))
        self.summary.setText(summary)

    def _show_item(self, node: QTreeWidgetItem, item: ParsedItem) -> None:
        typed = self._typed.deadlines.get(node.data(0, INDEX_ROLE))
        show_item(node, item, self.document.source_text, item_doubts(item, self.unknown), typed)

    def _select(self, node: QTreeWidgetItem | None, previous: QTreeWidgetItem | None = None) -> None:
        if self.current in self._typed.targets and previous is not None and node is not previous:
            # a quantity that is no number: put right before leaving, or the typed text would be lost
            message = self._typed.targets[self.current]
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(previous)
            self.tree.blockSignals(False)
            show_error(self, InvalidValue(message))
            return
        self.current = None
        index = node.data(0, INDEX_ROLE) if node else None
        item = self._items[index] if index is not None else None
        self.editor.setEnabled(item is not None and item.is_measure)
        if item is None:
            return
        self.source.show_text(item.text or item.title or "")
        if not item.is_measure:
            return
        self.editor.load(item, self._typed.deadlines.get(index) or ", ".join(shown_days(item)))
        if not self._filled:
            self.editor.fill_note.clear()  # ("已撤销。" is said where the undo was; a fill's undo stays)
        self.doubt_label.setText("\n".join(item_doubts(item, self.unknown)))
        self.current = index
        self._loaded_form = self._form()
        self._offer_units()

    def _offer_units(self) -> None:
        """The names the selected measure's text and headings write, but its units do not hold yet."""
        item = self._items[self.current]
        text = "\n".join([item.title, item.text, *headings_over(self._items, self.current)])
        names = named_units(text, self._known, skip=(*item.lead_units, *item.co_units))
        self.editor.show_names(names, all_taken=not names and bool(named_units(text, self._known)))
        whole = not under_heading(self._items, self.current)
        self.editor.show_part(len(part_without_leads(self._items, self.current)), whole)

    def _fill_part(self) -> None:
        """The selected measure's units given to the measures of its group that have no lead. The link beside
        the button beside it undoes it — only on the measures still as the fill left them — until the next fill."""
        self._store_edits()
        items, filled = give_units_to_part(self._items, self.current)
        if not filled:
            return
        self._filled = {index: (self._items[index], items[index]) for index in filled}
        self._items = items
        self._show_items(filled)
        self._update_summary()
        self._offer_units()
        self.editor.fill_note.setText(self.tr("Filled {count} measures.").format(count=len(filled)))
        self.editor.fill_undo.show()
        self.editor.fill_undo.setFocus()  # (the fill button, used, is disabled: focus goes to its undo)

    def _undo_fill(self) -> None:
        self._store_edits()  # (what is typed and not yet stored is the clerk's, kept)
        restored = [i for i, (before, after) in self._filled.items() if self._items[i] == after]
        for index in restored:
            self._items[index] = self._filled[index][0]
        self._filled = {}
        self._show_items(restored)
        self._update_summary()
        if self.current in restored:
            self._select(self.tree.currentItem())  # the fields show the measure as it is again
        else:
            self._offer_units()
        self.editor.fill_undo.hide()
        self.editor.fill_note.setText(self.tr("Undone."))

    def _show_items(self, indices: list[int]) -> None:
        wanted = set(indices)
        iterator = QTreeWidgetItemIterator(self.tree)
        while node := iterator.value():
            if node.data(0, INDEX_ROLE) in wanted:
                self._show_item(node, self._items[node.data(0, INDEX_ROLE)])
            iterator += 1

    def _store_edits(self) -> None:
        if self.current is None or self._form() == self._loaded_form:
            return
        before = self._items[self.current]
        leads = tuple(split_units(self.lead.text()))
        item = replace(
            before,
            title=self.item_title.text().strip() or before.title,
            lead_units=leads,
            co_units=tuple(u for u in split_units(self.co.text()) if u not in leads),
            deadlines=self._typed.deadlines_of(self.current, self.deadlines.text(), before),
            targets=self._typed.targets_of(self.current, self.editor, before),
        )
        if (item.lead_units, item.co_units) != (before.lead_units, before.co_units):
            item = answered(item)  # the owners set answer the "no clause" doubt; a date typed does not
        self._items[self.current] = item
        typed = [self._typed.targets[self.current]] if self.current in self._typed.targets else []
        self.doubt_label.setText("\n".join([*typed, *item_doubts(item, self.unknown)]))
        self._loaded_form = self._form()
        self._update_summary()
        node = self.tree.currentItem()
        if node is not None:
            self._show_item(node, item)
        self._offer_units()

    def _header(self) -> tuple[str, ...]:
        return self.title.text(), self.doc_number.text(), self.issued_on.text()

    def _form(self) -> tuple:
        return self.current, *self.editor.form()

    def has_corrections(self) -> bool:
        """Whether the clerk changed anything on this screen, stored or still in the editor."""
        return (
            self._header() != self._loaded_header
            or (self.current is not None and self._form() != self._loaded_form)
            or self._typed.any()
            or self._items != list(self.document.plan.items)
        )

    def _may_discard(self, question: str, go_on: str) -> bool:
        """Corrections are work: leaving with them asks first, and staying (Enter, Escape) is the default."""
        if not self.has_corrections():
            return True
        title, stay = self.tr("Discard your corrections?"), self.tr("Keep correcting")
        return leave_asked(self, title, question, stay, go_on)

    def _remark(self) -> None:
        question = self.tr(
            "The corrections you made on this screen will be discarded: marking by hand reads the "
            "measures again from the document's text.\n\nMark the measures by hand anyway?"
        )
        if self._may_discard(question, self.tr("Discard and mark by hand")):
            self.done(self.REMARK)

    def reject(self) -> None:
        """Cancel, Escape and the close button: corrections are not thrown away without asking."""
        question = self.tr(
            "The corrections you made on this screen will be discarded and the plan is not imported."
            "\n\nClose the review anyway?"
        )
        if not self.isVisible() or self._may_discard(question, self.tr("Discard and close")):
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms the field it is typed in; importing the whole plan takes Ctrl+Enter or the button
        (a clerk presses Enter after a unit's name, not to store 47 measures unseen)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
            elif isinstance(self.focusWidget(), QPushButton):
                super().keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        """Checked while the review is open: what the store would refuse (no title, a date that is not
        one) is said here, and the clerk's corrections stay on screen to be completed."""
        try:
            if not self.title.text().strip():
                raise InvalidValue(self.tr("The plan has no title: type it in “Plan title” at the top."))
            check_plan(self.plan())
        except InvalidValue as exc:
            show_error(self, exc)
            if not self.title.text().strip():
                self.title.setFocus()
            return
        super().accept()

    def plan(self) -> ParsedPlan:
        """The plan as confirmed; a date typed wrongly is refused here (InvalidValue), as the store would."""
        self._store_edits()
        self._typed.check(self._items)
        return replace(
            self.document.plan,
            title=self.title.text().strip(),
            doc_number=self.doc_number.text().strip() or None,
            issued_on=typed_date(self.issued_on.text().strip() or None),
            items=tuple(self._items),
        )

    def confirmed_document(self) -> ParsedDocument:
        """The document with the confirmed plan; whatever else it carries (a ledger's row notes) stays."""
        return replace(self.document, plan=self.plan())
