"""The bundled sample plan, shaped like Kon Tum's Plan 133-KH/TU, loaded through the plan workbook importer.

resources/sample_plan.xlsx is an annex like any other; resources/sample_assessments.json adds invented results
for 2023–2025 so the figures differ between villages and years. District and commune names are real; villages,
people, phone numbers, assignments and results are invented, and the plan is flagged as sample so the window
can say so and remove it.
"""

import dataclasses
import json

from domain.criteria import CriterionStatus
from domain.plan import Plan
from domain.plan_draft import AssessmentDraft, PlaceKey, PlanDraft
from domain.plans import create_plan
from domain.unit_of_work import UnitOfWork
from resources import resource_path
from storage.plan_workbook import read_plan_workbook

SAMPLE_WORKBOOK = resource_path("sample_plan.xlsx")
SAMPLE_ASSESSMENTS = resource_path("sample_assessments.json")

# One letter a criterion, in the order of the set's numbers, for each village and year.
STATUS_LETTERS = {
    "D": CriterionStatus.MET,
    "C": CriterionStatus.NOT_MET,
    "T": CriterionStatus.IN_PROGRESS,
    "-": CriterionStatus.NOT_ASSESSED,
}


def read_sample() -> PlanDraft:
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


def load_sample_plan(uow: UnitOfWork) -> Plan:
    """Write the sample plan into the database, in one transaction."""
    with uow:
        return create_plan(uow, draft=read_sample())
