"""Evidence files attached to a criterion or a record (domain/attaching.py, domain/attachments.py): stored once per
content, listed and counted, removed with an audit row that names them, put back from the history; refused, with
nothing written, for the role, the lock, the limits and a file that is not what it says."""

import re
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, update
from sqlmodel import select

from domain import attaching
from domain.access import Forbidden, Principal
from domain.attaching import attach_file, remove_attachment
from domain.attachments import (
    CHUNK_BYTES,
    Attachment,
    AttachTarget,
    ContentChunk,
    DamagedContent,
    FileContent,
    attachment_content,
    attachment_counts,
    list_attachments,
    record_attachment_counts,
    thumbnails,
    village_sheet_attachments,
    village_year_attachments,
)
from domain.audit import AuditEvent
from domain.criteria import Criterion
from domain.errors import NotFound
from domain.evidence_files import FileRefused
from domain.history import HistoryFilter, history
from domain.places import find_place
from domain.query_chunks import IN_LIMIT
from domain.recording import delete_record, save_record
from domain.restoring import can_restore, restore_value
from domain.review_locks import VillageYearLocked
from domain.review_rounds import YearClosure
from domain.users import Role
from domain.village_records import Visit
from tests.conftest import ACTOR, OFFICER
from tests.evidence import jpeg_bytes, noise_jpeg, pdf_bytes, png_bytes

TEAM_LEAD = Principal(name="to", role=Role.TEAM_LEAD, full_name="Nguyễn Văn Tổ", member_name="Nguyễn Văn Tổ")
VIEWER = Principal(name="xem", role=Role.VIEWER, full_name="Người Xem")


def _village(db, plan, name="Thôn 1", commune="Xã Một"):
    with db.session() as session:
        return find_place(session, plan.id, f"{name}, {commune}").village_id


def _criterion(db, plan, number=2):
    with db.session() as session:
        return session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id,
                                                       Criterion.number == number)).one()


def _attach(db, plan, target, name="Biên bản.pdf", content=None, user=OFFICER, **options):
    with db.unit_of_work(user) as uow:
        return attach_file(uow, plan_id=plan.id, target=target, name=name,
                           content=pdf_bytes() if content is None else content, **options)


def _counts(db) -> tuple[int, int, int, int]:
    """Contents, chunks, attachments, audit rows (refusals apart)."""
    with db.session() as session:
        return tuple(session.exec(select(func.count()).select_from(table).where(*where)).one() for table, where in (
            (FileContent, ()), (ContentChunk, ()), (Attachment, ()), (AuditEvent, (AuditEvent.entity != "refusal",))))


@pytest.fixture
def target(empty_database, small_plan):
    return AttachTarget.of_criterion(_village(empty_database, small_plan), _criterion(empty_database, small_plan),
                                     2025)


def test_a_file_attached_to_a_criterion_is_listed_counted_and_read_back(empty_database, small_plan, target):
    content = pdf_bytes(2)
    info = _attach(empty_database, small_plan, target, "Biên bản nghiệm thu.pdf", content)
    assert (info.name, info.media_type, info.size, info.added_by, info.year) == (
        "Biên bản nghiệm thu.pdf", "application/pdf", len(content), ACTOR, 2025)
    with empty_database.session() as session:
        assert list_attachments(session, target=target) == [info]
        assert attachment_counts(session, village_id=target.village_id, year=2025) == {target.criterion_id: 1}
        assert attachment_counts(session, village_id=target.village_id, year=2024) == {}
        assert attachment_content(session, info.id) == content
        event = session.exec(select(AuditEvent).where(AuditEvent.entity == "attachment")).one()
    assert (event.field, event.old_value, event.new_value, event.village_id) == (
        "name", None, "Biên bản nghiệm thu.pdf", target.village_id)
    assert f"sha256={info.sha256}" in event.context


def test_the_same_file_attached_twice_is_stored_once(empty_database, small_plan, target):
    content = jpeg_bytes()
    other = AttachTarget.of_criterion(target.village_id, _criterion(empty_database, small_plan, 3), 2025)
    first = _attach(empty_database, small_plan, target, "nha-van-hoa.jpg", content)
    second = _attach(empty_database, small_plan, other, "anh khac ten.jpg", content)
    assert first.sha256 == second.sha256 and first.id != second.id
    assert _counts(empty_database)[:3] == (1, 1, 2)
    with empty_database.session() as session:
        assert [a.name for a in village_year_attachments(session, village_id=target.village_id, year=2025)] == [
            "nha-van-hoa.jpg", "anh khac ten.jpg"]
        assert set(thumbnails(session, [first.sha256])) == {first.sha256}
        unknown = [f"{number:064x}" for number in range(2 * IN_LIMIT)]
        assert set(thumbnails(session, [*unknown, first.sha256])) == {first.sha256}, "asked in three queries"


def test_a_big_file_is_stored_in_chunks_and_read_back_whole_with_progress(empty_database, small_plan, target):
    content = pdf_bytes(padding=3 * CHUNK_BYTES)
    seen = []
    info = _attach(empty_database, small_plan, target, "quet.pdf", content, progress=lambda d, t: seen.append((d, t)))
    chunks = -(-len(content) // CHUNK_BYTES)
    assert _counts(empty_database)[:2] == (1, chunks)
    assert seen[-1] == (len(content), len(content)) and len(seen) == chunks
    with empty_database.session() as session:
        assert attachment_content(session, info.id) == content


def test_a_cancel_during_the_upload_writes_nothing(empty_database, small_plan, target):
    before = _counts(empty_database)

    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _attach(empty_database, small_plan, target, "quet.pdf", pdf_bytes(padding=2 * CHUNK_BYTES), progress=cancel)
    assert _counts(empty_database) == before


def test_the_same_file_on_the_same_criterion_twice_is_refused(empty_database, small_plan, target):
    _attach(empty_database, small_plan, target, "a.pdf")
    before = _counts(empty_database)
    with pytest.raises(FileRefused, match="đã có tệp này \\(cùng nội dung, tên “a.pdf”\\)"):
        _attach(empty_database, small_plan, target, "b.pdf")
    assert _counts(empty_database) == before


def test_a_refused_file_writes_nothing(empty_database, small_plan, target):
    before = _counts(empty_database)
    with pytest.raises(FileRefused, match="^Tệp “anh.pdf”: tên tệp ghi là PDF nhưng nội dung là ảnh PNG"):
        _attach(empty_database, small_plan, target, "anh.pdf", png_bytes())
    assert _counts(empty_database) == before


def test_the_village_year_limit_is_kept(empty_database, small_plan, target, monkeypatch):
    first = noise_jpeg(600_000)
    monkeypatch.setattr(attaching, "MAX_VILLAGE_YEAR_BYTES", len(first) + 1000)
    _attach(empty_database, small_plan, target, "anh1.jpg", first)
    before = _counts(empty_database)
    with pytest.raises(FileRefused, match="thêm tệp này sẽ quá giới hạn .* một thôn một năm"):
        _attach(empty_database, small_plan, target, "anh2.jpg", jpeg_bytes(800, 600, "#123456"))
    assert _counts(empty_database) == before
    next_year = AttachTarget.of_criterion(target.village_id, target.criterion_id, 2026)
    _attach(empty_database, small_plan, next_year, "anh2.jpg", jpeg_bytes(800, 600, "#123456"))


def test_a_team_lead_attaches_to_the_village_they_lead_only(empty_database, small_plan, target):
    assert _attach(empty_database, small_plan, target, "a.pdf", user=TEAM_LEAD).added_by == "to"
    other = AttachTarget.of_criterion(_village(empty_database, small_plan, "Làng Đắk"), target.criterion_id, 2025)
    before = _counts(empty_database)
    with pytest.raises(Forbidden, match="tổ trưởng chỉ sửa được thôn"):
        _attach(empty_database, small_plan, other, "b.pdf", user=TEAM_LEAD)
    with pytest.raises(Forbidden):
        _attach(empty_database, small_plan, target, "c.pdf", content=pdf_bytes(2), user=VIEWER)
    assert _counts(empty_database) == before


def test_a_closed_year_refuses_a_new_file_and_a_removal(empty_database, small_plan, target):
    info = _attach(empty_database, small_plan, target, "a.pdf")
    with empty_database.session() as session:
        session.add(YearClosure(plan_id=small_plan.id, year=2025, closed_by=ACTOR, closed_at=datetime.now(UTC),
                                note=""))
        session.commit()
    with pytest.raises(VillageYearLocked, match="^Chưa đính kèm"):
        _attach(empty_database, small_plan, target, "b.pdf", pdf_bytes(2))
    with pytest.raises(VillageYearLocked, match="^Chưa gỡ tệp"), empty_database.unit_of_work(OFFICER) as uow:
        remove_attachment(uow, plan_id=small_plan.id, attachment_id=info.id)


def test_files_attach_to_every_kind_of_village_record(empty_database, small_plan):
    village_id = _village(empty_database, small_plan)
    values = {
        "visits": {"day": date(2025, 3, 4), "people": "Tổ hỗ trợ"},
        "concerns": {"raised_on": date(2025, 4, 1), "text": "Thiếu nước", "status": "open"},
        "models": {"name": "Tổ tự quản", "field": "economy", "year_started": 2024, "status": "built"},
        "contributions": {"day": date(2025, 2, 1), "source_kind": "person", "source_name": "Ông A", "kind": "money",
                          "amount": 5_000_000},
        "initiatives": {"title": "Đường hoa", "year": 2025, "status": "planned"},
        "households": {"year": 2025, "minority_households": 100},
        "contacts": {"full_name": "Già làng A Blao", "role": "elder"},
    }
    for number, (kind, fields) in enumerate(values.items()):
        with empty_database.unit_of_work(OFFICER) as uow:
            record_id = save_record(uow, kind=kind, plan_id=small_plan.id, village_id=village_id, values=fields)
        target = AttachTarget.of_record(village_id, kind, record_id)
        info = _attach(empty_database, small_plan, target, f"{kind}.png", png_bytes(100 + number, 80))
        with empty_database.session() as session:
            assert list_attachments(session, target=target) == [info]
            assert record_attachment_counts(session, village_id=village_id)[kind] == {record_id: 1}
        expected_year = {"visits": 2025, "concerns": 2025, "contributions": 2025, "initiatives": 2025,
                         "households": 2025}.get(kind, date.today().year)
        assert info.year == expected_year


def test_a_removed_file_is_in_the_history_and_its_content_is_kept(empty_database, small_plan, target):
    info = _attach(empty_database, small_plan, target, "Quyết định.pdf")
    with empty_database.unit_of_work(OFFICER) as uow:
        remove_attachment(uow, plan_id=small_plan.id, attachment_id=info.id)
    assert _counts(empty_database)[:3] == (1, 1, 0)
    with empty_database.session() as session:
        removal, attached = history(session, HistoryFilter.of_village(target.village_id))[:2]
    assert (removal.kind, removal.subject, removal.field, removal.old, removal.new, removal.note) == (
        "Tệp minh chứng", "Tiêu chí 2 – 2025", "Tệp", "Quyết định.pdf", "—", "gỡ tệp")
    assert (attached.old, attached.new) == ("—", "Quyết định.pdf")


def test_a_removed_file_is_restored_from_the_history(empty_database, small_plan, target):
    content = pdf_bytes(3)
    info = _attach(empty_database, small_plan, target, "Quyết định.pdf", content)
    with empty_database.unit_of_work(OFFICER) as uow:
        remove_attachment(uow, plan_id=small_plan.id, attachment_id=info.id)
    with empty_database.session() as session:
        removal = session.exec(select(AuditEvent).where(AuditEvent.entity == "attachment",
                                                        AuditEvent.new_value.is_(None))).one()
    assert can_restore(removal.entity, removal.field)
    with empty_database.unit_of_work(OFFICER) as uow:
        assert restore_value(uow, removal.id, small_plan.id) == "Đã khôi phục tệp “Quyết định.pdf”."
    with empty_database.session() as session:
        (back,) = list_attachments(session, target=target)
        assert (back.name, back.sha256) == ("Quyết định.pdf", info.sha256) and back.id != info.id
        assert attachment_content(session, back.id) == content
        newest = history(session, HistoryFilter.of_village(target.village_id))[0]
    assert (newest.new, newest.note) == ("Quyết định.pdf", "khôi phục")


def test_restoring_an_attachment_event_removes_the_file(empty_database, small_plan, target):
    _attach(empty_database, small_plan, target, "nham.pdf")
    with empty_database.session() as session:
        attached = session.exec(select(AuditEvent).where(AuditEvent.entity == "attachment")).one()
    with empty_database.unit_of_work(OFFICER) as uow:
        assert restore_value(uow, attached.id, small_plan.id) == "Đã gỡ tệp “nham.pdf”."
    with empty_database.session() as session:
        assert list_attachments(session, target=target) == []


def test_stored_bytes_changed_outside_the_program_are_not_handed_out(empty_database, small_plan, target):
    info = _attach(empty_database, small_plan, target, "a.pdf")
    with empty_database.session() as session:
        session.execute(update(ContentChunk).values(data=b"%PDF-1.4 changed"))
        session.commit()
        with pytest.raises(DamagedContent, match="không còn đúng mã kiểm tra SHA-256"):
            attachment_content(session, info.id)
    with pytest.raises(DamagedContent):
        _attach(empty_database, small_plan, AttachTarget.of_criterion(target.village_id, target.criterion_id, 2026),
                "a.pdf")



def test_a_deleted_record_takes_its_files_with_it_in_the_history(empty_database, small_plan):
    village_id = _village(empty_database, small_plan)
    with empty_database.unit_of_work(OFFICER) as uow:
        visit = save_record(uow, kind="visits", plan_id=small_plan.id, village_id=village_id,
                            values={"day": date(2025, 3, 4), "people": "Tổ hỗ trợ"})
    target = AttachTarget.of_record(village_id, "visits", visit)
    _attach(empty_database, small_plan, target, "Biên bản làm việc.pdf")
    with empty_database.unit_of_work(OFFICER) as uow:
        delete_record(uow, kind="visits", plan_id=small_plan.id, village_id=village_id, record_id=visit)
    assert _counts(empty_database)[:3] == (1, 1, 0)
    with empty_database.session() as session:
        removal = next(row for row in history(session, HistoryFilter.of_village(village_id))
                       if row.kind == "Tệp minh chứng")
    assert (removal.subject, removal.old, removal.note) == ("Đi cơ sở – 2025", "Biên bản làm việc.pdf",
                                                           "gỡ tệp cùng bản ghi")


def _visit_with_files(db, plan, village_id, files: dict[str, bytes]) -> int:
    with db.unit_of_work(OFFICER) as uow:
        visit = save_record(uow, kind="visits", plan_id=plan.id, village_id=village_id,
                            values={"day": date(2025, 3, 4), "people": "Tổ hỗ trợ"})
    for name, content in files.items():
        _attach(db, plan, AttachTarget.of_record(village_id, "visits", visit), name, content)
    return visit


def _deletion(db, plan, village_id, visit) -> int:
    """Delete the visit; the id of its deletion's audit row of 'people' (the row the history offers to restore)."""
    with db.unit_of_work(OFFICER) as uow:
        delete_record(uow, kind="visits", plan_id=plan.id, village_id=village_id, record_id=visit)
    with db.session() as session:
        return session.exec(select(AuditEvent.id).where(AuditEvent.entity == "visit", AuditEvent.entity_id == visit,
                                                        AuditEvent.field == "people")
                            .order_by(AuditEvent.id.desc())).first()


def test_a_deleted_record_restored_from_the_history_has_its_files_back(empty_database, small_plan):
    db, village_id = empty_database, _village(empty_database, small_plan)
    files = {"Biên bản làm việc.pdf": pdf_bytes(2), "ảnh buổi họp.jpg": jpeg_bytes(320, 240, "#336699"),
             "nháp.pdf": pdf_bytes(3)}
    visit = _visit_with_files(db, small_plan, village_id, files)
    with db.session() as session:
        draft = next(info for info in list_attachments(session, target=AttachTarget.of_record(
            village_id, "visits", visit)) if info.name == "nháp.pdf")
    with db.unit_of_work(OFFICER) as uow:  # removed by itself before the deletion: stays removed
        remove_attachment(uow, plan_id=small_plan.id, attachment_id=draft.id)
    deletion = _deletion(db, small_plan, village_id, visit)
    contents = _counts(db)[:2]

    with db.unit_of_work(OFFICER) as uow:
        assert restore_value(uow, deletion, small_plan.id) == (
            "Đã khôi phục bản ghi “Đi cơ sở” đã xóa, cùng 2 tệp đính kèm.")
    with db.session() as session:
        [back] = session.exec(select(Visit.id).where(Visit.village_id == village_id)).all()
        restored = list_attachments(session, target=AttachTarget.of_record(village_id, "visits", back))
        assert [info.name for info in restored] == ["Biên bản làm việc.pdf", "ảnh buổi họp.jpg"]
        assert [attachment_content(session, info.id) for info in restored] == [
            files["Biên bản làm việc.pdf"], files["ảnh buổi họp.jpg"]]
        assert [(info.year, info.added_by) for info in restored] == [(2025, ACTOR)] * 2
        assert record_attachment_counts(session, village_id=village_id) == {"visits": {back: 2}}
        rows = [row for row in history(session, HistoryFilter.of_village(village_id)) if row.kind == "Tệp minh chứng"]
    assert _counts(db)[:2] == contents, "the contents kept are linked to again, not stored anew"
    assert back != visit
    assert [(row.subject, row.old, row.new, row.note) for row in rows[:2]] == [
        ("Đi cơ sở – 2025", "—", "ảnh buổi họp.jpg", "khôi phục cùng bản ghi"),
        ("Đi cơ sở – 2025", "—", "Biên bản làm việc.pdf", "khôi phục cùng bản ghi")]


def test_a_deleted_record_whose_files_no_longer_fit_the_year_is_not_restored(empty_database, small_plan, target,
                                                                            monkeypatch):
    db, village_id = empty_database, _village(empty_database, small_plan)
    photo = noise_jpeg(600_000)
    monkeypatch.setattr(attaching, "MAX_VILLAGE_YEAR_BYTES", len(photo) + 1000)
    deletion = _deletion(db, small_plan, village_id, _visit_with_files(db, small_plan, village_id, {"ảnh.jpg": photo}))
    _attach(db, small_plan, target, "Quyết định.pdf", pdf_bytes(2))  # the year's room taken meanwhile
    before = _counts(db)
    with pytest.raises(FileRefused, match="^Tệp “ảnh.jpg” .* sẽ quá giới hạn .* một thôn một năm"), \
            db.unit_of_work(OFFICER) as uow:
        restore_value(uow, deletion, small_plan.id)
    assert _counts(db) == before
    with db.session() as session:
        assert session.exec(select(Visit).where(Visit.village_id == village_id)).all() == []


def test_a_deleted_record_with_files_is_not_restored_into_a_closed_year(empty_database, small_plan):
    db, village_id = empty_database, _village(empty_database, small_plan)
    deletion = _deletion(db, small_plan, village_id,
                         _visit_with_files(db, small_plan, village_id, {"Biên bản.pdf": pdf_bytes()}))
    with db.session() as session:
        session.add(YearClosure(plan_id=small_plan.id, year=2025, closed_by=ACTOR, closed_at=datetime.now(UTC),
                                note=""))
        session.commit()
    before = _counts(db)
    with pytest.raises(VillageYearLocked), db.unit_of_work(OFFICER) as uow:
        restore_value(uow, deletion, small_plan.id)
    assert _counts(db) == before


def test_the_same_bytes_stored_at_the_same_moment_by_someone_else_are_linked_to(backend, empty_database, small_plan,
                                                                             target, monkeypatch):
    if backend == "sqlite":
        pytest.skip("one writer at a time on SQLite: nobody else stores meanwhile")
    content = jpeg_bytes(320, 240, "#884422")
    other = AttachTarget.of_criterion(target.village_id, _criterion(empty_database, small_plan, 3), 2025)
    first = _attach(empty_database, small_plan, other, "cua-ho.jpg", content)
    real_get, looked_up = type(empty_database.session()).get, []

    def not_yet_seen(session, entity, key, *args, **kwargs):
        """The content's first look-up came before the other session committed it: not there yet."""
        if entity is FileContent and not looked_up:
            looked_up.append(key)
            return None
        return real_get(session, entity, key, *args, **kwargs)

    monkeypatch.setattr(type(empty_database.session()), "get", not_yet_seen)
    second = _attach(empty_database, small_plan, target, "cua-toi.jpg", content)
    monkeypatch.undo()
    assert second.sha256 == first.sha256 and _counts(empty_database)[:3] == (1, 1, 2)
    with empty_database.session() as session:
        assert attachment_content(session, second.id) == content


def test_a_record_moved_to_another_year_takes_its_files_there(empty_database, small_plan):
    village_id = _village(empty_database, small_plan)
    values = {"day": date(2025, 3, 4), "people": "Tổ hỗ trợ"}
    with empty_database.unit_of_work(OFFICER) as uow:
        visit = save_record(uow, kind="visits", plan_id=small_plan.id, village_id=village_id, values=values)
    _attach(empty_database, small_plan, AttachTarget.of_record(village_id, "visits", visit), "Biên bản.pdf")
    with empty_database.unit_of_work(OFFICER) as uow:
        save_record(uow, kind="visits", plan_id=small_plan.id, village_id=village_id, record_id=visit,
                    values={**values, "day": date(2024, 12, 30)})
    with empty_database.session() as session:
        assert [info.name for info in village_year_attachments(session, village_id=village_id, year=2024)] == [
            "Biên bản.pdf"]
        assert village_year_attachments(session, village_id=village_id, year=2025) == []
        # a sheet of any year is offered the record's files and prints those of the records it shows
        assert [info.name for info in village_sheet_attachments(session, village_id=village_id, year=2025)] == [
            "Biên bản.pdf"]


def _file_removal(db, name) -> int:
    """The id of the newest audit row removing the file `name` (the row the history offers to restore)."""
    with db.session() as session:
        return session.exec(select(AuditEvent.id).where(AuditEvent.entity == "attachment", AuditEvent.old_value == name,
                                                        AuditEvent.new_value.is_(None))
                            .order_by(AuditEvent.id.desc())).first()


def test_a_file_of_a_deleted_record_is_restored_with_its_record_and_the_refusal_says_so(empty_database, small_plan):
    db, village_id = empty_database, _village(empty_database, small_plan)
    visit = _visit_with_files(db, small_plan, village_id, {"Biên bản.pdf": pdf_bytes(2), "nháp.pdf": pdf_bytes(3)})
    with db.session() as session:
        draft = next(info for info in list_attachments(session, target=AttachTarget.of_record(
            village_id, "visits", visit)) if info.name == "nháp.pdf")
    with db.unit_of_work(OFFICER) as uow:
        remove_attachment(uow, plan_id=small_plan.id, attachment_id=draft.id)
    deletion = _deletion(db, small_plan, village_id, visit)
    before = _counts(db)

    with pytest.raises(NotFound) as refused, db.unit_of_work(OFFICER) as uow:
        restore_value(uow, _file_removal(db, "Biên bản.pdf"), small_plan.id)
    assert re.fullmatch(
        "Không khôi phục được riêng tệp “Biên bản.pdf”: bản ghi “Đi cơ sở” năm 2025 của tệp đã bị xóa \\(tester xóa "
        "lúc [0-9:/ ]+\\), tệp được gỡ cùng bản ghi. Hãy khôi phục bản ghi \\(một dòng xóa của bản ghi trong lịch sử, "
        "hoặc Hoàn tác nếu vừa xóa\\): bản ghi trở lại cùng các tệp đã gỡ cùng nó, có tệp này.", str(refused.value))
    with pytest.raises(NotFound, match="^Không khôi phục được tệp “nháp.pdf”: bản ghi “Đi cơ sở” năm 2025 của tệp đã "
                                       ".*gỡ riêng trước khi xóa bản ghi nên không trở lại cùng bản ghi: hãy khôi phục "
                                       "bản ghi .*rồi đính kèm lại tệp"), db.unit_of_work(OFFICER) as uow:
        restore_value(uow, _file_removal(db, "nháp.pdf"), small_plan.id)
    assert _counts(db) == before

    with db.unit_of_work(OFFICER) as uow:  # as the refusal says: the record, and its file with it
        restore_value(uow, deletion, small_plan.id)
    with pytest.raises(NotFound) as refused, db.unit_of_work(OFFICER) as uow:
        restore_value(uow, _file_removal(db, "Biên bản.pdf"), small_plan.id)
    assert re.fullmatch("Không cần khôi phục tệp “Biên bản.pdf”: bản ghi “Đi cơ sở” năm 2025 của tệp đã bị xóa "
                        "\\(tester .*\\) rồi được khôi phục, tệp đã trở lại cùng bản ghi.", str(refused.value))
