"""Cleaning text an older database already holds beyond today's bounds (migration 0006), with an audit row
for every value cleaned.

Before the bounds of domain/bounds.py, SQLite stored whatever it was given: megabyte strings, NUL and other
control characters. PostgreSQL refuses them (so `copy-db` failed), reportlab's layout and openpyxl's writer
fail on them (so the sheets and workbooks failed). Each such value is cleaned once: control characters removed
(in a one-line field a tab or line break becomes a space; in a multi-line field they stay), then the text cut
to its column's length with "…". The audit row says what was done, keeps the start of the original (its control
characters written as \\x07) and its length. Numbers out of range are not guessed at: `check-data` lists them.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from domain.bounds import CONTROL, ELLIPSIS, LINE_BREAKS, cleaned
from domain.formatting import format_int

ACTOR = "Làng Mới (nâng cấp dữ liệu)"
AUDIT_LIMIT = 4000


@dataclass(frozen=True)
class Cleaned:
    """One value cleaned: where, what it was, what it is now, and what was done (for people)."""

    table: str
    row_id: int
    column: str
    original: str
    value: str
    done: str

    def original_shown(self) -> str:
        """The original as the audit can hold it: control characters as \\x07, cut, with its length."""
        shown = CONTROL.sub(lambda found: f"\\x{ord(found.group()):02X}", self.original)
        suffix = f" (gốc dài {format_int(len(self.original))} ký tự)"
        return shown if len(shown) <= AUDIT_LIMIT else shown[:AUDIT_LIMIT - len(suffix) - 1] + ELLIPSIS + suffix


def what_was_done(original: str, limit: int, multi_line: bool) -> str:
    """'làm sạch khi nâng cấp: bỏ 2 ký tự điều khiển; cắt từ 1.048.576 xuống 4.000 ký tự'."""
    done = []
    if removed := len(CONTROL.findall(original)):
        done.append(f"bỏ {format_int(removed)} ký tự điều khiển")
    if not multi_line and (replaced := len(LINE_BREAKS.findall(original))):
        done.append(f"đổi {format_int(replaced)} dấu xuống dòng, tab thành dấu cách")
    if (length := len(CONTROL.sub("", original))) > limit:
        done.append(f"cắt từ {format_int(length)} xuống {format_int(limit)} ký tự")
    return "làm sạch khi nâng cấp: " + "; ".join(done)


def _update(connection: Connection, table: sa.TableClause, row_id: int, column: str, value: str, limit: int) -> str:
    """Write the cleaned value; when it now equals another row's unique value, the row's id is added to it."""
    suffix = f" ({row_id})"
    for attempt in (value, value[:limit - len(suffix)] + suffix):
        try:
            with connection.begin_nested():
                connection.execute(sa.update(table).where(table.c.id == row_id).values({column: attempt}))
            return attempt
        except IntegrityError:
            continue
    raise RuntimeError(f"{table.name}.{column} of row {row_id} cannot be cleaned without a clash")


def clean_texts(connection: Connection, columns: dict[str, dict[str, tuple[int, bool]]]) -> list[Cleaned]:
    """Clean every value of the given columns ({table: {column: (length, multi-line)}}) and audit each one.

    The audit trail's own rows are cleaned too: the caller lifts the append-only triggers around this."""
    done: list[Cleaned] = []
    names = set(sa.inspect(connection).get_table_names())
    for table_name, wanted in columns.items():
        if table_name not in names:
            continue
        present = {column["name"] for column in sa.inspect(connection).get_columns(table_name)}
        village = "village_id" if "village_id" in present else None
        table = sa.table(table_name, sa.column("id"), *(sa.column(name) for name in wanted),
                         *([sa.column(village)] if village else []))
        fixes = []
        for row in connection.execute(sa.select(table)).mappings():
            for name, (limit, multi_line) in wanted.items():
                original = row[name]
                if isinstance(original, str) and (value := cleaned(original, limit, multi_line)) != original:
                    fixes.append((row["id"], name, original, value, row[village] if village else None))
        for row_id, name, original, value, village_id in fixes:
            stored = _update(connection, table, row_id, name, value, wanted[name][0])
            done.append(Cleaned(table_name, row_id, name, original, stored, what_was_done(original, *wanted[name])))
            _audit(connection, done[-1], village_id)
    return done


def _audit(connection: Connection, value: Cleaned, village_id: int | None) -> None:
    audit = sa.table("auditevent", sa.column("at", sa.DateTime()), sa.column("actor"), sa.column("entity"),
                     sa.column("entity_id"), sa.column("field"), sa.column("old_value"), sa.column("new_value"),
                     sa.column("context"), sa.column("village_id"))
    connection.execute(sa.insert(audit).values(
        at=datetime.now(UTC).replace(tzinfo=None), actor=ACTOR, entity=value.table, entity_id=value.row_id,
        field=value.column, old_value=value.original_shown(), new_value=value.value,
        context=value.done, village_id=village_id))
