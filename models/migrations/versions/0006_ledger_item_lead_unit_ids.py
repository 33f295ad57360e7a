"""ledger_item.lead_unit_ids: the lead units' ids beside each task, for the reminders

The reminders read every open task that may need attention and its lead units. Reading the units
from `assignment` meant scanning those tasks a second time (a third of the reminders' time on 100,000
tasks); a copy of the lead unit ids in plan order ("3,17"), kept by services.ledger.tasks.set_units and unit
merges, is read with the task from the attention index instead.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OLD_COLUMNS = [
    "progress",
    "recurring",
    "due_on",
    "status",
    "deleted_at",
    "kind",
    "plan_id",
    "position",
    "number",
    "title",
    "start_on",
]

# Each task's lead unit ids in position order. SQLite's group_concat keeps the order of the ordered
# subquery it reads; PostgreSQL's string_agg takes the order explicitly.
FILL = {
    "sqlite": """
        UPDATE ledger_item SET lead_unit_ids = (
            SELECT group_concat(unit_id, ',') FROM (
                SELECT unit_id FROM assignment
                WHERE assignment.item_id = ledger_item.id AND assignment.role = 'lead'
                ORDER BY assignment.position
            )
        )
    """,
    "postgresql": """
        UPDATE ledger_item SET lead_unit_ids = (
            SELECT string_agg(unit_id::text, ',' ORDER BY position) FROM assignment
            WHERE assignment.item_id = ledger_item.id AND assignment.role = 'lead'
        )
    """,
}


def upgrade() -> None:
    with op.batch_alter_table("ledger_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lead_unit_ids", sa.String(length=500), nullable=True))
        batch_op.drop_index("ix_ledger_item_attention")
    op.execute(FILL[op.get_bind().dialect.name])
    with op.batch_alter_table("ledger_item", schema=None) as batch_op:
        batch_op.create_index("ix_ledger_item_attention", [*OLD_COLUMNS, "lead_unit_ids"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ledger_item", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_item_attention")
        batch_op.drop_column("lead_unit_ids")
        batch_op.create_index("ix_ledger_item_attention", OLD_COLUMNS, unique=False)
