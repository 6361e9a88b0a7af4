"""The bundled sample plan (resources/sample_plan.json), shaped like Kon Tum's Plan 133-KH/TU.

District and commune names are real; villages, people, phone numbers, assignments and assessments are
invented, and the plan is flagged as sample so the window can say so and remove it.
"""

import json
from datetime import date
from pathlib import Path

from domain.agencies import AgencyKind, AssignmentRole
from domain.criteria import CriterionStatus
from domain.plan import Plan
from domain.plan_draft import (
    AgencyDraft,
    AssessmentDraft,
    AssignmentDraft,
    CriteriaSetDraft,
    CriterionDraft,
    MemberDraft,
    PlaceKey,
    PlanDraft,
    VillageDraft,
)
from domain.plans import create_plan
from domain.teams import TeamRole
from domain.unit_of_work import UnitOfWork
from resources import resource_path

SAMPLE_FILE = resource_path("sample_plan.json")

# One letter a criterion, in the order of the set, for each village and year.
STATUS_LETTERS = {
    "D": CriterionStatus.MET,
    "C": CriterionStatus.NOT_MET,
    "T": CriterionStatus.IN_PROGRESS,
    "-": CriterionStatus.NOT_ASSESSED,
}


def read_sample(path: Path = SAMPLE_FILE) -> PlanDraft:
    data = json.loads(path.read_text(encoding="utf-8"))
    places: dict[str, PlaceKey] = {}
    villages = []
    for district in data["districts"]:
        for commune in district["communes"]:
            for village in commune["villages"]:
                place = PlaceKey(district["name"], commune["name"], village["name"])
                places[village["id"]] = place
                villages.append(VillageDraft(place, village.get("households"), village.get("minority_households"),
                                             village.get("ethnic_groups", ""), data["village_note"]))
    criteria = [
        CriterionDraft(group_order, group["name"], item["number"], item["name"], item["requirement"])
        for group_order, group in enumerate(data["criteria_set"]["groups"], start=1)
        for item in group["criteria"]
    ]
    numbers = [criterion.number for criterion in criteria]
    assessments = [
        AssessmentDraft(places[village_id], number, int(year), STATUS_LETTERS[letter])
        for village_id, years in data["assessments"].items()
        for year, letters in years.items()
        for number, letter in zip(numbers, letters, strict=True)
        if letter != "-"
    ]
    plan = data["plan"]
    return PlanDraft(
        code=plan["code"], title=plan["title"], issuer=plan["issuer"], place=plan["place"],
        issued_on=date.fromisoformat(plan["issued_on"]), first_year=plan["first_year"], last_year=plan["last_year"],
        is_sample=True,
        criteria_set=CriteriaSetDraft(data["criteria_set"]["code"], data["criteria_set"]["title"], criteria,
                                      is_template=True, note=data["criteria_set"]["note"]),
        villages=villages,
        agencies=[AgencyDraft(a["name"], a["short_name"], AgencyKind(a["kind"])) for a in data["agencies"]],
        assignments=[AssignmentDraft(a["agency"], places[a["village"]], AssignmentRole(a["role"]))
                     for a in data["assignments"]],
        members=[MemberDraft(places[m["village"]], m["full_name"], TeamRole(m["role"]), m["position"], m["agency"],
                             m["phone"]) for m in data["members"]],
        assessments=assessments,
    )


def load_sample_plan(uow: UnitOfWork) -> Plan:
    """Write the sample plan into the database, in one transaction."""
    with uow:
        return create_plan(uow, draft=read_sample())
