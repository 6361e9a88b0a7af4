"""text cleaned to today's bounds: control characters removed, text cut to its column's length, each audited

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 16:00:00

The columns and their lengths are written here as they are at this revision (the models may change later;
this migration must keep doing what it did). No schema change. The audit trail's own rows are cleaned too, so
the append-only triggers are lifted for the duration of this transaction and put back before it ends.
"""

from collections.abc import Sequence

from alembic import op

from storage.audit_guard import install_guard, remove_guard
from storage.cleaning import clean_texts

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# {table: {column: (length, multi-line)}}
TEXT_COLUMNS = {
    'adminunit': {'name': (200, False)},
    'village': {'name': (200, False), 'ethnic_groups': (200, False), 'note': (1000, True)},
    'agency': {'name': (300, False), 'short_name': (60, False), 'address': (300, False), 'phone': (60, False)},
    'criteriaset': {'code': (60, False), 'title': (500, False), 'note': (1000, True)},
    'criterion': {'group_name': (200, False), 'name': (300, False), 'requirement': (2000, True)},
    'assessment': {'evidence': (4000, True), 'note': (4000, True), 'updated_by': (100, False)},
    'plan': {'code': (60, False), 'title': (500, False), 'issuer': (200, False), 'place': (100, False)},
    'teammember': {'full_name': (200, False), 'position': (200, False), 'phone': (60, False)},
    'useraccount': {'username': (60, False), 'full_name': (200, False), 'password_hash': (200, False),
                    'member_name': (200, False)},
    'communitymodel': {'name': (300, False)},
    'contribution': {'source_name': (300, False), 'purpose': (1000, True)},
    'visit': {'people': (500, False), 'activities': (2000, True), 'agreed': (2000, True)},
    'concern': {'text': (2000, True), 'forwarded_to': (300, False), 'resolution': (2000, True)},
    'villagecontact': {'full_name': (200, False), 'phone': (60, False), 'note': (500, False)},
    'initiative': {'title': (300, False), 'note': (1000, True)},
    'auditevent': {'actor': (100, True), 'entity': (60, True), 'field': (60, True), 'old_value': (4000, True),
                   'new_value': (4000, True), 'context': (500, True)},
}


def upgrade() -> None:
    connection = op.get_bind()
    remove_guard(connection)
    clean_texts(connection, TEXT_COLUMNS)
    install_guard(connection)


def downgrade() -> None:
    """Nothing to undo: the cleaned values stay, and the audit says what each one was."""
