"""A team lead's rows on the shared server are those of the plans in which it leads the village (storage/
server_policies.lead_scope, as domain/access.leads_village and the use cases' checks of the plan decide): here "lan"
leads its village in the 2023–2025 plan only, another person leading it in the 2026–2030 plan that carries it on.
Tried by raw SQL as anyone with psql could, through the program signed in as the account, and on a server whose
policies were installed before this rule, upgraded by setup-server."""

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import text
from sqlalchemy.engine import make_url

from domain.access import Forbidden
from domain.assessing import set_assessment
from domain.attaching import remove_attachment
from domain.criteria import CriterionStatus
from domain.errors import DomainError
from domain.recording import delete_record, save_record
from domain.vocabulary import Role
from storage.database import open_database
from storage.server_accounts import group_role, login_role
from storage.server_refusals import NotPermitted
from storage.server_roles import setup_server
from tests.conftest import ACTOR
from tests.storage.served import (
    PASSWORD,
    ServerDatabase,
    lead_principal,
    refused,
    served_database,  # noqa: F401  (the fixture `served`)
)

DIGEST = "a" * 64
ASSESSMENT = ("INSERT INTO assessment (village_id, criterion_id, year, status, evidence, note, updated_by, version) "
              "VALUES (%s, %s, %s, 'met', '', '', 'lan', 1)")
HOUSEHOLDS = ("INSERT INTO householdindicators (village_id, year, minority_households, reached, changed_ways, "
              "applying_science, better_life, in_cooperatives, poor, near_poor, version) "
              "VALUES (%s, %s, 100, 0, 0, 0, 0, 0, 0, 0, 1)")
ATTACHMENT = ("INSERT INTO attachment (village_id, year, criterion_id, name, media_type, size, sha256, added_by, "
              f"added_at) VALUES (%s, %s, %s, 'Biên bản.pdf', 'application/pdf', 10, '{DIGEST}', 'lan', now())")
REVIEW = ("INSERT INTO villagereview (round_id, village_id, state, submitted_by, decided_by, version) "
          "VALUES (%s, %s, 'in_review', 'lan', '', 1) RETURNING id")
COMMENT = ("INSERT INTO reviewcomment (review_id, village_id, step, author, at, text) "
           "VALUES (%s, %s, 'comment', 'lan', now(), 'Tổ đã rà soát')")
VISIT = ("INSERT INTO visit (village_id, day, people, activities, agreed, version) "
         "VALUES (%s, %s, 'Tổ', 'Khảo sát', '', 1)")


def _scalar(connection: psycopg.Connection, statement: str, *values) -> object:
    return connection.execute(statement, values).fetchone()[0]


def _lead_of_the_first_plan_only(served: ServerDatabase) -> dict[str, int]:
    """Another person leads lan's village in the 2026–2030 plan; a round in each plan, the review of lan's village
    in the second one, and a stored content; returns the ids the tests name."""
    with served.owner() as owner:
        owner.execute("UPDATE teammember SET full_name = 'Người Khác' WHERE role = 'leader' AND team_id = "
                      "(SELECT id FROM supportteam WHERE plan_id = %s AND village_id = %s)",
                      (served.next_plan, served.own_village))
        owner.execute("DELETE FROM householdindicators WHERE village_id = %s", (served.own_village,))
        owner.execute("INSERT INTO filecontent (sha256, size, media_type, chunks, stored_at) "
                      "VALUES (%s, 10, 'application/pdf', 0, now())", (DIGEST,))
        ids = {"criterion": _scalar(owner, "SELECT min(id) FROM criterion"),
               "unassessed": _scalar(owner, "SELECT max(id) FROM criterion")}
        for name, plan, year in (("first_round", served.first_plan, 2025), ("next_round", served.next_plan, 2030)):
            ids[name] = _scalar(owner, "INSERT INTO reviewround (plan_id, year, kind, deadline, opened_by, opened_at, "
                                       "closed_by) VALUES (%s, %s, 'yearly', %s, 'chanh', now(), '') RETURNING id",
                                plan, year, f"{year}-12-15")
        ids["next_review"] = _scalar(owner, REVIEW, ids["next_round"], served.own_village)
        ids["other_review"] = _scalar(owner, REVIEW, ids["first_round"], served.other_village)
        owner.execute("DELETE FROM assessment WHERE village_id = %s AND criterion_id = %s AND year IN (2024, 2027)",
                      (served.own_village, ids["unassessed"]))
        owner.execute("INSERT INTO assessment (village_id, criterion_id, year, status, evidence, note, updated_by, "
                      "version) VALUES (%s, %s, 2025, 'not_met', '', '', '', 1) ON CONFLICT DO NOTHING",
                      (served.own_village, ids["criterion"]))
    return ids


def test_a_lead_of_one_plan_writes_its_villages_rows_of_that_plan_only(served):
    ids = _lead_of_the_first_plan_only(served)
    own, criterion, unassessed = served.own_village, ids["criterion"], ids["unassessed"]
    change = "UPDATE assessment SET note = 'tổ trưởng' WHERE village_id = %s AND criterion_id = %s AND year = %s"
    with served.as_account("lan") as lead:
        assert lead.execute(change, (own, criterion, 2030)).rowcount == 0  # the 2026–2030 plan's row
        assert lead.execute("DELETE FROM assessment WHERE village_id = %s AND year = 2030", (own,)).rowcount == 0
        assert refused(lead, ASSESSMENT, own, unassessed, 2027)
        assert refused(lead, HOUSEHOLDS, own, 2027)
        assert refused(lead, ATTACHMENT, own, 2027, criterion)
        assert refused(lead, REVIEW, ids["next_round"], own)
        assert refused(lead, COMMENT, ids["next_review"], own)
        assert refused(lead, COMMENT, ids["other_review"], own)  # another village's review, said to be its own
        assert lead.execute("UPDATE villagereview SET state = 'submitted', version = 2 WHERE id = %s",
                            (ids["next_review"],)).rowcount == 0

        assert lead.execute(change, (own, criterion, 2025)).rowcount == 1  # its own plan's
        assert refused(lead, "UPDATE assessment SET year = 2027 WHERE village_id = %s AND criterion_id = %s AND "
                              "year = 2025", own, criterion)  # moved into the other plan's years
        lead.execute(ASSESSMENT, (own, unassessed, 2024))
        lead.execute(HOUSEHOLDS, (own, 2024))
        lead.execute(ATTACHMENT, (own, 2024, criterion))
        lead.execute(COMMENT, (_scalar(lead, REVIEW, ids["first_round"], own), own))
        assert refused(lead, VISIT, own, "2026-03-02")  # a village's dated record, in its plan's years only
        lead.execute(VISIT, (own, "2025-03-02"))
    with served.as_account("chanh") as secretariat:  # the secretariat writes every plan's rows
        assert secretariat.execute(change, (own, criterion, 2030)).rowcount == 1
        secretariat.execute(HOUSEHOLDS, (own, 2027))
        secretariat.execute(ATTACHMENT, (own, 2027, criterion))
        secretariat.execute(COMMENT, (ids["next_review"], own))
    with served.owner() as owner:
        notes = dict(owner.execute("SELECT year, note FROM assessment WHERE village_id = %s AND criterion_id = %s "
                                   "AND year IN (2025, 2030)", (own, criterion)))
        households = [row[0] for row in owner.execute(
            "SELECT year FROM householdindicators WHERE village_id = %s ORDER BY year", (own,))]
        files = [row[0] for row in owner.execute("SELECT year FROM attachment WHERE village_id = %s AND sha256 = %s "
                                                 "ORDER BY year", (own, DIGEST))]
    assert notes == {2025: "tổ trưởng", 2030: "tổ trưởng"}
    assert households == files == [2024, 2027]


def _open_as(served: ServerDatabase, username: str):
    url = make_url(served.url).set(username=login_role(served.name, username), password=PASSWORD)
    return open_database(url.render_as_string(hide_password=False), actor=ACTOR)


def test_the_program_refuses_the_other_plans_village_in_vietnamese_and_so_does_the_server(served):
    ids = _lead_of_the_first_plan_only(served)
    lead = lead_principal(served)
    database = _open_as(served, "lan")
    try:
        with pytest.raises(Forbidden) as said, database.unit_of_work(lead) as uow:
            set_assessment(uow, plan_id=served.next_plan, village_id=served.own_village, criterion_id=ids["criterion"],
                           year=2030, status=CriterionStatus.MET)
        assert str(said.value) == ("Chưa làm: tổ trưởng chỉ sửa được thôn (làng) mà mình làm tổ trưởng tổ hỗ trợ. "
                                      "Tài khoản “Lan” có vai trò Tổ trưởng tổ hỗ trợ.")
        with database.unit_of_work(lead) as uow:
            assert set_assessment(uow, plan_id=served.first_plan, village_id=served.own_village,
                                  criterion_id=ids["criterion"], year=2025, status=CriterionStatus.MET) is not None
        with pytest.raises(NotPermitted) as said, database.unit_of_work(lead) as uow:
            uow.session.execute(text(HOUSEHOLDS.replace("%s", ":village", 1).replace("%s", ":year", 1)),
                                {"village": served.own_village, "year": 2027})
        shown = make_url(database.url).render_as_string(hide_password=True)
        assert str(said.value) == (
            f"Máy chủ “{shown}” không cho tài khoản “{login_role(served.name, 'lan')}” ghi dòng này vào bảng "
            "“householdindicators”: tổ trưởng chỉ ghi được thôn (làng) mà mình làm tổ trưởng tổ hỗ trợ, trong kế "
            "hoạch có tổ đó; chưa ghi gì.")
    finally:
        database.close()


def test_setup_server_upgrades_a_server_whose_lead_policy_covered_any_plan(served):
    ids = _lead_of_the_first_plan_only(served)
    lead_group = sql.Identifier(group_role(served.name, Role.TEAM_LEAD))
    with served.owner() as owner:  # the policy as the earlier setup-server installed it
        owner.execute("DROP POLICY langmoi_team_lead ON assessment")
        owner.execute(sql.SQL("CREATE POLICY langmoi_team_lead ON assessment FOR ALL TO {} USING (EXISTS (SELECT 1 "
                              "FROM useraccount a JOIN teammember m ON m.role = 'leader' AND m.full_name = "
                              "a.member_name JOIN supportteam t ON t.id = m.team_id AND t.village_id = "
                              "assessment.village_id WHERE a.username = 'lan')) WITH CHECK (true)").format(lead_group))
    change = "UPDATE assessment SET note = 'psql' WHERE village_id = %s AND criterion_id = %s AND year = 2030"
    with served.as_account("lan") as lead:
        assert lead.execute(change, (served.own_village, ids["criterion"])).rowcount == 1  # the gap
    setup_server(served.url, actor=ACTOR)
    with served.as_account("lan") as lead:
        assert lead.execute(change, (served.own_village, ids["criterion"])).rowcount == 0
        assert lead.execute(change.replace("2030", "2025"), (served.own_village, ids["criterion"])).rowcount == 1


def test_the_program_refuses_a_lead_removing_another_plans_criterion_file(served):
    ids = _lead_of_the_first_plan_only(served)
    with served.owner() as owner:
        attachment = _scalar(owner, ATTACHMENT + " RETURNING id", served.own_village, 2027, ids["criterion"])
    lead = lead_principal(served)
    database = _open_as(served, "lan")
    try:
        with pytest.raises(DomainError) as said, database.unit_of_work(lead) as uow:
            remove_attachment(uow, plan_id=served.first_plan, attachment_id=attachment)
    finally:
        database.close()
    assert str(said.value) == "Năm 2027 nằm ngoài thời gian của kế hoạch (2023–2025)."
    with served.owner() as owner:
        assert _scalar(owner, "SELECT count(*) FROM attachment WHERE id = %s", attachment) == 1


def test_the_program_refuses_a_lead_changing_another_plans_household_counts(served):
    _lead_of_the_first_plan_only(served)
    with served.owner() as owner:
        other_year, own_year = (_scalar(owner, HOUSEHOLDS + " RETURNING id", served.own_village, year)
                                for year in (2027, 2024))
    lead = lead_principal(served)
    counts = {"year": 2024, "minority_households": 120}
    with served.owner() as owner:
        village = _scalar(owner, "SELECT name FROM village WHERE id = %s", served.own_village)
    refusal = (f"Chưa làm: tổ trưởng chỉ ghi được bản ghi của thôn (làng) {village} trong các năm của kế hoạch mình "
               "phụ trách (2023–2025); năm 2027 nằm ngoài. Tài khoản “Lan” có vai trò Tổ trưởng tổ hỗ trợ.")
    database = _open_as(served, "lan")
    try:
        with pytest.raises(Forbidden) as said, database.unit_of_work(lead) as uow:
            delete_record(uow, kind="households", plan_id=served.first_plan, village_id=served.own_village,
                          record_id=other_year)
        assert str(said.value) == refusal
        with pytest.raises(Forbidden) as said, database.unit_of_work(lead) as uow:
            save_record(uow, kind="households", plan_id=served.first_plan, village_id=served.own_village,
                        values={**counts, "year": 2025}, record_id=other_year)  # moved into its own plan's years
        assert str(said.value) == refusal
        with database.unit_of_work(lead) as uow:
            save_record(uow, kind="households", plan_id=served.first_plan, village_id=served.own_village,
                        values=counts, record_id=own_year)
    finally:
        database.close()
    with served.owner() as owner:
        rows = owner.execute("SELECT year, minority_households FROM householdindicators WHERE village_id = %s "
                             "ORDER BY year", (served.own_village,)).fetchall()
    assert rows == [(2024, 120), (2027, 100)]
