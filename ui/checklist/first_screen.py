"""The checklist's first screenful at start, shown while the whole ledger is read.

At 10,000 tasks the whole read (every row with its light) takes a third of a second after the ledger
opens, at 100,000 several seconds; the first rows in the table's first order, read the same way
(services/ledger/ledger_read.py first_rows), take a few hundredths. They go into the table only while
it is empty and still in that order, unfiltered; the whole read then replaces them (ChecklistView.
_show_rows), keeping the row selected and where the table was scrolled to.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt

from services.ledger.filtering import RowFilter
from services.ledger.ledger_read import first_rows
from services.storage.database import read_action

# More rows than a maximised window shows.
FIRST_SCREEN = 80


def in_first_order(view) -> bool:  # view: the ChecklistView (which imports this module)
    """Nothing narrows the table, it shows today, and it is sorted by 序号 ascending (first_rows' order)."""
    header = view.table.horizontalHeader()
    return (
        view.as_of is None
        and header.sortIndicatorSection() == 0
        and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        and view.current_filter() == RowFilter()
    )


def read_first_screen(view) -> None:
    """Queue the first screenful's read (before the whole read: one runner, first come first served)."""
    ledger, rule = view.context.ledger, view.context.light_rule()

    def work(_progress):
        with read_action(ledger) as session:
            return first_rows(session, as_of=date.today(), rule=rule, count=FIRST_SCREEN)

    def show(rows) -> None:
        if view._loading and view.model.rowCount() == 0 and in_first_order(view):
            view.model.set_rows(rows, ordered=True)
            view.first_screen = True
            view.count_label.setText(QCoreApplication.translate("ChecklistView", "Reading all tasks…"))
            view.columns.fit()

    view.context.runner.run(work, show, lambda _exc: None)  # the whole read says what went wrong, if anything
