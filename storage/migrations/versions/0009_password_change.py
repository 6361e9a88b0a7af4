"""an account whose user must choose a new password at the next sign-in

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 01:30:00

One column on `useraccount`: `must_change_password` (false for every existing account). On a shared server it is
set when setup-server gives an account a temporary password or the secretariat sets one, and cleared when the user
has chosen their own.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A recreated table (SQLite's batch mode) keeps AUTOINCREMENT: an account's id is never given out again.
    with op.batch_alter_table('useraccount', schema=None, table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('useraccount', schema=None, table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.drop_column('must_change_password')
