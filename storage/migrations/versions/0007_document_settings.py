"""the documents' settings (issuing body, place, signers, typeface); criteria groups without the annex's numeral

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 21:30:00

A new table of one row, `documentsettings` (AUTOINCREMENT on SQLite, like every table with an id). Group names
an annex numbered itself ("I. Quy hoạch") lose their numeral, each change audited: the program numbers the groups,
and printed "I. I. Quy hoạch". The pattern is written here as it is at this revision.
"""

import re
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTOR = "Làng Mới (nâng cấp dữ liệu)"
GROUP_NUMERAL = re.compile(r"^\s*(?:[IVXLC]+|\d+)\s*[.):–-]\s*(?=\S)")


def _text(name: str, length: int) -> sa.Column:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=length), nullable=False)


def upgrade() -> None:
    op.create_table(
        'documentsettings',
        sa.Column('id', sa.Integer(), nullable=False),
        _text('issuing_body', 200), _text('superior_body', 200), _text('place', 100),
        _text('signer_capacity', 200), _text('signer_title', 200), _text('signer_name', 200),
        _text('preparer_title', 200), _text('preparer_name', 200),
        sa.Column('typeface', sa.Enum('liberation_serif', 'noto_serif', name='typeface', native_enum=False, length=20),
                  nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sqlite_autoincrement=True,
    )
    connection = op.get_bind()
    criterion = sa.table('criterion', sa.column('id', sa.Integer), sa.column('group_name', sa.String))
    audit = sa.table('auditevent', sa.column('at', sa.DateTime()), sa.column('actor'), sa.column('entity'),
                     sa.column('entity_id'), sa.column('field'), sa.column('old_value'), sa.column('new_value'),
                     sa.column('context'))
    for criterion_id, name in connection.execute(sa.select(criterion.c.id, criterion.c.group_name)).all():
        stripped = GROUP_NUMERAL.sub('', name, count=1)
        if stripped != name:
            connection.execute(criterion.update().where(criterion.c.id == criterion_id).values(group_name=stripped))
            connection.execute(sa.insert(audit).values(
                at=datetime.now(UTC).replace(tzinfo=None), actor=ACTOR, entity='criterion', entity_id=criterion_id,
                field='group_name', old_value=name, new_value=stripped,
                context='Bỏ số thứ tự nhóm do phụ lục tự ghi: chương trình tự đánh số nhóm'))


def downgrade() -> None:
    """Drops the settings; the group names stay as they are (the audit says what each one was)."""
    op.drop_table('documentsettings')
