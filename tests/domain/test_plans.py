"""Plans: created whole or refused, picked by code, the sample removed without touching real data."""

import dataclasses

import pytest
from sqlmodel import func, select

from domain.admin_units import AdminUnit, Village
from domain.agencies import Agency, AssignmentRole
from domain.criteria import Assessment, CriteriaSet
from domain.errors import Ambiguous, DomainError, NotFound
from domain.places import find_place
from domain.plan import Plan
from domain.plans import create_plan, remove_sample_plans, resolve_plan
from domain.teams import TeamRole
from tests.builders import DAK, small_plan_draft
from tests.conftest import OFFICER


def _count(db, table) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_a_plan_is_created_with_its_places_and_names_in_nfc(empty_database, small_plan):
    assert _count(empty_database, Village) == 4
    assert _count(empty_database, Agency) == 2
    with empty_database.session() as session:
        assert find_place(session, small_plan.id, "lang dak").village == "Làng Đắk"


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: dataclasses.replace(d, first_year=2030), "từ năm 2030 sau đến năm"),
    (lambda d: dataclasses.replace(d, members=[m for m in d.members if m.place != DAK]), "0 tổ trưởng"),
    (lambda d: dataclasses.replace(d, members=[*d.members, dataclasses.replace(d.members[3], full_name="Khác")]),
     "2 tổ trưởng"),
    (lambda d: dataclasses.replace(d, assignments=[a for a in d.assignments if a.place != DAK]),
     "chưa có cơ quan chủ trì"),
    (lambda d: dataclasses.replace(d, assignments=[
        *d.assignments, dataclasses.replace(d.assignments[0], agency="Sở Không Có")]), "Sở Không Có"),
])
def test_a_broken_plan_is_refused_whole(empty_database, change, message):
    with pytest.raises(DomainError, match=message), empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=change(small_plan_draft()))
    assert _count(empty_database, Plan) == 0
    assert _count(empty_database, Village) == 0


def test_the_same_code_twice_is_refused(empty_database, small_plan):
    with pytest.raises(DomainError, match="đã có"), empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())


def test_resolve_plan_prefers_the_only_real_plan(database):
    with database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())
    with database.session() as session:
        assert resolve_plan(session, None).code == "1-KH/TEST"
        assert resolve_plan(session, "133-kh/tu (mẫu)").is_sample


def test_resolve_plan_falls_back_to_the_sample_and_names_codes_when_ambiguous(database):
    with database.session() as session:
        assert resolve_plan(session, None).is_sample
        with pytest.raises(NotFound, match="133-KH/TU"):
            resolve_plan(session, "9-KH/XX")
    for code in ("1-KH/A", "2-KH/B"):
        with database.unit_of_work(OFFICER) as uow:
            create_plan(uow, draft=small_plan_draft(code))
    with database.session() as session, pytest.raises(Ambiguous, match="1-KH/A, 2-KH/B"):
        resolve_plan(session, None)


def test_find_place_asks_for_the_commune_when_a_name_is_shared(empty_database, small_plan):
    with empty_database.session() as session:
        with pytest.raises(Ambiguous, match="Thôn 1, Xã Hai.*Thôn 1, Xã Một"):
            find_place(session, small_plan.id, "thon 1")
        assert find_place(session, small_plan.id, "Thôn 1, xã Hai").commune == "Xã Hai"
        assert find_place(session, small_plan.id, "thon 1, xa mot").commune == "Xã Một"
        with pytest.raises(NotFound, match="Thôn 9"):
            find_place(session, small_plan.id, "Thôn 9")


def test_removing_the_sample_keeps_a_real_plan_and_what_it_shares(database):
    real = small_plan_draft()
    sample_place = real.villages[0].place
    # The real plan shares a district name, an agency and the criteria-set code with nothing in the sample;
    # and it reuses one of the sample's agencies by name.
    with database.session() as session:
        shared_agency = session.exec(select(Agency.name).order_by(Agency.name)).first()
    real.agencies.append(dataclasses.replace(real.agencies[0], name=shared_agency, short_name=""))
    real.assignments.append(dataclasses.replace(real.assignments[0], agency=shared_agency,
                                                role=AssignmentRole.CO_SUPPORT))
    with database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=real)
    with database.unit_of_work(OFFICER) as uow:
        assert remove_sample_plans(uow) == 1
    with database.session() as session:
        assert [p.code for p in session.exec(select(Plan))] == ["1-KH/TEST"]
        assert [c.code for c in session.exec(select(CriteriaSet))] == ["TEST"]
        assert sorted(a.name for a in session.exec(select(Agency))) == sorted(["Sở Một", "Sở Hai", shared_agency])
        assert _count(database, Village) == 4
        assert session.exec(select(func.count()).select_from(Assessment)).one() == 10
        assert {u.name for u in session.exec(select(AdminUnit))} == {"Huyện A", "Xã Một", "Xã Hai", "Xã Ba"}
        assert find_place(session, resolve_plan(session, None).id, sample_place.village + ", Xã Một")
    with database.unit_of_work(OFFICER) as uow:
        assert remove_sample_plans(uow) == 0


def test_team_members_keep_their_roles(empty_database, small_plan):
    from domain.village_detail import team_members

    with empty_database.session() as session:
        village = find_place(session, small_plan.id, "Thôn 1, Xã Một")
        members = team_members(session, small_plan.id, village.village_id)
    assert [(m.full_name, m.role) for m in members] == [
        ("Nguyễn Văn Tổ", TeamRole.LEADER), ("Trần Thị Phó", TeamRole.DEPUTY), ("Lê Văn Viên", TeamRole.MEMBER)]
    assert members[1].agency == "Sở Hai"
