"""What the task editor, its tabs and the plan review share to read a form and ask about it.

One module below them all, so the editor and its tabs do not import each other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from services.errors import InvalidValue

UNIT_SEPARATORS = "、，,；; "


def split_units(text: str) -> tuple[str, ...]:
    for sep in UNIT_SEPARATORS[1:]:
        text = text.replace(sep, "、")
    return tuple(part for part in (p.strip() for p in text.split("、")) if part)


def parse_number(text: str, label: str) -> float | None:
    text = text.strip().replace("，", "").replace(",", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError as exc:
        raise InvalidValue(f"“{label}”应填数字，填写的是“{text}”。") from exc


def ask(
    parent: QWidget, title: str, text: str, choices: tuple[tuple[str, QMessageBox.ButtonRole], ...]
) -> int:
    """The index of the choice the user took; the first is the default, the last is what Escape means."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = [box.addButton(label, role) for label, role in choices]
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else len(choices) - 1


def check_the_figures(parent: QWidget, warnings: list[str], go_on: str) -> bool:
    """The warnings the returns import gives for the same figures; True when the clerk goes on anyway."""
    back = QCoreApplication.translate("TaskEditorDialog", "Go back and correct")
    title = QCoreApplication.translate("TaskEditorDialog", "Check the figures")
    choices = ((go_on, QMessageBox.ButtonRole.AcceptRole), (back, QMessageBox.ButtonRole.RejectRole))
    return ask(parent, title, "\n".join(warnings), choices) == 0


def leave_asked(parent: QWidget, title: str, question: str, stay: str, leave: str) -> bool:
    """Whether the user chose to leave and lose their work; staying is the default and what Escape means."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    stay_button = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    leave_button = box.addButton(leave, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay_button)
    box.setEscapeButton(stay_button)
    box.exec()
    return box.clickedButton() is leave_button
