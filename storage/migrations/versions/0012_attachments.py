"""evidence files stored in the database: contents by SHA-256, their chunks, attachments (issue 20)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 15:05:00

New tables, all empty: `filecontent` (one row per distinct content, keyed by its SHA-256, with its size, detected
type, number of chunks and an image's thumbnail), `contentchunk` (the bytes, at most 1 MiB a row: BLOB on SQLite,
bytea on PostgreSQL) and `attachment` (a content linked to a criterion of a village in a year, or to a village
record, with its name, type, size, who and when). Nothing existing is rewritten.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('filecontent',
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('chunks', sa.Integer(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=True),
    sa.Column('stored_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('contentchunk',
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['sha256'], ['filecontent.sha256'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('sha256', 'seq')
    )
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=True),
    sa.Column('record_table', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('added_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('added_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint('(criterion_id IS NOT NULL AND record_table IS NULL AND record_id IS NULL) OR '
                       '(criterion_id IS NULL AND record_table IS NOT NULL AND record_id IS NOT NULL)',
                       name='attachment_one_target'),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sha256'], ['filecontent.sha256'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_village_year', ['village_id', 'year'], unique=False)
        batch_op.create_index('ix_attachment_record', ['record_table', 'record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)


def downgrade() -> None:
    """Drops the evidence files with their contents."""
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index('ix_attachment_record')
        batch_op.drop_index('ix_attachment_village_year')
    op.drop_table('attachment')
    op.drop_table('contentchunk')
    op.drop_table('filecontent')
