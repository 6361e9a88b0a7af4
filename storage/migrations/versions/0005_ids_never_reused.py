"""ids never reused (SQLite AUTOINCREMENT, counters above every id the audit names); village records versioned;
the audit trail append-only below the ORM (triggers)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 15:40:00

On SQLite every table with an integer id is recreated AUTOINCREMENT. The recreate drops the old table: the
migration connection must have foreign keys OFF (storage/migrate.py sets it before BEGIN), or SQLite's implicit
DELETE of the dropped table would cascade into its child tables; the upgrade refuses to run otherwise.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.audit_guard import install_guard, remove_guard
from storage.id_floor import raise_counters

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VILLAGE_RECORDS = ('householdindicators', 'communitymodel', 'contribution', 'visit', 'concern', 'villagecontact',
                   'initiative')
# Every table with an integer id (planvillage's key is plan and village: no id of its own).
WITH_IDS = ('adminunit', 'village', 'agency', 'criteriaset', 'criterion', 'plan', 'assignment', 'supportteam',
            'teammember', 'assessment', 'useraccount', 'auditevent', *VILLAGE_RECORDS)


def _version_column() -> sa.Column:
    return sa.Column('version', sa.Integer(), server_default='1', nullable=False)


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == 'sqlite':
        if connection.exec_driver_sql('PRAGMA foreign_keys').scalar():
            raise RuntimeError('revision 0005 recreates tables: it must run with foreign keys OFF')
        for table in WITH_IDS:
            with op.batch_alter_table(table, recreate='always', table_kwargs={'sqlite_autoincrement': True}) as batch:
                if table in VILLAGE_RECORDS:
                    batch.add_column(_version_column())
    else:
        for table in VILLAGE_RECORDS:
            op.add_column(table, _version_column())
    raise_counters(connection, WITH_IDS)
    install_guard(connection)


def downgrade() -> None:
    """Drops the triggers and the versions; the tables stay AUTOINCREMENT (older code does not mind)."""
    connection = op.get_bind()
    remove_guard(connection)
    for table in VILLAGE_RECORDS:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('version')
