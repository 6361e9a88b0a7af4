"""The change history (Lịch sử thay đổi): the audit trail read back as people read it.

`history(session, flt)` returns the changes of a village, of a criterion in a village, of one record, of one
person, of a span of days or of one kind, newest first: who ("Trần Thị Bích (bich)"), what ("2. Giao thông –
2025", "Tình trạng") and the values as the window shows them ("Chưa đạt" → "Đạt", "12.500.000", "04/03/2025").
A blank field staying blank (a new record's empty note) is no change to read and is left out.
The filter is applied in SQL and names are looked up in bulk, a few queries whatever the number of rows, so an
audit of hundreds of thousands of events reads as fast as one of ten.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, text
from sqlmodel import Session, select

from domain.access import ROLE_LABEL
from domain.admin_units import AdminUnit, Village
from domain.agencies import Agency
from domain.audit import AuditEvent, shown_in_history
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.figures_mark import AuditMark, newest_mark
from domain.formatting import format_date, format_int
from domain.labels import STATUS
from domain.plan import Plan
from domain.plan_editing import ENTITY_LABELS as _PLAN_EDIT_LABELS
from domain.plan_editing import FIELD_LABELS as _PLAN_EDIT_FIELDS
from domain.query_chunks import in_chunks
from domain.recording import KINDS, FieldSpec
from domain.reorganisation import Reorganisation
from domain.reorganisation_apply import CHANGE_LABEL
from domain.review_history import ENTITIES as _REVIEW_ENTITIES
from domain.review_history import field_said, subject_said, value_said
from domain.text import fold
from domain.unit_words import commune_said
from domain.users import Role, UserAccount

HISTORY_LIMIT = 5000
"""The most changes read at once: the newest; a reader wanting older ones narrows the dates."""

EMPTY = "—"
REORGANISATION = "reorganisation"
ASSESSMENT, PLAN, ACCOUNT, ATTACHMENT = "assessment", "plan", "useraccount", "attachment"
_RECORDS = {kind.table.__tablename__: kind for kind in KINDS.values()}

_KIND_LABELS = {ASSESSMENT: "Tiêu chí", **{table: kind.title for table, kind in _RECORDS.items()},
                PLAN: "Kế hoạch", ACCOUNT: "Tài khoản", **_PLAN_EDIT_LABELS,
                REORGANISATION: "Sắp xếp đơn vị hành chính",
                "signin": "Đăng nhập không thành", "refusal": "Thao tác bị từ chối", ATTACHMENT: "Tệp minh chứng"}
_ASSESSMENT_FIELDS = {"status": "Tình trạng", "evidence": "Minh chứng", "note": "Ghi chú"}
_ACCOUNT_FIELDS = {"username": "Tên đăng nhập", "full_name": "Họ và tên", "role": "Vai trò", "active": "Đang dùng",
                   "password": "Mật khẩu", "member_name": "Tên trong tổ hỗ trợ",
                   "member_agency_id": "Cơ quan của tổ trưởng"}
# The fields that say which record a change was about, as a reader would name it.
_DESCRIBING = {
    "householdindicators": ("year",),
    "communitymodel": ("name",),
    "contribution": ("day", "source_name"),
    "visit": ("day", "people"),
    "concern": ("raised_on", "text"),
    "villagecontact": ("full_name",),
    "initiative": ("title",),
}
_KIND_LABELS.update(_REVIEW_ENTITIES)
_SUBJECT_LENGTH = 80
_MACHINE_PART = re.compile(r"^\w+=\S*$")


@dataclass(frozen=True)
class HistoryFilter:
    """Which changes to read; every part is optional and the parts given all apply.

    `criterion_id` (with `village_id`): that criterion's assessments in that village, every year. `entity` and
    `entity_id`: one record ("communitymodel", 7). `since` and `until` are the reader's local days, inclusive.
    `kind` is an entity value too, for the reader's "only this kind" choice within a wider scope.
    """

    village_id: int | None = None
    criterion_id: int | None = None
    entity: str | None = None
    entity_id: int | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None

    @classmethod
    def of_village(cls, village_id: int) -> "HistoryFilter":
        return cls(village_id=village_id)

    @classmethod
    def of_criterion(cls, village_id: int, criterion_id: int) -> "HistoryFilter":
        """The checklist row of a criterion in a village, over every year."""
        return cls(village_id=village_id, criterion_id=criterion_id)

    @classmethod
    def of_record(cls, kind: str, record_id: int) -> "HistoryFilter":
        """One village record; `kind` is a key of recording.KINDS ("models") or the table's name."""
        entity = KINDS[kind].table.__tablename__ if kind in KINDS else kind
        return cls(entity=entity, entity_id=record_id)

    def narrowed(self, *, actor: str | None = None, since: date | None = None, until: date | None = None,
                 kind: str | None = None) -> "HistoryFilter":
        """This scope with the reader's choices of person, days and kind (None: any)."""
        return replace(self, actor=actor, since=since, until=until, kind=kind)


@dataclass(frozen=True)
class HistoryRow:
    """One change as a reader reads it."""

    event_id: int
    when: datetime
    """When it was saved, in UTC (timezone-aware)."""
    actor: str
    who: str
    """'Trần Thị Bích (bich)' when an account has the user name, else the name the audit wrote."""
    entity: str
    entity_id: int | None
    kind: str
    village_id: int | None
    village: str
    subject: str
    field_name: str
    field: str
    old: str
    new: str
    context: str

    @property
    def note(self) -> str:
        """What the context says for people ('tệp “bdv.xlsx”; người cập nhật: …', 'xóa'), without the ids."""
        if self.entity in _PLAN_EDIT_LABELS:  # its context is the subject
            return ""
        parts = [part.strip() for part in self.context.split(";")]
        return "; ".join(part for part in parts if part and not _MACHINE_PART.match(part))


@dataclass(frozen=True)
class AuditTally:
    """How many changes a reader sees (a blank field staying blank left out), by person and kind, in the whole
    audit up to `mark`: the people, the kinds and the count of a history of everything (or of one person, one
    kind) without reading the whole audit again (~100 ms at 300,000 changes). The audit is only ever appended
    to, so a tally is brought up to date from the rows written since its mark (`audit_tally(session, held)`)."""

    mark: AuditMark
    counts: dict[tuple[str, str], int]
    """(actor, entity) -> changes."""

    def covers(self, flt: HistoryFilter) -> bool:
        return tally_covers(flt)

    def count(self, flt: HistoryFilter) -> int:
        return sum(n for (actor, entity), n in self.counts.items()
                   if flt.actor in (None, actor) and flt.kind in (None, entity))


def tally_covers(flt: HistoryFilter) -> bool:
    """Whether `flt` narrows the audit by person and kind only, which a tally counts."""
    return replace(flt, actor=None, kind=None) == HistoryFilter()


def audit_tally(session: Session, held: AuditTally | None = None) -> AuditTally | None:
    """The tally of the audit now: `held` with the rows written since its mark counted in, or the whole audit
    counted when nothing is held or `held` is not of this audit (its mark's row gone or not the same: another
    file, a restored backup); None when the audit is empty.

    Counted exactly once each, whatever commits meanwhile: the rows up to the new mark but for its gaps (ids not
    committed when the mark was read, domain/figures_mark.py), and of the held mark's gaps those filled since; a
    row committed after the mark was read is counted at the next tally."""
    mark = newest_mark(session)
    if mark is None:
        return None
    if held is not None and held.mark == mark:
        return held
    rows = AuditEvent.id <= mark.id
    if mark.gaps:
        rows = and_(rows, AuditEvent.id.not_in(sorted(mark.gaps)))
    counts: dict[tuple[str, str], int] = {}
    if held is not None and _holds(session, held.mark):
        since = AuditEvent.id > held.mark.id
        if held.mark.gaps:
            since = or_(since, AuditEvent.id.in_(sorted(held.mark.gaps)))
        rows = and_(rows, since)
        counts = dict(held.counts)
    for actor, entity, count in session.exec(select(AuditEvent.actor, AuditEvent.entity, func.count())
                                             .where(rows, *_conditions(HistoryFilter()))
                                             .group_by(AuditEvent.actor, AuditEvent.entity)):
        counts[(actor, entity)] = counts.get((actor, entity), 0) + count
    return AuditTally(mark, counts)


def _holds(session: Session, mark: AuditMark) -> bool:
    """Whether the audit still holds the mark's row as it was."""
    at = session.exec(select(AuditEvent.at).where(AuditEvent.id == mark.id)).first()
    return at is not None and (at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)) == mark.at


def audit_reader(session: Session) -> str:
    """Who reads the audit on this connection: '' on SQLite (whoever opens the file reads all of it), the
    account's role on a server (whose policies may show each account a part of it)."""
    if session.get_bind().dialect.name == "sqlite":
        return ""
    return session.exec(text("select current_user")).scalar_one()


def history_kinds(session: Session | None = None, scope: HistoryFilter | None = None,
                  tally: AuditTally | None = None) -> list[tuple[str, str]]:
    """(entity, label) of every kind of change, in the order the window lists them; with a session, only the
    kinds that have changes in `scope` (kinds the audit holds but this version does not know come last), from
    `tally` when it covers the scope."""
    if session is None:
        return list(_KIND_LABELS.items())
    if tally is not None and tally.covers(scope or HistoryFilter()):
        present = {entity for (_, entity), count in tally.counts.items() if count}
    else:
        conditions = _conditions(replace(scope, kind=None), with_actor=False) if scope else []
        present = set(session.exec(select(AuditEvent.entity).where(*conditions).distinct()))
    known = [(entity, label) for entity, label in _KIND_LABELS.items() if entity in present]
    return known + sorted((entity, entity) for entity in present - set(_KIND_LABELS))


def kind_label(entity: str) -> str:
    return _KIND_LABELS.get(entity, entity)


def _conditions(flt: HistoryFilter, *, with_actor: bool = True) -> list:
    # A field that went from nothing to empty (a new record's blank note) changed nothing a reader can see.
    # On a shared server, the trigger's own rows of a change the program described are not read twice.
    conditions = [func.coalesce(AuditEvent.old_value, "") != func.coalesce(AuditEvent.new_value, ""),
                  shown_in_history()]
    if flt.village_id is not None:
        conditions.append(AuditEvent.village_id == flt.village_id)
    if flt.criterion_id is not None:
        assessments = select(Assessment.id).where(Assessment.criterion_id == flt.criterion_id)
        if flt.village_id is not None:
            assessments = assessments.where(Assessment.village_id == flt.village_id)
        conditions += [AuditEvent.entity == ASSESSMENT, AuditEvent.entity_id.in_(assessments)]
    if flt.entity is not None:
        conditions.append(AuditEvent.entity == flt.entity)
    if flt.entity_id is not None:
        conditions.append(AuditEvent.entity_id == flt.entity_id)
    if flt.kind is not None:
        conditions.append(AuditEvent.entity == flt.kind)
    if with_actor and flt.actor is not None:
        conditions.append(AuditEvent.actor == flt.actor)
    if flt.since is not None:
        conditions.append(AuditEvent.at >= _utc_start(flt.since))
    if flt.until is not None:
        conditions.append(AuditEvent.at < _utc_start(flt.until + timedelta(days=1)))
    return conditions


def _utc_start(day: date) -> datetime:
    """The start of the reader's local `day`, in UTC."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def history_count(session: Session, flt: HistoryFilter, tally: AuditTally | None = None) -> int:
    """How many changes `flt` selects (the list may show only the newest HISTORY_LIMIT); from `tally` when it
    covers the filter."""
    if tally is not None and tally.covers(flt):
        return tally.count(flt)
    return session.exec(select(func.count()).select_from(AuditEvent).where(*_conditions(flt))).one()


def history(session: Session, flt: HistoryFilter, limit: int | None = HISTORY_LIMIT, *, after: int | None = None,
            oldest_first: bool = False) -> list[HistoryRow]:
    """The changes `flt` selects, newest first (or oldest first), at most `limit` of them; with `after` (an
    event id), those that come after that event in this order: the next page of a list read a page at a time,
    which changes saved meanwhile do not shift."""
    conditions = _conditions(flt)
    if after is not None:
        conditions.append(_after(after, oldest_first))
    order = (AuditEvent.at.asc(), AuditEvent.id.asc()) if oldest_first else (AuditEvent.at.desc(),
                                                                            AuditEvent.id.desc())
    statement = select(AuditEvent).where(*conditions).order_by(*order)
    if limit is not None:
        statement = statement.limit(limit)
    events = list(session.exec(statement))
    return _Reader(session, events).rows()


def _after(event_id: int, oldest_first: bool):
    """The events after `event_id` in the order (time, id), descending unless `oldest_first`."""
    at = select(AuditEvent.at).where(AuditEvent.id == event_id).scalar_subquery()
    if oldest_first:
        return or_(AuditEvent.at > at, and_(AuditEvent.at == at, AuditEvent.id > event_id))
    return or_(AuditEvent.at < at, and_(AuditEvent.at == at, AuditEvent.id < event_id))


def history_people(session: Session, scope: HistoryFilter | None = None,
                   tally: AuditTally | None = None) -> list[tuple[str, str]]:
    """(user name, name shown) of everyone who changed something in `scope` (everything when None),
    ordered by the name shown; from `tally` when it covers the scope."""
    if tally is not None and tally.covers(scope or HistoryFilter()):
        kind = scope.kind if scope else None
        actors = {actor for (actor, entity), count in tally.counts.items() if count and kind in (None, entity)}
    else:
        conditions = _conditions(scope, with_actor=False) if scope else []
        actors = set(session.exec(select(AuditEvent.actor).where(*conditions).distinct()))
    names = _account_names(session, actors)
    people = [(actor, _shown(actor, names.get(actor))) for actor in actors]
    return sorted(people, key=lambda person: (fold(person[1]), person[0]))


def describe_filter(flt: HistoryFilter, shown_actor: str | None = None) -> str:
    """The reader's choices in words, for the title of a printout: 'Người thay đổi: …; loại: Tiêu chí; từ ngày
    01/11/2025 đến ngày 22/11/2026'; '' when nothing narrows the scope."""
    parts = []
    if flt.actor is not None:
        parts.append(f"người thay đổi: {shown_actor or flt.actor}")
    if flt.kind is not None:
        parts.append(f"loại: {kind_label(flt.kind)}")
    if flt.since is not None and flt.until is not None:
        parts.append(f"từ ngày {format_date(flt.since)} đến ngày {format_date(flt.until)}")
    elif flt.since is not None:
        parts.append(f"từ ngày {format_date(flt.since)}")
    elif flt.until is not None:
        parts.append(f"đến ngày {format_date(flt.until)}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _shown(actor: str, full_name: str | None) -> str:
    if not actor:
        return EMPTY
    if full_name and full_name != actor:
        return f"{full_name} ({actor})"
    return actor


def _account_names(session: Session, actors: Iterable[str]) -> dict[str, str]:
    names = {}
    for chunk in in_chunks(actors):
        names.update(session.exec(select(UserAccount.username, UserAccount.full_name)
                                  .where(UserAccount.username.in_(chunk))).all())
    return names


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SUBJECT_LENGTH else text[:_SUBJECT_LENGTH - 1].rstrip() + "…"


def _place(village: str, commune: str) -> str:
    """'Làng Kon Pia, xã Ngọk Yêu'; a commune already called 'Xã …' is not called so twice."""
    return f"{village}, {commune_said(commune)}"


class _Reader:
    """Turns audit events into rows with a handful of bulk look-ups (names, villages, criteria, records)."""

    def __init__(self, session: Session, events: Sequence[AuditEvent]) -> None:
        self.session = session
        self.events = events
        self.accounts = _account_names(session, {event.actor for event in events})
        self.villages = self._villages({event.village_id for event in events})
        self.assessments = self._assessments({e.entity_id for e in events if e.entity == ASSESSMENT})
        self.descriptions = self._record_descriptions()
        self.plans = self._plans({e.entity_id for e in events if e.entity == PLAN})
        self.usernames = self._usernames({e.entity_id for e in events if e.entity == ACCOUNT})
        self.decisions = self._decisions({e.entity_id for e in events if e.entity == REORGANISATION})
        self.agencies = self._agencies()

    def rows(self) -> list[HistoryRow]:
        return [self._row(event) for event in self.events]

    def _row(self, event: AuditEvent) -> HistoryRow:
        at = event.at if event.at.tzinfo else event.at.replace(tzinfo=UTC)
        return HistoryRow(
            event_id=event.id, when=at.astimezone(UTC), actor=event.actor,
            who=_shown(event.actor, self.accounts.get(event.actor)), entity=event.entity,
            entity_id=event.entity_id, kind=kind_label(event.entity), village_id=event.village_id,
            village=self.villages.get(event.village_id, ""), subject=self._subject(event),
            field_name=event.field, field=self._field(event), old=self._value(event, event.old_value),
            new=self._value(event, event.new_value), context=event.context)

    # look-ups, each a query or a few

    def _villages(self, ids: set) -> dict[int, str]:
        found = {}
        for chunk in in_chunks(ids):
            rows = self.session.exec(select(Village.id, Village.name, AdminUnit.name)
                                     .join(AdminUnit, AdminUnit.id == Village.commune_id)
                                     .where(Village.id.in_(chunk)))
            found.update({village_id: _place(name, commune) for village_id, name, commune in rows})
        return found

    def _assessments(self, ids: set) -> dict[int, str]:
        found = {}
        for chunk in in_chunks(ids):
            rows = self.session.exec(select(Assessment.id, Criterion.number, Criterion.name, Assessment.year)
                                     .join(Criterion, Criterion.id == Assessment.criterion_id)
                                     .where(Assessment.id.in_(chunk)))
            found.update({assessment_id: f"{number}. {name} – {year}" for assessment_id, number, name, year in rows})
        return found

    def _record_descriptions(self) -> dict[tuple[str, int], str]:
        """(table, id) -> a short description, from the record or, once deleted, from the audit's values."""
        wanted: dict[str, set[int]] = {}
        for event in self.events:
            if event.entity in _DESCRIBING and event.entity_id is not None:
                wanted.setdefault(event.entity, set()).add(event.entity_id)
        values: dict[tuple[str, int], dict[str, object]] = {}
        for table_name, ids in wanted.items():
            table = _RECORDS[table_name].table
            names = _DESCRIBING[table_name]
            for chunk in in_chunks(ids):
                columns = [table.id, *(getattr(table, name) for name in names)]
                for record_id, *fields in self.session.exec(select(*columns).where(table.id.in_(chunk))):
                    values[(table_name, record_id)] = dict(zip(names, fields, strict=True))
        missing = {table_name: [i for i in ids if (table_name, i) not in values] for table_name, ids in wanted.items()}
        missing = {table_name: ids for table_name, ids in missing.items() if ids}
        if missing:
            self._values_from_audit(missing, values)
        return {key: self._describe(key[0], found) for key, found in values.items()}

    def _values_from_audit(self, missing: dict[str, list[int]], values: dict) -> None:
        """A deleted record is described by the last values the audit wrote of it (its delete keeps them all)."""
        for table_name, ids in missing.items():
            names = _DESCRIBING[table_name]
            for chunk in in_chunks(ids):
                events = self.session.exec(
                    select(AuditEvent.entity_id, AuditEvent.field, AuditEvent.old_value, AuditEvent.new_value)
                    .where(AuditEvent.entity == table_name, AuditEvent.entity_id.in_(chunk),
                           AuditEvent.field.in_(names)).order_by(AuditEvent.id))
                for record_id, name, old, new in events:
                    value = new if new is not None else old
                    spec = _RECORDS[table_name].spec(name)
                    if spec.kind == "date" and value:
                        value = _parse_date(value)
                    elif spec.kind == "year" and value:
                        value = int(value) if value.isdigit() else value
                    values.setdefault((table_name, record_id), {})[name] = value

    @staticmethod
    def _describe(table_name: str, values: dict) -> str:
        parts = []
        for name in _DESCRIBING[table_name]:
            value = values.get(name)
            if value in (None, ""):
                continue
            if isinstance(value, date):
                value = format_date(value)
            elif name == "year":
                value = f"Năm {value}"
            parts.append(str(value))
        return _shorten(" – ".join(parts))

    def _plans(self, ids: set) -> dict[int, str]:
        found = {}
        for chunk in in_chunks(ids):
            found.update(self.session.exec(select(Plan.id, Plan.code).where(Plan.id.in_(chunk))).all())
        return found

    def _decisions(self, ids: set) -> dict[int, str]:
        """The reorganisations' decision numbers: what a reorganisation's change in a village's history is of."""
        found = {}
        for chunk in in_chunks(ids):
            found.update(self.session.exec(select(Reorganisation.id, Reorganisation.decision_number)
                                           .where(Reorganisation.id.in_(chunk))).all())
        return found

    def _usernames(self, ids: set) -> dict[int, str]:
        found = {}
        for chunk in in_chunks(ids):
            found.update(self.session.exec(select(UserAccount.id, UserAccount.username)
                                           .where(UserAccount.id.in_(chunk))).all())
        return found

    def _agencies(self) -> dict[int, str]:
        """The names of the agencies that agency fields held, before and after."""
        ids = set()
        for event in self.events:
            spec = self._spec(event)
            if (spec is not None and spec.kind == "agency") or (event.entity == ACCOUNT
                                                                and event.field == "member_agency_id"):
                ids |= {int(v) for v in (event.old_value, event.new_value) if v and v.isdigit()}
        found = {}
        for chunk in in_chunks(ids):
            found.update(self.session.exec(select(Agency.id, Agency.name).where(Agency.id.in_(chunk))).all())
        return found

    # what a reader reads

    @staticmethod
    def _spec(event: AuditEvent) -> FieldSpec | None:
        kind = _RECORDS.get(event.entity)
        if kind is None:
            return None
        return next((spec for spec in kind.fields if spec.name == event.field), None)

    def _subject(self, event: AuditEvent) -> str:
        if event.entity in _REVIEW_ENTITIES:
            return subject_said(event.entity, event.context)
        if event.entity == ASSESSMENT:
            found = self.assessments.get(event.entity_id)
            if found:
                return found
            context = dict(part.strip().split("=", 1) for part in event.context.split(";") if "=" in part)
            if "criterion" in context:
                year = f" – {context['year']}" if "year" in context else ""
                return f"Tiêu chí {context['criterion']}{year}"
        elif event.entity in _DESCRIBING:
            found = self.descriptions.get((event.entity, event.entity_id))
            if found:
                return found
        elif event.entity == PLAN:
            found = self.plans.get(event.entity_id) or event.new_value or event.old_value
            if found:
                return found
        elif event.entity == ATTACHMENT:
            return _attachment_subject(event.context)
        elif event.entity == ACCOUNT:
            found = self.usernames.get(event.entity_id)
            if found:
                return found
        elif event.entity == REORGANISATION and event.entity_id in self.decisions:
            return f"Quyết định {self.decisions[event.entity_id]}"
        elif event.entity in _PLAN_EDIT_LABELS and event.context:  # the plan's editing names what it changed
            return _shorten(event.context)
        return f"số {event.entity_id}" if event.entity_id is not None else EMPTY

    def _field(self, event: AuditEvent) -> str:
        if field_said(event.entity, event.field):
            return field_said(event.entity, event.field)
        if event.entity == ASSESSMENT:
            return _ASSESSMENT_FIELDS.get(event.field, event.field)
        if event.entity == PLAN and event.field == "*":
            if event.old_value is None:
                return "Tạo kế hoạch"
            return "Xóa kế hoạch" if event.new_value is None else "Cập nhật kế hoạch"
        if event.entity == ACCOUNT:
            return _ACCOUNT_FIELDS.get(event.field, event.field)
        if event.entity == ATTACHMENT:
            return "Tệp"
        if event.entity in _PLAN_EDIT_LABELS:
            return _PLAN_EDIT_FIELDS.get((event.entity, event.field), event.field)
        if event.entity == REORGANISATION:
            return "Ghi quyết định" if event.field == "*" else CHANGE_LABEL.get(event.field, event.field)
        spec = self._spec(event)
        return spec.label if spec else event.field

    def _value(self, event: AuditEvent, value: str | None) -> str:
        if value is None or value == "":
            return EMPTY
        if value_said(event.entity, event.field, value):
            return value_said(event.entity, event.field, value)
        if event.entity == ASSESSMENT and event.field == "status":
            return STATUS.get(value, value) if value in set(CriterionStatus) else value
        if event.entity == ACCOUNT:
            return self._account_value(event.field, value)
        spec = self._spec(event)
        if spec is None:
            return value
        if spec.kind == "choice":
            return spec.choices.get(value, value)
        if spec.kind == "date":
            day = _parse_date(value)
            return format_date(day) if isinstance(day, date) else value
        if spec.kind in ("count", "amount"):
            return format_int(int(value)) if re.fullmatch(r"-?[0-9]+", value) else value
        if spec.kind == "agency":
            return self._agency(value)
        return value

    def _agency(self, value: str) -> str:
        if value.isdigit() and int(value) in self.agencies:
            return self.agencies[int(value)]
        return f"cơ quan số {value}"

    def _account_value(self, field: str, value: str) -> str:
        if "password" in field:  # the audit never holds a password, only that one was set
            return "(ẩn)" if value.startswith("$") else value
        if field == "role":
            return ROLE_LABEL.get(Role(value), value) if value in set(Role) else value
        if field == "active":
            return {"True": "Có", "False": "Không"}.get(value, value)
        if field == "member_agency_id":
            return self._agency(value)
        return value


def _attachment_subject(context: str) -> str:
    """'Tiêu chí 3 – 2025' or 'Đi cơ sở – 2025': what a file was attached to, from its audit row's context
    (domain/attaching.py), without a query."""
    parts = dict(part.strip().split("=", 1) for part in context.split(";") if "=" in part)
    year = f" – {parts['year']}" if "year" in parts else ""
    if "criterion" in parts:
        return f"Tiêu chí {parts['criterion']}{year}"
    kind = _RECORDS.get(parts.get("record", "").split(":")[0])
    return f"{kind.title}{year}" if kind else EMPTY


def _parse_date(value: str) -> date | str:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return value

