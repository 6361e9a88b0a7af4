"""the yearly review cycle: review rounds, each village's review and its comments, closed years (issue 19)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 14:48:13

New tables, all empty: `reviewround` (a plan-year's yearly or mid-year round, its deadline, who opened and closed
it), `villagereview` (a village's state in a round; none yet: every village is in review), `reviewcomment` (the
thread of a village's review) and `yearclosure` (a plan-year closed once reported). Nothing existing is rewritten.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('reviewround',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('yearly', 'mid_year', name='roundkind', native_enum=False, length=20), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('opened_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('opened_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('closed_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('closed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('plan_id', 'year', 'kind'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('reviewround', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviewround_plan_id'), ['plan_id'], unique=False)

    op.create_table('yearclosure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('closed_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('closed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('plan_id', 'year'),
    sqlite_autoincrement=True
    )
    op.create_table('villagereview',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('in_review', 'submitted', 'approved', 'returned', name='reviewstate',
                               native_enum=False, length=20), nullable=False),
    sa.Column('first_submitted_on', sa.Date(), nullable=True),
    sa.Column('submitted_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('submitted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['reviewround.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('round_id', 'village_id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('villagereview', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_villagereview_village_id'), ['village_id'], unique=False)

    op.create_table('reviewcomment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.Enum('submit', 'approve', 'return', 'reopen', 'comment', name='reviewstep',
                              native_enum=False, length=20), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['villagereview.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('reviewcomment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviewcomment_review_id'), ['review_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('reviewcomment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviewcomment_review_id'))

    op.drop_table('reviewcomment')
    with op.batch_alter_table('villagereview', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_villagereview_village_id'))

    op.drop_table('villagereview')
    op.drop_table('yearclosure')
    with op.batch_alter_table('reviewround', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviewround_plan_id'))

    op.drop_table('reviewround')
