"""The change history: changes made through the use cases by two people in two villages, read back by village,
criterion, record, person, days and kind, with the words and values a reader reads; a few queries whatever the
number of changes."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event
from sqlmodel import select

from domain.access import Principal
from domain.agencies import Agency
from domain.assessing import set_assessment
from domain.audit import AuditEvent
from domain.criteria import Criterion, CriterionStatus
from domain.history import (
    HistoryFilter,
    describe_filter,
    history,
    history_count,
    history_kinds,
    history_people,
)
from domain.places import find_place
from domain.recording import delete_record, save_record
from domain.users import Role, UserAccount
from domain.village_records import ContactRole, ModelField, ModelStatus
from tests.conftest import ACTOR, OFFICER

BICH = Principal(name="bich", role=Role.SECRETARIAT, full_name="Trần Thị Bích")
BICH_SHOWN = "Trần Thị Bích (bich)"
DAK = "Làng Đắk, Xã Một"
MOI = "Làng Mới, Xã Ba"
MODEL = "Mô hình “Dân vận khéo”"


@dataclass
class Changes:
    dak: int
    moi: int
    criterion_2: int
    model_id: int
    contact_id: int


def _criterion(session, plan, number: int) -> int:
    return session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id,
                                                   Criterion.number == number)).one()


def _assess(db, user, plan, village_id, criterion_id, year, **values):
    with db.unit_of_work(user) as uow:
        set_assessment(uow, plan_id=plan.id, village_id=village_id, criterion_id=criterion_id, year=year, **values)


def _save(db, user, plan, village_id, kind, record_id=None, **values):
    with db.unit_of_work(user) as uow:
        return save_record(uow, kind=kind, plan_id=plan.id, village_id=village_id, values=values,
                           record_id=record_id)


@pytest.fixture
def changes(empty_database, small_plan) -> Changes:
    """Người thử (tester, no account) and Trần Thị Bích (account bich) change Làng Đắk and Làng Mới."""
    db, plan = empty_database, small_plan
    with db.session() as session:
        session.add(UserAccount(username="bich", full_name="Trần Thị Bích", role=Role.SECRETARIAT, password_hash="-",
                                created_at=datetime.now(UTC)))
        session.commit()
        dak = find_place(session, plan.id, "Làng Đắk").village_id
        moi = find_place(session, plan.id, "Làng Mới").village_id
        criterion_2, criterion_3 = _criterion(session, plan, 2), _criterion(session, plan, 3)
        agency_id = session.exec(select(Agency.id).where(Agency.name == "Sở Một")).one()
    _assess(db, OFFICER, plan, dak, criterion_2, 2024, status=CriterionStatus.MET)
    _assess(db, BICH, plan, dak, criterion_2, 2025, status=CriterionStatus.IN_PROGRESS, evidence="Biên bản họp thôn")
    _assess(db, BICH, plan, dak, criterion_3, 2024, note="Chờ vốn")
    model_id = _save(db, OFFICER, plan, dak, "models", name="Nuôi bò sinh sản", field=ModelField.ECONOMY,
                     year_started=2024, status=ModelStatus.BUILT, households=1250, agency_id=agency_id)
    _save(db, BICH, plan, dak, "models", record_id=model_id, name="Nuôi bò sinh sản", field=ModelField.ECONOMY,
          year_started=2024, status=ModelStatus.REPLICATED, households=1250, agency_id=agency_id)
    contact_id = _save(db, OFFICER, plan, moi, "contacts", full_name="A Blong", role=ContactRole.ELDER)
    with db.unit_of_work(BICH) as uow:
        delete_record(uow, kind="contacts", plan_id=plan.id, village_id=moi, record_id=contact_id)
    return Changes(dak, moi, criterion_2, model_id, contact_id)


def _read(db, flt: HistoryFilter):
    with db.session() as session:
        return history(session, flt)


def _seen(rows):
    """What a reader reads in each row, newest first."""
    return [(row.who, row.kind, row.subject, row.field, row.old, row.new) for row in rows]


def test_the_history_of_a_village_reads_as_people_read_it(empty_database, changes):
    rows = _read(empty_database, HistoryFilter.of_village(changes.dak))
    assert _seen(rows) == [
        (BICH_SHOWN, MODEL, "Nuôi bò sinh sản", "Tình trạng", "Xây dựng", "Nhân rộng"),
        (ACTOR, MODEL, "Nuôi bò sinh sản", "Cơ quan giúp đỡ", "—", "Sở Một"),
        (ACTOR, MODEL, "Nuôi bò sinh sản", "Số hộ tham gia", "—", "1.250"),
        (ACTOR, MODEL, "Nuôi bò sinh sản", "Tình trạng", "—", "Xây dựng"),
        (ACTOR, MODEL, "Nuôi bò sinh sản", "Năm bắt đầu", "—", "2024"),
        (ACTOR, MODEL, "Nuôi bò sinh sản", "Lĩnh vực", "—", "Kinh tế"),
        (ACTOR, MODEL, "Nuôi bò sinh sản", "Tên mô hình", "—", "Nuôi bò sinh sản"),
        (BICH_SHOWN, "Tiêu chí", "3. Điện – 2024", "Ghi chú", "—", "Chờ vốn"),
        (BICH_SHOWN, "Tiêu chí", "2. Giao thông – 2025", "Minh chứng", "—", "Biên bản họp thôn"),
        (BICH_SHOWN, "Tiêu chí", "2. Giao thông – 2025", "Tình trạng", "Chưa đánh giá", "Đang thực hiện"),
        (ACTOR, "Tiêu chí", "2. Giao thông – 2024", "Tình trạng", "Chưa đạt", "Đạt"),
    ]
    assert {row.village for row in rows} == {DAK}
    assert all(datetime.now(UTC) - timedelta(minutes=5) < row.when <= datetime.now(UTC) for row in rows)
    assert rows[-1].context.startswith(f"village={changes.dak}; criterion=2; year=2024")
    assert rows[-1].note == ""
    with empty_database.session() as session:
        assert history_count(session, HistoryFilter.of_village(changes.dak)) == 11
        assert len(history(session, HistoryFilter.of_village(changes.dak), limit=3)) == 3


def test_the_history_of_a_criterion_in_a_village_covers_every_year(empty_database, changes):
    rows = _read(empty_database, HistoryFilter.of_criterion(changes.dak, changes.criterion_2))
    assert [(row.subject, row.field, row.old, row.new) for row in rows] == [
        ("2. Giao thông – 2025", "Minh chứng", "—", "Biên bản họp thôn"),
        ("2. Giao thông – 2025", "Tình trạng", "Chưa đánh giá", "Đang thực hiện"),
        ("2. Giao thông – 2024", "Tình trạng", "Chưa đạt", "Đạt"),
    ]
    assert _read(empty_database, HistoryFilter.of_criterion(changes.moi, changes.criterion_2)) == []


def test_the_history_of_one_record_even_once_deleted(empty_database, changes):
    model = _read(empty_database, HistoryFilter.of_record("models", changes.model_id))
    assert len(model) == 7
    assert model[0].who == BICH_SHOWN
    assert (model[0].old, model[0].new) == ("Xây dựng", "Nhân rộng")

    contact = _read(empty_database, HistoryFilter.of_record("villagecontact", changes.contact_id))
    deleted = [row for row in contact if row.note == "xóa"]
    assert {(row.who, row.village, row.subject) for row in contact} == {
        (BICH_SHOWN, MOI, "A Blong"), (ACTOR, MOI, "A Blong")}
    assert {(row.field, row.old, row.new) for row in deleted} >= {
        ("Họ và tên", "A Blong", "—"), ("Vai trò", "Già làng", "—")}
    assert all(row.who == BICH_SHOWN for row in deleted)
    assert {row.kind for row in contact} == {"Người có uy tín, già làng, trưởng thôn"}
    assert "Điện thoại" not in {row.field for row in contact}  # blank when added, blank when deleted: no change


def test_filtered_by_person(empty_database, changes):
    scope = HistoryFilter.of_village(changes.dak)
    rows = _read(empty_database, scope.narrowed(actor="bich"))
    assert [(row.subject, row.field) for row in rows] == [
        ("Nuôi bò sinh sản", "Tình trạng"), ("3. Điện – 2024", "Ghi chú"), ("2. Giao thông – 2025", "Minh chứng"),
        ("2. Giao thông – 2025", "Tình trạng")]
    assert {row.who for row in rows} == {BICH_SHOWN}
    everywhere = _read(empty_database, HistoryFilter(actor="bich"))
    assert {row.village for row in everywhere} == {DAK, MOI}
    with empty_database.session() as session:
        assert history_people(session, scope) == [(ACTOR, ACTOR), ("bich", BICH_SHOWN)]
        assert history_people(session, HistoryFilter.of_record("contacts", changes.contact_id)) == [
            (ACTOR, ACTOR), ("bich", BICH_SHOWN)]
        assert ("bich", BICH_SHOWN) in history_people(session)


def test_filtered_by_days_of_the_readers_clock(empty_database, changes):
    long_ago = datetime.now(UTC) - timedelta(days=10)
    with empty_database.session() as session:
        session.add(AuditEvent(at=long_ago, actor="bich", entity="concern", entity_id=999, field="text",
                               old_value=None, new_value="Thiếu nước sạch", context=f"village={changes.dak}",
                               village_id=changes.dak))
        session.commit()
    scope = HistoryFilter.of_village(changes.dak)
    local_day = long_ago.astimezone().date()
    old = _read(empty_database, scope.narrowed(until=local_day))
    assert _seen(old) == [(BICH_SHOWN, "Khó khăn, kiến nghị", "Thiếu nước sạch", "Nội dung", "—",
                           "Thiếu nước sạch")]
    assert _read(empty_database, scope.narrowed(since=local_day, until=local_day)) == old
    assert _read(empty_database, scope.narrowed(until=local_day - timedelta(days=1))) == []
    recent = _read(empty_database, scope.narrowed(since=local_day + timedelta(days=1)))
    assert len(recent) == 11
    today = _read(empty_database, scope.narrowed(since=date.today(), until=date.today()))
    assert today == recent


def test_filtered_by_kind(empty_database, changes):
    scope = HistoryFilter.of_village(changes.dak)
    models = _read(empty_database, scope.narrowed(kind="communitymodel"))
    assert len(models) == 7 and {row.kind for row in models} == {MODEL}
    checklist = _read(empty_database, scope.narrowed(kind="assessment", actor=ACTOR))
    assert _seen(checklist) == [(ACTOR, "Tiêu chí", "2. Giao thông – 2024", "Tình trạng", "Chưa đạt", "Đạt")]
    kinds = dict(history_kinds())
    assert kinds["assessment"] == "Tiêu chí"
    assert kinds["communitymodel"] == MODEL
    assert kinds["plan"] == "Kế hoạch"
    with empty_database.session() as session:
        assert history_kinds(session, scope.narrowed(kind="plan")) == [
            ("assessment", "Tiêu chí"), ("communitymodel", MODEL)]
        assert [entity for entity, _label in history_kinds(session)] == [
            "assessment", "communitymodel", "villagecontact", "plan"]


def test_plan_events_name_the_plan(empty_database, small_plan):
    rows = _read(empty_database, HistoryFilter(kind="plan"))
    assert [(row.who, row.kind, row.village, row.subject, row.field, row.old, row.new) for row in rows] == [
        (ACTOR, "Kế hoạch", "", "1-KH/TEST", "Tạo kế hoạch", "—", "1-KH/TEST")]
    assert rows[0].note.startswith("tạo kế hoạch")


def test_the_filter_in_words():
    flt = HistoryFilter.of_village(1).narrowed(actor="bich", kind="assessment", since=date(2025, 11, 1),
                                               until=date(2026, 11, 22))
    assert describe_filter(flt, BICH_SHOWN) == (
        f"Người thay đổi: {BICH_SHOWN}; loại: Tiêu chí; từ ngày 01/11/2025 đến ngày 22/11/2026")
    assert describe_filter(HistoryFilter(until=date(2026, 1, 2))) == "Đến ngày 02/01/2026"
    assert describe_filter(HistoryFilter.of_village(1)) == ""


def test_a_few_queries_whatever_the_number_of_changes(empty_database, changes, small_plan):
    with empty_database.session() as session:
        criteria = [_criterion(session, small_plan, number) for number in (1, 2, 3)]
    for year in (2024, 2025, 2026):
        for criterion_id in criteria:
            _assess(empty_database, BICH, small_plan, changes.moi, criterion_id, year, note=f"Ghi chú {year}",
                    evidence=f"Hồ sơ {criterion_id}")
    for number in range(10):
        _save(empty_database, OFFICER, small_plan, changes.moi, "contacts", full_name=f"Người {number}",
              role=ContactRole.PRESTIGIOUS, phone=f"0900 000 {number:03d}")
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(empty_database.engine, "before_cursor_execute", count)
    try:
        rows = _read(empty_database, HistoryFilter())
    finally:
        event.remove(empty_database.engine, "before_cursor_execute", count)
    assert len(rows) > 60
    assert len(statements) <= 10
