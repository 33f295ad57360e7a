"""progress_entry: void and correct with a trace (留痕)

A mistaken progress entry is never deleted or overwritten: it is voided with a reason (who, when, why),
and a correction is a new entry that names the entry it corrects. The task's figures are the latest
entries that are not voided; the history and the exported ledger show both.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("progress_entry", sa.Column("voided_at", sa.DateTime(), nullable=True))
    op.add_column("progress_entry", sa.Column("voided_by", sa.String(length=100), nullable=True))
    op.add_column("progress_entry", sa.Column("void_reason", sa.Text(), nullable=True))
    # A plain integer, not a foreign key: SQLite adds no constraint without copying the table, and the
    # entry it names is never deleted (only voided).
    op.add_column("progress_entry", sa.Column("corrects_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("progress_entry", schema=None) as batch_op:
        batch_op.drop_column("corrects_id")
        batch_op.drop_column("void_reason")
        batch_op.drop_column("voided_by")
        batch_op.drop_column("voided_at")
