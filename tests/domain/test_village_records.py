"""Village records: each rule refused with a message naming the field, changes audited, and the campaign
rollup against a hand-counted data set (a village with no indicators is absent, not zero)."""

from datetime import date

import pytest
from sqlmodel import select

from domain.agencies import Agency
from domain.audit import AuditEvent
from domain.campaign import campaign_rollup, household_history
from domain.errors import DomainError
from domain.places import find_place, plan_places
from domain.recording import delete_record, save_record, village_records
from domain.village_records import ConcernStatus, ModelField, ModelStatus, ResourceKind, SourceKind
from domain.village_year import village_year
from tests.conftest import OFFICER

HOUSEHOLDS_2025 = {"year": 2025, "minority_households": 100, "reached": 95, "changed_ways": 90,
                   "applying_science": 85, "better_life": 80, "in_cooperatives": 10, "poor": 12, "near_poor": 8}


def _village(db, plan, name):
    with db.session() as session:
        return find_place(session, plan.id, name).village_id


def _save(db, plan, village_id, record_kind, record_id=None, **values):
    with db.unit_of_work(OFFICER) as uow:
        return save_record(uow, kind=record_kind, plan_id=plan.id, village_id=village_id, values=values,
                           record_id=record_id)


@pytest.mark.parametrize(("change", "message"), [
    ({"reached": 101}, "Hộ được tuyên truyền: 101 lớn hơn tổng số hộ ĐBDTTS (100)."),
    ({"poor": -1}, "Hộ nghèo: không được là số âm."),
    ({"year": 2030}, "Năm: 2030 nằm ngoài thời gian của kế hoạch (2024–2026)."),
    ({"minority_households": None}, "Tổng số hộ ĐBDTTS: ô bắt buộc đang để trống."),
])
def test_household_rules_name_the_field(empty_database, small_plan, change, message):
    village_id = _village(empty_database, small_plan, "Làng Mới")
    with pytest.raises(DomainError) as refusal:
        _save(empty_database, small_plan, village_id, "households", **(HOUSEHOLDS_2025 | change))
    assert message in str(refusal.value)
    with empty_database.session() as session:
        assert village_records(session, "households", village_id) == []


def test_one_set_of_household_figures_per_village_and_year(empty_database, small_plan):
    village_id = _village(empty_database, small_plan, "Làng Mới")
    _save(empty_database, small_plan, village_id, "households", **HOUSEHOLDS_2025)
    with pytest.raises(DomainError, match="đã có"):
        _save(empty_database, small_plan, village_id, "households", **HOUSEHOLDS_2025)


@pytest.mark.parametrize(("kind", "values", "message"), [
    ("contributions", {"day": date(2025, 3, 1), "source_kind": SourceKind.AGENCY, "kind": ResourceKind.MONEY,
                       "amount": 1_000_000}, "Cơ quan: hãy chọn cơ quan đã đóng góp."),
    ("contributions", {"day": date(2025, 3, 1), "source_kind": SourceKind.PERSON, "source_name": "Ông A",
                       "kind": ResourceKind.WORKDAYS, "amount": 0}, "Số lượng: phải lớn hơn 0."),
    ("concerns", {"raised_on": date(2025, 1, 2), "text": "Thiếu nước sạch", "status": ConcernStatus.RESOLVED},
     "Kết quả giải quyết: hãy ghi"),
    ("visits", {"day": date(2099, 1, 1), "people": "Tổ hỗ trợ"}, "Ngày: 01/01/2099 là ngày trong tương lai."),
    ("models", {"name": "", "field": ModelField.ECONOMY, "year_started": 2024, "status": ModelStatus.BUILT},
     "Tên mô hình: ô bắt buộc đang để trống."),
    ("contacts", {"full_name": "A Blong", "role": "chief"}, "Vai trò: “chief” không có trong danh sách."),
    ("models", {"name": "Bò", "field": ModelField.ECONOMY, "year_started": 2027, "status": ModelStatus.BUILT},
     "Năm bắt đầu: 2027 không hợp lệ (từ 1990 đến 2026)."),
    ("contributions", {"day": date(2025, 3, 1), "source_kind": SourceKind.ENTERPRISE, "kind": ResourceKind.MONEY,
                       "amount": 1_000_000}, "Tên người, doanh nghiệp: ô bắt buộc đang để trống."),
    ("contributions", {"day": date(2025, 3, 1), "source_kind": SourceKind.PERSON, "source_name": "Ông A",
                       "kind": ResourceKind.MONEY, "amount": "mười"}, "Số lượng: “mười” không phải là số nguyên."),
    ("concerns", {"raised_on": date(2025, 1, 2), "text": "Thiếu nước", "status": ConcernStatus.FORWARDED},
     "Chuyển đến: hãy ghi nơi đã chuyển kiến nghị."),
    ("concerns", {"raised_on": date(2025, 1, 2), "text": "Thiếu nước", "status": ConcernStatus.RESOLVED,
                  "resolution": "Xong"}, "Ngày giải quyết: ô bắt buộc khi đã giải quyết."),
    ("concerns", {"raised_on": date(2025, 3, 2), "text": "Thiếu nước", "status": ConcernStatus.RESOLVED,
                  "resolution": "Xong", "resolved_on": date(2025, 1, 1)}, "Ngày giải quyết: trước ngày nêu khó khăn."),
    ("visits", {"day": "hôm qua", "people": "Tổ"}, "Ngày: “hôm qua” không phải là ngày."),
    ("initiatives", {"title": "", "year": 2025, "status": "planned"}, "Tên sáng kiến, kế hoạch: ô bắt buộc"),
])
def test_each_kind_refuses_what_breaks_its_rules(empty_database, small_plan, kind, values, message):
    village_id = _village(empty_database, small_plan, "Làng Mới")
    with pytest.raises(DomainError) as refusal:
        _save(empty_database, small_plan, village_id, kind, **values)
    assert message in str(refusal.value)


def test_add_change_and_delete_are_audited(empty_database, small_plan):
    village_id = _village(empty_database, small_plan, "Làng Mới")
    values = {"full_name": "A Blong", "role": "elder", "phone": "0900 000 777"}
    record_id = _save(empty_database, small_plan, village_id, "contacts", **values)
    _save(empty_database, small_plan, village_id, "contacts", record_id=record_id, **(values | {"role": "prestigious"}))
    with empty_database.session() as session:
        [contact] = village_records(session, "contacts", village_id)
    assert (contact.full_name, contact.role.value) == ("A Blong", "prestigious")
    with empty_database.unit_of_work(OFFICER) as uow:
        delete_record(uow, kind="contacts", plan_id=small_plan.id, village_id=village_id, record_id=record_id)
    with empty_database.session() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.entity == "villagecontact")
                              .order_by(AuditEvent.id)).all()
        assert village_records(session, "contacts", village_id) == []
    changes = [(e.field, e.old_value, e.new_value) for e in events]
    assert ("role", None, "elder") in changes
    assert ("role", "elder", "prestigious") in changes
    assert ("full_name", "A Blong", None) in changes


def test_the_campaign_rollup_against_hand_counts(empty_database, small_plan):
    db, plan = empty_database, small_plan
    t1 = _village(db, plan, "Thôn 1, Xã Một")
    dak = _village(db, plan, "Làng Đắk")
    _save(db, plan, t1, "households", **(HOUSEHOLDS_2025 | {"year": 2024, "reached": 80}))
    _save(db, plan, t1, "households", **HOUSEHOLDS_2025)
    _save(db, plan, dak, "households", **(HOUSEHOLDS_2025 | {"minority_households": 50, "reached": 40,
                                                              "changed_ways": 40, "applying_science": 40,
                                                              "better_life": 40, "in_cooperatives": 0, "poor": 10,
                                                              "near_poor": 2}))
    _save(db, plan, t1, "models", name="Tổ vay vốn", field=ModelField.ECONOMY, year_started=2024,
          status=ModelStatus.BUILT, households=20)
    _save(db, plan, t1, "models", name="Nhà rông sạch", field=ModelField.CULTURE_SOCIETY, year_started=2025,
          status=ModelStatus.REPLICATED)
    for day, kind, amount in ((date(2025, 2, 1), ResourceKind.MONEY, 5_000_000),
                              (date(2025, 3, 1), ResourceKind.WORKDAYS, 30),
                              (date(2024, 3, 1), ResourceKind.MONEY, 1_000_000)):
        _save(db, plan, t1, "contributions", day=day, source_kind=SourceKind.PERSON, source_name="Ông A",
              kind=kind, amount=amount)
    _save(db, plan, dak, "contributions", day=date(2025, 4, 1), source_kind=SourceKind.ENTERPRISE,
          source_name="Công ty B", kind=ResourceKind.IN_KIND, amount=2_000_000)
    for day in (date(2025, 1, 5), date(2025, 5, 5), date(2024, 5, 5)):
        _save(db, plan, t1, "visits", day=day, people="Tổ hỗ trợ")
    _save(db, plan, dak, "concerns", raised_on=date(2025, 1, 1), text="Đường sạt lở", status=ConcernStatus.OPEN)
    _save(db, plan, t1, "concerns", raised_on=date(2025, 5, 1), text="Thiếu giống", forwarded_to="UBND xã",
          status=ConcernStatus.FORWARDED)
    _save(db, plan, t1, "concerns", raised_on=date(2025, 1, 1), text="Xong rồi", status=ConcernStatus.RESOLVED,
          resolution="Đã sửa", resolved_on=date(2025, 2, 1))

    with db.session() as session:
        places = plan_places(session, plan.id)
        rollup = campaign_rollup(session, plan, 2025, places, today=date(2025, 6, 1))
        rollup_2024 = campaign_rollup(session, plan, 2024, places, today=date(2025, 6, 1))
    whole = rollup.plan
    assert (whole.villages, whole.villages_reporting, whole.minority_households) == (4, 2, 150)
    reached = whole.indicators["reached"]
    assert (reached.count, reached.rate) == (135, 90.0)
    assert reached.change_previous == pytest.approx(10.0)  # 2024: 80 of 100 in the one village that reported
    assert reached.change_base == pytest.approx(10.0)
    assert whole.indicators["poor"].count == 22
    assert whole.models == {ModelStatus.BUILT: 1, ModelStatus.MAINTAINED: 0, ModelStatus.REPLICATED: 1}
    assert (whole.money_vnd, whole.in_kind_vnd, whole.workdays) == (5_000_000, 2_000_000, 30)
    assert whole.visits == 2
    assert (whole.open_concerns, whole.overdue_concerns) == (2, 1)
    t1_place = next(p for p in places if p.village_id == t1)
    hai = next(p for p in places if p.commune == "Xã Hai")
    commune_mot = rollup.by_commune[t1_place.commune_id]
    assert (commune_mot.villages, commune_mot.villages_reporting) == (2, 2)
    commune_hai = rollup.by_commune[hai.commune_id]
    assert (commune_hai.villages_reporting, commune_hai.indicators["reached"].rate) == (0, None)
    assert rollup.by_village[t1].indicators["reached"].change_previous == pytest.approx(15.0)
    assert rollup_2024.plan.models[ModelStatus.REPLICATED] == 0
    assert (rollup_2024.plan.money_vnd, rollup_2024.plan.visits) == (1_000_000, 1)
    district_a = rollup.by_district[t1_place.district_id]
    assert (district_a.villages, district_a.villages_reporting, district_a.indicators["reached"].rate) == (3, 2, 90.0)
    # 2024: one village of Xã Một reported; its rate is the commune's, the other village is left out, not zero
    mot_2024 = rollup_2024.by_commune[t1_place.commune_id]
    assert (mot_2024.villages, mot_2024.villages_reporting, mot_2024.minority_households) == (2, 1, 100)
    assert mot_2024.indicators["reached"].rate == 80.0
    assert rollup_2024.by_village[dak].indicators["reached"].rate is None
    with db.session() as session:
        agencies = dict(session.exec(select(Agency.name, Agency.id)).all())
    so_mot = rollup.by_agency[agencies["Sở Một"]]  # helps Thôn 1 (Xã Một) and Làng Đắk
    assert (so_mot.villages, so_mot.villages_reporting, so_mot.indicators["reached"].rate) == (2, 2, 90.0)
    assert (so_mot.money_vnd, so_mot.in_kind_vnd, so_mot.open_concerns, so_mot.overdue_concerns) == (
        5_000_000, 2_000_000, 2, 1)
    so_hai = rollup.by_agency[agencies["Sở Hai"]]  # Thôn 1 (Xã Hai), Làng Mới, and Thôn 1 (Xã Một) as co-support
    assert (so_hai.villages, so_hai.villages_reporting, so_hai.indicators["reached"].rate) == (3, 1, 95.0)
    assert (so_hai.visits, so_hai.in_kind_vnd, so_hai.open_concerns, so_hai.overdue_concerns) == (2, 0, 1, 0)


def test_household_history_derives_rates_and_changes_for_one_village(empty_database, small_plan):
    db, plan = empty_database, small_plan
    village_id = _village(db, plan, "Làng Mới")
    _save(db, plan, village_id, "households", **(HOUSEHOLDS_2025 | {"year": 2024, "reached": 50, "poor": 30}))
    _save(db, plan, village_id, "households", **(HOUSEHOLDS_2025 | {"year": 2026, "minority_households": 200,
                                                                     "reached": 190, "poor": 10}))
    with db.session() as session:
        years = household_history(session, plan, village_id)
    assert [y.record.year for y in years] == [2024, 2026]
    first, last = years
    assert (first.indicators["reached"].rate, first.indicators["reached"].change_base) == (50.0, 0.0)
    assert first.indicators["reached"].change_previous is None  # 2023 is before the plan: nothing to compare
    assert last.indicators["reached"].rate == 95.0
    assert last.indicators["reached"].change_previous is None  # 2025 not reported: absent, not zero
    assert last.indicators["reached"].change_base == pytest.approx(45.0)
    assert last.indicators["poor"].change_base == pytest.approx(-25.0)


def test_the_year_of_a_village_for_its_sheet(empty_database, small_plan):
    db, plan = empty_database, small_plan
    village_id = _village(db, plan, "Làng Mới")
    _save(db, plan, village_id, "models", name="Cũ", field=ModelField.ECONOMY, year_started=2024,
          status=ModelStatus.MAINTAINED)
    _save(db, plan, village_id, "models", name="Mới", field=ModelField.ECONOMY, year_started=2026,
          status=ModelStatus.BUILT)
    _save(db, plan, village_id, "visits", day=date(2025, 3, 1), people="Tổ")
    _save(db, plan, village_id, "visits", day=date(2024, 3, 1), people="Tổ")
    old_open = _save(db, plan, village_id, "concerns", raised_on=date(2024, 1, 1), text="Còn treo",
                     status=ConcernStatus.OPEN)
    _save(db, plan, village_id, "concerns", raised_on=date(2024, 2, 1), text="Xong năm trước",
          status=ConcernStatus.RESOLVED, resolution="Đã xong", resolved_on=date(2024, 3, 1))
    _save(db, plan, village_id, "concerns", raised_on=date(2025, 5, 1), text="Mới nêu", status=ConcernStatus.OPEN)
    _save(db, plan, village_id, "initiatives", title="Kế hoạch cũ", year=2024, status="underway")
    _save(db, plan, village_id, "initiatives", title="Đã xong", year=2024, status="done")
    with db.session() as session:
        year = village_year(session, plan, village_id, 2025, today=date(2025, 6, 1))
    assert year.households is None
    assert [m.name for m in year.models] == ["Cũ"]
    assert [v.day for v in year.visits] == [date(2025, 3, 1)]
    assert [c.text for c in year.concerns] == ["Còn treo", "Mới nêu"]
    assert year.overdue == {old_open}
    assert [i.title for i in year.initiatives] == ["Kế hoạch cũ"]


def test_billions_of_dong_are_kept(empty_database, small_plan):
    village_id = _village(empty_database, small_plan, "Làng Mới")
    record_id = _save(empty_database, small_plan, village_id, "contributions", day=date(2025, 5, 1),
                      source_kind="enterprise", source_name="Công ty Cao su", kind="money", amount=5_250_000_000)
    with empty_database.session() as session:
        [contribution] = village_records(session, "contributions", village_id)
    assert (contribution.id, contribution.amount) == (record_id, 5_250_000_000)
