"""The summary report's figures against the hand-counted plan of tests/builders.py.

2024: Thôn 1 (Xã Một) meets all 3 criteria; Làng Đắk meets criterion 1 (2 not met, 3 in progress); Thôn 1 (Xã
Hai) meets criterion 1; Làng Mới (Xã Ba, no district) has no assessment. Criterion 1 is group 1, criteria 2
and 3 group 2.
"""

from datetime import date

from domain.recording import save_record
from domain.summary import summary
from tests.conftest import OFFICER
from tests.domain.test_village_records import HOUSEHOLDS_2025, _village


def _summary(db, plan, year, today=date(2025, 6, 1)):
    with db.session() as session:
        return summary(session, plan, year, today)


def test_progress_by_district_and_commune_with_criteria_met_per_group(empty_database, small_plan):
    report = _summary(empty_database, small_plan, 2024)
    assert [(g.order, g.name, g.criteria) for g in report.groups] == [(1, "Quy hoạch", 1), (2, "Hạ tầng", 2)]
    rows = {area.name: area for area in report.areas}
    assert [area.name for area in report.areas] == ["Huyện A", "Xã Hai", "Xã Một", "Xã Ba", "Toàn kế hoạch"]
    district = rows["Huyện A"]
    assert (district.progress.villages, district.progress.villages_meeting, district.progress.criteria_met) == (3, 1, 5)
    assert [district.group_share(g) for g in report.groups] == [(3, 3), (2, 6)]
    assert [rows["Xã Một"].group_share(g) for g in report.groups] == [(2, 2), (2, 4)]
    assert [rows["Xã Hai"].group_share(g) for g in report.groups] == [(1, 1), (0, 2)]
    assert [rows["Xã Ba"].group_share(g) for g in report.groups] == [(0, 1), (0, 2)]
    whole = rows["Toàn kế hoạch"]
    assert (whole.progress.villages, whole.progress.villages_meeting, whole.progress.average_met) == (4, 1, 1.25)


def test_agencies_criteria_weakest_first_and_villages_not_assessed(empty_database, small_plan):
    report = _summary(empty_database, small_plan, 2024)
    agencies = {a.name: a for a in report.agencies}
    so_mot, so_hai = agencies["Sở Một"].progress, agencies["Sở Hai"].progress
    assert (so_mot.lead.villages, so_mot.co_support.villages, so_mot.all.villages_meeting) == (2, 0, 1)
    assert (so_mot.all.criteria_met, so_mot.all.criteria_total) == (4, 6)
    assert (so_hai.lead.villages, so_hai.co_support.villages, so_hai.all.criteria_met) == (2, 1, 4)
    assert [(c.number, c.villages_met, c.villages) for c in report.criteria] == [(2, 1, 4), (3, 1, 4), (1, 3, 4)]
    assert [p.village for p in report.not_assessed] == ["Làng Mới"]
    assert [p.label for p in report.villages(report.meeting_by_year[2024])] == ["Thôn 1, Xã Một, Huyện A"]
    assert [p.village for p in report.villages(report.criterion_villages[1])] == ["Thôn 1", "Làng Đắk", "Thôn 1"]
    later = _summary(empty_database, small_plan, 2025)
    assert [p.label for p in later.not_assessed] == [
        "Thôn 1, Xã Hai, Huyện A", "Làng Đắk, Xã Một, Huyện A", "Làng Mới, Xã Ba"]
    assert {year: len(ids) for year, ids in later.meeting_by_year.items()} == {2024: 1, 2025: 0}


def test_campaign_and_villages_with_overdue_difficulties(empty_database, small_plan):
    db, plan = empty_database, small_plan
    moi = _village(db, plan, "Làng Mới")
    dak = _village(db, plan, "Làng Đắk")
    with db.unit_of_work(OFFICER) as uow:
        save_record(uow, kind="households", plan_id=plan.id, village_id=moi, values=HOUSEHOLDS_2025)
    for village_id, raised_on in ((moi, date(2025, 1, 1)), (moi, date(2024, 12, 1)), (dak, date(2025, 5, 1))):
        with db.unit_of_work(OFFICER) as uow:
            save_record(uow, kind="concerns", plan_id=plan.id, village_id=village_id,
                        values={"raised_on": raised_on, "text": "Đường sạt lở", "status": "open"})
    report = _summary(db, plan, 2025)
    assert (report.campaign.villages_reporting, report.campaign.indicators["reached"].rate) == (1, 95.0)
    assert [(o.place.village, o.overdue, o.oldest) for o in report.overdue] == [("Làng Mới", 2, date(2024, 12, 1))]


def test_a_years_summary_lists_no_difficulty_raised_after_it(empty_database, small_plan):
    db, plan = empty_database, small_plan
    moi = _village(db, plan, "Làng Mới")
    dak = _village(db, plan, "Làng Đắk")
    for village_id, raised_on in ((moi, date(2026, 1, 5)), (dak, date(2025, 6, 1)), (dak, date(2026, 2, 1))):
        with db.unit_of_work(OFFICER) as uow:
            save_record(uow, kind="concerns", plan_id=plan.id, village_id=village_id,
                        values={"raised_on": raised_on, "text": "Đường sạt lở", "status": "open"})
    with db.session() as session:
        report_2025 = summary(session, plan, 2025, date(2026, 12, 1))
        report_2026 = summary(session, plan, 2026, date(2026, 12, 1))
    assert [(o.place.village, o.overdue, o.oldest) for o in report_2025.overdue] == [("Làng Đắk", 1, date(2025, 6, 1))]
    assert sorted((o.place.village, o.overdue) for o in report_2026.overdue) == [("Làng Mới", 1), ("Làng Đắk", 2)]
    # the campaign's counts of the year say the same as its list: 2025 holds only Làng Đắk's difficulty of 2025
    assert (report_2025.campaign.open_concerns, report_2025.campaign.overdue_concerns) == (1, 1)
    assert (report_2026.campaign.open_concerns, report_2026.campaign.overdue_concerns) == (3, 3)


def test_the_plans_assignments_are_read_once_for_the_rollups_and_the_agencies(empty_database, small_plan):
    """Progress, the campaign and the agencies' villages all come from one read of the plan's assignments (at
    10,000 villages each read is ~30 ms of the summary)."""
    from sqlalchemy import event

    read: list[str] = []

    def executed(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().startswith("SELECT assignment."):  # not the agencies' IN (SELECT …) of their names
            read.append(statement)

    event.listen(empty_database.engine, "before_cursor_execute", executed)
    try:
        report = _summary(empty_database, small_plan, 2024)
    finally:
        event.remove(empty_database.engine, "before_cursor_execute", executed)
    assert len(read) == 1
    assert {a.name: a.progress.lead.villages for a in report.agencies} == {"Sở Hai": 2, "Sở Một": 2}
