"""Use cases for the village records: add, change and delete, each checked by the domain and audited.

Every kind is described once (RecordKind: its fields, their Vietnamese names, its rules); the window's forms,
the lists and the printed sheet read the same description.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

from domain.access import Principal, require_lead_in_plan_years, require_village_editor
from domain.agencies import Agency
from domain.audit import record_change
from domain.errors import DomainError, NotFound
from domain.formatting import format_int
from domain.plan import Plan, PlanVillage
from domain.record_versions import claim_version, conflict_of, find_record, same_key
from domain.review_locks import require_open_village_year
from domain.text import nfc
from domain.unit_of_work import UnitOfWork
from domain.village_records import (
    CommunityModel,
    Concern,
    ConcernStatus,
    ContactRole,
    Contribution,
    HouseholdIndicators,
    Initiative,
    InitiativeStatus,
    ModelField,
    ModelStatus,
    ResourceKind,
    SourceKind,
    VillageContact,
    Visit,
)
from domain.vocabulary import COUNT_FIELDS  # re-exported: the same object

OVERDUE_AFTER = timedelta(days=90)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # text, long_text, count, year, date, amount, choice, agency
    required: bool = False
    choices: dict | None = None


@dataclass(frozen=True)
class RecordKind:
    key: str
    title: str
    table: type[SQLModel]
    fields: tuple[FieldSpec, ...]
    order: tuple = ()
    rules: Callable[[Session, Plan, dict], list[str]] = field(default=lambda session, plan, values: [])

    def spec(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)


def _household_rules(session: Session, plan: Plan, values: dict) -> list[str]:
    problems = []
    year = values["year"]
    if year is not None and not plan.first_year <= year <= plan.last_year:
        problems.append(f"Năm: {year} nằm ngoài thời gian của kế hoạch ({plan.first_year}–{plan.last_year}).")
    total = values["minority_households"] or 0
    for name in COUNT_FIELDS:
        if (values[name] or 0) > total:
            label = HOUSEHOLDS.spec(name).label
            problems.append(f"{label}: {format_int(values[name])} lớn hơn tổng số hộ ĐBDTTS ({format_int(total)}).")
    return problems


def _model_rules(session: Session, plan: Plan, values: dict) -> list[str]:
    year = values["year_started"]
    if year is not None and not 1990 <= year <= plan.last_year:
        return [f"Năm bắt đầu: {year} không hợp lệ (từ 1990 đến {plan.last_year})."]
    return []


def _contribution_rules(session: Session, plan: Plan, values: dict) -> list[str]:
    problems = []
    if values["amount"] is not None and values["amount"] <= 0:
        problems.append("Số lượng: phải lớn hơn 0.")
    if values["source_kind"] == SourceKind.AGENCY and values["agency_id"] is None:
        problems.append("Cơ quan: hãy chọn cơ quan đã đóng góp.")
    if values["source_kind"] != SourceKind.AGENCY and not values["source_name"]:
        problems.append("Tên người, doanh nghiệp: ô bắt buộc đang để trống.")
    return problems


def _concern_rules(session: Session, plan: Plan, values: dict) -> list[str]:
    problems = []
    if values["status"] == ConcernStatus.RESOLVED:
        if not values["resolution"]:
            problems.append("Kết quả giải quyết: hãy ghi khó khăn đã được giải quyết thế nào.")
        if values["resolved_on"] is None:
            problems.append("Ngày giải quyết: ô bắt buộc khi đã giải quyết.")
    if values["status"] == ConcernStatus.FORWARDED and not values["forwarded_to"]:
        problems.append("Chuyển đến: hãy ghi nơi đã chuyển kiến nghị.")
    if values["resolved_on"] and values["raised_on"] and values["resolved_on"] < values["raised_on"]:
        problems.append("Ngày giải quyết: trước ngày nêu khó khăn.")
    return problems


def _no_future(name: str, label: str) -> Callable[[Session, Plan, dict], list[str]]:
    def rule(session: Session, plan: Plan, values: dict) -> list[str]:
        day = values[name]
        return [f"{label}: {day:%d/%m/%Y} là ngày trong tương lai."] if day and day > date.today() else []

    return rule


HOUSEHOLDS = RecordKind("households", "Hộ đồng bào DTTS", HouseholdIndicators, (
    FieldSpec("year", "Năm", "year", required=True),
    FieldSpec("minority_households", "Tổng số hộ ĐBDTTS", "count", required=True),
    FieldSpec("reached", "Hộ được tuyên truyền", "count"),
    FieldSpec("changed_ways", "Hộ thay đổi nếp nghĩ, cách làm", "count"),
    FieldSpec("applying_science", "Hộ áp dụng KH-KT", "count"),
    FieldSpec("better_life", "Hộ có đời sống cải thiện", "count"),
    FieldSpec("in_cooperatives", "Hộ tham gia HTX, THT", "count"),
    FieldSpec("poor", "Hộ nghèo", "count"),
    FieldSpec("near_poor", "Hộ cận nghèo", "count"),
), order=("year",), rules=_household_rules)

MODELS = RecordKind("models", "Mô hình “Dân vận khéo”", CommunityModel, (
    FieldSpec("name", "Tên mô hình", "text", required=True),
    FieldSpec("field", "Lĩnh vực", "choice", required=True, choices={
        ModelField.ECONOMY: "Kinh tế", ModelField.CULTURE_SOCIETY: "Văn hóa - xã hội",
        ModelField.SECURITY_ORDER: "Quốc phòng - an ninh", ModelField.POLITICAL_SYSTEM: "Xây dựng hệ thống chính trị"}),
    FieldSpec("year_started", "Năm bắt đầu", "year", required=True),
    FieldSpec("status", "Tình trạng", "choice", required=True, choices={
        ModelStatus.BUILT: "Xây dựng", ModelStatus.MAINTAINED: "Duy trì", ModelStatus.REPLICATED: "Nhân rộng"}),
    FieldSpec("households", "Số hộ tham gia", "count"),
    FieldSpec("agency_id", "Cơ quan giúp đỡ", "agency"),
), order=("year_started", "name"), rules=_model_rules)

CONTRIBUTIONS = RecordKind("contributions", "Nguồn lực huy động", Contribution, (
    FieldSpec("day", "Ngày", "date", required=True),
    FieldSpec("source_kind", "Nguồn", "choice", required=True, choices={
        SourceKind.AGENCY: "Cơ quan, đơn vị", SourceKind.ENTERPRISE: "Doanh nghiệp", SourceKind.PERSON: "Cá nhân"}),
    FieldSpec("agency_id", "Cơ quan", "agency"),
    FieldSpec("source_name", "Tên người, doanh nghiệp", "text"),
    FieldSpec("kind", "Hình thức", "choice", required=True, choices={
        ResourceKind.MONEY: "Tiền (đồng)", ResourceKind.IN_KIND: "Hiện vật (quy ra đồng)",
        ResourceKind.WORKDAYS: "Ngày công"}),
    FieldSpec("amount", "Số lượng", "amount", required=True),
    FieldSpec("purpose", "Mục đích", "long_text"),
), order=("day",), rules=lambda s, p, v: _contribution_rules(s, p, v) + _no_future("day", "Ngày")(s, p, v))

VISITS = RecordKind("visits", "Đi cơ sở", Visit, (
    FieldSpec("day", "Ngày", "date", required=True),
    FieldSpec("agency_id", "Cơ quan", "agency"),
    FieldSpec("people", "Người đi", "text", required=True),
    FieldSpec("activities", "Nội dung làm việc", "long_text"),
    FieldSpec("agreed", "Thống nhất, kết luận", "long_text"),
), order=("day",), rules=_no_future("day", "Ngày"))

CONCERNS = RecordKind("concerns", "Khó khăn, kiến nghị", Concern, (
    FieldSpec("raised_on", "Ngày nêu", "date", required=True),
    FieldSpec("text", "Nội dung", "long_text", required=True),
    FieldSpec("forwarded_to", "Chuyển đến", "text"),
    FieldSpec("status", "Tình trạng", "choice", required=True, choices={
        ConcernStatus.OPEN: "Chưa xử lý", ConcernStatus.FORWARDED: "Đã chuyển",
        ConcernStatus.RESOLVED: "Đã giải quyết"}),
    FieldSpec("resolution", "Kết quả giải quyết", "long_text"),
    FieldSpec("resolved_on", "Ngày giải quyết", "date"),
), order=("raised_on",), rules=lambda s, p, v: _concern_rules(s, p, v) + _no_future("raised_on", "Ngày nêu")(s, p, v))

CONTACTS = RecordKind("contacts", "Người có uy tín, già làng, trưởng thôn", VillageContact, (
    FieldSpec("full_name", "Họ và tên", "text", required=True),
    FieldSpec("role", "Vai trò", "choice", required=True, choices={
        ContactRole.PRESTIGIOUS: "Người có uy tín", ContactRole.ELDER: "Già làng",
        ContactRole.VILLAGE_HEAD: "Trưởng thôn", ContactRole.OTHER: "Khác"}),
    FieldSpec("phone", "Điện thoại", "text"),
    FieldSpec("note", "Ghi chú", "text"),
), order=("full_name",))

INITIATIVES = RecordKind("initiatives", "Sáng kiến, kế hoạch phát triển thôn", Initiative, (
    FieldSpec("title", "Tên sáng kiến, kế hoạch", "text", required=True),
    FieldSpec("year", "Năm", "year", required=True),
    FieldSpec("status", "Tình trạng", "choice", required=True, choices={
        InitiativeStatus.PLANNED: "Dự kiến", InitiativeStatus.UNDERWAY: "Đang thực hiện",
        InitiativeStatus.DONE: "Hoàn thành"}),
    FieldSpec("note", "Ghi chú", "long_text"),
), order=("year", "title"))

KINDS = {kind.key: kind for kind in (HOUSEHOLDS, MODELS, CONTRIBUTIONS, VISITS, CONCERNS, CONTACTS, INITIATIVES)}

YEAR_FIELD = {"households": "year", "initiatives": "year", "contributions": "day", "visits": "day",
              "concerns": "raised_on"}
"""The field that puts a record in a year, whose approval or closing locks it (domain/review_locks.py). A model
spans the years from its start and a contact has no year: neither is locked."""
FOLLOW_UP = {"concerns": frozenset({"status", "forwarded_to", "resolution", "resolved_on"})}
"""Fields that stay open in a locked year: a difficulty raised then is followed up and resolved later."""


def record_year(kind: str, values: dict) -> int | None:
    """The year a record of `kind` with these values belongs to, None for a kind no year locks."""
    value = values.get(YEAR_FIELD.get(kind, ""))
    return value.year if isinstance(value, date) else value


def _require_open_years(session: Session, kind: str, village_id: int, old: dict | None, new: dict | None,
                        doing: str) -> None:
    """Refuse a change that touches a locked year: the year the record was in, and the year it goes to."""
    if old is not None and new is not None and {name for name in new if old[name] != new[name]} <= FOLLOW_UP.get(
            kind, frozenset()):
        return
    for values in (old, new):
        year = None if values is None else record_year(kind, values)
        if year is not None:
            require_open_village_year(session, village_id, year, doing=doing)


def _clean(session: Session, kind: RecordKind, values: dict) -> tuple[dict, list[str]]:
    """Values typed for the record's fields, and a problem (naming the field) for each that is not right."""
    clean, problems = {}, []
    for spec in kind.fields:
        value = values.get(spec.name)
        if isinstance(value, str):
            value = nfc(value)
            value = value if value or spec.kind in ("text", "long_text") else None
        if spec.kind in ("text", "long_text"):
            value = value or ""
        if spec.required and value in (None, ""):
            problems.append(f"{spec.label}: ô bắt buộc đang để trống.")
        elif spec.kind in ("count", "amount", "year") and value is not None:
            if not isinstance(value, int) or isinstance(value, bool):
                problems.append(f"{spec.label}: “{value}” không phải là số nguyên.")
            elif value < 0:
                problems.append(f"{spec.label}: không được là số âm.")
        elif spec.kind == "date" and value is not None and not isinstance(value, date):
            problems.append(f"{spec.label}: “{value}” không phải là ngày.")
        elif spec.kind == "choice" and value is not None:
            try:
                value = next(choice for choice in spec.choices if choice == value)
            except StopIteration:
                problems.append(f"{spec.label}: “{value}” không có trong danh sách.")
        elif spec.kind == "agency" and value is not None and session.get(Agency, value) is None:
            problems.append(f"{spec.label}: không có cơ quan này.")
        if spec.kind == "count" and value is None and not spec.required:
            value = 0
        clean[spec.name] = value
    return clean, problems


def _audit_value(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(getattr(value, "value", value))


def save_record(uow: UnitOfWork, *, kind: str, plan_id: int, village_id: int, values: dict,
                record_id: int | None = None, expected_version: int | None = None) -> int:
    """Add (record_id None) or change a record of `kind` for a village of the plan, and commit; returns its id.

    Every rule is checked first and all problems are reported together; nothing is written on refusal.
    `expected_version` is the version of the record the user read: a change made after somebody else's raises
    RecordConflict (domain/record_versions.py), as does adding a record whose key (households: the year) another
    record has; None changes whatever the database holds now.
    """
    saved = write_record(uow, kind=kind, plan_id=plan_id, village_id=village_id, values=values, record_id=record_id,
                         expected_version=expected_version)
    uow.commit()
    return saved


def write_record(uow: UnitOfWork, *, kind: str, plan_id: int, village_id: int, values: dict,
                 record_id: int | None = None, expected_version: int | None = None) -> int:
    """save_record without its commit: for a use case that writes more in the same transaction (a deleted record
    restored with its files, domain/restoring.py)."""
    spec = KINDS[kind]
    session = uow.session
    plan = session.get(Plan, plan_id)
    if plan is None or session.get(PlanVillage, (plan_id, village_id)) is None:
        raise NotFound("Thôn (làng) này không thuộc kế hoạch.")
    require_village_editor(session, uow.user, plan_id, village_id)
    clean, problems = _clean(session, spec, values)
    if not problems:
        problems = spec.rules(session, plan, clean)
    if problems:
        raise DomainError("Chưa lưu. " + " ".join(problems))
    _require_lead_plan_year(session, uow.user, plan_id, kind, village_id, clean)
    if record_id is None:
        _require_open_years(session, kind, village_id, None, clean, "lưu")
        record = spec.table(village_id=village_id, **clean)
        session.add(record)
        old = dict.fromkeys(clean)
    else:
        record = find_record(session, spec, village_id, record_id)
        old = {name: getattr(record, name) for name in clean}
        _require_lead_plan_year(session, uow.user, plan_id, kind, village_id, old)
        if old == clean:
            return record.id
        _require_open_years(session, kind, village_id, old, clean, "lưu")
        claim_version(session, spec, record, expected_version)
        for name, value in clean.items():
            setattr(record, name, value)
    try:
        session.flush()
    except IntegrityError as error:
        session.rollback()  # the failed flush ended the transaction; what the other record holds is read anew
        twin = same_key(session, spec, village_id, clean) if record_id is None else None
        if twin is not None:
            raise conflict_of(session, spec, twin, added=True) from error
        raise DomainError(f"Chưa lưu: {spec.title.lower()} này đã có (trùng năm hoặc trùng thông tin).") from error
    for name, value in clean.items():
        if old[name] != value:
            record_change(session, actor=uow.actor, entity=spec.table.__tablename__, entity_id=record.id, field=name,
                          old=_audit_value(old[name]), new=_audit_value(value), context=f"village={village_id}",
                          village_id=village_id)
    if record_id is not None and record_year(kind, old) != record_year(kind, clean):
        from domain.attaching import follow_record_year  # here: attaching reads this module's kinds

        follow_record_year(session, table=spec.table.__tablename__, record_id=record.id, year=record_year(kind, clean))
    return record.id


def _require_lead_plan_year(session: Session, user: Principal, plan_id: int, kind: str, village_id: int,
                            values: dict) -> None:
    """A team lead writes (adds, changes, deletes, moves) a village's dated record only on a day or in a year of the
    plan's years (domain/access.require_lead_in_plan_years), a difficulty's follow-up too (by the day it was raised,
    as its lock); a record without a year (a model, a contact) in any year."""
    field = YEAR_FIELD.get(kind)
    plan = session.get(Plan, plan_id)
    if field is not None and values.get(field) is not None and plan is not None:
        require_lead_in_plan_years(session, user, plan, village_id, values[field])


def delete_record(uow: UnitOfWork, *, kind: str, plan_id: int, village_id: int, record_id: int,
                  expected_version: int | None = None) -> None:
    """Delete a record, and the files attached to it (each with its audit row; their contents stay); the audit
    keeps every value it had. With `expected_version` (the version the user read), a record changed since raises
    RecordConflict."""
    spec = KINDS[kind]
    session = uow.session
    require_village_editor(session, uow.user, plan_id, village_id)
    record = find_record(session, spec, village_id, record_id)
    values = {item.name: getattr(record, item.name) for item in spec.fields}
    _require_lead_plan_year(session, uow.user, plan_id, kind, village_id, values)
    _require_open_years(session, kind, village_id, values, None, "xóa")
    claim_version(session, spec, record, expected_version)
    for item in spec.fields:
        record_change(session, actor=uow.actor, entity=spec.table.__tablename__, entity_id=record_id,
                      field=item.name, old=_audit_value(getattr(record, item.name)), new=None,
                      context=f"village={village_id}; xóa", village_id=village_id)
    from domain.attaching import remove_record_attachments  # here: attaching reads this module's kinds

    remove_record_attachments(session, uow.user, plan_id=plan_id, table=spec.table.__tablename__, record_id=record_id)
    session.delete(record)
    uow.commit()


def village_records(session: Session, kind: str, village_id: int) -> list:
    spec = KINDS[kind]
    order = [getattr(spec.table, name) for name in spec.order] + [spec.table.id]
    return list(session.exec(select(spec.table).where(spec.table.village_id == village_id).order_by(*order)))


def is_overdue(concern: Concern, today: date) -> bool:
    """A difficulty not resolved 90 days after it was raised."""
    return concern.status != ConcernStatus.RESOLVED and concern.raised_on <= today - OVERDUE_AFTER
