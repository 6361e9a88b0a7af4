"""File → "Add the attached images as an annex" (issue 20): off by default and remembered; ticked, the village
sheet the window exports ends with the annex page of the photo attached to a criterion (read back by pdftotext),
and the sheet printed is that same longer file; unticked, neither has it."""

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlmodel import select

from domain.attaching import attach_file
from domain.attachments import AttachTarget
from domain.criteria import Criterion
from exports.sheet_export import export_village_sheets
from tests.conftest import OFFICER
from tests.evidence import png_bytes
from tests.pdf import pdf_pages, pdf_text
from tests.raster import page_greys
from tests.ui.conftest import settle
from tests.ui.test_printing import PrintToFile
from ui import printing

CAPTION = "Hình 1. Tiêu chí 2. Giao thông — nha-van-hoa.png"


@pytest.fixture
def photo(village_mot, small_window, empty_database) -> int:
    """A photo attached to criterion 2 of the open village, in the window's year; the village's id."""
    with empty_database.session() as session:
        criterion = session.exec(select(Criterion.id).where(
            Criterion.criteria_set_id == small_window.plan.criteria_set_id, Criterion.number == 2)).one()
    with empty_database.unit_of_work(OFFICER) as uow:
        attach_file(uow, plan_id=small_window.plan.id, name="nha-van-hoa.png", content=png_bytes(),
                    target=AttachTarget.of_criterion(village_mot, criterion, small_window.year))
    return village_mot


def _export(qtbot, monkeypatch, window, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr("ui.print_actions.QMessageBox.exec", lambda self: 0)
    window.print_village_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.tasks, timeout=60000)


def test_the_annex_option_is_off_by_default_and_remembered(small_window, settings):
    option = small_window.printing.annex_action
    assert option in small_window.ui.fileMenu.actions()
    assert option.isCheckable() and not option.isChecked()
    assert option.text() == "In kèm ảnh minh chứng (&phụ lục)"
    option.trigger()
    assert settings.value("print/annex", False, type=bool) is True  # the next start ticks it again


@pytest.mark.parametrize("ticked", [True, False])
def test_the_exported_sheet_has_the_annex_page_only_when_ticked(qtbot, monkeypatch, small_window, photo, tmp_path,
                                                                ticked):
    small_window.printing.annex_action.setChecked(ticked)
    target = tmp_path / "phieu.pdf"
    _export(qtbot, monkeypatch, small_window, target)
    pages = pdf_pages(target)
    assert "nha-van-hoa.png" in pdf_text(target)  # listed under the checklist either way
    assert (CAPTION in pages[-1]) is ticked
    assert pages[-1].startswith("PHỤ LỤC: ẢNH MINH CHỨNG") is ticked
    assert f"{len(pages)} trang" in small_window.statusBar().currentMessage()


@pytest.mark.parametrize("ticked", [True, False])
def test_the_printed_sheet_is_the_file_with_or_without_its_annex(qtbot, monkeypatch, small_window, photo,
                                                                 empty_database, tmp_path, ticked):
    """Printing draws the pages of the PDF the export writes: with the option, the annex's page comes out too."""
    PrintToFile.target, PrintToFile.from_to, PrintToFile.shown, PrintToFile.resolution = (
        tmp_path / "giay.pdf", None, [], 150)
    monkeypatch.setattr(printing, "QPrintDialog", PrintToFile)
    small_window.printing.annex_action.setChecked(ticked)
    small_window.printing.print_action.trigger()
    qtbot.waitUntil(lambda: PrintToFile.target.exists() and not small_window.tasks, timeout=60000)
    settle(qtbot, small_window)
    plain = export_village_sheets(empty_database.session, plan_id=small_window.plan.id, year=small_window.year,
                                  target=tmp_path / "khong.pdf", village_ids=[photo])
    annexed = export_village_sheets(empty_database.session, plan_id=small_window.plan.id, year=small_window.year,
                                    target=tmp_path / "co.pdf", village_ids=[photo], with_annex=True)
    assert annexed.pages == plain.pages + 1
    expected = annexed.pages if ticked else plain.pages
    assert PrintToFile.shown == [(1, expected)]
    assert len(page_greys(PrintToFile.target)) == expected
