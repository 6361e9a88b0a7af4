"""Bounds on everything stored: text lengths, characters, numbers and dates, checked before every flush.

One source of truth for a text's limit: the model's `max_length` (the column's `String(length)`), which
PostgreSQL enforces and SQLite does not. A before_flush guard checks every new or changed row of every table
against it, and against the ranges below, on both backends, so that no use case, import or merge can store a
value that the exports, the PDF layout or `copy-db` to PostgreSQL cannot handle. A refusal names the field as
people read it (the form's, the workbook's or the update sheet's label).

Text: NUL and every other control character (C0, DEL, C1) and lone surrogates are refused; tab, line feed and
carriage return are kept only in multi-line fields (evidence, notes, a difficulty's text, ...).
Numbers: every integer fits its column's SQL type (PostgreSQL INTEGER or BIGINT), and the fields below have a
sane range (a village has at most 100.000 households; an amount is at most 10^13 đồng).
Dates of things that happened: from 01/01/2000 to a year from today (the forms refuse the future already);
a plan's date of issue from 01/01/1990. Years: 1990–2100 (the forms and imports also keep them in the plan).
The audit trail is never refused (it describes what was done): an event's text is cut to its limit instead.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from sqlalchemy import BigInteger, Boolean, Date, DateTime, Enum, Integer, String, Table, event
from sqlalchemy.orm import object_session
from sqlmodel import Session, SQLModel

from domain import schema
from domain.admin_units import Village
from domain.audit import AuditEvent
from domain.document_settings import FIELD_LABELS as SETTINGS_LABELS
from domain.errors import DomainError
from domain.formatting import format_date, format_int
from domain.plan_workbook_format import SHEETS
from domain.recording import KINDS
from domain.update_workbook_format import EVIDENCE, HEADER, NOTE, STATUS_COLUMN, UPDATED_BY_LABEL
from domain.village_records import Contribution, HouseholdIndicators, ResourceKind

MAX_HOUSEHOLDS = 100_000
MAX_AMOUNT_VND = 10**13
MAX_WORKDAYS = 1_000_000
YEARS = (1990, 2100)
FIRST_EVENT_DAY = date(2000, 1, 1)
FIRST_ISSUE_DAY = date(1990, 1, 1)
AHEAD = timedelta(days=366)

_INT32 = (-(2**31), 2**31 - 1)
_INT64 = (-(2**63), 2**63 - 1)
_ONE_LINE_BAD = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
"""What no text may hold: control characters (C0 but tab and line breaks, DEL, C1) and lone surrogates."""
LINE_BREAKS = re.compile(r"[\t\n\r]")
ELLIPSIS = "…"


@dataclass(frozen=True)
class Range:
    low: int
    high: int
    unit: str = ""
    plain: bool = False
    """Written without thousands separators (a year: 2026, not 2.026)."""

    def shown(self, value: int) -> str:
        return str(value) if self.plain else format_int(value)


_HOUSEHOLDS = Range(0, MAX_HOUSEHOLDS, "hộ")
_YEAR = Range(*YEARS, plain=True)
_INDICATOR_COUNTS = ("minority_households", "reached", "changed_ways", "applying_science", "better_life",
                     "in_cooperatives", "poor", "near_poor")
RANGES: dict[tuple[str, str], Range] = {
    ("village", "households"): _HOUSEHOLDS,
    ("village", "minority_households"): _HOUSEHOLDS,
    **{("householdindicators", name): _HOUSEHOLDS for name in _INDICATOR_COUNTS},
    ("householdindicators", "year"): _YEAR,
    ("communitymodel", "households"): _HOUSEHOLDS,
    ("communitymodel", "year_started"): _YEAR,
    ("contribution", "amount"): Range(1, MAX_AMOUNT_VND, "đồng"),
    ("initiative", "year"): _YEAR,
    ("assessment", "year"): _YEAR,
    ("plan", "first_year"): _YEAR,
    ("plan", "last_year"): _YEAR,
    ("criterion", "number"): Range(1, 999),
    ("criterion", "group_order"): Range(1, 999),
}
EVENT_DAYS = {("visit", "day"), ("contribution", "day"), ("concern", "raised_on"), ("concern", "resolved_on")}
ISSUE_DAYS = {("plan", "issued_on")}

MULTI_LINE = {
    *((kind.table.__tablename__, spec.name) for kind in KINDS.values() for spec in kind.fields
      if spec.kind == "long_text"),
    ("assessment", "evidence"), ("assessment", "note"), ("criterion", "requirement"), ("village", "note"),
    ("criteriaset", "note"), ("auditevent", "old_value"), ("auditevent", "new_value"), ("auditevent", "context"),
    ("reviewcomment", "text"), ("yearclosure", "note"),
}

_OTHER_LABELS = {
    ("assessment", "evidence"): HEADER[EVIDENCE],
    ("assessment", "note"): HEADER[NOTE],
    ("assessment", "status"): HEADER[STATUS_COLUMN],
    ("assessment", "updated_by"): UPDATED_BY_LABEL,
    ("assessment", "year"): "Năm",
    ("criterion", "group_order"): "Thứ tự nhóm",
    ("plan", "place"): "Địa danh ở dòng ngày tháng",
    ("criteriaset", "title"): "Tên bộ tiêu chí",
    ("criteriaset", "note"): "Ghi chú của bộ tiêu chí",
    ("adminunit", "name"): "Tên huyện, xã",
    ("unitperiod", "name"): "Tên đơn vị hành chính (theo thời kỳ)",
    ("villagemembership", "name"): "Tên thôn (theo thời kỳ)",
    ("reorganisation", "decision_number"): "Số quyết định",
    ("reorganisation", "decision_body"): "Cơ quan quyết định",
    ("reorganisation", "note"): "Ghi chú của quyết định",
    ("reorganisation", "applied_by"): "Người ghi sắp xếp",
    ("unitchange", "old_name"): "Tên cũ",
    ("unitchange", "new_name"): "Tên mới",
    ("useraccount", "username"): "Tên đăng nhập",
    ("useraccount", "full_name"): "Họ và tên",
    ("useraccount", "member_name"): "Tổ trưởng",
    ("useraccount", "password_hash"): "Mật khẩu",
    ("reviewround", "opened_by"): "Người mở đợt rà soát",
    ("reviewround", "closed_by"): "Người kết thúc đợt rà soát",
    ("villagereview", "submitted_by"): "Người gửi",
    ("villagereview", "decided_by"): "Người duyệt, trả lại",
    ("reviewcomment", "author"): "Người ghi ý kiến",
    ("reviewcomment", "text"): "Ý kiến",
    ("yearclosure", "closed_by"): "Người khóa sổ",
    ("yearclosure", "note"): "Ghi chú khóa sổ",
    ("filecontent", "sha256"): "Mã SHA-256 của tệp",
    ("filecontent", "media_type"): "Loại tệp",
    ("contentchunk", "sha256"): "Mã SHA-256 của tệp",
    ("attachment", "record_table"): "Loại bản ghi",
    ("attachment", "name"): "Tên tệp",
    ("attachment", "media_type"): "Loại tệp",
    ("attachment", "sha256"): "Mã SHA-256 của tệp",
    ("attachment", "added_by"): "Người đính kèm",
    **{("documentsettings", name): text for name, text in SETTINGS_LABELS.items()},
}


class OutOfBounds(DomainError):
    """A value to be stored passes a bound; `problems` names each field. Nothing was written."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(dict.fromkeys(problems))
        super().__init__("Chưa lưu. " + " ".join(self.problems))


@cache
def _labels() -> dict[tuple[str, str], str]:
    labels = dict(_OTHER_LABELS)
    for sheet in SHEETS:
        for column in sheet.columns:
            if column.stored_as and column.stored_as != "adminunit.name":
                labels.setdefault(tuple(column.stored_as.split(".")), column.header)
    for kind in KINDS.values():
        for spec in kind.fields:
            labels.setdefault((kind.table.__tablename__, spec.name), spec.label)
    return labels


def label(table: str, column: str) -> str:
    """The field's name as people read it ("Minh chứng"); the audit trail is "Nhật ký thay đổi"."""
    if table == "auditevent":
        return "Nhật ký thay đổi"
    if column == "version":
        return "Phiên bản"
    return _labels().get((table, column), f"{table}.{column}")


def _table(table: str) -> Table:
    return schema.metadata.tables[table]


def _python_type(table: str, column: str) -> type:
    """What the column holds: str, int, date, or object for what is not checked here (enums, which SQLAlchemy
    validates; booleans; times the program sets)."""
    sql_type = _table(table).columns[column].type
    sql_type = getattr(sql_type, "impl_instance", sql_type)  # SQLModel's AutoString decorates a String
    for kind, held in ((Enum, object), (String, str), (Boolean, object), (Integer, int), (DateTime, object),
                       (Date, date)):
        if isinstance(sql_type, kind):
            return held
    return object


def max_length(table: str, column: str) -> int | None:
    """The column's length in characters (the model's max_length), None when unbounded."""
    return getattr(_table(table).columns[column].type, "length", None) if _python_type(table, column) is str else None


def number_range(table: str, column: str) -> Range:
    """The values an integer column accepts: its own range, else what its SQL type holds."""
    if (table, column) in RANGES:
        return RANGES[table, column]
    wide = isinstance(_table(table).columns[column].type, BigInteger)
    return Range(*(_INT64 if wide else _INT32))


def day_range(table: str, column: str, today: date | None = None) -> tuple[date, date] | None:
    """The window a date column accepts, None when unbounded (times the program sets itself)."""
    today = today or date.today()
    if (table, column) in EVENT_DAYS:
        return FIRST_EVENT_DAY, today + AHEAD
    if (table, column) in ISSUE_DAYS:
        return FIRST_ISSUE_DAY, today + AHEAD
    return None


def _text_fault(table: str, column: str, value: str) -> str | None:
    limit = max_length(table, column)
    if limit is not None and len(value) > limit:
        return f"dài {format_int(len(value))} ký tự, quá giới hạn {format_int(limit)} ký tự"
    bad = (CONTROL if (table, column) in MULTI_LINE else _ONE_LINE_BAD).search(value)
    if bad is not None:
        return f"có ký tự điều khiển không hợp lệ (mã 0x{ord(bad.group()):02X})"
    return None


def _number_fault(table: str, column: str, value: int) -> str | None:
    bounds = number_range(table, column)
    unit = f" {bounds.unit}" if bounds.unit else ""
    if value > bounds.high:
        return f"{bounds.shown(value)} vượt quá giới hạn {bounds.shown(bounds.high)}{unit}"
    if value < bounds.low:
        return f"{bounds.shown(value)} nhỏ hơn mức thấp nhất {bounds.shown(bounds.low)}{unit}"
    return None


def _day_fault(table: str, column: str, value: date) -> str | None:
    window = day_range(table, column)
    if window is None or window[0] <= value <= window[1]:
        return None
    return f"{format_date(value)} nằm ngoài khoảng cho phép ({format_date(window[0])} – {format_date(window[1])})"


def value_fault(table: str, column: str, value: object) -> str | None:
    """What is wrong with storing `value` in `table.column` ("dài 5.000 ký tự, quá giới hạn 4.000 ký tự"),
    without the field's name, or None: what a workbook reader writes after the cell's sheet, row and column."""
    held = _python_type(table, column)
    if held is str and isinstance(value, str):
        return _text_fault(table, column, value)
    if held is int and isinstance(value, int) and not isinstance(value, bool):
        return _number_fault(table, column, value)
    if held is date and isinstance(value, date):
        return _day_fault(table, column, value)
    return None


def value_problem(table: str, column: str, value: object) -> str | None:
    """The refusal of `value` naming the field ("Minh chứng: dài 5.000 ký tự, quá giới hạn 4.000 ký tự."), or None."""
    fault = value_fault(table, column, value)
    return f"{label(table, column)}: {fault}." if fault else None


def stored_fault(stored_as: str, value: object) -> str | None:
    """value_fault for a "table.column" (a workbook column's `stored_as`); None when the column stores nothing."""
    return value_fault(*stored_as.split("."), value) if stored_as else None


def _checked_columns(table: Table) -> list[str]:
    return [column.name for column in table.columns if not column.primary_key and not column.foreign_keys]


def _village_households(item: HouseholdIndicators) -> int | None:
    """The households of the record's village (plan annex), read in the record's session; None when unknown."""
    session = object_session(item)
    village = session.get(Village, item.village_id) if session is not None and item.village_id is not None else None
    return village.households if village is not None else None


def _relations(item: SQLModel) -> list[str]:
    """Numbers checked against each other: a village's minority households within its households; a year's
    minority households within the village's households when the plan annex gives them (a plan import that
    lowers them is not refused: `check-data` lists the years above); a year's poor and near-poor households
    together within that year's minority households (each kind alone within them is a rule of the form,
    domain/recording.py); workdays within reason.

    A replicated model counts households beyond the village: it is held to MAX_HOUSEHOLDS only."""
    problems = []
    if isinstance(item, Village) and item.households is not None and (item.minority_households or 0) > item.households:
        problems.append(f"{label('village', 'minority_households')}: {format_int(item.minority_households)} lớn hơn "
                        f"{label('village', 'households').lower()} ({format_int(item.households)}).")
    if isinstance(item, HouseholdIndicators):
        total = item.minority_households or 0
        village_households = _village_households(item)
        if village_households and total > village_households:
            problems.append(f"{label('householdindicators', 'minority_households')}: {format_int(total)} lớn hơn "
                            f"số hộ của thôn ({format_int(village_households)}).")
        if (item.poor or 0) + (item.near_poor or 0) > total:
            problems.append(f"Hộ nghèo và hộ cận nghèo: {format_int(item.poor)} + {format_int(item.near_poor)} = "
                            f"{format_int(item.poor + item.near_poor)}, lớn hơn tổng số hộ ĐBDTTS "
                            f"({format_int(total)}).")
    if isinstance(item, Contribution) and item.kind == ResourceKind.WORKDAYS and (item.amount or 0) > MAX_WORKDAYS:
        problems.append(f"{label('contribution', 'amount')}: {format_int(item.amount)} ngày công vượt quá giới hạn "
                        f"{format_int(MAX_WORKDAYS)} ngày công.")
    return problems


def row_problems(item: SQLModel) -> list[str]:
    """Every bound the row breaks, one line per field."""
    table = item.__table__
    problems = [problem for name in _checked_columns(table)
                if (problem := value_problem(table.name, name, getattr(item, name, None)))]
    return problems or _relations(item)


def cleaned(text: str, limit: int, multi_line: bool) -> str:
    """`text` within bounds without asking: control characters removed (in a one-line field a tab or line break
    becomes a space), then cut to `limit` characters with "…". For the audit trail and for migration 0006."""
    if not multi_line:
        text = LINE_BREAKS.sub(" ", text)
    text = CONTROL.sub("", text)
    return text if len(text) <= limit else text[:limit - 1] + ELLIPSIS


def _cut_audit(item: AuditEvent) -> None:
    for name in ("actor", "entity", "field", "old_value", "new_value", "context"):
        value = getattr(item, name)
        if value is not None and (within := cleaned(value, max_length("auditevent", name), True)) != value:
            setattr(item, name, within)


@event.listens_for(Session, "before_flush")
def _bounded(session: Session, _context, _instances) -> None:
    """Refuse the flush when a new or changed row breaks a bound; cut an audit event's text to its columns."""
    problems = []
    for item in (*session.new, *session.dirty):
        if isinstance(item, AuditEvent):
            _cut_audit(item)
        elif isinstance(item, SQLModel) and hasattr(item, "__table__"):
            problems += row_problems(item)
    if problems:
        raise OutOfBounds(problems)
