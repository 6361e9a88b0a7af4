"""Export team-lead update workbooks: what the window's action and `export updates` both run."""

import re
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session

from domain.agency_overview import plan_agencies
from domain.attachments import criterion_file_names
from domain.errors import DomainError
from domain.plans import plan_in_year
from domain.team_updates import update_workbook
from exports.atomic import atomic_path
from exports.cancel import Progress
from exports.update_workbook import build_update_workbook


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
    the folder `target`. Each workbook is saved beside its target as soon as it is built, so that one at a time
    is in memory (all 21 of a 10,000-village plan held together took 1.2 GiB); they replace their targets once
    all are saved, so a cancel writes nothing."""
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
            progress.advance(index, 2 * len(agencies))
            content = update_workbook(session, plan, agency.agency_id, year, now)
            files = criterion_file_names(session, village_ids=[sheet.place.village_id for sheet in content.sheets],
                                         year=year)
            contents.append((agency, content, files))
    if agency_id is not None:
        paths = [Path(target)]
    else:
        names: list[str] = []
        for agency, *_ in contents:
            name = file_name(agency.short_name or agency.name, year)
            name = name if name not in names else file_name(agency.name, year)
            unique, suffix = name, 2
            while unique in names:  # two names alike in their first NAME_PART characters
                unique = f"{name.removesuffix('.xlsx')} ({suffix}).xlsx"
                suffix += 1
            names.append(unique)
        paths = [Path(target) / name for name in names]
    with ExitStack() as saved:
        for index, (path, (_, content, files)) in enumerate(zip(paths, contents, strict=True)):
            progress.advance(len(agencies) + index, 2 * len(agencies))
            build_update_workbook(content, files).save(saved.enter_context(atomic_path(path)))
    return UpdatesExportResult(paths, sum(len(content.sheets) for _, content, _ in contents))


NAME_PART = 70
"""The agency's part of a file name, in characters: a name may have 300, and Windows takes 255 in a file name
(Linux 255 bytes, which Vietnamese letters fill two or three at a time)."""


def file_name(agency: str, year: int) -> str:
    """'Cập nhật 2025 - Ban Dân vận Tỉnh ủy.xlsx': the agency's name (cut to NAME_PART characters), without what
    Windows refuses in a name."""
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", agency)[:NAME_PART].strip(" .") or "co quan"
    return f"Cập nhật {year} - {safe}.xlsx"
