"""The office's document settings: saved by the secretariat, read back, each change audited, refused to others."""

import pytest
from sqlmodel import select

from domain.access import Forbidden, Principal
from domain.audit import AuditEvent
from domain.bounds import OutOfBounds
from domain.document_settings import DocumentSettings, Typeface, save_settings, settings
from domain.users import Role
from tests.conftest import ACTOR, OFFICER

TEAM_LEAD = Principal(name="to", role=Role.TEAM_LEAD, full_name="Nguyễn Văn Tổ", member_name="Nguyễn Văn Tổ")
OFFICE = DocumentSettings(
    issuing_body="Ban Thường vụ Tỉnh ủy", superior_body="Tỉnh ủy Kon Tum", place="Kon Tum",
    signer_capacity="T/M Ban Thường vụ", signer_title="Phó Bí thư Thường trực", signer_name="Nguyễn Văn Bình",
    preparer_title="Chuyên viên", preparer_name="Trần Thị Lập", typeface=Typeface.NOTO_SERIF)


def _audit(database) -> list[tuple]:
    with database.session() as session:
        return session.exec(select(AuditEvent.actor, AuditEvent.field, AuditEvent.old_value, AuditEvent.new_value)
                            .where(AuditEvent.entity == "documentsettings").order_by(AuditEvent.id)).all()


def test_saved_read_back_and_each_changed_field_audited(empty_database):
    with empty_database.session() as session:
        assert settings(session) == DocumentSettings()
    with empty_database.unit_of_work(OFFICER) as uow:
        stored = save_settings(uow, new=OFFICE)
    assert stored == OFFICE
    with empty_database.session() as session:
        assert settings(session) == OFFICE
    events = _audit(empty_database)
    assert len(events) == 9 and all(actor == ACTOR for actor, *_ in events)
    assert (ACTOR, "typeface", "liberation_serif", "noto_serif") in events
    assert (ACTOR, "signer_name", "", "Nguyễn Văn Bình") in events

    with empty_database.unit_of_work(OFFICER) as uow:
        save_settings(uow, new=DocumentSettings(**{**OFFICE.__dict__, "signer_name": "  Lê   Văn Ký "}))
    assert _audit(empty_database)[9:] == [(ACTOR, "signer_name", "Nguyễn Văn Bình", "Lê Văn Ký")]
    with empty_database.unit_of_work(OFFICER) as uow:
        save_settings(uow, new=DocumentSettings(**{**OFFICE.__dict__, "signer_name": "Lê Văn Ký"}))
    assert len(_audit(empty_database)) == 10  # nothing changed, nothing written


def test_a_blank_issuing_body_and_place_are_the_plans(empty_database):
    plain = DocumentSettings(signer_name="Ai đó").for_plan("Tỉnh ủy Thử", "Thử")
    assert (plain.issuing_body, plain.place) == ("Tỉnh ủy Thử", "Thử")
    assert OFFICE.for_plan("Tỉnh ủy Thử", "Thử").issuing_body == "Ban Thường vụ Tỉnh ủy"


def test_a_team_lead_is_refused_and_nothing_is_written(empty_database):
    with pytest.raises(Forbidden) as refusal, empty_database.unit_of_work(TEAM_LEAD) as uow:
        save_settings(uow, new=OFFICE)
    assert str(refusal.value) == ("Chưa làm: chỉ Văn phòng (thư ký) được đổi thiết lập văn bản. Tài khoản “Nguyễn Văn "
                                  "Tổ” có vai trò Tổ trưởng tổ hỗ trợ.")
    with empty_database.session() as session:
        assert settings(session) == DocumentSettings()
    assert _audit(empty_database) == []


def test_a_name_too_long_is_refused_with_the_field_named(empty_database):
    with pytest.raises(OutOfBounds) as refusal, empty_database.unit_of_work(OFFICER) as uow:
        save_settings(uow, new=DocumentSettings(signer_name="x" * 201))
    assert str(refusal.value) == "Chưa lưu. Họ tên người ký: dài 201 ký tự, quá giới hạn 200 ký tự."
