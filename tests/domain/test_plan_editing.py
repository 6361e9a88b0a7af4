"""Editing the plan one change at a time (domain/plan_editing.py): each change saved and read back, audited with
its village, shown in the history; each of the importer's rules refused with the field named; a team lead and a
viewer refused. Both backends."""

import pytest
from sqlmodel import select

from domain.access import Forbidden
from domain.admin_units import AdminUnit, UnitKind, Village
from domain.agencies import Agency, AgencyKind, Assignment
from domain.audit import AuditEvent
from domain.errors import DomainError
from domain.history import HistoryFilter, history
from domain.places import find_place, plan_places
from domain.plan import PlanVillage
from domain.plan_editing import (
    AgencyValues,
    MemberValues,
    add_commune,
    add_village,
    agencies,
    communes,
    move_commune,
    move_village,
    remove_commune,
    remove_village,
    rename_commune,
    rename_village,
    save_agency,
    set_assignments,
    set_team,
    village_assignments,
    village_team,
)
from domain.teams import TeamRole
from tests.conftest import OFFICER
from tests.domain.test_roles import TEAM_LEAD, VIEWER


def _village(db, plan, name: str) -> int:
    with db.session() as session:
        return find_place(session, plan.id, name).village_id


def _commune(db, name: str) -> int:
    with db.session() as session:
        return next(c.commune_id for c in communes(session) if c.name == name)


def _agency(db, name: str) -> int:
    with db.session() as session:
        return next(a.agency_id for a in agencies(session) if a.name == name)


def _events(db, entity: str) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)))


def _run(db, use_case, user=OFFICER, **arguments):
    with db.unit_of_work(user) as uow:
        return use_case(uow, **arguments)


def test_a_village_renamed_moved_and_added_is_read_back_and_audited(empty_database, small_plan):
    db, plan = empty_database, small_plan
    village_id = _village(db, plan, "Làng Đắk")
    _run(db, rename_village, plan_id=plan.id, village_id=village_id, name="  Làng   Đắk Mới ")
    _run(db, move_village, plan_id=plan.id, village_id=village_id, commune_id=_commune(db, "Xã Hai"))
    added = _run(db, add_village, plan_id=plan.id, commune_id=_commune(db, "Xã Ba"), name="Thôn 9")
    with db.session() as session:
        places = {p.village_id: p for p in plan_places(session, plan.id)}
    assert (places[village_id].village, places[village_id].commune) == ("Làng Đắk Mới", "Xã Hai")
    assert (places[added].village, places[added].commune) == ("Thôn 9", "Xã Ba")
    events = [(e.field, e.old_value, e.new_value, e.village_id) for e in _events(db, "village")]
    assert events == [("name", "Làng Đắk", "Làng Đắk Mới", village_id),
                      ("commune_id", "Xã Một, Huyện A", "Xã Hai, Huyện A", village_id), ("*", None, "Thôn 9", added)]
    with db.session() as session:
        rows = history(session, HistoryFilter(village_id=village_id))
    assert [(r.kind, r.field, r.old, r.new) for r in rows][:2] == [
        ("Thôn (làng)", "Xã", "Xã Một, Huyện A", "Xã Hai, Huyện A"),
        ("Thôn (làng)", "Tên thôn (làng)", "Làng Đắk", "Làng Đắk Mới")]
    assert rows[0].subject == "Làng Đắk Mới, Xã Một, Huyện A" and rows[0].village == "Làng Đắk Mới, Xã Hai"


@pytest.mark.parametrize(("change", "message"), [
    ({"name": "  "}, "Chưa lưu. Tên thôn (làng): ô bắt buộc đang để trống."),
    ({"name": "thôn 1"}, "Chưa lưu. Tên thôn (làng): thôn “Thôn 1” đã có trong Xã Một."),
    ({"name": "x" * 201}, "Chưa lưu. Tên thôn (làng): dài 201 ký tự, quá giới hạn 200 ký tự."),
    ({"name": "Thôn\x07"}, "Chưa lưu. Tên thôn (làng): có ký tự điều khiển không hợp lệ (mã 0x07)."),
])
def test_a_village_name_is_held_to_the_importers_rules(empty_database, small_plan, change, message):
    db, plan = empty_database, small_plan
    village_id = _village(db, plan, "Làng Đắk")
    with pytest.raises(DomainError) as refusal:
        _run(db, rename_village, plan_id=plan.id, village_id=village_id, **change)
    assert str(refusal.value) == message
    assert _events(db, "village") == []


def test_a_village_is_not_moved_onto_a_namesake(empty_database, small_plan):
    db, plan = empty_database, small_plan
    with pytest.raises(DomainError, match="Chưa lưu. Xã: Xã Hai đã có thôn “Thôn 1”."):
        _run(db, move_village, plan_id=plan.id, village_id=_village(db, plan, "Thôn 1, Xã Một"),
             commune_id=_commune(db, "Xã Hai"))


def test_a_village_with_assessments_leaves_the_plan_and_one_without_is_deleted(empty_database, small_plan):
    db, plan = empty_database, small_plan
    assessed, bare = _village(db, plan, "Làng Đắk"), _village(db, plan, "Làng Mới")
    assert _run(db, remove_village, plan_id=plan.id, village_id=assessed) is False
    assert _run(db, remove_village, plan_id=plan.id, village_id=bare) is True
    with db.session() as session:
        assert session.get(Village, assessed) is not None and session.get(Village, bare) is None
        assert session.exec(select(PlanVillage).where(PlanVillage.village_id.in_([assessed, bare]))).all() == []
        assert session.exec(select(Assignment).where(Assignment.village_id.in_([assessed, bare]))).all() == []
        assert village_team(session, plan.id, assessed) == []
    assert [(e.field, e.old_value, e.new_value) for e in _events(db, "planvillage")] == [
        ("plan", plan.code, None), ("plan", plan.code, None)]
    assert [e.village_id for e in _events(db, "teammember")] == [assessed, bare]
    # Added again, the village that left comes back with its history, not as a new one.
    again = _run(db, add_village, plan_id=plan.id, commune_id=_commune(db, "Xã Một"), name="làng đắk")
    assert again == assessed


def test_communes_added_renamed_moved_and_removed(empty_database, small_plan):
    db = empty_database
    with db.session() as session:
        district_id = session.exec(select(AdminUnit.id).where(AdminUnit.kind == UnitKind.DISTRICT)).first()
    commune_id = _run(db, add_commune, name="Xã Năm", district_id=None)
    _run(db, rename_commune, commune_id=commune_id, name="Xã Bốn")
    _run(db, move_commune, commune_id=commune_id, district_id=district_id)
    with db.session() as session:
        row = next(c for c in communes(session) if c.commune_id == commune_id)
    assert (row.name, row.district_id, row.villages) == ("Xã Bốn", district_id, 0)
    _run(db, remove_commune, commune_id=commune_id)
    with db.session() as session:
        assert session.get(AdminUnit, commune_id) is None
    assert [(e.field, e.old_value, e.new_value) for e in _events(db, "adminunit")][:3] == [
        ("*", None, "Xã Năm"), ("name", "Xã Năm", "Xã Bốn"), ("parent_id", "không có huyện", "Huyện A")]


def test_a_commune_with_villages_is_not_removed_nor_doubled(empty_database, small_plan):
    db = empty_database
    with pytest.raises(DomainError, match="Chưa xóa: Xã Một còn 2 thôn"):
        _run(db, remove_commune, commune_id=_commune(db, "Xã Một"))
    with pytest.raises(DomainError, match="Chưa lưu. Tên xã: “xã hai” đã có ở Huyện A."):
        _run(db, rename_commune, commune_id=_commune(db, "Xã Một"), name="xã hai")
    assert _events(db, "adminunit") == []


def test_an_agency_added_and_changed_with_its_kind(empty_database, small_plan):
    db = empty_database
    agency_id = _run(db, save_agency, values=AgencyValues("Hội Nông dân tỉnh", "HND", AgencyKind.OTHER))
    _run(db, save_agency, values=AgencyValues("Hội Nông dân tỉnh Thử", "HND", AgencyKind.MASS_ORGANISATION,
                                              phone="0260 3 862 111", agency_id=agency_id))
    with db.session() as session:
        agency = session.get(Agency, agency_id)
        assert (agency.name, agency.kind, agency.phone) == ("Hội Nông dân tỉnh Thử", AgencyKind.MASS_ORGANISATION,
                                                            "0260 3 862 111")
    assert [(e.field, e.old_value, e.new_value) for e in _events(db, "agency")] == [
        ("*", None, "Hội Nông dân tỉnh"), ("name", "Hội Nông dân tỉnh", "Hội Nông dân tỉnh Thử"),
        ("kind", "Khác", "Mặt trận, đoàn thể"), ("phone", "", "0260 3 862 111")]


@pytest.mark.parametrize(("values", "message"), [
    (AgencyValues("s1"), "Chưa lưu. Tên cơ quan: “s1” đã là tên hoặc tên viết tắt của cơ quan “Sở Một”."),
    (AgencyValues("Sở Ba", "sở hai"), "Chưa lưu. Tên viết tắt: “sở hai” đã là tên hoặc tên viết tắt"),
    (AgencyValues(""), "Chưa lưu. Tên cơ quan: ô bắt buộc đang để trống."),
    (AgencyValues("Sở Ba", phone="0" * 61), "Chưa lưu. Điện thoại: dài 61 ký tự, quá giới hạn 60 ký tự."),
])
def test_an_agency_is_held_to_the_importers_rules(empty_database, small_plan, values, message):
    with pytest.raises(DomainError) as refusal:
        _run(empty_database, save_agency, values=values)
    assert message in str(refusal.value)


def test_assignments_one_lead_and_co_supporters(empty_database, small_plan):
    db, plan = empty_database, small_plan
    village_id, one, two = _village(db, plan, "Thôn 1, Xã Một"), _agency(db, "Sở Một"), _agency(db, "Sở Hai")
    _run(db, set_assignments, plan_id=plan.id, village_id=village_id, lead_agency_id=two, co_agency_ids=[one])
    with db.session() as session:
        saved = village_assignments(session, plan.id, village_id)
    assert (saved.lead_agency_id, saved.co_agency_ids) == (two, (one,))
    events = [(e.field, e.old_value, e.new_value, e.village_id) for e in _events(db, "assignment")]
    assert ("role", "Chủ trì", "Phối hợp", village_id) in events
    assert ("role", "Phối hợp", "Chủ trì", village_id) in events
    with pytest.raises(DomainError, match="Chưa lưu. Cơ quan chủ trì: hãy chọn cơ quan chủ trì"):
        _run(db, set_assignments, plan_id=plan.id, village_id=village_id, lead_agency_id=None, co_agency_ids=[one])


def test_the_team_changed_member_by_member(empty_database, small_plan):
    db, plan = empty_database, small_plan
    village_id = _village(db, plan, "Thôn 1, Xã Một")
    with db.session() as session:
        team = village_team(session, plan.id, village_id)
    lead, deputy, _member = team
    changed = [MemberValues(lead.full_name, TeamRole.LEADER, lead.position, lead.agency_id, "0912 345 678",
                            lead.member_id),
               deputy, MemberValues("Y Blông", TeamRole.MEMBER, "Chuyên viên", _agency(db, "Sở Hai"))]
    _run(db, set_team, plan_id=plan.id, village_id=village_id, members=changed)
    with db.session() as session:
        saved = village_team(session, plan.id, village_id)
    assert [(m.full_name, m.role, m.phone) for m in saved] == [
        ("Nguyễn Văn Tổ", TeamRole.LEADER, "0912 345 678"), ("Trần Thị Phó", TeamRole.DEPUTY, ""),
        ("Y Blông", TeamRole.MEMBER, "")]
    events = [(e.field, e.old_value, e.new_value) for e in _events(db, "teammember")]
    assert events[:2] == [("*", "Lê Văn Viên", None), ("phone", "0900 111 001", "0912 345 678")]
    assert ("agency_id", None, "Sở Hai") in events and ("role", None, "Thành viên") in events
    assert {e.village_id for e in _events(db, "teammember")} == {village_id}
    with db.session() as session:
        rows = history(session, HistoryFilter(village_id=village_id, kind="teammember"))
    assert any(r.field == "Điện thoại" and r.new == "0912 345 678" and r.subject.startswith("Nguyễn Văn Tổ – Thôn 1")
               for r in rows)


@pytest.mark.parametrize(("members", "message"), [
    ([MemberValues("A", TeamRole.LEADER), MemberValues("B", TeamRole.LEADER)],
     "Chưa lưu. Vai trò trong tổ: thôn “Thôn 1” có 2 tổ trưởng (cần đúng 1)."),
    ([MemberValues("A", TeamRole.DEPUTY)], "Chưa lưu. Vai trò trong tổ: thôn “Thôn 1” có 0 tổ trưởng (cần đúng 1)."),
    ([MemberValues("A", TeamRole.LEADER), MemberValues(" a ")],
     "Chưa lưu. Dòng 2, Họ và tên: “a” đã có trong tổ của thôn này (dòng 1)."),
    ([MemberValues("A", TeamRole.LEADER), MemberValues("")], "Chưa lưu. Dòng 2, Họ và tên: ô bắt buộc đang để trống."),
    ([MemberValues("A", TeamRole.LEADER, phone="09\x0712")],
     "Chưa lưu. Dòng 1, Điện thoại: có ký tự điều khiển không hợp lệ (mã 0x07)."),
    ([MemberValues("A", TeamRole.LEADER, phone="0" * 61)],
     "Chưa lưu. Dòng 1, Điện thoại: dài 61 ký tự, quá giới hạn 60 ký tự."),
])
def test_the_team_is_held_to_the_importers_rules(empty_database, small_plan, members, message):
    db, plan = empty_database, small_plan
    village_id = _village(db, plan, "Thôn 1, Xã Một")
    with pytest.raises(DomainError) as refusal:
        _run(db, set_team, plan_id=plan.id, village_id=village_id, members=members)
    assert str(refusal.value) == message
    with db.session() as session:
        assert len(village_team(session, plan.id, village_id)) == 3
    assert _events(db, "teammember") == []


@pytest.mark.parametrize("user", [TEAM_LEAD, VIEWER])
def test_team_leads_and_viewers_edit_nothing_of_the_plan(empty_database, small_plan, user):
    db, plan = empty_database, small_plan
    village_id = _village(db, plan, "Thôn 1, Xã Một")  # the village TEAM_LEAD leads
    attempts = [
        (rename_village, {"plan_id": plan.id, "village_id": village_id, "name": "Thôn Một"}),
        (remove_village, {"plan_id": plan.id, "village_id": village_id}),
        (add_commune, {"name": "Xã Năm", "district_id": None}),
        (save_agency, {"values": AgencyValues("Sở Ba")}),
        (set_team, {"plan_id": plan.id, "village_id": village_id, "members": [MemberValues("A", TeamRole.LEADER)]}),
    ]
    for use_case, arguments in attempts:
        with pytest.raises(Forbidden, match="chỉ Văn phòng \\(thư ký\\) được sửa kế hoạch"):
            _run(db, use_case, user, **arguments)
    with db.session() as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.entity.not_in(("plan", "refusal")))).all() == []
        assert len(session.exec(select(AuditEvent).where(AuditEvent.entity == "refusal")).all()) == len(attempts)
