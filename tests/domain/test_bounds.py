"""Bounded input: every text, number and date a use case stores is checked against the model's limits on both
backends, refused with the field named in Vietnamese, and nothing is written."""

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import Enum, String
from sqlmodel import select

from domain.admin_units import Village
from domain.assessing import current_assessment, set_assessment
from domain.audit import AuditEvent, record_change
from domain.bounds import label, max_length
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.data_check import out_of_bounds
from domain.errors import DomainError
from domain.formatting import format_date
from domain.places import find_place
from domain.plan_import import import_plan
from domain.plans import create_plan
from domain.recording import save_record, village_records
from domain.schema import metadata
from domain.village_records import ConcernStatus, ResourceKind, SourceKind
from tests.builders import small_plan_draft
from tests.conftest import OFFICER

HOUSEHOLDS = {"year": 2025, "minority_households": 100, "reached": 10, "poor": 12, "near_poor": 8}
LATEST = format_date(date.today() + timedelta(days=366))


def _ids(db, plan):
    with db.session() as session:
        village_id = find_place(session, plan.id, "Làng Mới").village_id
        criterion_id = session.exec(select(Criterion.id).where(
            Criterion.criteria_set_id == plan.criteria_set_id, Criterion.number == 2)).one()
    return village_id, criterion_id


def _assess(db, plan, **texts):
    village_id, criterion_id = _ids(db, plan)
    with db.unit_of_work(OFFICER) as uow:
        set_assessment(uow, plan_id=plan.id, village_id=village_id, criterion_id=criterion_id, year=2025,
                       status=CriterionStatus.MET, **texts)


def _stored(db, plan) -> Assessment | None:
    with db.session() as session:
        return current_assessment(session, *_ids(db, plan), 2025)


ASSESSMENT_TEXTS = [
    ({"evidence": "x" * 1_048_576}, "Chưa lưu. Minh chứng: dài 1.048.576 ký tự, quá giới hạn 4.000 ký tự."),
    ({"evidence": "Biên bản\x00số 5"}, "Chưa lưu. Minh chứng: có ký tự điều khiển không hợp lệ (mã 0x00)."),
    ({"note": "Chuông\x07"}, "Chưa lưu. Ghi chú: có ký tự điều khiển không hợp lệ (mã 0x07)."),
    ({"note": "ký tự \x9b C1"}, "Chưa lưu. Ghi chú: có ký tự điều khiển không hợp lệ (mã 0x9B)."),
]


def test_an_assessment_text_out_of_bounds_is_refused_and_nothing_is_written(empty_database, small_plan):
    """Every case in one database (each refusal leaves it as it was, which is what is checked)."""
    refusals = []
    for texts, _ in ASSESSMENT_TEXTS:
        with pytest.raises(DomainError) as refusal:
            _assess(empty_database, small_plan, **texts)
        refusals.append(str(refusal.value))
    assert refusals == [message for _, message in ASSESSMENT_TEXTS]
    assert _stored(empty_database, small_plan) is None
    with empty_database.session() as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.entity == "assessment")).all() == []


def test_tabs_and_line_breaks_are_kept_in_multi_line_text_up_to_the_limit(empty_database, small_plan):
    evidence = "Biên bản số 5\n\tẢnh chụp\r\n" + "x" * (4000 - 25)
    _assess(empty_database, small_plan, evidence=evidence, note="Dòng 1\nDòng 2")
    stored = _stored(empty_database, small_plan)
    assert (stored.evidence, stored.note) == (evidence, "Dòng 1\nDòng 2")


def _record(db, plan, record_kind, values):
    with db.session() as session:
        village_id = find_place(session, plan.id, "Làng Mới").village_id
    with db.unit_of_work(OFFICER) as uow:
        save_record(uow, kind=record_kind, plan_id=plan.id, village_id=village_id, values=values)
    return village_id


MONEY = {"day": date(2025, 3, 1), "source_kind": SourceKind.PERSON, "source_name": "Ông A",
         "kind": ResourceKind.MONEY}


RECORDS = [
    ("households", HOUSEHOLDS | {"minority_households": 10**15, "reached": 10**15},
     "Tổng số hộ ĐBDTTS: 1.000.000.000.000.000 vượt quá giới hạn 100.000 hộ. "
     "Hộ được tuyên truyền: 1.000.000.000.000.000 vượt quá giới hạn 100.000 hộ."),
    ("households", HOUSEHOLDS | {"poor": 60, "near_poor": 50},
     "Hộ nghèo và hộ cận nghèo: 60 + 50 = 110, lớn hơn tổng số hộ ĐBDTTS (100)."),
    ("contributions", MONEY | {"amount": 10**19},
     "Số lượng: 10.000.000.000.000.000.000 vượt quá giới hạn 10.000.000.000.000 đồng."),
    ("contributions", MONEY | {"amount": 10**18},
     "Số lượng: 1.000.000.000.000.000.000 vượt quá giới hạn 10.000.000.000.000 đồng."),
    ("contributions", MONEY | {"kind": ResourceKind.WORKDAYS, "amount": 2_000_000},
     "Số lượng: 2.000.000 ngày công vượt quá giới hạn 1.000.000 ngày công."),
    ("visits", {"day": date(1900, 1, 1), "people": "Tổ hỗ trợ"},
     f"Ngày: 01/01/1900 nằm ngoài khoảng cho phép (01/01/2000 – {LATEST})."),
    ("visits", {"day": date(2025, 1, 1), "people": "Anh A\nChị B"},
     "Người đi: có ký tự điều khiển không hợp lệ (mã 0x0A)."),
    ("concerns", {"raised_on": date(2025, 1, 1), "text": "Đường lầy", "status": ConcernStatus.RESOLVED,
                  "resolution": "Đã làm", "resolved_on": date(9999, 12, 31)},
     f"Ngày giải quyết: 31/12/9999 nằm ngoài khoảng cho phép (01/01/2000 – {LATEST})."),
    ("contacts", {"full_name": "A" * 201, "role": "elder"}, "Họ và tên: dài 201 ký tự, quá giới hạn 200 ký tự."),
    ("models", {"name": "Mô hình", "field": "economy", "year_started": 2024, "status": "built",
                "households": 1_000_000}, "Số hộ tham gia: 1.000.000 vượt quá giới hạn 100.000 hộ."),
]


def test_a_record_out_of_bounds_is_refused_with_its_field_named(empty_database, small_plan):
    """Every case in one database (each refusal leaves it as it was, which is what is checked)."""
    refusals = []
    for kind, values, _ in RECORDS:
        with pytest.raises(DomainError) as refusal:
            _record(empty_database, small_plan, kind, values)
        refusals.append(str(refusal.value))
    assert refusals == [f"Chưa lưu. {message}" for _, _, message in RECORDS]
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Làng Mới").village_id
        assert all(village_records(session, kind, village_id) == [] for kind, _, _ in RECORDS)


def test_the_largest_amount_allowed_is_stored_and_read_back(empty_database, small_plan):
    village_id = _record(empty_database, small_plan, "contributions", MONEY | {"amount": 10**13})
    with empty_database.session() as session:
        assert [c.amount for c in village_records(session, "contributions", village_id)] == [10**13]


def test_a_years_minority_households_above_the_villages_households_are_refused(empty_database, small_plan):
    """Làng Đắk has 80 households in the plan annex: 80 minority households are stored, 81 (a change) and 1.250
    (a new year) are refused, and what was stored stays."""
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Làng Đắk").village_id

    def save(values, record_id=None):
        with empty_database.unit_of_work(OFFICER) as uow:
            return save_record(uow, kind="households", plan_id=small_plan.id, village_id=village_id, values=values,
                               record_id=record_id)

    record_id = save(HOUSEHOLDS | {"minority_households": 80})
    refusals = []
    for values, changed in ((HOUSEHOLDS | {"minority_households": 81}, record_id),
                            (HOUSEHOLDS | {"year": 2024, "minority_households": 1250}, None)):
        with pytest.raises(DomainError) as refusal:
            save(values, changed)
        refusals.append(str(refusal.value))
    assert refusals == ["Chưa lưu. Tổng số hộ ĐBDTTS: 81 lớn hơn số hộ của thôn (80).",
                        "Chưa lưu. Tổng số hộ ĐBDTTS: 1.250 lớn hơn số hộ của thôn (80)."]
    with empty_database.session() as session:
        assert [(r.year, r.minority_households) for r in village_records(session, "households", village_id)] == [
            (2025, 80)]


def test_a_plan_lowering_a_villages_households_below_a_stored_year_is_taken_and_the_year_listed(empty_database,
                                                                                                  small_plan):
    """The annex is the plan's word on the village: it is taken; the year it now contradicts is for check-data."""
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Làng Đắk").village_id
    with empty_database.unit_of_work(OFFICER) as uow:
        record_id = save_record(uow, kind="households", plan_id=small_plan.id, village_id=village_id,
                                values=HOUSEHOLDS | {"minority_households": 80})
    draft = small_plan_draft()
    draft = dataclasses.replace(draft, assessments=[], villages=[
        dataclasses.replace(village, households=50) if village.place.village == "Làng Đắk" else village
        for village in draft.villages])
    with empty_database.unit_of_work(OFFICER) as uow:
        import_plan(uow, draft=draft)
    with empty_database.session() as session:
        assert session.get(Village, village_id).households == 50
        assert out_of_bounds(session) == [f"Hộ đồng bào DTTS (mã {record_id}), thôn Làng Đắk: Tổng số hộ ĐBDTTS: 80 "
                                          "lớn hơn số hộ của thôn (50)."]


def test_a_plan_whose_village_has_more_minority_households_than_households_is_refused(empty_database):
    draft = small_plan_draft("2-KH/TEST")
    first = draft.villages[0]
    draft.villages[0] = dataclasses.replace(first, households=100, minority_households=200)
    with pytest.raises(DomainError) as refusal, empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=draft)
    assert str(refusal.value) == "Chưa lưu. Số hộ DTTS: 200 lớn hơn số hộ (100)."


def test_an_audit_event_is_cut_to_its_columns_never_refused(empty_database, small_plan):
    with empty_database.unit_of_work(OFFICER) as uow:
        record_change(uow.session, actor=uow.actor, entity="plan", entity_id=small_plan.id, field="*",
                      old=None, new="a\x00b", context="tệp “" + "x" * 10_000 + "”")
        uow.commit()
    with empty_database.session() as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.new_value == "ab")).one()
    assert len(event.context) == 500
    assert event.context.endswith("x…")


def test_every_text_column_has_a_limit_and_a_vietnamese_name():
    texts = [(table.name, column.name) for table in metadata.tables.values() for column in table.columns
             if isinstance(getattr(column.type, "impl_instance", column.type), String)
             and not isinstance(column.type, Enum)]
    unnamed = [where for where in texts if "." in label(*where) or label(*where).isascii()]
    unbounded = [where for where in texts if max_length(*where) is None]
    assert texts and unnamed == [] and unbounded == []
