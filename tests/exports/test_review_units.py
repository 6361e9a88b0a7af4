"""The draft review's tables by the administrative units of its last year, as that year's summary groups them, across
the sample's 2025 reorganisation (1/7/2025: districts gone, communes merged): read back from the .docx."""

import docx
from sqlmodel import select

from domain.plan import Plan
from exports.review_export import export_review

REFORMED = ("Trong thời gian báo cáo, đơn vị hành chính được sắp xếp lại (có hiệu lực từ ngày 01/7/2025); số liệu "
            "theo địa bàn dưới đây tính theo đơn vị hành chính năm 2025.")


def _read(reform_database, tmp_path, first: int, last: int) -> tuple[list[str], list[list[str]]]:
    with reform_database.session() as session:
        plan = session.exec(select(Plan).where(Plan.first_year == 2023)).one()
    target = tmp_path / f"so_ket_{first}_{last}.docx"
    export_review(reform_database.session, plan_id=plan.id, first=first, last=last, target=target)
    document = docx.Document(str(target))
    areas = document.tables[1]
    return [p.text for p in document.paragraphs], [[c.text for c in row.cells][:2] for row in areas.rows[1:]]


def test_a_review_ending_before_the_reform_is_by_the_districts_and_communes_of_its_last_year(reform_database,
                                                                                                tmp_path):
    paragraphs, areas = _read(reform_database, tmp_path, 2023, 2024)
    assert "(Số liệu theo đơn vị hành chính năm 2024)" in paragraphs
    assert REFORMED not in paragraphs and not any("sắp xếp lại" in p for p in paragraphs)
    assert areas == [  # Plan 133's 57 villages in 8 communes of 3 districts
        ["Đăk Glei", "22"], ["– Đăk Choong", "7"], ["– Mường Hoong", "8"], ["– Xốp", "7"],
        ["Kon Plông", "14"], ["– Đăk Nên", "7"], ["– Măng Bút", "7"],
        ["Tu Mơ Rông", "21"], ["– Măng Ri", "7"], ["– Ngọk Yêu", "7"], ["– Tê Xăng", "7"], ["Toàn kế hoạch", "57"]]


def test_a_review_across_the_reform_is_by_the_communes_after_it_and_says_so(reform_database, tmp_path):
    paragraphs, areas = _read(reform_database, tmp_path, 2023, 2025)
    assert REFORMED in paragraphs
    assert "(Số liệu theo đơn vị hành chính năm 2025)" in paragraphs
    assert [name for name, _ in areas] == ["– Đăk Choong", "– Kon Plông", "– Mường Hoong", "– Ngọc Nang",
                                           "– Ngọk Yêu", "– Tu Mơ Rông", "Toàn kế hoạch"]
    assert sum(int(count) for _, count in areas[:-1]) == int(areas[-1][1]) == 57
