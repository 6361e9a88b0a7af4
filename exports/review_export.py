"""Write the draft review report for years `first` to `last`: what File → Draft review report and
`export review` both run. Its tables group the villages by the administrative units of `last`, as that year's
summary does (a document of its time: a review of 2023–2024 by the districts and communes of 2024, one of 2023–2025
by the communes after the 2025 reform), and say so, with the reorganisations that took effect within the years."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlmodel import Session

from domain.document_settings import settings
from domain.errors import DomainError
from domain.places import plan_places
from domain.review import review
from domain.unit_days import grouping_said, units_day
from domain.unit_history import reform_days
from domain.vocabulary import Grouping
from exports.cancel import Progress
from exports.review_docx import write_review_docx


def export_review(session_factory: Callable[[], Session], *, plan_id: int, first: int, last: int, target: Path,
                  progress: Progress | None = None) -> Path:
    progress = progress or Progress()
    if target.suffix.lower() != ".docx":
        raise DomainError(f"Tệp “{target.name}”: dự thảo báo cáo ghi ra tệp Word .docx.")
    progress.advance(0, 2)
    with session_factory() as session:
        days = reform_days(session)
        places = plan_places(session, plan_id, on=units_day(days, last, Grouping.OF_THEIR_TIME))
        item = review(session, plan_id, first, last, date.today(), places=places)
        item = replace(item, summary=replace(item.summary,
                                             units_said=grouping_said(days, last, Grouping.OF_THEIR_TIME)))
        document = settings(session)
    progress.advance(1, 2)
    within = tuple(day for day in days if date(first, 1, 1) < day <= date(last, 12, 31))
    write_review_docx(item, target, document_settings=document, reorganised_on=within)
    progress.advance(2, 2)
    return target
