"""reporting rounds: units asked for a return, template checksum; row and problem counts of returns

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "round_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("chased_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["round_id"], ["reporting_round.id"], name=op.f("fk_round_unit_round_id_reporting_round"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_round_unit_unit_id_unit"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_round_unit")),
        sa.UniqueConstraint("round_id", "unit_id", name=op.f("uq_round_unit_round_id")),
    )
    with op.batch_alter_table("round_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_round_unit_round_id"), ["round_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_round_unit_unit_id"), ["unit_id"], unique=False)

    with op.batch_alter_table("progress_return", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rows", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("problems", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("progress_return", schema=None) as batch_op:
        batch_op.drop_column("problems")
        batch_op.drop_column("rows")

    with op.batch_alter_table("round_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_round_unit_unit_id"))
        batch_op.drop_index(batch_op.f("ix_round_unit_round_id"))

    op.drop_table("round_unit")
