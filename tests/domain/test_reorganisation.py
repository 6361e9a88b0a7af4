"""Dated units across the 2025 reform on the hand-built case of tests/domain/reform_case.py: what the
reorganisation does to each unit and village, each village's units on a day and its history, each year's figures
grouped by the units of their time and by today's (counted by hand), and the continuation annex finding its
villages. On SQLite and PostgreSQL."""

from datetime import date

import pytest
from sqlmodel import select

from domain.access import Forbidden, Principal
from domain.admin_units import AdminUnit, UnitKind, Village
from domain.campaign import add_sums, campaign_rollup
from domain.errors import DomainError, NotFound
from domain.figures_refresh import refresh_campaign, refresh_progress
from domain.places import find_place, plan_places
from domain.plan import Plan
from domain.plan_editing import move_village, rename_commune, rename_village
from domain.plan_import import Entity, Move, import_plan
from domain.plans import create_plan
from domain.progress import Progress, plan_progress
from domain.reorganisation import Reorganisation, UnitChange
from domain.reorganisation_apply import apply_reorganisation, preview_reorganisation
from domain.reorganisation_draft import Merge, ReorganisationDraft, UnitPath
from domain.unit_history import Grouping, former_units_label, units_of_village, units_on, village_history
from domain.village_records import HouseholdIndicators
from domain.vocabulary import Role
from tests.conftest import OFFICER
from tests.domain.reform_case import EFFECTIVE, HOUSEHOLDS_2024, MET, REFORM, continuation_plan, old_plan

NAMES = [f"Thôn {n}" for n in range(1, 7)]


@pytest.fixture
def case(empty_database):
    """The old plan in Kon Tum (the province recorded above both districts), before the reform."""
    with empty_database.unit_of_work(OFFICER) as uow:
        plan = create_plan(uow, draft=old_plan())
    with empty_database.session() as session:
        province = AdminUnit(name="Kon Tum", kind=UnitKind.PROVINCE)
        session.add(province)
        session.flush()
        for district in session.exec(select(AdminUnit).where(AdminUnit.kind == UnitKind.DISTRICT)):
            district.parent_id = province.id
        villages = {v.name: v.id for v in session.exec(select(Village))}
        session.add_all([HouseholdIndicators(village_id=villages[name], year=2024, minority_households=count,
                                             reached=count // 2)
                         for name, count in zip(NAMES, HOUSEHOLDS_2024, strict=True)])
        session.commit()
    return plan, villages


@pytest.fixture
def reformed(empty_database, case):
    with empty_database.unit_of_work(OFFICER) as uow:
        apply_reorganisation(uow, REFORM)
    return case


def _units(session) -> dict[str, AdminUnit]:
    return {f"{u.kind.value} {u.name}" + (" (ended)" if u.valid_until else ""): u
            for u in session.exec(select(AdminUnit))}


def test_the_reorganisation_ends_and_begins_units_and_keeps_every_village(empty_database, case):
    plan, villages = case
    with empty_database.session() as session:
        before = _units(session)
    with empty_database.unit_of_work(OFFICER) as uow:
        applied = apply_reorganisation(uow, REFORM)
    with empty_database.session() as session:
        after = _units(session)
        assert {v.name: v.id for v in session.exec(select(Village))} == villages  # no village made or lost
        assert sorted(after) == sorted([
            "province Kon Tum (ended)", "province Quảng Ngãi", "district Đăk Hà (ended)", "district Đăk Tô (ended)",
            "commune Đăk Ui (ended)", "commune Ngọk Réo (ended)", "commune Đăk Hà", "commune Đăk Tô"])
        assert after["commune Đăk Tô"].id == before["commune Pô Kô"].id  # renamed: the same commune
        assert after["commune Đăk Hà"].parent_id == after["province Quảng Ngãi"].id
        assert after["commune Đăk Tô"].parent_id == after["province Quảng Ngãi"].id
        assert {u.valid_until for k, u in after.items() if "ended" in k} == {EFFECTIVE}
        assert after["commune Đăk Hà"].valid_from == EFFECTIVE
        in_commune = {v.name: v.commune_id for v in session.exec(select(Village))}
        assert {n for n, c in in_commune.items() if c == after["commune Đăk Hà"].id} == {
            "Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 6"}
        reorganisation = session.get(Reorganisation, applied)
        assert (reorganisation.decision_number, reorganisation.effective_on) == ("1674/NQ-UBTVQH15", EFFECTIVE)
        kinds = [c.kind.value for c in session.exec(select(UnitChange).order_by(UnitChange.position))]
        assert kinds == ["province_merged", "merge", "merge", "move_village", "rename", "level_removed",
                         "level_removed"]


def test_a_village_s_units_on_a_day_and_its_history(empty_database, reformed):
    _, villages = reformed
    with empty_database.session() as session:
        then = units_of_village(session, villages["Thôn 6"], date(2024, 12, 31))
        now = units_of_village(session, villages["Thôn 6"], date(2025, 12, 31))
        assert (then.commune, then.district, then.province) == ("Pô Kô", "Đăk Tô", "Kon Tum")
        assert (now.commune, now.district, now.province) == ("Đăk Hà", None, "Quảng Ngãi")
        assert units_of_village(session, villages["Thôn 6"], date(2025, 6, 30)).commune == "Pô Kô"
        assert units_of_village(session, villages["Thôn 6"], EFFECTIVE).commune == "Đăk Hà"
        history = [(s.valid_from, s.valid_until, s.units.label) for s in village_history(session, villages["Thôn 5"])]
        assert history == [(None, EFFECTIVE, "xã Pô Kô, huyện Đăk Tô"), (EFFECTIVE, None, "xã Đăk Tô, tỉnh Quảng Ngãi")]
        assert former_units_label(session, villages["Thôn 1"]) == "trước 01/7/2025: xã Đăk Ui, huyện Đăk Hà"
        assert former_units_label(session, villages["Thôn 6"]) == "trước 01/7/2025: xã Pô Kô, huyện Đăk Tô"


def test_a_database_without_reorganisations_reads_as_before(empty_database, case):
    plan, villages = case
    with empty_database.session() as session:
        assert units_on(session, 2024, Grouping.OF_THEIR_TIME) is None
        assert plan_places(session, plan.id, on=date(2024, 12, 31)) == plan_places(session, plan.id)
        assert [len(village_history(session, v)) for v in villages.values()] == [1] * 6
        assert former_units_label(session, villages["Thôn 1"]) == ""


def _by_commune(progress, places) -> dict[str, tuple[int, int, int]]:
    """(villages, meeting the standard, criteria met) by commune name."""
    names = {p.commune_id: p.commune for p in places}
    return {names[c]: (p.villages, p.villages_meeting, p.criteria_met) for c, p in progress.by_commune.items()}


def test_each_year_by_the_units_of_their_time_and_by_today_s_counted_by_hand(empty_database, reformed):
    plan, _ = reformed
    with empty_database.session() as session:
        plan = session.get(Plan, plan.id)
        assert units_on(session, 2023, Grouping.OF_THEIR_TIME) == date(2025, 6, 30)
        assert units_on(session, 2024, Grouping.OF_THEIR_TIME) == date(2025, 6, 30)
        assert units_on(session, 2025, Grouping.OF_THEIR_TIME) is None  # 2025's review: the new communes
        assert units_on(session, 2024, Grouping.OF_TODAY) is None
        then = plan_places(session, plan.id, on=units_on(session, 2024, Grouping.OF_THEIR_TIME))
        today = plan_places(session, plan.id)
        expected = {
            (2023, Grouping.OF_THEIR_TIME): {"Đăk Ui": (2, 1, 3), "Ngọk Réo": (2, 1, 2), "Pô Kô": (2, 1, 3)},
            (2023, Grouping.OF_TODAY): {"Đăk Hà": (5, 3, 7), "Đăk Tô": (1, 0, 1)},
            (2024, Grouping.OF_THEIR_TIME): {"Đăk Ui": (2, 2, 4), "Ngọk Réo": (2, 1, 3), "Pô Kô": (2, 0, 1)},
            (2024, Grouping.OF_TODAY): {"Đăk Hà": (5, 3, 8), "Đăk Tô": (1, 0, 0)},
            (2025, Grouping.OF_THEIR_TIME): {"Đăk Hà": (5, 5, 10), "Đăk Tô": (1, 0, 1)},
            (2025, Grouping.OF_TODAY): {"Đăk Hà": (5, 5, 10), "Đăk Tô": (1, 0, 1)},
        }
        for (year, grouping), communes in expected.items():
            places = then if units_on(session, year, grouping) else today
            progress = plan_progress(session, plan, year, places)
            assert _by_commune(progress, places) == communes, (year, grouping)
            assert progress.plan.criteria_met == sum(MET[year])
        districts = {p.district_id: p.district for p in then}
        by_district = plan_progress(session, plan, 2024, then).by_district
        assert {districts[d]: (p.villages, p.criteria_met) for d, p in by_district.items()} == {
            "Đăk Hà": (4, 7), "Đăk Tô": (2, 1)}
        assert list(plan_progress(session, plan, 2024, today).by_district) == [None]  # no district level today


def test_every_village_s_result_sums_to_the_same_whole_both_ways(empty_database, reformed):
    plan, villages = reformed
    with empty_database.session() as session:
        plan = session.get(Plan, plan.id)
        for year in (2023, 2024, 2025):
            ways = [plan_places(session, plan.id, on=units_on(session, year, grouping)) for grouping in Grouping]
            ways.append(plan_places(session, plan.id, on=date(2024, 12, 31)))
            results = []
            for places in ways:
                progress = plan_progress(session, plan, year, places)
                campaign = campaign_rollup(session, plan, year, places, date(2026, 1, 5))
                communes = Progress()
                for group in progress.by_commune.values():
                    communes.villages += group.villages
                    communes.villages_meeting += group.villages_meeting
                    communes.criteria_met += group.criteria_met
                    communes.criteria_total += group.criteria_total
                assert communes == progress.plan
                assert add_sums(list(campaign._sums.by_commune.values())) == campaign._sums.plan
                assert add_sums(list(campaign._sums.by_district.values())) == campaign._sums.plan
                results.append((progress.by_village, progress.plan, campaign._sums.by_village, campaign._sums.plan))
            assert all(result == results[0] for result in results), year
        households = campaign_rollup(session, plan, 2024, ways[-1], date(2026, 1, 5))
        assert households.plan.minority_households == sum(HOUSEHOLDS_2024)
        pko = next(p.commune_id for p in ways[-1] if p.commune == "Pô Kô")
        assert households.by_commune[pko].minority_households == 50 + 60


def test_a_refresh_under_the_units_of_their_time_equals_a_full_count(empty_database, reformed):
    plan, villages = reformed
    with empty_database.session() as session:
        plan = session.get(Plan, plan.id)
        on = units_on(session, 2024, Grouping.OF_THEIR_TIME)
        places = plan_places(session, plan.id, on=on)
        progress = plan_progress(session, plan, 2024, places)
        campaign = campaign_rollup(session, plan, 2024, places, date(2026, 1, 5))
        record = session.exec(select(HouseholdIndicators)
                              .where(HouseholdIndicators.village_id == villages["Thôn 6"])).one()
        record.reached = 60
        session.commit()
        refreshed, change = refresh_progress(session, plan, 2024, progress, [villages["Thôn 6"]], on=on)
        campaign_refreshed, _ = refresh_campaign(session, plan, 2024, campaign, [villages["Thôn 6"]],
                                                 date(2026, 1, 5), on=on)
        assert refreshed == plan_progress(session, plan, 2024, places)
        assert campaign_refreshed._sums == campaign_rollup(session, plan, 2024, places, date(2026, 1, 5))._sums
        assert change.communes == {p.commune_id for p in places if p.commune == "Pô Kô"}


def test_the_continuation_annex_finds_every_mapped_village_and_says_where_it_was(empty_database, reformed):
    plan, villages = reformed
    with empty_database.unit_of_work(OFFICER) as uow:
        report = import_plan(uow, draft=continuation_plan(), dry_run=True)
    created = [n.name for n in report.named if n.entity == Entity.VILLAGE and n.move == Move.CREATED]
    joining = {n.name: n.former for n in report.named if n.entity == Entity.VILLAGE and n.move == Move.JOINS}
    assert created == ["Thôn 7"]
    assert joining == {
        "Thôn 1": "trước 01/7/2025: xã Đăk Ui, huyện Đăk Hà", "Thôn 2": "trước 01/7/2025: xã Đăk Ui, huyện Đăk Hà",
        "Thôn 3": "trước 01/7/2025: xã Ngọk Réo, huyện Đăk Hà", "Thôn 4": "trước 01/7/2025: xã Ngọk Réo, huyện Đăk Hà",
        "Thôn 5": "trước 01/7/2025: xã Pô Kô, huyện Đăk Tô", "Thôn 6": "trước 01/7/2025: xã Pô Kô, huyện Đăk Tô"}
    assert not [n for n in report.named if n.entity == Entity.COMMUNE and n.move == Move.CREATED]
    with empty_database.unit_of_work(OFFICER) as uow:
        import_plan(uow, draft=continuation_plan())
    with empty_database.session() as session:
        assert len(session.exec(select(Village)).all()) == 7
        new = session.exec(select(Plan).where(Plan.code == "2-KH/TU")).one()
        assert new.continues_plan_id == plan.id
        assert {p.village_id for p in plan_places(session, new.id)} >= set(villages.values())
    with empty_database.unit_of_work(OFFICER) as uow:  # the old annex again: its villages are still found
        report = import_plan(uow, draft=old_plan(), dry_run=True)
    assert not report.changes_anything


def test_the_preview_says_what_each_village_becomes_and_writes_nothing(empty_database, case):
    _, villages = case
    with empty_database.unit_of_work(OFFICER) as uow:
        rows = preview_reorganisation(uow, REFORM)
    assert {r.village_id: (r.before, r.after) for r in rows}[villages["Thôn 6"]] == (
        "Thôn 6, xã Pô Kô, huyện Đăk Tô", "Thôn 6, xã Đăk Hà, tỉnh Quảng Ngãi")
    assert len(rows) == 6
    with empty_database.session() as session:
        assert session.exec(select(Reorganisation)).all() == []
        assert {u.name for u in session.exec(select(AdminUnit))} == {"Kon Tum", "Đăk Hà", "Đăk Tô", "Đăk Ui",
                                                                    "Ngọk Réo", "Pô Kô"}


@pytest.mark.parametrize(("changes", "message"), [
    ((Merge((UnitPath("", "Đăk Hà", "Đăk Lây"),), UnitPath("", "", "Mới")),),
     "thay đổi 1 (Sáp nhập): không có xã Đăk Lây, huyện Đăk Hà (còn hiệu lực ngày 01/7/2025)."),
    ((Merge((UnitPath("", "Đăk Hà", "Đăk Ui"),), UnitPath("", "Đăk Tô", "Pô Kô")),
      Merge((UnitPath("", "Đăk Hà", "Ngọk Réo"),), UnitPath("", "Đăk Tô", "Pô Kô"))),
     None),
    ((Merge((UnitPath("", "Đăk Hà", "Đăk Ui"),), UnitPath("", "Đăk Hà", "Ngọk Réo")),
      Merge((UnitPath("", "Đăk Hà", "Đăk Ui"),), UnitPath("", "Đăk Tô", "Pô Kô"))),
     "thay đổi 2 (Sáp nhập): không có xã Đăk Ui, huyện Đăk Hà (còn hiệu lực ngày 01/7/2025)."),
])
def test_a_reorganisation_that_cannot_hold_is_refused_whole(empty_database, case, changes, message):
    draft = ReorganisationDraft("5/NQ", "HĐND tỉnh", EFFECTIVE, changes)
    with empty_database.unit_of_work(OFFICER) as uow:
        if message is None:
            apply_reorganisation(uow, draft)
            return
        with pytest.raises(DomainError) as refused:
            apply_reorganisation(uow, draft)
    assert str(refused.value) == f"Quyết định 5/NQ, {message}"
    assert refused.value.number == int(message.split()[2])  # the change's place in the draft, for its rows
    with empty_database.session() as session:
        assert session.exec(select(Reorganisation)).all() == []
        assert all(u.valid_until is None for u in session.exec(select(AdminUnit)))


def test_two_villages_of_one_name_in_a_merged_commune_are_refused(empty_database, case):
    with empty_database.session() as session:
        village = session.exec(select(Village).where(Village.name == "Thôn 3")).one()
        village.name = "Thôn 1"
        session.commit()
    draft = ReorganisationDraft("6/NQ", "", EFFECTIVE, (
        Merge((UnitPath("", "Đăk Hà", "Đăk Ui"), UnitPath("", "Đăk Hà", "Ngọk Réo")), UnitPath("", "", "Đăk Hà")),))
    with empty_database.unit_of_work(OFFICER) as uow, pytest.raises(DomainError, match="sẽ có hai thôn “Thôn 1”"):
        apply_reorganisation(uow, draft)


def test_history_is_written_forwards_only_and_by_the_secretariat(empty_database, reformed):
    earlier = ReorganisationDraft("1/QĐ", "", date(2024, 1, 1), (
        Merge((UnitPath("", "", "Đăk Tô"),), UnitPath("", "", "Đăk Hà")),))
    with empty_database.unit_of_work(OFFICER) as uow, pytest.raises(DomainError, match="lịch sử chỉ ghi tiếp về sau"):
        apply_reorganisation(uow, earlier)
    lead = Principal("to.truong", Role.TEAM_LEAD, member_name="Tổ trưởng Thôn 1", user_id=9)
    with empty_database.unit_of_work(lead) as uow, pytest.raises(Forbidden):
        apply_reorganisation(uow, REFORM)


def test_a_database_that_recorded_no_province_gets_the_merged_one_recorded(empty_database):
    """Annexes name no province: the merger records Kon Tum as having held every top unit until 1/7/2025."""
    with empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=old_plan())
    with empty_database.unit_of_work(OFFICER) as uow:
        apply_reorganisation(uow, REFORM)
    with empty_database.session() as session:
        thon_6 = session.exec(select(Village).where(Village.name == "Thôn 6")).one().id
        then = units_of_village(session, thon_6, date(2024, 12, 31))
        now = units_of_village(session, thon_6, date(2026, 1, 1))
        assert (then.commune, then.district, then.province) == ("Pô Kô", "Đăk Tô", "Kon Tum")
        assert (now.commune, now.district, now.province) == ("Đăk Hà", None, "Quảng Ngãi")
        provinces = {u.name: u.valid_until for u in session.exec(select(AdminUnit)
                                                                 .where(AdminUnit.kind == UnitKind.PROVINCE))}
        assert provinces == {"Kon Tum": EFFECTIVE, "Quảng Ngãi": None}


def test_the_summary_of_a_year_before_the_reform_lists_the_communes_of_its_time(empty_database, reformed, tmp_path):
    from openpyxl import load_workbook

    from exports.summary_export import export_summary

    plan, _ = reformed
    then = export_summary(empty_database.session, plan_id=plan.id, year=2024, target=tmp_path / "2024.xlsx")
    today = export_summary(empty_database.session, plan_id=plan.id, year=2024, target=tmp_path / "nay.xlsx",
                           grouping=Grouping.OF_TODAY)

    def cells(path):
        book = load_workbook(path, read_only=True)  # read-only books hold their file until closed
        try:
            return {str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None}
        finally:
            book.close()

    assert {"Đăk Ui", "Ngọk Réo", "Pô Kô"} <= cells(then)
    assert "Đăk Ui" not in cells(today) and "Đăk Tô" in cells(today)


def test_a_former_name_or_commune_finds_the_village_and_says_which_it_is_now(empty_database, reformed):
    plan, villages = reformed
    with empty_database.session() as session:
        moved = find_place(session, plan.id, "thon 6, PO KO")
        assert (moved.village_id, moved.commune, moved.label) == (villages["Thôn 6"], "Đăk Hà", "Thôn 6, xã Đăk Hà")
        assert moved.former == "trước 01/7/2025: Thôn 6, xã Pô Kô, huyện Đăk Tô"
        merged = find_place(session, plan.id, "Thôn 1, xã Đăk Ui")
        assert (merged.village_id, merged.former) == (villages["Thôn 1"], "trước 01/7/2025: Thôn 1, xã Đăk Ui, huyện "
                                                                          "Đăk Hà")
        today = find_place(session, plan.id, "Thôn 1, Đăk Hà")
        assert (today.village_id, today.former) == (villages["Thôn 1"], "")
        with pytest.raises(NotFound, match="Thôn 1, Pô Kô"):
            find_place(session, plan.id, "Thôn 1, Pô Kô")


def test_a_village_or_commune_corrected_after_the_reform_is_corrected_in_its_history_too(empty_database, reformed):
    """The plan's editing corrects today's state: the dated row holding today says the same as today's columns, the
    years before the reform keep theirs."""
    plan, villages = reformed
    with empty_database.session() as session:
        communes = {u.name: u.id for u in session.exec(select(AdminUnit).where(
            AdminUnit.kind == UnitKind.COMMUNE, AdminUnit.valid_until.is_(None)))}
        before = plan_places(session, plan.id, on=date(2024, 12, 31))
    with empty_database.unit_of_work(OFFICER) as uow:
        rename_village(uow, plan_id=plan.id, village_id=villages["Thôn 6"], name="Thôn Sáu")
    with empty_database.unit_of_work(OFFICER) as uow:
        move_village(uow, plan_id=plan.id, village_id=villages["Thôn 6"], commune_id=communes["Đăk Tô"])
    with empty_database.unit_of_work(OFFICER) as uow:
        rename_commune(uow, commune_id=communes["Đăk Tô"], name="Đăk Tô Mới")  # under the province: no district
    with empty_database.session() as session:
        assert plan_places(session, plan.id, on=date(2025, 12, 31)) == plan_places(session, plan.id)
        assert plan_places(session, plan.id, on=date(2024, 12, 31)) == before, "the years before stay as they were"
        six = [(s.valid_from, s.units.village, s.units.commune) for s in village_history(session, villages["Thôn 6"])]
        assert six == [(None, "Thôn 6", "Pô Kô"), (EFFECTIVE, "Thôn Sáu", "Đăk Tô Mới")]
        five = [(s.valid_from, s.units.commune) for s in village_history(session, villages["Thôn 5"])]
        assert five == [(None, "Pô Kô"), (EFFECTIVE, "Đăk Tô Mới")]
