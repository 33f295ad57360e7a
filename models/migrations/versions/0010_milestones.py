"""milestone: the dated steps inside a measure

`2024年底前完成普查` and `2025年底基本淘汰国Ⅲ柴油货车` inside a measure due in 2027 were shown in the review
and then dropped: only the last deadline became the measure's due date. Each earlier deadline is now a
milestone with its own date and words, so it reaches the reminders.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["ledger_item.id"], name=op.f("fk_milestone_item_id_ledger_item"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
    )
    op.create_index(op.f("ix_milestone_item_id"), "milestone", ["item_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_milestone_item_id"), table_name="milestone")
    op.drop_table("milestone")
