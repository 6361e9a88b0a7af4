"""A team lead writes a village's dated records (visits, resources, difficulties, initiatives, household counts)
only on a day or in a year of the plan in which they lead the village, as their assessments (domain/access
.require_lead_in_plan_years); the secretariat writes any year. The small plan runs 2024–2026."""

from datetime import date

import pytest
from sqlmodel import func, select

from domain.access import Forbidden, Principal
from domain.attaching import attach_file, remove_attachment
from domain.attachments import Attachment, AttachTarget
from domain.places import find_place
from domain.recording import KINDS, delete_record, save_record
from domain.users import Role
from domain.village_records import (
    ConcernStatus,
    ContactRole,
    InitiativeStatus,
    ModelField,
    ModelStatus,
    ResourceKind,
    SourceKind,
)
from tests.conftest import OFFICER
from tests.evidence import pdf_bytes

LEAD = Principal(name="to", role=Role.TEAM_LEAD, full_name="Nguyễn Văn Tổ", member_name="Nguyễn Văn Tổ")
REFUSED = ("Chưa làm: tổ trưởng chỉ ghi được bản ghi của thôn (làng) Thôn 1 trong các năm của kế hoạch mình phụ "
           "trách (2024–2026); {} nằm ngoài. Tài khoản “Nguyễn Văn Tổ” có vai trò Tổ trưởng tổ hỗ trợ.")
VALUES = {
    "visits": {"day": date(2023, 5, 4), "people": "Tổ hỗ trợ", "activities": "Khảo sát"},
    "contributions": {"day": date(2023, 5, 4), "source_kind": SourceKind.PERSON, "source_name": "Ông A",
                      "kind": ResourceKind.WORKDAYS, "amount": 10},
    "concerns": {"raised_on": date(2023, 5, 4), "text": "Đường vào thôn hỏng", "status": ConcernStatus.OPEN},
    "initiatives": {"title": "Làm đường", "year": 2023, "status": InitiativeStatus.PLANNED},
}
SHOWN = {"visits": "ngày 04/05/2023", "contributions": "ngày 04/05/2023", "concerns": "ngày 04/05/2023",
         "initiatives": "năm 2023"}
IN_PLAN = {"visits": ("day", date(2025, 5, 4)), "contributions": ("day", date(2025, 5, 4)),
           "concerns": ("raised_on", date(2025, 5, 4)), "initiatives": ("year", 2025)}


def _village(db, plan) -> int:
    with db.session() as session:
        return find_place(session, plan.id, "Thôn 1, Xã Một").village_id


def _save(db, plan, user: Principal, kind: str, values: dict, record_id: int | None = None) -> int:
    with db.unit_of_work(user) as uow:
        return save_record(uow, kind=kind, plan_id=plan.id, village_id=_village(db, plan), values=values,
                           record_id=record_id)


def _count(db, kind: str) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(KINDS[kind].table)).one()


@pytest.mark.parametrize("kind", sorted(VALUES))
def test_a_lead_adds_a_record_of_the_plans_years_only(empty_database, small_plan, kind):
    with pytest.raises(Forbidden) as said:
        _save(empty_database, small_plan, LEAD, kind, VALUES[kind])
    assert str(said.value) == REFUSED.format(SHOWN[kind])
    assert _count(empty_database, kind) == 0
    field, inside = IN_PLAN[kind]
    _save(empty_database, small_plan, LEAD, kind, {**VALUES[kind], field: inside})
    _save(empty_database, small_plan, OFFICER, kind, VALUES[kind])  # the secretariat is not limited
    assert _count(empty_database, kind) == 2


@pytest.mark.parametrize("kind", sorted(VALUES))
def test_a_lead_neither_moves_a_record_out_of_the_plans_years_nor_changes_or_deletes_one_outside(
        empty_database, small_plan, kind):
    field, inside = IN_PLAN[kind]
    own = _save(empty_database, small_plan, LEAD, kind, {**VALUES[kind], field: inside})
    outside = _save(empty_database, small_plan, OFFICER, kind, VALUES[kind])
    with pytest.raises(Forbidden) as said:  # moved out
        _save(empty_database, small_plan, LEAD, kind, VALUES[kind], record_id=own)
    assert str(said.value) == REFUSED.format(SHOWN[kind])
    with pytest.raises(Forbidden) as said:  # moved in from outside
        _save(empty_database, small_plan, LEAD, kind, {**VALUES[kind], field: inside}, record_id=outside)
    assert str(said.value) == REFUSED.format(SHOWN[kind])
    with pytest.raises(Forbidden) as said, empty_database.unit_of_work(LEAD) as uow:
        delete_record(uow, kind=kind, plan_id=small_plan.id, village_id=_village(empty_database, small_plan),
                      record_id=outside)
    assert str(said.value) == REFUSED.format(SHOWN[kind])
    with empty_database.session() as session:
        table = KINDS[kind].table
        assert {getattr(row, field) for row in session.exec(select(table))} == {inside, VALUES[kind][field]}


def test_a_lead_follows_up_a_difficulty_raised_in_the_plans_years_only(empty_database, small_plan):
    """A difficulty's follow-up (status, forwarded to, resolution) stays open after its year's lock, and belongs to
    the year it was raised as the lock does: a lead follows up those raised in their plan's years."""
    raised = VALUES["concerns"]
    outside = _save(empty_database, small_plan, OFFICER, "concerns", raised)
    inside = _save(empty_database, small_plan, OFFICER, "concerns", {**raised, "raised_on": date(2025, 5, 4)})
    forwarded = {"status": ConcernStatus.FORWARDED, "forwarded_to": "UBND xã"}
    with pytest.raises(Forbidden) as said:
        _save(empty_database, small_plan, LEAD, "concerns", {**raised, **forwarded}, record_id=outside)
    assert str(said.value) == REFUSED.format("ngày 04/05/2023")
    _save(empty_database, small_plan, LEAD, "concerns", {**raised, "raised_on": date(2025, 5, 4), **forwarded},
          record_id=inside)
    _save(empty_database, small_plan, OFFICER, "concerns", {**raised, **forwarded}, record_id=outside)
    with empty_database.session() as session:
        table = KINDS["concerns"].table
        assert {row.status for row in session.exec(select(table))} == {ConcernStatus.FORWARDED}


def test_a_lead_attaches_a_file_to_a_dated_record_of_the_plans_years_only(empty_database, small_plan):
    outside = _save(empty_database, small_plan, OFFICER, "visits", VALUES["visits"])
    target = AttachTarget.of_record(_village(empty_database, small_plan), "visits", outside)
    with pytest.raises(Forbidden) as said, empty_database.unit_of_work(LEAD) as uow:
        attach_file(uow, plan_id=small_plan.id, target=target, name="Biên bản.pdf", content=pdf_bytes())
    assert str(said.value) == REFUSED.format("năm 2023")
    with empty_database.unit_of_work(OFFICER) as uow:
        attached = attach_file(uow, plan_id=small_plan.id, target=target, name="Biên bản.pdf", content=pdf_bytes())
    with pytest.raises(Forbidden) as said, empty_database.unit_of_work(LEAD) as uow:
        remove_attachment(uow, plan_id=small_plan.id, attachment_id=attached.id)
    assert str(said.value) == REFUSED.format("năm 2023")
    with empty_database.session() as session:
        assert [row.id for row in session.exec(select(Attachment))] == [attached.id]


def test_a_lead_changes_a_model_or_a_contact_whatever_the_year(empty_database, small_plan):
    """A model spans the years from its start and a contact has none: no year scope."""
    _save(empty_database, small_plan, LEAD, "models", {"name": "Dân vận khéo", "field": ModelField.ECONOMY,
                                                        "year_started": 2015, "status": ModelStatus.BUILT})
    _save(empty_database, small_plan, LEAD, "contacts", {"full_name": "A Nhong", "role": ContactRole.ELDER})
    assert _count(empty_database, "models") == _count(empty_database, "contacts") == 1
