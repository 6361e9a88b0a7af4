"""Evidence files on the shared server (storage/server_policies.py): a team lead attaches files to the villages it
leads only, through the program as with psql; nobody but the owner changes or deletes a stored content; the server
audits the attachment and the content's row, not the bytes."""

import pytest
from sqlalchemy.engine import make_url
from sqlmodel import select

from domain.access import Forbidden
from domain.attaching import attach_file, remove_attachment
from domain.attachments import AttachTarget, attachment_content
from domain.audit import SERVER_FIELD
from domain.criteria import Criterion
from domain.plan import Plan
from storage.database import open_database
from storage.server_accounts import login_role
from tests.conftest import ACTOR
from tests.evidence import jpeg_bytes, pdf_bytes
from tests.storage.served import PASSWORD, lead_principal, refused, served_database  # noqa: F401  (the fixture `served`)


def _open_as(served, username: str):
    url = make_url(served.url).set(username=login_role(served.name, username), password=PASSWORD)
    return open_database(url.render_as_string(hide_password=False), actor=ACTOR)


def test_a_team_lead_attaches_to_its_village_through_the_program_and_the_server_audits_it(served):
    content = jpeg_bytes()
    database = _open_as(served, "lan")
    try:
        with database.session() as session:
            plan = session.exec(select(Plan).order_by(Plan.id)).first()
            criterion = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                     .order_by(Criterion.number)).first()
        own = AttachTarget.of_criterion(served.own_village, criterion, plan.last_year)
        with database.unit_of_work(lead_principal(served)) as uow:
            info = attach_file(uow, plan_id=plan.id, target=own, name="Nhà văn hóa.jpg", content=content)
        with database.session() as session:
            assert attachment_content(session, info.id) == content
        other = AttachTarget.of_criterion(served.other_village, criterion, plan.last_year)
        with pytest.raises(Forbidden), database.unit_of_work(lead_principal(served)) as uow:
            attach_file(uow, plan_id=plan.id, target=other, name="Khác.pdf", content=pdf_bytes())
        with database.unit_of_work(lead_principal(served)) as uow:
            remove_attachment(uow, plan_id=plan.id, attachment_id=info.id)
    finally:
        database.close()
    with served.owner() as owner:
        rows = owner.execute("SELECT entity, field, actor, village_id FROM auditevent WHERE entity IN "
                             "('attachment', 'filecontent', 'contentchunk') ORDER BY id").fetchall()
    server = [row for row in rows if row[1].startswith(SERVER_FIELD)]
    assert [(entity, field) for entity, field, *_ in server] == [
        ("filecontent", "(máy chủ) INSERT"), ("attachment", "(máy chủ) INSERT"), ("attachment", "(máy chủ) DELETE")]
    assert {actor for _, _, actor, _ in rows} == {"lan"}
    assert [village for entity, _, _, village in server if entity == "attachment"] == [served.own_village] * 2


def test_with_psql_a_team_lead_cannot_attach_elsewhere_and_nobody_changes_a_content(served):
    insert = ("INSERT INTO attachment (village_id, year, criterion_id, name, media_type, size, sha256, added_by, "
              "added_at) VALUES (%s, 2030, (SELECT min(id) FROM criterion), 'x.pdf', 'application/pdf', 1, %s, 'lan', "
              "now())")
    digest = "ab" * 32
    with served.as_account("lan") as lead:
        lead.execute("INSERT INTO filecontent (sha256, size, media_type, chunks, stored_at) "
                     "VALUES (%s, 1, 'application/pdf', 1, now())", (digest,))
        lead.execute("INSERT INTO contentchunk (sha256, seq, data) VALUES (%s, 0, '\\x25'::bytea)", (digest,))
        lead.execute(insert, (served.own_village, digest))
        assert refused(lead, insert, served.other_village, digest)
        for statement in ("UPDATE contentchunk SET data = '\\x00'::bytea", "DELETE FROM contentchunk",
                          "UPDATE filecontent SET size = 2", "DELETE FROM filecontent"):
            assert refused(lead, statement), statement
    with served.as_account("chanh") as secretariat:
        for statement in ("UPDATE contentchunk SET data = '\\x00'::bytea", "DELETE FROM filecontent"):
            assert refused(secretariat, statement), statement
        secretariat.execute(insert, (served.other_village, digest))
    with served.as_account("xem") as viewer:
        assert viewer.execute("SELECT count(*) FROM contentchunk").fetchone() == (1,)
        assert refused(viewer, "INSERT INTO contentchunk (sha256, seq, data) VALUES (%s, 1, '\\x00'::bytea)", digest)


def test_with_psql_nobody_attaches_to_a_closed_year_but_to_a_model_or_a_contact(served):
    digest = "cd" * 32
    with served.owner() as owner:
        owner.execute("INSERT INTO filecontent (sha256, size, media_type, chunks, stored_at) "
                      "VALUES (%s, 1, 'application/pdf', 1, now())", (digest,))
        owner.execute("INSERT INTO yearclosure (plan_id, year, closed_by, closed_at, note) "
                      "SELECT min(id), 2030, 'chanh', now(), '' FROM plan")
        contact = owner.execute("INSERT INTO villagecontact (village_id, full_name, role, phone, note, version) "
                                "VALUES (%s, 'Già làng A', 'elder', '', '', 1) RETURNING id",
                                (served.own_village,)).fetchone()[0]
    columns = "village_id, year, name, media_type, size, sha256, added_by, added_at"
    to_criterion = (f"INSERT INTO attachment ({columns}, criterion_id) VALUES (%s, 2030, 'x.pdf', 'application/pdf', "
                    "1, %s, 'lan', now(), (SELECT min(id) FROM criterion))")
    to_contact = (f"INSERT INTO attachment ({columns}, record_table, record_id) VALUES (%s, 2030, 'y.pdf', "
                  "'application/pdf', 1, %s, 'lan', now(), 'villagecontact', %s)")
    for username in ("lan", "chanh"):
        with served.as_account(username) as connection:
            assert refused(connection, to_criterion, served.own_village, digest), username
    with served.as_account("lan") as lead:
        lead.execute(to_contact, (served.own_village, digest, contact))
