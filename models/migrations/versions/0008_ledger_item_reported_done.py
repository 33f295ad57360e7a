"""ledger_item.reported_done_on: the unit reported the task done, and the office has not confirmed it

A task whose unit reports 是否完成=是 is neither red nor closed: it waits for the office's 销号. The day
of that report is kept beside the task (set by the returns import when every lead unit's latest report
says done, cleared by a later "not done" report or by closing the task), so the light, the reminders and
the sheet read it with the task, without a scan of the progress history.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ledger_item", sa.Column("reported_done_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ledger_item", schema=None) as batch_op:
        batch_op.drop_column("reported_done_on")
