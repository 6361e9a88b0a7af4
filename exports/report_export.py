"""Export a report of the plan-year as PDF or Excel by the file's suffix: what the summary and the completeness
report share (the window's buttons, File → Print and the command line all run it)."""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlmodel import Session

from domain.document_settings import settings
from domain.errors import DomainError
from exports.cancel import Progress

FORMATS = (".pdf", ".xlsx")
Report = TypeVar("Report")


def export_report(session_factory: Callable[[], Session], target: Path, *, what: str,
                  read: Callable[[Session], Report], pdf: Callable[..., object], xlsx: Callable[[Report, Path], object],
                  progress: Progress | None = None) -> Path:
    """Read the report (`read`, in one session with the office's document settings), then write it with
    `pdf(report, target, document=settings)` in the office's heading and signers, or with `xlsx(report, target)`;
    `what` names the report in the refusal of another suffix."""
    progress = progress or Progress()
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise DomainError(f"Tệp “{target.name}”: {what} ghi ra .pdf hoặc .xlsx.")
    progress.advance(0, 3)
    with session_factory() as session:
        report = read(session)
        document = settings(session)
    progress.advance(1, 3)
    if suffix == ".pdf":
        pdf(report, target, document=document)
    else:
        xlsx(report, target)
    progress.advance(3, 3)
    return target
