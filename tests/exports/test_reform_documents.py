"""Documents of their time, on the sample across the illustrative 2025 reform: a 2024 sheet of the 2023–2025 plan
is Tỉnh ủy Kon Tum's and names the village's old commune and district; a 2026 sheet of the continuation plan is
Tỉnh ủy Quảng Ngãi's, names the new commune and says what the units were before; the office's settings written
for Kon Tum no longer head the new province's documents."""



from domain.document_settings import DocumentSettings, save_settings
from domain.places import plan_places
from domain.plans import list_plans
from exports.sheet_export import export_village_sheets
from tests.conftest import OFFICER
from tests.pdf import pdf_text


def _sheet(database, tmp_path, code: str, year: int) -> str:
    with database.session() as session:
        plan = next(p for p in list_plans(session) if p.code == code)
        village = next(p.village_id for p in plan_places(session, plan.id) if p.village == "Thôn 1 Tê Xăng")
    target = tmp_path / f"{year}.pdf"
    export_village_sheets(database.session, plan_id=plan.id, year=year, target=target, village_ids=[village])
    return " ".join(pdf_text(target).split())


def test_a_sheet_before_and_after_the_reform(reform_database, tmp_path):
    before = _sheet(reform_database, tmp_path, "133-KH/TU (MẪU)", 2024)
    assert "TỈNH ỦY KON TUM" in before and "Kon Tum, ngày" in before
    assert "Thôn (làng): Thôn 1; Xã: Tê Xăng; Huyện: Tu Mơ Rông" in before
    assert "Trước 01/7/2025" not in before
    after = _sheet(reform_database, tmp_path, "25-KH/TU (MẪU)", 2026)
    assert "TỈNH ỦY QUẢNG NGÃI" in after and "Quảng Ngãi, ngày" in after and "KON TUM" not in after
    assert "Thôn (làng): Thôn 1 Tê Xăng; Xã: Ngọk Yêu" in after and "Huyện" not in after.split("Số hộ")[0]
    assert "(Trước 01/7/2025: Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông — sắp xếp minh họa)" in after


def test_the_offices_settings_of_the_old_province_do_not_head_the_new_ones_documents(reform_database, tmp_path):
    with reform_database.unit_of_work(OFFICER) as uow:
        save_settings(uow, new=DocumentSettings(issuing_body="Ban Thường vụ Tỉnh ủy", superior_body="Tỉnh ủy Kon Tum",
                                                place="Kon Tum", signer_name="Nguyễn Văn Bình"))
    before = _sheet(reform_database, tmp_path, "133-KH/TU (MẪU)", 2024)
    assert "TỈNH ỦY KON TUM BAN THƯỜNG VỤ TỈNH ỦY" in before and "Kon Tum, ngày" in before
    after = _sheet(reform_database, tmp_path, "25-KH/TU (MẪU)", 2026)
    assert "TỈNH ỦY QUẢNG NGÃI" in after and "KON TUM" not in after and "Quảng Ngãi, ngày" in after
