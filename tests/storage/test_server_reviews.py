"""The review cycle on the shared server (issue 19), tried as each account's login role: by raw SQL as anyone with
psql could (storage/server_policies.py: a team lead sends and comments on the reviews of their own villages only,
and never decides one; rounds and closed years are the secretariat's; the viewer reads; the server audits it all),
and through the program's use cases signed in as the accounts."""

from datetime import date

import pytest
from sqlalchemy.engine import make_url

from domain.access import Principal
from domain.reviewing import approve, open_round, submit
from domain.users import Role
from storage.database import open_database
from storage.server_accounts import login_role
from tests.conftest import ACTOR
from tests.storage.served import (
    PASSWORD,
    refused,
    served_database,  # noqa: F401  (the fixture `served`)
)

REVIEW = ("INSERT INTO villagereview (round_id, village_id, state, submitted_by, decided_by, version) "
          "VALUES (%s, %s, %s, 'lan', '', 1) RETURNING id")
COMMENT = ("INSERT INTO reviewcomment (review_id, village_id, step, author, at, text) "
           "VALUES (%s, %s, %s, 'x', now(), 'y')")


def _round(served, kind: str = "yearly") -> int:
    with served.owner() as owner:
        return owner.execute("INSERT INTO reviewround (plan_id, year, kind, deadline, opened_by, opened_at, closed_by) "
                             "SELECT min(id), 2030, %s, '2030-12-15', 'chanh', now(), '' FROM plan RETURNING id",
                             (kind,)).fetchone()[0]


def test_a_team_lead_sends_and_comments_on_their_own_villages_review_and_decides_nothing(served):
    round_id, mid_year = _round(served), _round(served, "mid_year")
    with served.as_account("lan") as lead:
        own = lead.execute(REVIEW, (round_id, served.own_village, "in_review")).fetchone()[0]
        assert refused(lead, REVIEW, round_id, served.other_village, "submitted")  # not their village
        lead.execute("UPDATE villagereview SET state = 'submitted', first_submitted_on = current_date, "
                     "version = 2 WHERE id = %s", (own,))
        assert refused(lead, "UPDATE villagereview SET state = 'approved' WHERE id = %s", own)
        assert refused(lead, "UPDATE villagereview SET decided_by = 'lan', decided_at = now() WHERE id = %s", own)
        assert refused(lead, "UPDATE villagereview SET first_submitted_on = '2030-01-01' WHERE id = %s", own)
        assert refused(lead, REVIEW, mid_year, served.own_village, "approved")
        assert refused(lead, "DELETE FROM villagereview WHERE id = %s", own)
        lead.execute(COMMENT, (own, served.own_village, "comment"))
        assert refused(lead, COMMENT, own, served.own_village, "return")  # the secretariat's step
        assert refused(lead, COMMENT, own, served.other_village, "comment")
        assert refused(lead, "UPDATE reviewcomment SET text = 'khác'")
        assert refused(lead, "UPDATE reviewround SET deadline = '2031-01-01'")
        assert refused(lead, "INSERT INTO yearclosure (plan_id, year, closed_by, closed_at, note) "
                              "SELECT min(id), 2030, 'lan', now(), '' FROM plan")
    with served.as_account("xem") as viewer:
        assert viewer.execute("SELECT state FROM villagereview WHERE id = %s", (own,)).fetchone() == ("submitted",)
        assert refused(viewer, COMMENT, own, served.own_village, "comment")
    with served.as_account("chanh") as secretariat:
        secretariat.execute("UPDATE villagereview SET state = 'approved', decided_by = 'chanh', decided_at = now() "
                            "WHERE id = %s", (own,))
        secretariat.execute(COMMENT, (own, served.own_village, "approve"))
        secretariat.execute("INSERT INTO yearclosure (plan_id, year, closed_by, closed_at, note) "
                            "SELECT min(id), 2030, 'chanh', now(), '' FROM plan")
    with served.as_account("lan") as lead:
        assert refused(lead, "UPDATE villagereview SET state = 'in_review' WHERE id = %s", own)  # no reopening
    with served.owner() as owner:
        audited = owner.execute("SELECT entity, actor, count(*) FROM auditevent WHERE field LIKE '(máy chủ)%%' "
                                "AND entity IN ('villagereview', 'reviewcomment', 'yearclosure') "
                                "GROUP BY entity, actor ORDER BY entity, actor").fetchall()
    assert audited == [("reviewcomment", "chanh", 1), ("reviewcomment", "lan", 1), ("villagereview", "chanh", 1),
                       ("villagereview", "lan", 2), ("yearclosure", "chanh", 1)]


@pytest.mark.parametrize("username", ["lan", "xem"])
def test_only_the_secretariat_opens_a_round(served, username):
    with served.as_account(username) as account:
        assert refused(account, "INSERT INTO reviewround (plan_id, year, kind, deadline, opened_by, opened_at, "
                                 "closed_by) SELECT min(id), 2030, 'yearly', '2030-12-15', 'x', now(), '' FROM plan")


def _open_as(served, username: str):
    url = make_url(served.url).set(username=login_role(served.name, username), password=PASSWORD)
    return open_database(url.render_as_string(hide_password=False), actor=ACTOR)


def test_the_use_cases_signed_in_as_the_accounts(served):
    with served.owner() as owner:
        plan_id = owner.execute("SELECT min(id) FROM plan").fetchone()[0]
        name, agency = owner.execute("SELECT member_name, member_agency_id FROM useraccount WHERE username = 'lan'"
                                     ).fetchone()
    lead = Principal(name="lan", role=Role.TEAM_LEAD, full_name="Lan", member_name=name, member_agency_id=agency)
    secretariat = Principal(name="chanh", role=Role.SECRETARIAT, full_name="Chanh")
    databases = {username: _open_as(served, username) for username in ("chanh", "lan")}
    try:
        with databases["chanh"].unit_of_work(secretariat) as uow:
            round_id = open_round(uow, plan_id=plan_id, year=2025, deadline=date(2025, 12, 15))
        with databases["lan"].unit_of_work(lead) as uow:
            assert submit(uow, round_id=round_id, village_id=served.own_village, comment="Tổ đã rà soát") == 1
        with databases["chanh"].unit_of_work(secretariat) as uow:
            assert approve(uow, round_id=round_id, village_id=served.own_village) == 2
    finally:
        for database in databases.values():
            database.close()
    with served.owner() as owner:
        actors = owner.execute("SELECT actor, new_value FROM auditevent WHERE entity = 'villagereview' "
                               "AND field = 'state' ORDER BY id").fetchall()
    assert actors == [("lan", "submitted"), ("chanh", "approved")]


HOUSEHOLDS = ("INSERT INTO householdindicators (village_id, year, minority_households, reached, changed_ways, "
              "applying_science, better_life, in_cooperatives, poor, near_poor, version) "
              "VALUES (%s, %s, 100, 0, 0, 0, 0, 0, 0, 0, 1)")
CONCERN = ("INSERT INTO concern (village_id, raised_on, text, forwarded_to, status, resolution, version) "
           "VALUES (%s, '2030-03-01', 'Đường sạt lở', '', 'open', '', 1) RETURNING id")


def test_the_server_refuses_everyone_but_the_owner_a_change_to_a_locked_village_year(served):
    round_id = _round(served)
    with served.owner() as owner:
        owner.execute("INSERT INTO villagereview (round_id, village_id, state, submitted_by, decided_by, decided_at, "
                      "version) VALUES (%s, %s, 'approved', 'lan', 'chanh', now(), 3)", (round_id, served.own_village))
        concern = owner.execute(CONCERN, (served.own_village,)).fetchone()[0]
    change = "UPDATE assessment SET status = 'met' WHERE year = 2030 AND village_id = %s"
    with served.as_account("lan") as lead:
        assert refused(lead, change, served.own_village)
        assert refused(lead, HOUSEHOLDS, served.own_village, 2030)
        assert refused(lead, "INSERT INTO visit (village_id, day, people, activities, agreed, version) "
                              "VALUES (%s, '2030-05-06', 'Tổ', '', '', 1)", served.own_village)
        assert refused(lead, "UPDATE concern SET text = 'Khác' WHERE id = %s", concern)
        assert refused(lead, "UPDATE concern SET raised_on = '2031-01-01' WHERE id = %s", concern)  # moved out
        assert lead.execute("UPDATE concern SET status = 'resolved', resolution = 'Đã sửa', resolved_on = "
                            "'2031-01-05' WHERE id = %s", (concern,)).rowcount == 1  # followed up
        lead.execute(HOUSEHOLDS, (served.own_village, 2029))  # another year
    with served.as_account("chanh") as secretariat:
        assert refused(secretariat, change, served.own_village)
        assert refused(secretariat, "DELETE FROM assessment WHERE year = 2030 AND village_id = %s", served.own_village)
        assert secretariat.execute(change, (served.other_village,)).rowcount == 1  # not approved
        secretariat.execute("INSERT INTO yearclosure (plan_id, year, closed_by, closed_at, note) "
                            "SELECT min(id), 2030, 'chanh', now(), '' FROM plan")
        assert refused(secretariat, change, served.other_village)  # the whole year closed
    with served.owner() as owner:
        assert owner.execute(change, (served.own_village,)).rowcount == 1  # the administrator is left alone
