"""Completion of unit names in a field that lists several units (区发改委、区工信局): the name being
typed after the last separator is completed from the registry, so a task does not get a new unit for
a typo or a short form the office has not registered."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

SEPARATORS = re.compile(r"[、，,；;\s]+")


class UnitListCompleter(QCompleter):
    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(names, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)  # 教体 finds 区教体局

    def splitPath(self, path: str) -> list[str]:
        return [SEPARATORS.split(path)[-1]]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The field's text with its last, half-typed name replaced by the chosen one."""
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        typed = SEPARATORS.split(text)[-1]
        return text[: len(text) - len(typed)] + str(index.data())
