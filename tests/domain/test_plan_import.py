"""Importing a plan: created, updated in place keeping assessments, idempotent, a dry run writes nothing."""

import dataclasses

import pytest
from sqlmodel import func, select

from domain.admin_units import Village
from domain.agencies import Agency, AssignmentRole
from domain.criteria import Assessment, Criterion
from domain.errors import DomainError
from domain.places import find_place
from domain.plan_draft import AssignmentDraft, MemberDraft, PlaceKey, VillageDraft
from domain.plan_import import AGENCIES, ASSIGNMENTS, CRITERIA, PLACES, PLAN, TEAMS, Changes, import_plan
from domain.plan_snapshot import plan_snapshot
from domain.plans import resolve_plan
from domain.teams import TeamRole
from domain.village_detail import team_members
from tests.builders import DAK, T1_MOT, small_plan_draft
from tests.conftest import OFFICER


def _import(db, draft, dry_run=False):
    with db.unit_of_work(OFFICER) as uow:
        return import_plan(uow, draft=draft, dry_run=dry_run, source="kehoach.xlsx")


def _count(db, table) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def _edited():
    draft = small_plan_draft()
    draft.agencies[0] = dataclasses.replace(draft.agencies[0], name="Sở Một (đổi tên)")
    draft.assignments = [dataclasses.replace(a, agency="S1") if a.agency == "Sở Một" else a
                         for a in draft.assignments]
    draft.members = [dataclasses.replace(m, agency="S1") if m.agency == "Sở Một" else m for m in draft.members]
    draft.members = [dataclasses.replace(m, place=DAK) if m.full_name == "Lê Văn Viên" else m for m in draft.members]
    new = PlaceKey("Huyện A", "Xã Hai", "Làng Mới Lập")
    draft.villages.append(VillageDraft(new, 40))
    draft.assignments.append(AssignmentDraft("Sở Hai", new, AssignmentRole.LEAD))
    draft.members.append(MemberDraft(new, "Hồ Thị Lập", TeamRole.LEADER, agency="Sở Hai"))
    criteria = draft.criteria_set.criteria
    criteria[1] = dataclasses.replace(criteria[1], requirement="Đường trục thôn cứng hóa 100%")
    draft.assessments = []
    return draft


def test_a_new_plan_is_reported_as_created(empty_database):
    report = _import(empty_database, small_plan_draft())
    assert report.new_plan
    assert report.sheets[PLAN] == Changes(created=1)
    assert report.sheets[PLACES] == Changes(created=4)
    assert report.sheets[AGENCIES] == Changes(created=2)
    assert report.sheets[ASSIGNMENTS] == Changes(created=5)
    assert report.sheets[TEAMS] == Changes(created=6)
    assert report.sheets[CRITERIA] == Changes(created=3)


def test_importing_the_same_plan_twice_changes_nothing_the_second_time(empty_database, small_plan):
    report = _import(empty_database, small_plan_draft())
    assert not report.changes_anything
    assert report.sheets[PLACES] == Changes(unchanged=4)
    assert report.sheets[TEAMS] == Changes(unchanged=6)
    assert report.summary() == "tạo mới 0, thay đổi 0, giữ nguyên 21, bỏ khỏi kế hoạch 0"


def test_the_snapshot_imports_back_with_no_change(empty_database, small_plan):
    with empty_database.session() as session:
        draft = plan_snapshot(session, resolve_plan(session, None))
    assert not _import(empty_database, draft).changes_anything


def test_an_edited_annex_updates_the_plan_and_keeps_assessments(empty_database, small_plan):
    assessments = _count(empty_database, Assessment)
    report = _import(empty_database, _edited())
    assert report.sheets[AGENCIES] == Changes(changed=1, unchanged=1)
    assert report.sheets[PLACES] == Changes(created=1, unchanged=4)
    assert report.sheets[ASSIGNMENTS] == Changes(created=1, unchanged=5)
    assert report.sheets[TEAMS] == Changes(created=2, unchanged=5, removed=1)
    assert report.sheets[CRITERIA] == Changes(changed=1, unchanged=2)
    assert _count(empty_database, Assessment) == assessments
    assert _count(empty_database, Agency) == 2
    with empty_database.session() as session:
        plan = resolve_plan(session, None)
        dak = find_place(session, plan.id, "Làng Đắk")
        t1 = find_place(session, plan.id, "Thôn 1, Xã Một")
        assert "Lê Văn Viên" in [m.full_name for m in team_members(session, plan.id, dak.village_id)]
        assert "Lê Văn Viên" not in [m.full_name for m in team_members(session, plan.id, t1.village_id)]
        assert session.exec(select(Criterion.requirement).where(Criterion.number == 2)).one() == \
            "Đường trục thôn cứng hóa 100%"
        assert session.exec(select(Agency.name).where(Agency.short_name == "S1")).one() == "Sở Một (đổi tên)"
    assert not _import(empty_database, _edited()).changes_anything


def test_a_dry_run_reports_and_writes_nothing(empty_database, small_plan):
    report = _import(empty_database, _edited(), dry_run=True)
    assert report.sheets[PLACES].created == 1
    assert _count(empty_database, Village) == 4
    with empty_database.session() as session:
        assert session.exec(select(Agency.name).where(Agency.short_name == "S1")).one() == "Sở Một"


def test_a_village_dropped_from_the_annex_leaves_the_plan_not_history(empty_database, small_plan):
    draft = small_plan_draft()
    draft.villages = [v for v in draft.villages if v.place != T1_MOT]
    draft.assignments = [a for a in draft.assignments if a.place != T1_MOT]
    draft.members = [m for m in draft.members if m.place != T1_MOT]
    draft.assessments = []
    report = _import(empty_database, draft)
    assert report.sheets[PLACES] == Changes(unchanged=3, removed=1)
    assert report.sheets[TEAMS].removed == 3
    assert _count(empty_database, Village) == 4
    assert _count(empty_database, Assessment) == 10


def test_a_criterion_with_assessments_cannot_be_dropped(empty_database, small_plan):
    draft = small_plan_draft()
    draft.criteria_set.criteria.pop()
    with pytest.raises(DomainError, match="Tiêu chí số 3"):
        _import(empty_database, draft)
