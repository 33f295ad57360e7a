"""Returns keep their content hash and saved time; progress entries keep the reported completion

- progress_return.content_sha256 with a unique index per round: two PCs importing the same returned
  file into one ledger store it once (the second insert fails, its whole batch rolls back).
- progress_return.saved_at: when the clerk last saved the file (the workbook's own modified time), so
  of two returns of one unit the later saved one wins, not the one that sorts last by name.
- progress_entry.reported_done / completed_on: a unit's 是否完成 and 完成时间, stored with its report
  instead of only shown in the preview.

Only nullable columns are added and an index created: no table is copied, no row is rewritten.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("progress_return", sa.Column("content_sha256", sa.String(length=64), nullable=True))
    op.add_column("progress_return", sa.Column("saved_at", sa.DateTime(), nullable=True))
    op.create_index(
        "uq_progress_return_round_content", "progress_return", ["round_id", "content_sha256"], unique=True
    )
    op.add_column("progress_entry", sa.Column("reported_done", sa.Boolean(), nullable=True))
    op.add_column("progress_entry", sa.Column("completed_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("progress_entry", schema=None) as batch_op:
        batch_op.drop_column("completed_on")
        batch_op.drop_column("reported_done")
    op.drop_index("uq_progress_return_round_content", table_name="progress_return")
    with op.batch_alter_table("progress_return", schema=None) as batch_op:
        batch_op.drop_column("saved_at")
        batch_op.drop_column("content_sha256")
