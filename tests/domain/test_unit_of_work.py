"""A unit of work commits once or leaves nothing behind."""

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from domain.access import Forbidden, Principal
from domain.agencies import Agency
from domain.audit import AuditEvent
from domain.errors import DomainError
from domain.unit_of_work import UnitOfWork
from domain.users import Role
from tests.conftest import OFFICER


def test_nothing_is_kept_without_commit(empty_database):
    with empty_database.unit_of_work(OFFICER) as uow:
        uow.session.add(Agency(name="Sở Tạm"))
        uow.session.flush()
    with empty_database.session() as session:
        assert session.exec(select(Agency)).all() == []


def test_an_error_rolls_everything_back(empty_database):
    with pytest.raises(RuntimeError), empty_database.unit_of_work(OFFICER) as uow:
        uow.session.add(Agency(name="Sở Tạm"))
        uow.session.flush()
        raise RuntimeError("boom")
    with empty_database.session() as session:
        assert session.exec(select(Agency)).all() == []


def test_commit_keeps_the_change(empty_database):
    with empty_database.unit_of_work(OFFICER) as uow:
        uow.session.add(Agency(name="Sở Giữ"))
        uow.commit()
    with empty_database.session() as session:
        assert [a.name for a in session.exec(select(Agency))] == ["Sở Giữ"]


def test_audit_events_are_never_changed_or_deleted_through_the_application(empty_database, small_plan):
    with empty_database.session() as session:
        event = session.exec(select(AuditEvent)).first()
        before = (event.id, event.actor, event.new_value)
        event.actor = "người khác"
        with pytest.raises(DomainError, match="chỉ được thêm, không được sửa hay xóa"):
            session.commit()
        session.rollback()
        session.delete(session.get(AuditEvent, before[0]))
        with pytest.raises(DomainError, match="không được sửa hay xóa"):
            session.commit()
    with empty_database.session() as session:
        again = session.get(AuditEvent, before[0])
        assert (again.id, again.actor, again.new_value) == before


def test_a_refusal_that_cannot_be_audited_is_still_the_refusal_the_user_is_told(empty_database, caplog):
    """The refusal's audit row is written in a session of its own after the rollback; when that write fails (the
    database gone busy or unreachable meanwhile) the user still gets the Vietnamese refusal, and the log says it."""
    sessions = []

    def factory():
        session = empty_database.session()
        if sessions:  # the refusal's own session: its commit fails
            def failing_commit():
                raise OperationalError("COMMIT", {}, Exception("database is locked"))
            session.commit = failing_commit
        sessions.append(session)
        return session

    viewer = Principal(name="xem", role=Role.VIEWER)
    with pytest.raises(Forbidden, match="Chưa làm"), UnitOfWork(factory, viewer):
        raise Forbidden("Chưa làm: chỉ Văn phòng (thư ký) được sửa kế hoạch.")
    assert len(sessions) == 2
    assert "the refusal of xem could not be audited" in caplog.text
    with empty_database.session() as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.entity == "refusal")).all() == []
