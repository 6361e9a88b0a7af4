"""administrative units with the dates they hold, and reorganisations as data (issue 18)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 01:40:00

Two dates on `adminunit` (valid_from, valid_until: none for every existing unit, which therefore holds from the
beginning and still does); new tables `unitperiod` (a unit's dated names and parents), `villagemembership` (a
village's dated commune and name), `reorganisation` and `unitchange` (a decision and its changes), all empty: a
unit or village without dated rows has had its name, parent and commune throughout. `plan.continues_plan_id`
names the plan a plan carries on (none). Nothing existing is rewritten.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('reorganisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('decision_body', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('applied_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('applied_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('reorganisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reorganisation_effective_on'), ['effective_on'], unique=False)

    op.create_table('unitperiod',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['adminunit.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['unit_id'], ['adminunit.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('unitperiod', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unitperiod_unit_id'), ['unit_id'], unique=False)

    op.create_table('unitchange',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reorganisation_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('merge', 'split', 'rename', 'move_village', 'rename_village', 'level_removed', 'province_merged', name='changekind', native_enum=False, length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('new_unit_id', sa.Integer(), nullable=True),
    sa.Column('village_id', sa.Integer(), nullable=True),
    sa.Column('old_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('new_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.ForeignKeyConstraint(['new_unit_id'], ['adminunit.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['reorganisation_id'], ['reorganisation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['adminunit.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('unitchange', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unitchange_reorganisation_id'), ['reorganisation_id'], unique=False)

    op.create_table('villagemembership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.Column('commune_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['commune_id'], ['adminunit.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('villagemembership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_villagemembership_commune_id'), ['commune_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_villagemembership_village_id'), ['village_id'], unique=False)

    with op.batch_alter_table('adminunit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('valid_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('valid_until', sa.Date(), nullable=True))

    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.add_column(sa.Column('continues_plan_id', sa.Integer(), nullable=True))



def downgrade() -> None:
    # Columns dropped in place: a batch would recreate `plan` and `adminunit`, whose children a DROP TABLE with
    # foreign keys on would cascade into or refuse.
    for table, column in (('plan', 'continues_plan_id'), ('adminunit', 'valid_until'), ('adminunit', 'valid_from')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')

    with op.batch_alter_table('villagemembership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_villagemembership_village_id'))
        batch_op.drop_index(batch_op.f('ix_villagemembership_commune_id'))

    op.drop_table('villagemembership')
    with op.batch_alter_table('unitchange', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unitchange_reorganisation_id'))

    op.drop_table('unitchange')
    with op.batch_alter_table('unitperiod', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unitperiod_unit_id'))

    op.drop_table('unitperiod')
    with op.batch_alter_table('reorganisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reorganisation_effective_on'))

    op.drop_table('reorganisation')
