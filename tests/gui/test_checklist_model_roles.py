"""The checklist model turns away the roles the table does not use before any other work (it is asked
for every visible cell in seven roles on each paint): what it answers, role by role and column by
column, must be what the table shows — the text, the tooltips, the light's colour and dot, the id."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from services.ledger.rows import LedgerFilter, query_ledger
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import user_action
from ui.checklist.model import COLUMNS, ID_ROLE, STATUS_COLUMN, TITLE_COLUMN, LedgerTableModel
from ui.lights import BACKGROUND, DOT


def _expected(row, column: int, role: int):
    """What each role of each cell holds, written out plainly."""
    if role == Qt.ItemDataRole.DisplayRole:
        return COLUMNS[column][1](row)
    if role == Qt.ItemDataRole.ToolTipRole and column == TITLE_COLUMN:
        return row.text or row.title
    if role == Qt.ItemDataRole.ToolTipRole and column == STATUS_COLUMN:
        return "\n\n".join(p for p in (row.why, row.latest_situation) if p) or None
    if role == Qt.ItemDataRole.BackgroundRole and column == STATUS_COLUMN:
        return BACKGROUND[row.light]
    if role == Qt.ItemDataRole.DecorationRole and column == STATUS_COLUMN:
        return DOT[row.light]
    if role == ID_ROLE:
        return row.id
    return None


def test_every_role_of_every_cell(ledger, qapp) -> None:
    with user_action(ledger) as session:
        import_plan_file(session, sample_plan_path())
        rows = query_ledger(session, LedgerFilter())
    model = LedgerTableModel()
    model.set_rows(rows)
    roles = [*range(0, 20), int(Qt.ItemDataRole.UserRole), ID_ROLE, ID_ROLE + 1]
    for number in range(model.rowCount()):
        row = model.row_at(number)
        for column in range(model.columnCount()):
            index = model.index(number, column)
            for role in roles:
                assert model.data(index, role) == _expected(row, column, role), (number, column, role)
            # Qt passes plain ints, Python callers the enum: the same answer.
            assert model.data(index, Qt.ItemDataRole.DisplayRole) == model.data(index, 0)
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
    assert model.data(model.index(0, 0)) == COLUMNS[0][1](model.row_at(0))  # the default role
