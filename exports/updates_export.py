"""Export team-lead update workbooks: what the window's action and `export updates` both run."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session

from domain.agency_overview import plan_agencies
from domain.errors import DomainError
from domain.plans import plan_in_year
from domain.team_updates import update_workbook
from exports.cancel import Progress
from exports.update_workbook import build_update_workbook, write_update_workbook


@dataclass(frozen=True)
class UpdatesExportResult:
    files: list[Path]
    villages: int


def export_updates(
    session_factory: Callable[[], Session],
    *,
    plan_id: int,
    year: int,
    target: Path,
    agency_id: int | None = None,
    progress: Progress | None = None,
) -> UpdatesExportResult:
    """One agency's workbook into the file `target`; with no agency, one workbook per agency of the plan into
    the folder `target`. Every workbook is built before the first is saved, so a cancel writes nothing."""
    progress = progress or Progress()
    now = datetime.now(UTC)
    with session_factory() as session:
        plan = plan_in_year(session, plan_id, year)
        agencies = plan_agencies(session, plan_id)
        if agency_id is not None:
            agencies = [agency for agency in agencies if agency.agency_id == agency_id]
        if not agencies:
            raise DomainError("Cơ quan này không được phân công giúp đỡ thôn nào trong kế hoạch.")
        contents = []
        for index, agency in enumerate(agencies):
            progress.advance(index, len(agencies) + 1)
            contents.append((agency, update_workbook(session, plan, agency.agency_id, year, now)))
    built = [(agency, content, build_update_workbook(content)) for agency, content in contents]
    progress.advance(len(agencies), len(agencies) + 1)
    if agency_id is not None:
        paths = [Path(target)]
    else:
        names: list[str] = []
        for agency, _, _ in built:
            name = file_name(agency.short_name or agency.name, year)
            name = name if name not in names else file_name(agency.name, year)
            unique, suffix = name, 2
            while unique in names:  # two names alike in their first NAME_PART characters
                unique = f"{name.removesuffix('.xlsx')} ({suffix}).xlsx"
                suffix += 1
            names.append(unique)
        paths = [Path(target) / name for name in names]
    for path, (_, _, workbook) in zip(paths, built, strict=True):
        write_update_workbook(workbook, path)
    return UpdatesExportResult(paths, sum(len(content.sheets) for _, content, _ in built))


NAME_PART = 70
"""The agency's part of a file name, in characters: a name may have 300, and Windows takes 255 in a file name
(Linux 255 bytes, which Vietnamese letters fill two or three at a time)."""


def file_name(agency: str, year: int) -> str:
    """'Cập nhật 2025 - Ban Dân vận Tỉnh ủy.xlsx': the agency's name (cut to NAME_PART characters), without what
    Windows refuses in a name."""
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", agency)[:NAME_PART].strip(" .") or "co quan"
    return f"Cập nhật {year} - {safe}.xlsx"
