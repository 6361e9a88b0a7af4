"""The import's preview names what it creates, brings into the plan and takes out of it: villages (with their
commune), communes and districts, agencies (both backends)."""

from domain.agencies import AgencyKind, AssignmentRole
from domain.plan_draft import AgencyDraft, AssignmentDraft, MemberDraft, PlaceKey, VillageDraft
from domain.plan_import import Entity, Move, NamedChange, import_plan
from domain.teams import TeamRole
from tests.builders import T1_HAI, small_plan_draft
from tests.conftest import OFFICER


def _import(db, draft, dry_run=True):
    with db.unit_of_work(OFFICER) as uow:
        return import_plan(uow, draft=draft, dry_run=dry_run)


def test_a_new_plan_names_every_place_and_agency_it_creates(empty_database):
    named = _import(empty_database, small_plan_draft()).named
    assert NamedChange(Entity.DISTRICT, "Huyện A", Move.CREATED) in named
    assert NamedChange(Entity.COMMUNE, "Xã Một", Move.CREATED, "Huyện A") in named
    assert NamedChange(Entity.COMMUNE, "Xã Ba", Move.CREATED) in named
    assert NamedChange(Entity.VILLAGE, "Làng Đắk", Move.CREATED, "Xã Một") in named
    assert [n.name for n in named if n.entity == Entity.AGENCY] == ["Sở Một", "Sở Hai"]
    assert len([n for n in named if n.entity == Entity.VILLAGE]) == 4


def test_an_update_names_what_joins_and_what_leaves(empty_database, small_plan):
    draft = small_plan_draft()
    draft.villages = [v for v in draft.villages if v.place != T1_HAI]
    draft.assignments = [a for a in draft.assignments if a.place != T1_HAI]
    draft.members = [m for m in draft.members if m.place != T1_HAI]
    new = PlaceKey("Huyện A", "Xã Bốn", "Làng Mới Lập")
    draft.villages.append(VillageDraft(new, 40))
    draft.agencies.append(AgencyDraft("Hội Nông dân tỉnh", "HND", AgencyKind.MASS_ORGANISATION))
    draft.assignments.append(AssignmentDraft("HND", new, AssignmentRole.LEAD))
    draft.members.append(MemberDraft(new, "Hồ Thị Lập", TeamRole.LEADER, agency="HND"))
    draft.assessments = []
    named = _import(empty_database, draft).named
    assert named == [
        NamedChange(Entity.COMMUNE, "Xã Bốn", Move.CREATED, "Huyện A"),
        NamedChange(Entity.VILLAGE, "Làng Mới Lập", Move.CREATED, "Xã Bốn"),
        NamedChange(Entity.VILLAGE, "Thôn 1", Move.LEAVES, "Xã Hai"),
        NamedChange(Entity.AGENCY, "Hội Nông dân tỉnh", Move.CREATED),
    ]


def test_an_agency_whose_every_assignment_is_dropped_leaves_the_plan(empty_database, small_plan):
    draft = small_plan_draft()
    draft.assignments = [a if a.agency not in ("S1", "Sở Một") else
                         AssignmentDraft("Sở Hai", a.place, a.role) for a in draft.assignments
                         if not (a.agency == "Sở Hai" and a.role == AssignmentRole.CO_SUPPORT)]
    draft.assessments = []
    named = _import(empty_database, draft).named
    assert named == [NamedChange(Entity.AGENCY, "Sở Một", Move.LEAVES)]


def test_the_same_plan_again_names_nothing(empty_database, small_plan):
    draft = small_plan_draft()
    draft.assessments = []
    assert _import(empty_database, draft).named == []
