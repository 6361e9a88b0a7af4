"""The bundled sample plan, shaped like Kon Tum's Plan 133-KH/TU, loaded through the plan workbook importer.

resources/sample_plan.xlsx is an annex like any other; resources/sample_assessments.json adds invented results
for 2023–2025 so the figures differ between villages and years, and resources/sample_records.json invented
village records (household figures, models, resources, visits, difficulties, contacts, initiatives).
District and commune names are real; villages, people, phone numbers, assignments and results are invented,
and the plan is flagged as sample so the window can say so and remove it.

With the reform (the default for a new database), the sample also crosses the 2025 reform: the illustrative
reorganisation of resources/sample_reorganisation.xlsx (effective 1/7/2025: Kon Tum merged into Quảng Ngãi, the
districts removed, communes merged, one renamed and one split in two, a village moved; its decision number says
"(minh họa)" wherever it is named) is read and applied by the reorganisation workbook's own reader and use case, then
a continuation plan 2026–2030 of Tỉnh ủy Quảng Ngãi carries the same villages on under the new communes with invented
2026 results, so that one village's history shows both plans.
"""

import dataclasses
import json
from collections.abc import Callable
from datetime import date

from sqlalchemy import Connection
from sqlmodel import Session, select

from domain.access import Principal
from domain.agencies import Agency
from domain.criteria import CriterionStatus
from domain.places import plan_places
from domain.plan import Plan
from domain.plan_draft import AssessmentDraft, PlaceKey, PlanDraft
from domain.plan_import import apply_draft
from domain.recording import KINDS
from domain.unit_of_work import UnitOfWork
from resources import resource_path

SAMPLE_WORKBOOK = resource_path("sample_plan.xlsx")
SAMPLE_ASSESSMENTS = resource_path("sample_assessments.json")
SAMPLE_RECORDS = resource_path("sample_records.json")
SAMPLE_REORGANISATION = resource_path("sample_reorganisation.xlsx")
CONTINUATION_CODE = "25-KH/TU (MẪU)"
NEXT_STATUS = {CriterionStatus.NOT_MET: CriterionStatus.IN_PROGRESS, CriterionStatus.IN_PROGRESS: CriterionStatus.MET}
"""2026's invented results: one step on from 2025's."""

# One letter a criterion, in the order of the set's numbers, for each village and year.
STATUS_LETTERS = {
    "D": CriterionStatus.MET,
    "C": CriterionStatus.NOT_MET,
    "T": CriterionStatus.IN_PROGRESS,
    "-": CriterionStatus.NOT_ASSESSED,
}


def read_sample() -> PlanDraft:
    from storage.plan_workbook import read_plan_workbook  # openpyxl (0.5 s) only when a new database needs it

    draft = read_plan_workbook(SAMPLE_WORKBOOK).draft
    data = json.loads(SAMPLE_ASSESSMENTS.read_text(encoding="utf-8"))
    numbers = sorted(criterion.number for criterion in draft.criteria_set.criteria)
    assessments = []
    for place_text, years in data["assessments"].items():
        district, commune, village = (part.strip() for part in place_text.split("|"))
        place = PlaceKey(district or None, commune, village)
        for year, letters in years.items():
            assessments += [AssessmentDraft(place, number, int(year), STATUS_LETTERS[letter])
                            for number, letter in zip(numbers, letters, strict=True) if letter != "-"]
    criteria_set = dataclasses.replace(draft.criteria_set, is_template=True, note=data["criteria_set_note"])
    return dataclasses.replace(draft, is_sample=True, criteria_set=criteria_set, assessments=assessments)


def _add_sample_records(session: Session, plan: Plan) -> None:
    """The invented village records, written as they are (they are not a user's change to audit)."""
    villages = {f"{p.district or ''} | {p.commune} | {p.village}": p.village_id for p in plan_places(session, plan.id)}
    agencies = dict(session.exec(select(Agency.name, Agency.id)).all())
    data = json.loads(SAMPLE_RECORDS.read_text(encoding="utf-8"))
    for place_text, kinds in data["villages"].items():
        for kind, records in kinds.items():
            spec = KINDS[kind]
            for values in records:
                values = dict(values)
                if "agency" in values:
                    values["agency_id"] = agencies[values.pop("agency")]
                for item in spec.fields:
                    if item.kind == "date" and values.get(item.name):
                        values[item.name] = date.fromisoformat(values[item.name])
                session.add(spec.table(village_id=villages[place_text], **values))


def sample_loader(actor: str, starting: Callable[[], None] | None = None, *,
                  reform: bool = True) -> Callable[[Connection], None]:
    """Load the sample plan (with `reform`, across the 2025 reform) on the connection of a new database's migration,
    inside its transaction (a failing load leaves the file empty, made again at the next start, never migrated
    without its sample). `starting()` is called as the load begins (the window says so while it waits)."""
    def load(connection: Connection) -> None:
        if starting is not None:
            starting()

        def session() -> Session:
            return Session(bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint")

        load_sample_plan(UnitOfWork(session, Principal.local(actor)), reform=reform)

    return load


def _continuation(draft: PlanDraft, places: dict[PlaceKey, PlaceKey]) -> PlanDraft:
    """The 2026–2030 plan: the same villages, agencies, assignments and teams under the units after the reform."""
    def moved(item):
        return dataclasses.replace(item, place=places[item.place])

    assessments = [dataclasses.replace(a, place=places[a.place], year=2026, status=NEXT_STATUS.get(a.status, a.status))
                   for a in draft.assessments if a.year == 2025]
    return dataclasses.replace(
        draft, code=CONTINUATION_CODE, first_year=2026, last_year=2030, issuer="Tỉnh ủy Quảng Ngãi", place="Quảng Ngãi",
        issued_on=date(2026, 1, 15),
        title="Kế hoạch phân công các cơ quan, đơn vị phụ trách, giúp đỡ xây dựng mô hình “Dân vận khéo” tại các thôn "
              "(làng) giai đoạn 2026–2030 (dữ liệu mẫu, tiếp nối kế hoạch 133 sau sắp xếp đơn vị hành chính minh họa)",
        villages=[moved(v) for v in draft.villages], assignments=[moved(a) for a in draft.assignments],
        members=[moved(m) for m in draft.members], assessments=assessments)


def _cross_the_reform(uow: UnitOfWork, plan: Plan, draft: PlanDraft) -> None:
    """Apply the illustrative reorganisation, then write the continuation plan (uncommitted)."""
    from domain.reorganisation_import import write_reorganisations
    from storage.reorganisation_workbook import read_reorganisation_workbook

    session = uow.session
    before = {PlaceKey(p.district, p.commune, p.village): p.village_id for p in plan_places(session, plan.id)}
    write_reorganisations(uow, read_reorganisation_workbook(SAMPLE_REORGANISATION), SAMPLE_REORGANISATION.name)
    session.flush()
    after = {p.village_id: PlaceKey(p.district, p.commune, p.village) for p in plan_places(session, plan.id)}
    places = {old: after[village_id] for old, village_id in before.items()}
    continuation, _ = apply_draft(session, _continuation(draft, places), uow.actor)
    continuation.continues_plan_id = plan.id


def load_sample_plan(uow: UnitOfWork, *, reform: bool = True) -> Plan:
    """Write the sample plan and its village records into the database (with `reform`, the reorganisation and the
    continuation plan too), in one transaction; the 2023–2025 plan."""
    with uow:
        draft = read_sample()
        plan, _ = apply_draft(uow.session, draft, uow.actor)
        _add_sample_records(uow.session, plan)
        if reform:
            _cross_the_reform(uow, plan, draft)
        uow.commit()
        return plan
