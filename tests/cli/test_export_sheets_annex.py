"""The command line prints the village sheets with the annex of attached images when asked (`--annex`)."""

from sqlmodel import select

from domain.attaching import attach_file
from domain.attachments import AttachTarget
from domain.criteria import Criterion
from domain.places import find_place
from domain.plans import create_plan
from storage.database import open_database
from tests.builders import small_plan_draft
from tests.cli.run import run
from tests.conftest import ACTOR, OFFICER
from tests.evidence import png_bytes
from tests.pdf import pdf_pages


def test_export_sheets_with_the_annex_of_images(db_path, tmp_path, capsys):
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    with database.unit_of_work(OFFICER) as uow:
        plan = create_plan(uow, draft=small_plan_draft())
    with database.session() as session:
        village_id = find_place(session, plan.id, "Làng Mới").village_id
        criterion = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                 .order_by(Criterion.number)).first()
    with database.unit_of_work(OFFICER) as uow:
        attach_file(uow, plan_id=plan.id, target=AttachTarget.of_criterion(village_id, criterion, 2025),
                    name="Bản đồ quy hoạch.png", content=png_bytes())
    database.close()
    plain, annexed = tmp_path / "phieu.pdf", tmp_path / "phieu_anh.pdf"
    for target, extra in ((plain, ()), (annexed, ("--annex",))):
        status, out, err = run(capsys, "--db", str(db_path), "export", "sheets", "--year", "2025", "--village",
                               "Làng Mới", "--out", str(target), *extra)
        assert (status, err) == (0, "")
    assert len(pdf_pages(annexed)) == len(pdf_pages(plain)) + 1
    assert "Hình 1. Tiêu chí 1. Quy hoạch — Bản đồ quy hoạch.png" in pdf_pages(annexed)[-1]
    assert "Bản đồ quy hoạch.png" in " ".join(pdf_pages(plain))  # listed under the checklist, not printed
