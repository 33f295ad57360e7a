"""ledger_item: 督办事项 without a plan — source, 督办编号, 责任领导 and the 交办/签收 dates

Much of what the office 督办 has no plan document: a leader's 批示, a meeting's 议定事项, a 来文. Such an
item is a task like any other (units, due date, progress, 办结) and carries besides where it came from, a
督办编号 numbered per year (`督〔2024〕12号`: prefix, year and number kept apart so the next free number of
a year is one MAX and the pair is unique), the 责任领导 and the days it was 交办 and 签收. 反馈 is the
progress history and 办结 the task's close, already kept. Every column is empty on the tasks of a plan
imported before; nothing is guessed for them.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = (
    ("source", sa.String(length=20)),
    ("supervision_prefix", sa.String(length=20)),
    ("supervision_year", sa.Integer()),
    ("supervision_seq", sa.Integer()),
    ("leader", sa.String(length=100)),
    ("assigned_on", sa.Date()),
    ("signed_on", sa.Date()),
    ("signed_by", sa.String(length=100)),
)


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("ledger_item", sa.Column(name, kind, nullable=True))
    # Two items may not share a number of one year; the many tasks without a number (NULL) may.
    op.create_index(
        "ix_ledger_item_supervision_no", "ledger_item", ["supervision_year", "supervision_seq"], unique=True
    )


def downgrade() -> None:
    op.drop_index("ix_ledger_item_supervision_no", table_name="ledger_item")
    with op.batch_alter_table("ledger_item", schema=None) as batch_op:
        for name, _kind in reversed(COLUMNS):
            batch_op.drop_column(name)
