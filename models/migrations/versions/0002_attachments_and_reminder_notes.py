"""attachments and handled reminders

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('stored_name', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('added_by', sa.String(length=100), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['ledger_item.id'], name=op.f('fk_attachment_item_id_ledger_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_item_id'), ['item_id'], unique=False)

    op.create_table('reminder_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('handled_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('who', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['ledger_item.id'], name=op.f('fk_reminder_note_item_id_ledger_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_note'))
    )
    with op.batch_alter_table('reminder_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_note_item_id'), ['item_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_item_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('reminder_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_note_item_id'))

    op.drop_table('reminder_note')
