"""Use case: bring a plan in the database in line with a draft (the plan workbook), creating or updating it.

A plan is identified by its code. Places are matched by name, agencies by short name (so a renamed agency keeps
its assignments) or by name, team members by name within their village's team, criteria by number. What the
draft no longer lists is taken out of the plan (assignments, members, villages), never out of history: villages,
agencies and every recorded assessment stay in the database. Importing the same draft twice changes nothing.
"""

import enum
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, insert
from sqlmodel import Session, func, select

from domain.access import require_secretariat
from domain.admin_units import AdminUnit, UnitKind, UnitPeriod, Village, VillageMembership
from domain.agencies import Agency, Assignment, AssignmentRole
from domain.audit import record_change
from domain.criteria import Assessment, CriteriaSet, Criterion
from domain.errors import DomainError
from domain.plan import Plan, PlanVillage
from domain.plan_draft import PlaceKey, PlanDraft
from domain.plan_rules import lead_agency_problem, team_lead_problem
from domain.teams import SupportTeam, TeamMember, TeamRole
from domain.text import name_key, nfc
from domain.unit_history import former_units_labels
from domain.unit_of_work import UnitOfWork
from domain.unit_words import commune_said

PLAN, PLACES, AGENCIES, ASSIGNMENTS, TEAMS, CRITERIA = (
    "Kế hoạch", "Địa bàn", "Cơ quan", "Phân công", "Tổ hỗ trợ", "Tiêu chí")
SHEETS = (PLAN, PLACES, AGENCIES, ASSIGNMENTS, TEAMS, CRITERIA)

GROUP_NUMERAL = re.compile(r"^\s*(?:[IVXLC]+|\d+)\s*[.):–-]\s*(?=\S)")
"""A numeral an annex puts before a group's name: "I. Quy hoạch", "2) Hạ tầng", "III - Văn hóa"."""


def group_name(text: str) -> str:
    """A criteria group's name as stored, without the annex's own numeral: the program numbers the groups itself
    (I, II… in the window, the sheets and the workbooks), so "I. Quy hoạch" would be printed "I. I. Quy hoạch"."""
    return GROUP_NUMERAL.sub("", nfc(text), count=1)


@dataclass
class Changes:
    """What an import does to the rows of one sheet."""

    created: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0

    def count(self, created: bool, changed: bool) -> None:
        if created:
            self.created += 1
        elif changed:
            self.changed += 1
        else:
            self.unchanged += 1


class Entity(enum.StrEnum):
    DISTRICT = "district"
    COMMUNE = "commune"
    VILLAGE = "village"
    AGENCY = "agency"


class Move(enum.StrEnum):
    CREATED = "created"
    """New in the database (and in the plan)."""
    JOINS = "joins"
    """Already in the database (an earlier plan's), now in this plan too."""
    LEAVES = "leaves"
    """Leaves the plan; stays in the database with its history."""


@dataclass(frozen=True)
class NamedChange:
    """One place or agency an import creates, brings into the plan or takes out of it, by name."""

    entity: Entity
    name: str
    move: Move
    within: str = ""
    """Where it is: a village's commune, a commune's district."""
    former: str = ""
    """For a village found through a reorganisation: 'trước 01/7/2025: xã Y, huyện Z' (its units before)."""


@dataclass
class ImportReport:
    plan_code: str
    new_plan: bool
    sheets: dict[str, Changes] = field(default_factory=lambda: {sheet: Changes() for sheet in SHEETS})
    named: list[NamedChange] = field(default_factory=list)
    """The villages, communes, districts and agencies created, joining or leaving the plan, in the draft's order
    (those leaving last)."""

    @property
    def changes_anything(self) -> bool:
        return any(c.created or c.changed or c.removed for c in self.sheets.values())

    def summary(self) -> str:
        """One line: 'tạo mới 120, thay đổi 3, giữ nguyên 0, bỏ khỏi kế hoạch 1'."""
        created = sum(c.created for c in self.sheets.values())
        changed = sum(c.changed for c in self.sheets.values())
        unchanged = sum(c.unchanged for c in self.sheets.values())
        removed = sum(c.removed for c in self.sheets.values())
        return f"tạo mới {created}, thay đổi {changed}, giữ nguyên {unchanged}, bỏ khỏi kế hoạch {removed}"


def import_plan(uow: UnitOfWork, *, draft: PlanDraft, dry_run: bool = False, source: str = "") -> ImportReport:
    """Create or update the plan `draft.code`, in one transaction; with `dry_run`, only report what would change."""
    require_secretariat(uow.user, "nhập hoặc cập nhật kế hoạch")
    plan, report = apply_draft(uow.session, draft, uow.actor, source)
    if not dry_run:
        uow.commit()
    return report


def apply_draft(session: Session, draft: PlanDraft, actor: str, source: str = "") -> tuple[Plan, ImportReport]:
    """Write the draft into the session without committing; the caller's unit of work decides."""
    check_draft(draft)
    code = nfc(draft.code)
    plan = session.exec(select(Plan).where(Plan.code == code)).first()
    report = ImportReport(plan_code=code, new_plan=plan is None)
    criteria_set, criteria = _sync_criteria(session, draft, plan, report.sheets[CRITERIA])
    plan = _sync_plan(session, draft, plan, criteria_set, report.sheets[PLAN])
    villages = _sync_villages(session, plan, draft, report.sheets[PLACES], report.named)
    agencies = _sync_agencies(session, draft, report.sheets[AGENCIES], report.named)
    assigned_before = _assigned_agencies(session, plan.id)
    _sync_assignments(session, plan, draft, villages, agencies, report.sheets[ASSIGNMENTS])
    session.flush()
    for agency_id in sorted(assigned_before - _assigned_agencies(session, plan.id)):
        report.named.append(NamedChange(Entity.AGENCY, session.get(Agency, agency_id).name, Move.LEAVES))
    _sync_members(session, plan, draft, villages, agencies, report.sheets[TEAMS])
    _add_assessments(session, draft, villages, criteria, actor)
    if report.changes_anything:
        record_change(session, actor=actor, entity="plan", entity_id=plan.id, field="*",
                      old=None if report.new_plan else code, new=code,
                      context=f"{'tạo' if report.new_plan else 'cập nhật'} kế hoạch"
                              f"{' từ ' + source if source else ''}: {report.summary()}")
    session.flush()
    return plan, report


def _assigned_agencies(session: Session, plan_id: int) -> set[int]:
    """The agencies with an assignment in the plan: those that help one of its villages."""
    return set(session.exec(select(Assignment.agency_id).where(Assignment.plan_id == plan_id).distinct()))


def place_key(place: PlaceKey) -> tuple[str, str, str]:
    """A village's identity: district, commune and village names, compared without case but with diacritics."""
    return (name_key(place.district), name_key(place.commune), name_key(place.village))


def check_draft(draft: PlanDraft) -> None:
    """Refuse a draft that breaks the plan's rules; the workbook reader reports these row by row first."""
    problems = []
    if draft.first_year > draft.last_year:
        problems.append(f"từ năm {draft.first_year} sau đến năm {draft.last_year}")
    places = {place_key(v.place) for v in draft.villages}
    agencies = {name_key(a.name) for a in draft.agencies}
    agencies |= {name_key(a.short_name) for a in draft.agencies if a.short_name}
    for item in [*draft.assignments, *draft.members, *draft.assessments]:
        if place_key(item.place) not in places:
            problems.append(f"thôn “{item.place.village}” ({commune_said(item.place.commune)}) không có trong danh "
                            "sách địa bàn")
    for item in [*draft.assignments, *draft.members]:
        if item.agency and name_key(item.agency) not in agencies:
            problems.append(f"cơ quan “{item.agency}” không có trong danh sách cơ quan")
    leads = Counter(place_key(a.place) for a in draft.assignments if a.role == AssignmentRole.LEAD)
    leaders = Counter(place_key(m.place) for m in draft.members if m.role == TeamRole.LEADER)
    for village in draft.villages:
        key = place_key(village.place)
        for problem in (lead_agency_problem(village.place.village, leads[key]),
                        team_lead_problem(village.place.village, leaders[key])):
            if problem is not None:
                problems.append(problem)
    if problems:
        raise DomainError("Kế hoạch không hợp lệ: " + "; ".join(sorted(set(problems))) + ".")


def _differs(record: object, values: dict) -> bool:
    """Set `values` on `record`; True when any of them changed."""
    changed = False
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    return changed


def _sync_criteria(session: Session, draft: PlanDraft, plan: Plan | None,
                   changes: Changes) -> tuple[CriteriaSet, dict[int, int]]:
    source = draft.criteria_set
    code = nfc(source.code)
    if plan is not None:
        current = session.get(CriteriaSet, plan.criteria_set_id)
        if name_key(current.code) != name_key(code):
            raise DomainError(f"Kế hoạch {plan.code} dùng bộ tiêu chí {current.code}; không thể đổi sang {code}.")
    criteria_set = session.exec(select(CriteriaSet).where(CriteriaSet.code == code)).first()
    if criteria_set is None:
        criteria_set = CriteriaSet(code=code, title=nfc(source.title) or code)
        session.add(criteria_set)
        session.flush()
    kept_as_is = {"is_template": source.is_template, "note": source.note, "title": source.title}
    _differs(criteria_set, {name: nfc(value) if isinstance(value, str) else value
                            for name, value in kept_as_is.items() if value not in (None, "")})
    criteria = session.exec(select(Criterion).where(Criterion.criteria_set_id == criteria_set.id))
    existing = {c.number: c for c in criteria}
    for item in source.criteria:
        values = {"group_order": item.group_order, "group_name": group_name(item.group_name), "name": nfc(item.name),
                  "requirement": nfc(item.requirement)}
        criterion = existing.pop(item.number, None)
        if criterion is None:
            session.add(Criterion(criteria_set_id=criteria_set.id, number=item.number, **values))
            changes.count(created=True, changed=False)
        else:
            changes.count(created=False, changed=_differs(criterion, values))
    for number, criterion in sorted(existing.items()):
        used = session.exec(select(func.count()).select_from(Assessment)
                            .where(Assessment.criterion_id == criterion.id)).one()
        if used:
            raise DomainError(f"Tiêu chí số {number} ({criterion.name}) đã có {used} kết quả đánh giá; "
                              "không thể bỏ khỏi bộ tiêu chí.")
        session.delete(criterion)
        changes.removed += 1
    session.flush()
    ids = session.exec(select(Criterion.number, Criterion.id).where(Criterion.criteria_set_id == criteria_set.id))
    return criteria_set, dict(ids.all())


def _sync_plan(session: Session, draft: PlanDraft, plan: Plan | None, criteria_set: CriteriaSet,
               changes: Changes) -> Plan:
    values = {"title": nfc(draft.title), "issuer": nfc(draft.issuer), "issued_on": draft.issued_on,
              "first_year": draft.first_year, "last_year": draft.last_year}
    if draft.is_sample is not None:
        values["is_sample"] = draft.is_sample
    if draft.place:
        values["place"] = nfc(draft.place)
    if draft.continues is not None:
        values["continues_plan_id"] = _continued(session, draft)
    if plan is None:
        plan = Plan(code=nfc(draft.code), criteria_set_id=criteria_set.id, **values)
        session.add(plan)
        changes.count(created=True, changed=False)
    else:
        changes.count(created=False, changed=_differs(plan, values))
    session.flush()
    return plan


def _continued(session: Session, draft: PlanDraft) -> int | None:
    """The id of the plan the draft says it carries on ("" : none)."""
    code = nfc(draft.continues)
    if not code:
        return None
    if name_key(code) == name_key(draft.code):
        raise _continuation_refused(draft, f"kế hoạch {code} không thể tiếp nối chính nó")
    plans = list(session.exec(select(Plan.code)))
    found = [plan_code for plan_code in plans if name_key(plan_code) == name_key(code)]
    if not found:
        known = [plan_code for plan_code in plans if name_key(plan_code) != name_key(draft.code)]
        recorded = f"các kế hoạch đã có: {', '.join(sorted(known))}" if known else "chưa có kế hoạch nào khác"
        raise _continuation_refused(draft, f"kế hoạch {nfc(draft.code)} tiếp nối kế hoạch “{code}”, nhưng không có "
                                           f"kế hoạch “{code}” ({recorded})")
    return session.exec(select(Plan.id).where(Plan.code == found[0])).one()


def _continuation_refused(draft: PlanDraft, problem: str) -> DomainError:
    """The refusal, naming the file, sheet, row and column when the draft was read from an annex."""
    if draft.continues_where:
        return DomainError(f"Không nhập: {draft.continues_where}: {problem}. Chưa ghi gì.")
    return DomainError(f"{problem[0].upper()}{problem[1:]}. Chưa ghi gì.")


def _known_units(session: Session) -> dict[tuple, int]:
    """Every unit by (name, kind, parent id), ended ones included, and by the names and parents it had before a
    reorganisation (an older annex names them so); a unit directly under a province (after the district level was
    removed) also by (name, kind, None), as an annex without a district names it."""
    units = sorted(session.exec(select(AdminUnit)), key=lambda u: u.valid_until is not None)
    kinds = {u.id: u.kind for u in units}
    named = [(u.name, u.parent_id, u.id) for u in units]
    named += [(p.name, p.parent_id, p.unit_id) for p in session.exec(select(UnitPeriod))]
    known: dict[tuple, int] = {}
    for name, parent_id, unit_id in named:
        known.setdefault((name, kinds[unit_id], parent_id), unit_id)
    for name, parent_id, unit_id in named:
        if parent_id is not None and kinds[parent_id] == UnitKind.PROVINCE:
            known.setdefault((name, kinds[unit_id], None), unit_id)
    return known


def _known_villages(session: Session) -> dict[tuple, Village]:
    """Every village by (commune id, name): today's, then those it had before a reorganisation (a village of the
    new commune whose old commune merged into it is the same village, and so is the old annex's name for it)."""
    villages = {v.id: v for v in session.exec(select(Village))}
    known = {(v.commune_id, v.name): v for v in villages.values()}
    for membership in session.exec(select(VillageMembership)):
        known.setdefault((membership.commune_id, membership.name), villages[membership.village_id])
    return known


def _sync_villages(session: Session, plan: Plan, draft: PlanDraft, changes: Changes,
                   named: list[NamedChange]) -> dict[tuple, int]:
    units = _known_units(session)

    def unit(name: str, kind: UnitKind, parent_id: int | None, within: str = "") -> int:
        key = (name, kind, parent_id)
        if key not in units:
            created = AdminUnit(name=name, kind=kind, parent_id=parent_id)
            session.add(created)
            session.flush()
            units[key] = created.id
            entity = Entity.DISTRICT if kind == UnitKind.DISTRICT else Entity.COMMUNE
            named.append(NamedChange(entity, name, Move.CREATED, within))
        return units[key]

    in_plan = set(session.exec(select(PlanVillage.village_id).where(PlanVillage.plan_id == plan.id)))
    villages = _known_villages(session)
    joined: list[tuple[int, int]] = []  # the place in `named` and the id of each village joining the plan
    ids: dict[tuple, int] = {}
    new_villages: list[tuple[tuple, Village]] = []
    for source in draft.villages:
        place = source.place
        district_id = unit(nfc(place.district), UnitKind.DISTRICT, None) if place.district else None
        commune_id = unit(nfc(place.commune), UnitKind.COMMUNE, district_id, nfc(place.district or ""))
        values = {"households": source.households, "minority_households": source.minority_households,
                  "ethnic_groups": nfc(source.ethnic_groups), "note": nfc(source.note)}
        village = villages.get((commune_id, nfc(place.village)))
        if village is None:
            village = Village(name=nfc(place.village), commune_id=commune_id, **values)
            new_villages.append((place_key(place), village))
            changes.count(created=True, changed=False)
            named.append(NamedChange(Entity.VILLAGE, village.name, Move.CREATED, nfc(place.commune)))
            continue
        changed = _differs(village, values)
        ids[place_key(place)] = village.id
        if village.id not in in_plan:
            session.add(PlanVillage(plan_id=plan.id, village_id=village.id))
            joined.append((len(named), village.id))
            named.append(NamedChange(Entity.VILLAGE, village.name, Move.JOINS, nfc(place.commune)))
        changes.count(created=village.id not in in_plan, changed=changed)
    session.add_all([village for _, village in new_villages])
    session.flush()
    for key, village in new_villages:
        ids[key] = village.id
        session.add(PlanVillage(plan_id=plan.id, village_id=village.id))
    # Villages the draft no longer lists leave the plan; their assignments and team members go with the
    # draft's own lists (_sync_assignments, _sync_members), so they are counted there.
    gone = in_plan - set(ids.values())
    communes = {unit_id: name for (name, _kind, _parent), unit_id in units.items()}
    leaving = {v.id: v for v in villages.values() if v.id in gone}
    for village in sorted(leaving.values(), key=lambda v: (v.commune_id, v.name)):
        named.append(NamedChange(Entity.VILLAGE, village.name, Move.LEAVES, communes.get(village.commune_id, "")))
    if gone:
        session.execute(delete(PlanVillage).where(PlanVillage.plan_id == plan.id, PlanVillage.village_id.in_(gone)))
        changes.removed += len(gone)
    session.flush()
    formers = former_units_labels(session, [village_id for _, village_id in joined])
    for index, village_id in joined:
        if village_id in formers:
            named[index] = replace(named[index], former=formers[village_id])
    return ids


def _sync_agencies(session: Session, draft: PlanDraft, changes: Changes, named: list[NamedChange]) -> dict[str, int]:
    """Agency ids by folded name and folded short name. Matching by short name first lets a renamed agency
    keep its history."""
    agencies = list(session.exec(select(Agency)))
    by_short = {name_key(a.short_name): a for a in agencies if a.short_name}
    by_name = {name_key(a.name): a for a in agencies}
    ids: dict[str, int] = {}
    for source in draft.agencies:
        values = {"name": nfc(source.name), "short_name": nfc(source.short_name), "kind": source.kind,
                  "address": nfc(source.address), "phone": nfc(source.phone)}
        agency = (by_short.get(name_key(source.short_name)) if source.short_name else None) or by_name.get(
            name_key(source.name))
        if agency is None:
            agency = Agency(**values)
            session.add(agency)
            session.flush()
            changes.count(created=True, changed=False)
            named.append(NamedChange(Entity.AGENCY, agency.name, Move.CREATED))
        else:
            changes.count(created=False, changed=_differs(agency, values))
        ids[name_key(source.name)] = agency.id
        if source.short_name:
            ids[name_key(source.short_name)] = agency.id
    session.flush()
    return ids


def _sync_assignments(session: Session, plan: Plan, draft: PlanDraft, villages: dict[tuple, int],
                      agencies: dict[str, int], changes: Changes) -> None:
    existing = {(a.agency_id, a.village_id): a for a in
                session.exec(select(Assignment).where(Assignment.plan_id == plan.id))}
    for source in draft.assignments:
        key = (agencies[name_key(source.agency)], villages[place_key(source.place)])
        assignment = existing.pop(key, None)
        if assignment is None:
            session.add(Assignment(plan_id=plan.id, agency_id=key[0], village_id=key[1], role=source.role))
            changes.count(created=True, changed=False)
        else:
            changes.count(created=False, changed=_differs(assignment, {"role": source.role}))
    for assignment in existing.values():
        session.delete(assignment)
        changes.removed += 1
    session.flush()


def _sync_members(session: Session, plan: Plan, draft: PlanDraft, villages: dict[tuple, int],
                  agencies: dict[str, int], changes: Changes) -> None:
    teams = {t.village_id: t for t in session.exec(select(SupportTeam).where(SupportTeam.plan_id == plan.id))}
    wanted_villages = {villages[place_key(m.place)] for m in draft.members}
    new_teams = [SupportTeam(plan_id=plan.id, village_id=v) for v in wanted_villages if v not in teams]
    session.add_all(new_teams)
    session.flush()
    teams.update({t.village_id: t for t in new_teams})
    team_ids = [t.id for t in teams.values()]
    existing = {(m.team_id, name_key(m.full_name)): m for m in
                session.exec(select(TeamMember).where(TeamMember.team_id.in_(team_ids)))}
    for source in draft.members:
        team_id = teams[villages[place_key(source.place)]].id
        values = {"full_name": nfc(source.full_name), "position": nfc(source.position),
                  "agency_id": agencies[name_key(source.agency)] if source.agency else None, "role": source.role,
                  "phone": nfc(source.phone)}
        member = existing.pop((team_id, name_key(source.full_name)), None)
        if member is None:
            session.add(TeamMember(team_id=team_id, **values))
            changes.count(created=True, changed=False)
        else:
            changes.count(created=False, changed=_differs(member, values))
    for member in existing.values():
        session.delete(member)
        changes.removed += 1
    session.flush()
    in_plan = set(villages.values())
    for village_id, team in teams.items():
        if village_id not in in_plan:
            session.delete(team)
    session.flush()


def _add_assessments(session: Session, draft: PlanDraft, villages: dict[tuple, int], criteria: dict[int, int],
                     actor: str) -> None:
    """Insert the draft's assessments in bulk (the sample has some; a workbook none), keeping any already
    recorded for the same village, criterion and year."""
    if not draft.assessments:
        return
    existing = set(session.exec(select(Assessment.village_id, Assessment.criterion_id, Assessment.year).where(
        Assessment.village_id.in_(set(villages.values())), Assessment.criterion_id.in_(set(criteria.values())))))
    rows = [
        {"village_id": villages[place_key(a.place)], "criterion_id": criteria[a.criterion_number], "year": a.year,
         "status": a.status, "evidence": nfc(a.evidence), "note": nfc(a.note), "updated_by": actor}
        for a in draft.assessments
    ]
    rows = [row for row in rows if (row["village_id"], row["criterion_id"], row["year"]) not in existing]
    if rows:
        session.execute(insert(Assessment), rows)
