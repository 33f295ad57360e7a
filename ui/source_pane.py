"""The plan's own text beside the review tree: it scrolls to the item chosen, and shades the paragraphs
the reader placed in no measure (services/plans/placed.py) so the clerk can see what was left out."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

UNPLACED_COLOUR = QColor("#f3dcc8")  # a warm grey-orange, apart from the tree's yellow for doubts


class SourcePane(QPlainTextEdit):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setReadOnly(True)
        self._text = text

    def shade_lines(self, lines: list[int]) -> None:
        """Give the source lines `lines` (0-based) a background of their own."""
        shade = QTextCharFormat()
        shade.setBackground(UNPLACED_COLOUR)
        shade.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selections = []
        document = self.document()
        for line in lines:
            block = document.findBlockByNumber(line)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format = shade
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    def show_text(self, text: str) -> None:
        """Select the start of `text` in the source and bring it to the middle of the pane."""
        # (a Word table's row: its cells joined by tabs in the source, by other marks in the measure's text —
        # its first line's longest words are looked for then; found nowhere, no old selection stays to mislead)
        first = text.split("\n", 1)[0]
        longest = sorted(first.split(), key=len, reverse=True)[:1]
        tries = [text[:30], *(t for t in (first[:30], *longest) if len(t) >= 4)] if text else []
        found = next(((at, t) for t in tries if (at := self._text.find(t)) >= 0), None)
        cursor = self.textCursor()
        if found is None:
            cursor.clearSelection()
            self.setTextCursor(cursor)
            return
        position, words = found
        cursor.setPosition(position)
        cursor.setPosition(position + min(len(words), 30), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
