"""The draft review report: its sentences against the hand-counted plan, the .docx read back, the command."""

from datetime import date

import docx
import pytest

from domain.errors import DomainError
from domain.recording import save_record
from domain.review import indicator_sentences, review, standard_sentence
from exports.review_export import export_review
from tests.cli.run import run
from tests.conftest import OFFICER
from tests.domain.test_village_records import HOUSEHOLDS_2025, _village


@pytest.fixture
def reported(empty_database, small_plan):
    """Làng Mới reports 2024 (60 of 100 reached, 40 poor) and 2026 (95 reached, 12 poor); money in 2024 and 2026."""
    moi = _village(empty_database, small_plan, "Làng Mới")
    for values in (HOUSEHOLDS_2025 | {"year": 2024, "reached": 60, "poor": 40}, HOUSEHOLDS_2025 | {"year": 2026}):
        with empty_database.unit_of_work(OFFICER) as uow:
            save_record(uow, kind="households", plan_id=small_plan.id, village_id=moi, values=values)
    for day, amount in ((date(2024, 5, 1), 3_000_000), (date(2026, 1, 5), 2_000_000)):
        with empty_database.unit_of_work(OFFICER) as uow:
            save_record(uow, kind="contributions", plan_id=small_plan.id, village_id=moi, values={
                "day": day, "source_kind": "person", "source_name": "Ông A", "kind": "money", "amount": amount})
    return empty_database, small_plan


def test_the_sentences_quote_the_last_year_against_the_first(reported):
    db, plan = reported
    with db.session() as session:
        item = review(session, plan.id, 2024, 2026, date(2026, 6, 1))
    assert item.compared_with == 2024
    sentences = indicator_sentences(item)
    assert sentences[0] == ("Số hộ ĐBDTTS được tuyên truyền, phổ biến nội dung Cuộc vận động là 95 hộ, đạt tỉ lệ "
                            "95,0% (tăng 35,0% so với năm 2024).")
    assert "Số hộ nghèo ĐBDTTS là 12 hộ, chiếm tỉ lệ 12,0% (giảm 28,0% so với năm 2024)." in sentences
    assert item.money_vnd == 5_000_000
    assert standard_sentence(item).startswith(
        "Đến năm 2026, có 0/4 thôn (làng) đạt chuẩn nông thôn mới (năm 2024: 1 thôn, năm 2025: 0 thôn, "
        "năm 2026: 0 thôn)")


def test_a_one_year_review_compares_with_the_year_before(reported):
    db, plan = reported
    with db.session() as session:
        item = review(session, plan.id, 2026, 2026, date(2026, 6, 1))
    assert item.compared_with == 2025
    # 2025 was not reported: no change is claimed
    assert indicator_sentences(item)[0].endswith("đạt tỉ lệ 95,0%.")
    assert item.money_vnd == 2_000_000


def test_the_docx_holds_the_headings_figures_tables_and_places_to_fill(reported, tmp_path):
    db, plan = reported
    target = tmp_path / "du_thao.docx"
    export_review(db.session, plan_id=plan.id, first=2024, last=2026, target=target)
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    for expected in [
        "BÁO CÁO", "Báo cáo sơ kết 3 năm (2024–2026) thực hiện Kế hoạch số 1-KH/TEST",
        "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN",
        "phân công 2 cơ quan, đơn vị cấp tỉnh phụ trách, giúp đỡ 4 thôn",
        "II. KẾT QUẢ THỰC HIỆN", "đạt tỉ lệ 95,0% (tăng 35,0% so với năm 2024)",
        "huy động 5.000.000 đồng tiền mặt", "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "[Đồng chí bổ sung]",
    ]:
        assert expected in text, expected
    footer = document.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Kế hoạch số 1-KH/TEST · Số liệu đọc lúc")
    assert 'w:instr="PAGE"' in footer._p.xml and 'w:instr="NUMPAGES"' in footer._p.xml
    heading = document.tables[0]
    assert heading.cell(0, 0).text == "TỈNH ỦY THỬ\n*" and heading.cell(0, 1).text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    areas = document.tables[1]
    assert [c.text for c in areas.rows[0].cells][:4] == ["Địa bàn", "Số thôn", "Thôn đạt chuẩn",
                                                       "Bình quân tiêu chí/thôn"]
    assert [c.text for c in areas.rows[-1].cells][:3] == ["Toàn kế hoạch", "4", "0"]
    households = document.tables[2]
    assert [c.text for c in households.rows[1].cells] == ["Hộ được tuyên truyền", "95", "95,0%", "+35,0"]


def test_years_out_of_order_or_outside_the_plan_are_refused(reported, tmp_path):
    db, plan = reported
    with pytest.raises(DomainError, match="Năm bắt đầu 2026 sau năm kết thúc 2024."):
        export_review(db.session, plan_id=plan.id, first=2026, last=2024, target=tmp_path / "a.docx")
    with pytest.raises(DomainError, match="Năm 2023 nằm ngoài thời gian của kế hoạch"):
        export_review(db.session, plan_id=plan.id, first=2023, last=2024, target=tmp_path / "a.docx")
    assert not list(tmp_path.glob("*.docx"))


def test_the_command_writes_the_draft(reported, db_path, tmp_path, capsys):
    target = tmp_path / "bc.docx"
    status, out, err = run(capsys, "--db", str(db_path), "export", "review", "--from", "2024", "--to", "2026",
                           "--out", str(target))
    assert (status, err) == (0, "")
    assert out.strip() == f"Đã ghi dự thảo báo cáo 2024–2026 của kế hoạch 1-KH/TEST vào {target}"
    status, _, err = run(capsys, "--db", str(db_path), "export", "review", "--from", "2024", "--to", "2026",
                         "--out", str(tmp_path / "bc.pdf"))
    assert (status, err.strip()) == (2, "langmoi: Tệp “bc.pdf”: dự thảo báo cáo ghi ra tệp Word .docx.")
