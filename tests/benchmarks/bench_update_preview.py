"""How long the preview of a big team-lead workbook takes to open: an agency helping 477 villages (as the first agency
of bench_scale's 10,000-village plan), every criterion of every village changed by its team lead: 8,109 lines.

Run with `uv run python -m tests.benchmarks.bench_update_preview` (offscreen unless QT_QPA_PLATFORM says otherwise).
It prints the time from building the dialog (themed, in Vietnamese) to its first paint, against an empty preview's;
it never fails on a time.
"""

import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook

from domain.access import Principal
from domain.agency_overview import plan_agencies
from domain.plans import create_plan, resolve_plan
from domain.update_merge import UpdatePreview, preview_updates
from exports.updates_export import export_updates
from storage.database import open_database
from storage.update_workbook import read_update_workbook
from tests.benchmarks.bench_scale import large_draft
from tests.updates import COLUMN, FIRST_ROW

VILLAGES = 477


def big_preview(folder: Path) -> UpdatePreview:
    """A plan of 477 villages all helped by one agency; its workbook back with every row's evidence typed."""
    database = open_database(f"sqlite:///{folder / 'preview.sqlite3'}", actor="bench", with_sample=False)
    draft = large_draft(VILLAGES)
    draft.assignments[:] = [replace(a, agency=draft.agencies[0].name) for a in draft.assignments]
    with database.unit_of_work(Principal.local("bench")) as uow:
        create_plan(uow, draft=draft)
    with database.session() as session:
        plan_id = resolve_plan(session, draft.code).id
        agency = plan_agencies(session, plan_id)[0]
    target = folder / "updates.xlsx"
    export_updates(database.session, plan_id=plan_id, year=2025, target=target, agency_id=agency.agency_id)
    workbook = load_workbook(target)
    for sheet in workbook.worksheets[1:-1]:  # between the instructions and the stamp
        for row in range(FIRST_ROW, sheet.max_row + 1):
            if isinstance(sheet.cell(row, 1).value, int):
                sheet.cell(row, COLUMN["evidence"]).value = f"Biên bản số {row} của thôn, có chữ ký của trưởng thôn"
    workbook.save(target)
    with database.session() as session:
        preview = preview_updates(session, plan_id, read_update_workbook(target))
    database.close()
    return preview


def opened(preview: UpdatePreview) -> float:
    """Seconds from building the dialog to its first paint."""
    from PySide6.QtWidgets import QApplication

    from ui.updates_dialogs import UpdatesImportDialog

    start = time.perf_counter()
    dialog = UpdatesImportDialog(preview)
    dialog.show()
    QApplication.processEvents()
    dialog.repaint()
    seconds = time.perf_counter() - start
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
    return seconds


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translations
    from ui.theme import apply_theme

    app = QApplication([])
    install_translations(app)
    apply_theme(app)  # the window's style sheet: item views measure slower under it
    with tempfile.TemporaryDirectory() as folder:
        preview = big_preview(Path(folder))
    small = UpdatePreview("empty.xlsx", "PLAN", "Sở", 2025)
    floor = min(opened(small) for _ in range(3))
    big = min(opened(preview) for _ in range(3))
    print(f"update preview of {len(preview.lines):,} lines ({VILLAGES} villages): opened in {big * 1000:.0f} ms; "
          f"an empty preview {floor * 1000:.0f} ms ({big / floor:.1f}×)")


if __name__ == "__main__":
    main()
