"""What the checklist does with the rows the clerk selected: the right-click menu, closing several,
deleting one."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QTableView

from services.ledger.row_views import LedgerRow
from ui.context import AppContext
from ui.errors import show_error
from ui.ops import CollectionOp


class ChecklistView(Protocol):
    """What these actions use of the checklist view (a QWidget, the menu's parent). Named here, not
    imported from ui/checklist/view.py, which imports this module: the two would import each other."""

    context: AppContext
    table: QTableView
    edit_action: QAction
    progress_action: QAction
    close_action: QAction
    reopen_action: QAction
    copy_action: QAction
    delete_action: QAction

    def reload(self) -> None: ...


def row_menu(view: ChecklistView, position: QPoint) -> QMenu:
    """The row under the pointer joins the selection (as in Explorer), then its actions are offered."""
    table = view.table
    index = table.indexAt(position)
    if index.isValid() and not table.selectionModel().isRowSelected(index.row()):
        table.selectRow(index.row())
    menu = QMenu(view)
    for action in (view.edit_action, view.progress_action, view.close_action, view.reopen_action):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(view.copy_action)
    menu.addSeparator()
    menu.addAction(view.delete_action)
    menu.popup(table.viewport().mapToGlobal(position))
    return menu


def tasks():
    """The task use cases, imported when first used: the checklist is built before SQLAlchemy is
    imported when it shows its first screen at start (ui/checklist/first_screen.py)."""
    from services.operations import tasks

    return tasks


def close_rows(view: ChecklistView, rows: list[LedgerRow]) -> None:
    """Close (销号) open tasks: one asked-for transaction, one undo step per task."""
    if not rows:
        return
    if len(rows) == 1:
        row = rows[0]
        apply_op(
            view,
            lambda ledger: tasks().close_tasks(ledger, [(row.id, row.version)]),
            QCoreApplication.translate("ChecklistView", "close task"),
            QCoreApplication.translate("ChecklistView", "Closed: {title}").format(title=row.title[:30]),
        )
        return
    n = len(rows)
    answer = QMessageBox.question(
        view,
        QCoreApplication.translate("ChecklistView", "Close tasks"),
        QCoreApplication.translate(
            "ChecklistView", "Close the %n selected task(s)? Ctrl+Z undoes each.", "", n
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    chosen = [(r.id, r.version) for r in rows]
    apply_op(
        view,
        lambda ledger: tasks().close_tasks(ledger, chosen),
        QCoreApplication.translate("ChecklistView", "close task"),
        QCoreApplication.translate("ChecklistView", "Closed %n task(s).", "", n),
    )


def delete_row(view: ChecklistView, row: LedgerRow | None) -> None:
    """Delete a task with its progress history, once the clerk says yes; Ctrl+Z brings it back."""
    if row is None:
        return
    answer = QMessageBox.question(
        view,
        QCoreApplication.translate("ChecklistView", "Delete task"),
        QCoreApplication.translate(
            "ChecklistView", "Delete “{title}” with its progress history?\nYou can undo this with Ctrl+Z."
        ).format(title=row.title[:60]),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    apply_op(
        view,
        lambda ledger: tasks().delete_task(ledger, row.id, row.version),
        QCoreApplication.translate("ChecklistView", "delete task"),
        QCoreApplication.translate("ChecklistView", "Deleted: {title} (Ctrl+Z to undo)").format(
            title=row.title[:30]
        ),
    )


def apply_op(view: ChecklistView, op, description: str, message: str) -> None:
    """Run a task use case (services/operations/tasks.py) off the GUI thread; on failure the rows
    reload too, so a task another PC changed shows as it now is."""

    def failed(exc: BaseException) -> None:
        show_error(view, exc)
        view.reload()

    CollectionOp(view, op).undo(description).success(
        lambda _done: view.context.status_message.emit(message)
    ).failure(failed).run_in_background()
