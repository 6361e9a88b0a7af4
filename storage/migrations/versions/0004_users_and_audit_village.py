"""user accounts; the village of each audit event; 64-bit contribution amounts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:00:00
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VILLAGE_IN_CONTEXT = re.compile(r"^village=(\d+)")


def upgrade() -> None:
    op.create_table('useraccount',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('role', sa.Enum('secretariat', 'team_lead', 'viewer', name='role', native_enum=False, length=20), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('member_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('member_agency_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_agency_id'], ['agency.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('useraccount', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_useraccount_username'), ['username'], unique=True)

    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('village_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_auditevent_village_id'), ['village_id'], unique=False)

    # Billions of đồng overflow PostgreSQL's 32-bit INTEGER (SQLite's integers are 64-bit anyway).
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.alter_column('amount', existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=False)

    # Until now the village was only written into the context ("village=12; criterion=3; …").
    connection = op.get_bind()
    audit = sa.table('auditevent', sa.column('id', sa.Integer), sa.column('context', sa.String),
                     sa.column('village_id', sa.Integer))
    rows = connection.execute(sa.select(audit.c.id, audit.c.context).where(audit.c.context.like('village=%')))
    found = [{'event_id': event_id, 'village': int(match.group(1))} for event_id, context in rows
             if (match := VILLAGE_IN_CONTEXT.match(context))]
    if found:
        connection.execute(audit.update().where(audit.c.id == sa.bindparam('event_id'))
                           .values(village_id=sa.bindparam('village')), found)


def downgrade() -> None:
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.alter_column('amount', existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=False)

    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auditevent_village_id'))
        batch_op.drop_column('village_id')

    with op.batch_alter_table('useraccount', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_useraccount_username'))

    op.drop_table('useraccount')
