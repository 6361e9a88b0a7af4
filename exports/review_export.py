"""Write the draft review report for years `first` to `last`: what File → Draft review report and
`export review` both run."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlmodel import Session

from domain.document_settings import settings
from domain.errors import DomainError
from domain.review import review
from exports.cancel import Progress
from exports.review_docx import write_review_docx


def export_review(session_factory: Callable[[], Session], *, plan_id: int, first: int, last: int, target: Path,
                  progress: Progress | None = None) -> Path:
    progress = progress or Progress()
    if target.suffix.lower() != ".docx":
        raise DomainError(f"Tệp “{target.name}”: dự thảo báo cáo ghi ra tệp Word .docx.")
    progress.advance(0, 2)
    with session_factory() as session:
        item = review(session, plan_id, first, last, date.today())
        document = settings(session)
    progress.advance(1, 2)
    write_review_docx(item, target, document_settings=document)
    progress.advance(2, 2)
    return target
