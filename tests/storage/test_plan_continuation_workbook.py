"""The plan annex's "Tiếp nối kế hoạch" column (issue 18): written from the plan it continues, read back and
imported into the same link; a plan it names that is not recorded is refused naming file, sheet, row and column,
nothing written; an annex of before the column keeps the link."""

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from domain.errors import DomainError
from domain.plan import Plan
from domain.plan_import import PLAN, import_plan
from domain.plan_snapshot import plan_snapshot
from domain.plans import create_plan
from domain.reorganisation_apply import apply_reorganisation
from exports.plan_workbook import write_plan_workbook
from storage.plan_workbook import read_plan_workbook
from tests.conftest import OFFICER
from tests.domain.reform_case import REFORM, continuation_plan, old_plan

HEADER = "Tiếp nối kế hoạch"


@pytest.fixture
def continued(empty_database):
    """1-KH/TU, the reform, and 2-KH/TU continuing it; the ids of both."""
    with empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=old_plan())
    with empty_database.unit_of_work(OFFICER) as uow:
        apply_reorganisation(uow, REFORM)
    with empty_database.unit_of_work(OFFICER) as uow:
        import_plan(uow, draft=continuation_plan())
    with empty_database.session() as session:
        return {plan.code: plan.id for plan in session.exec(select(Plan))}


def _exported(database, tmp_path, code: str):
    with database.session() as session:
        plan = session.exec(select(Plan).where(Plan.code == code)).one()
        return write_plan_workbook(plan_snapshot(session, plan), tmp_path / "ke_hoach.xlsx")


def _plan_row(path) -> dict:
    workbook = load_workbook(path, read_only=True)
    try:
        header, values = list(workbook[PLAN].iter_rows(max_row=2, values_only=True))
    finally:
        workbook.close()
    return dict(zip(header, values, strict=True))


def _continues(database, code: str) -> int | None:
    with database.session() as session:
        return session.exec(select(Plan.continues_plan_id).where(Plan.code == code)).one()


def test_the_plan_it_continues_is_written_read_back_and_imported_into_the_same_link(empty_database, continued,
                                                                                      tmp_path):
    path = _exported(empty_database, tmp_path, "2-KH/TU")
    assert _plan_row(path)[HEADER] == "1-KH/TU"
    draft = read_plan_workbook(path).draft
    assert draft.continues == "1-KH/TU"
    with empty_database.unit_of_work(OFFICER) as uow:
        assert not import_plan(uow, draft=draft, dry_run=True).changes_anything
    assert _plan_row(_exported(empty_database, tmp_path, "1-KH/TU"))[HEADER] is None  # continues none: left empty


def test_a_plan_it_names_that_is_not_recorded_is_refused_with_its_cell_and_nothing_written(empty_database, continued,
                                                                                           tmp_path):
    path = _exported(empty_database, tmp_path, "2-KH/TU")
    workbook = load_workbook(path)
    sheet = workbook[PLAN]
    column = [cell.value for cell in sheet[1]].index(HEADER) + 1
    sheet.cell(2, column).value = "9-KH/TU"
    sheet.cell(2, 2).value = "Tên đã sửa"
    workbook.save(tmp_path / "sai.xlsx")
    draft = read_plan_workbook(tmp_path / "sai.xlsx").draft
    with pytest.raises(DomainError) as refusal, empty_database.unit_of_work(OFFICER) as uow:
        import_plan(uow, draft=draft)
    assert str(refusal.value) == (
        "Không nhập: tệp “sai.xlsx”, sheet “Kế hoạch”, dòng 2, cột “Tiếp nối kế hoạch”: kế hoạch 2-KH/TU tiếp nối "
        "kế hoạch “9-KH/TU”, nhưng không có kế hoạch “9-KH/TU” (các kế hoạch đã có: 1-KH/TU). Chưa ghi gì.")
    assert _continues(empty_database, "2-KH/TU") == continued["1-KH/TU"]
    with empty_database.session() as session:
        assert session.exec(select(Plan.title).where(Plan.code == "2-KH/TU")).one() == "Kế hoạch 2-KH/TU"


def test_a_plan_that_names_itself_is_refused_with_its_cell(empty_database, continued, tmp_path):
    path = _exported(empty_database, tmp_path, "2-KH/TU")
    workbook = load_workbook(path)
    column = [cell.value for cell in workbook[PLAN][1]].index(HEADER) + 1
    workbook[PLAN].cell(2, column).value = "2-kh/tu"
    workbook.save(path)
    with pytest.raises(DomainError) as refusal, empty_database.unit_of_work(OFFICER) as uow:
        import_plan(uow, draft=read_plan_workbook(path).draft)
    assert str(refusal.value) == ("Không nhập: tệp “ke_hoach.xlsx”, sheet “Kế hoạch”, dòng 2, cột “Tiếp nối kế "
                                  "hoạch”: kế hoạch 2-kh/tu không thể tiếp nối chính nó. Chưa ghi gì.")


def test_an_annex_without_the_column_keeps_the_link_and_an_emptied_cell_removes_it(empty_database, continued,
                                                                                   tmp_path):
    path = _exported(empty_database, tmp_path, "2-KH/TU")
    workbook = load_workbook(path)
    column = [cell.value for cell in workbook[PLAN][1]].index(HEADER) + 1
    workbook[PLAN].cell(2, column).value = None
    workbook.save(tmp_path / "trong.xlsx")
    workbook[PLAN].delete_cols(column)
    workbook.save(tmp_path / "cu.xlsx")
    old = read_plan_workbook(tmp_path / "cu.xlsx").draft
    assert old.continues is None
    with empty_database.unit_of_work(OFFICER) as uow:
        import_plan(uow, draft=old)
    assert _continues(empty_database, "2-KH/TU") == continued["1-KH/TU"]
    with empty_database.unit_of_work(OFFICER) as uow:
        import_plan(uow, draft=read_plan_workbook(tmp_path / "trong.xlsx").draft)
    assert _continues(empty_database, "2-KH/TU") is None
