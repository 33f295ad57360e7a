"""When the reader finds no measure in a document, the clerk ticks the lines where measures start,
or, when the document holds a table, picks which of its columns hold the task and the units, or
edits the text (breaks a page that was copied onto one line, adds the numbering a mirror garbled)
and has it read again.

The marked lines are read by services.plans.parser.parse_marked_lines exactly like numbered measures
(owners from their clauses, targets, deadlines); a picked table by services.plans.parser.picked like a
task table the reader recognised. Then the usual review screen opens. This replaces a refusal whose
only advice was to number the measures in Word first.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.plans.parser.picked import TableChoice, candidate_tables
from ui.form_input import leave_asked
from ui.plan_table_picking import TablePicker
from ui.screen_fit import fit_to_screen

_TIP_MAX = 600
LINE_ROLE = Qt.ItemDataRole.UserRole + 1


class MarkMeasuresDialog(QDialog):
    def __init__(
        self,
        file_name: str,
        lines: tuple[str, ...],
        parent: QWidget | None = None,
        *,
        found_none: bool = True,
        stuck: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the measures"))
        fit_to_screen(self, QSize(860, 620))
        # Opened on a refusal (nothing found) or from the review screen (found, but read wrong).
        if stuck:  # a fault in the reader (logged), not in the file
            why = self.tr("The reader could not split “{name}” into measures; the file itself is fine.")
        elif found_none:
            why = self.tr("No numbered measures were found in “{name}”.")
        else:
            why = self.tr("Mark the measures of “{name}” by hand.")
        explanation = QLabel(
            why.format(name=file_name)
            + " "
            + self.tr(
                "Tick each line where a measure starts; the lines after it up to its responsibility clause "
                "belong to it. The units, targets and deadlines are then read as usual and shown for review."
            )
        )
        explanation.setWordWrap(True)
        self.lines_list = QListWidget()
        self.lines_list.setAlternatingRowColors(True)
        self.lines = lines  # the lines ticked in: the file's, or the clerk's edited text once ticked in
        self._lost_ticks = 0  # ticked lines whose words an edit changed
        self._fill_list(set())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_button = QPushButton(self.tr("Read the marked measures"))
        self.buttons.addButton(self.read_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.read_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.lines_list.itemChanged.connect(self._ticked)
        lines_page = QWidget()
        lines_layout = QVBoxLayout(lines_page)
        lines_layout.addWidget(explanation)
        lines_layout.addWidget(self.lines_list, 1)
        self.count = QLabel()
        lines_layout.addWidget(self.count)
        tables = candidate_tables(list(lines))
        self.picker = TablePicker(tables) if tables else None
        self.table_lines = (
            lines  # the lines the picker's tables are read from: the file's, or the edited text's
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(lines_page, self.tr("Mark lines"))
        if self.picker is not None:
            self.tabs.addTab(self.picker, self.tr("Read a table ({n})").format(n=len(tables)))
            self.picker.changed.connect(self._update_count)
            self.tabs.setCurrentWidget(self.picker)  # a table found: its columns are the quicker way
        self.original_text = "\n".join(lines)
        self.text_edit = QPlainTextEdit(self.original_text)
        self.text_edit.textChanged.connect(self._update_count)
        text_page = QWidget()
        text_layout = QVBoxLayout(text_page)
        text_hint = QLabel(
            self.tr(
                "When measures run together on one line or their numbering is garbled, break the lines "
                "or add the numbers (一、 / （一） / 1.) here and read the text again. The file is not changed."
            )
        )
        text_hint.setWordWrap(True)
        text_layout.addWidget(text_hint)
        text_layout.addWidget(self.text_edit, 1)
        self.text_page = text_page
        self.tabs.addTab(text_page, self.tr("Edit the text"))
        self.tabs.currentChanged.connect(self._take_edited_lines)
        self.tabs.currentChanged.connect(self._take_edited_table)
        self.tabs.currentChanged.connect(self._update_count)
        self.lines_page = lines_page
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._update_count()

    def _fill_list(self, ticked: set[str]) -> None:
        """One row a non-empty line of `self.lines`; the lines whose words are in `ticked` ticked."""
        self.lines_list.blockSignals(True)
        self.lines_list.clear()
        for index, line in enumerate(self.lines):
            if not line.strip():
                continue
            item = QListWidgetItem(f"{index + 1:>4}  {line.strip()}")
            # (a line wider than the dialog is cut at its edge: the whole of it on hover, a page's worth at most)
            item.setToolTip(f"<p>{html.escape(line.strip()[:_TIP_MAX])}</p>")  # (rich text wraps)
            item.setData(LINE_ROLE, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = line.strip() in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.lines_list.addItem(item)
        self.lines_list.blockSignals(False)

    def _ticked(self, *_args: object) -> None:
        self._lost_ticks = 0  # the clerk is ticking again: the note has been read
        self._update_count()

    def _take_edited_lines(self, _index: int) -> None:
        """Back on the tick list after editing the text (a page broken into lines): the list is the edited
        text's lines, the lines already ticked still ticked."""
        if self.tabs.currentWidget() is not self.lines_page:
            return
        edited = tuple(self.text_edit.toPlainText().split("\n"))
        if edited == self.lines:
            return
        ticked = {self.lines[index].strip() for index in self.marked_lines()}
        self.lines = edited
        self._fill_list(ticked)
        kept = {line.strip() for line in edited} & ticked
        self._lost_ticks = len(ticked - kept)  # said under the list until the clerk ticks again

    def _take_edited_table(self, _index: int) -> None:
        """Back on the table page after editing the text: its tables are read again from the edited text (the
        cell the clerk mended is the one read), unless the edit left no table to read."""
        if self.picker is None or self.tabs.currentWidget() is not self.picker:
            return
        edited = tuple(self.text_edit.toPlainText().split("\n"))
        tables = candidate_tables(list(edited)) if edited != self.table_lines else []
        if not tables:
            return
        at = self.tabs.indexOf(self.picker)
        # (the columns the clerk chose stay chosen where the table kept its shape)
        settings = self.picker.settings()
        self.tabs.blockSignals(True)  # (the tab is replaced in place: no page change to answer)
        self.tabs.removeTab(at)
        self.picker.deleteLater()
        self.picker = TablePicker(tables)
        self.picker.keep_settings(settings)
        self.picker.changed.connect(self._update_count)
        self.tabs.insertTab(at, self.picker, self.tr("Read a table ({n})").format(n=len(tables)))
        self.tabs.setCurrentIndex(at)
        self.tabs.blockSignals(False)
        self.table_lines = edited

    def marked_lines(self) -> list[int]:
        """0-based indexes of the ticked lines of `self.lines`, in document order."""
        return [
            int(self.lines_list.item(row).data(LINE_ROLE))
            for row in range(self.lines_list.count())
            if self.lines_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def table_choice(self) -> TableChoice | None:
        """The picked table and columns when the table page is shown, else None (lines were marked)."""
        if self.picker is None or self.tabs.currentWidget() is not self.picker:
            return None
        return self.picker.choice()

    def edited_text(self) -> str | None:
        """The clerk's edited text when the text page is shown and the text was changed, else None."""
        if self.tabs.currentWidget() is not self.text_page:
            return None
        text = self.text_edit.toPlainText()
        return text if text.strip() and text != self.original_text else None

    def reject(self) -> None:
        """Cancel, Escape and the close button: ticked lines and an edited text are work; ask before dropping
        them, staying the default."""
        edited = self.text_edit.toPlainText() != self.original_text
        if self.isVisible() and (self.marked_lines() or edited):
            question = self.tr("The lines you ticked and the text you edited will be lost.\n\nClose anyway?")
            title, stay = self.tr("Discard your marking?"), self.tr("Keep marking")
            if not leave_asked(self, title, question, stay, self.tr("Discard and close")):
                return
        super().reject()

    def _update_count(self, *_args: object) -> None:
        marked = len(self.marked_lines())
        said = self.tr("%n measure(s) marked", "", marked)
        if self._lost_ticks:
            said += self.tr(
                " — %n ticked line(s) changed in the edited text and are no longer ticked: tick them again.",
                "",
                self._lost_ticks,
            )
        self.count.setText(said)
        if self.tabs.currentWidget() is self.text_page:
            self.read_button.setText(self.tr("Read the edited text"))
            self.read_button.setEnabled(self.edited_text() is not None)
        elif self.picker is not None and self.tabs.currentWidget() is self.picker:
            self.read_button.setText(self.tr("Read the table"))
            self.read_button.setEnabled(self.picker.choice() is not None)
        else:
            self.read_button.setText(self.tr("Read the marked measures"))
            self.read_button.setEnabled(marked > 0)
