"""The figures cache (storage/figures_cache.py) through the window's gateway, on SQLite and PostgreSQL: what it gives
equals a full computation after changes another program made, and what it cannot prove is read again."""

import random
import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from domain.audit import record_change
from domain.campaign import campaign_rollup
from domain.criteria import Criterion
from domain.history import HistoryFilter, audit_reader, history_count, history_kinds, history_people
from domain.places import plan_places
from domain.plans import resolve_plan
from domain.progress import plan_progress
from domain.summary import summary
from storage.database import open_database
from storage.figures_cache import FiguresCache, database_identity
from tests.conftest import ACTOR, OFFICER
from tests.domain.test_figures_refresh import _change
from ui.plan_gateway import PlanGateway

ENTITIES = ("assessment", "householdindicators", "communitymodel", "contribution", "visit", "concern")


def _start(database, folder: Path) -> PlanGateway:
    """The gateway as a new start of the window makes it."""
    return PlanGateway(database, OFFICER, folder)


def _plan(database):
    with database.session() as session:
        return resolve_plan(session, None)


def _full(database, plan, year):
    with database.session() as session:
        places = plan_places(session, plan.id)
        return plan_progress(session, plan, year, places), campaign_rollup(session, plan, year, places, date.today())


def _read(gateway: PlanGateway, plan, year):
    """The layout and the year's figures as the window reads them, once what they kept is written."""
    layout = gateway.layout(plan)
    figures = gateway.figures(plan, year, layout.places)
    gateway.figures_cache().wait()
    return layout, figures


def _assert_exact(figures, database, plan, year) -> None:
    progress, campaign = _full(database, plan, year)
    assert figures.progress == progress
    assert figures.campaign == campaign
    assert figures.campaign._sums == campaign._sums


def _audited_changes(url: str, plan, rng: random.Random, village_ids: list[int], criteria: list[int], year: int):
    """Random changes to a few villages' records and assessments, by another program (its own engine), each with
    the audit row the use cases write."""
    other = open_database(url, actor=ACTOR)
    changed = set()
    try:
        with other.unit_of_work(OFFICER) as uow:
            for _ in range(rng.randint(1, 4)):
                village = rng.choice(village_ids)
                changed.add(village)
                _change(uow.session, rng, village, criteria, plan, year)
                record_change(uow.session, actor=ACTOR, entity=rng.choice(ENTITIES), entity_id=None, field="*",
                              old=None, new="x", village_id=village)
            uow.commit()
    finally:
        other.close()
    return changed


def test_the_cache_equals_a_full_computation_after_random_changes_by_another_program(database, tmp_path):
    folder = tmp_path / "figures"
    plan = _plan(database)
    year = plan.first_year + 2
    layout, figures = _read(_start(database, folder), plan, year)
    assert not layout.cached and not figures.cached  # the first start of the day: read in full, then kept
    _assert_exact(figures, database, plan, year)
    with database.session() as session:
        criteria = list(session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)))
    village_ids = [p.village_id for p in layout.places]
    rng = random.Random(15)
    for _ in range(12):
        _audited_changes(database.url, plan, rng, village_ids, criteria, year)
        again, figures = _read(_start(database, folder), plan, year)
        assert again.cached and figures.cached
        assert again.places == layout.places and again.assignments == layout.assignments
        assert again.agencies == layout.agencies and again.agency_names == layout.agency_names
        _assert_exact(figures, database, plan, year)


def test_a_change_to_the_plan_reads_the_layout_and_figures_again(database, tmp_path):
    folder = tmp_path / "figures"
    plan = _plan(database)
    _read(_start(database, folder), plan, plan.first_year)
    with database.unit_of_work(OFFICER) as uow:  # as plan editing writes it: the village named
        record_change(uow.session, actor=ACTOR, entity="assignment", entity_id=1, field="role", old="lead",
                      new="co_support", village_id=1)
        uow.commit()
    layout, figures = _read(_start(database, folder), plan, plan.first_year)
    assert not layout.cached and not figures.cached
    layout, figures = _read(_start(database, folder), plan, plan.first_year)
    assert layout.cached and figures.cached  # kept again at the new mark


def test_another_file_at_the_same_path_is_read_in_full(database, tmp_path):
    """Files kept at a mark whose row this database holds at another time: another database behind the same path."""
    folder = tmp_path / "figures"
    plan = _plan(database)
    gateway = _start(database, folder)
    _read(gateway, plan, plan.first_year)
    cache = gateway.figures_cache()
    layout, figures = cache.layout(plan.id), cache.figures(plan.id, plan.first_year, date.today())
    other = replace(layout.mark, at=layout.mark.at - timedelta(days=3))
    cache.keep_layout(plan.id, other, layout.places, layout.agencies, layout.assignments, layout.agency_names)
    cache.keep_figures(plan.id, other, figures.progress, figures.campaign)
    cache.wait()
    layout, figures = _read(_start(database, folder), plan, plan.first_year)
    assert not layout.cached and not figures.cached
    _assert_exact(figures, database, plan, plan.first_year)


def test_a_restored_backup_is_read_in_full(tmp_path, sample_database_file):
    """The cache kept after a change, then a copy of the file from before the change put back: its newest audit
    row is not the mark."""
    path = tmp_path / "restored.sqlite3"
    shutil.copy(sample_database_file, path)
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(sample_database_file, backup)
    folder = tmp_path / "figures"
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    plan = _plan(database)
    with database.unit_of_work(OFFICER) as uow:
        record_change(uow.session, actor=ACTOR, entity="visit", entity_id=None, field="*", old=None, new="x",
                      village_id=1)
        uow.commit()
    _read(_start(database, folder), plan, plan.first_year)
    assert all(read.cached for read in _read(_start(database, folder), plan, plan.first_year))
    database.close()
    shutil.copy(backup, path)
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    try:
        layout, figures = _read(_start(database, folder), plan, plan.first_year)
        assert not layout.cached and not figures.cached
        _assert_exact(figures, database, plan, plan.first_year)
    finally:
        database.close()


def test_a_damaged_or_foreign_cache_file_is_ignored_and_written_again(database, tmp_path):
    folder = tmp_path / "figures"
    plan = _plan(database)
    _read(_start(database, folder), plan, plan.first_year)
    files = sorted(folder.glob("*.json"))
    assert len(files) == 2  # the layout and the year's figures
    for file in files:
        content = file.read_bytes()
        file.write_bytes(content[: len(content) // 2])  # cut short, as a full disk or a crash leaves it
    layout, figures = _read(_start(database, folder), plan, plan.first_year)
    assert not layout.cached and not figures.cached
    _assert_exact(figures, database, plan, plan.first_year)
    for file in folder.glob("*.json"):
        file.write_bytes(b'{"format": 1}\n[]')  # valid JSON, not ours
    layout, figures = _read(_start(database, folder), plan, plan.first_year)
    assert not layout.cached and not figures.cached
    layout, figures = _read(_start(database, folder), plan, plan.first_year)
    assert layout.cached and figures.cached


def test_another_databases_files_are_not_read(database, tmp_path):
    folder = tmp_path / "figures"
    plan = _plan(database)
    _read(_start(database, folder), plan, plan.first_year)
    copied = FiguresCache(folder, "sqlite:/elsewhere.sqlite3")
    assert copied.layout(plan.id) is None
    assert copied.figures(plan.id, plan.first_year, date.today()) is None
    assert database_identity(database.url, database.engine) == _start(database, folder).figures_cache().identity


def test_an_unaudited_change_is_found_by_the_check(database, tmp_path):
    """The safety net: a change that left no audit row (raw SQL) gives cached figures that differ; the full
    computation the window runs once settled (PlanGateway.check) gives the exact ones."""
    folder = tmp_path / "figures"
    plan = _plan(database)
    year = plan.first_year
    layout, _ = _read(_start(database, folder), plan, year)
    with database.session() as session:
        village = layout.places[0].village_id
        session.exec(text("delete from assessment where village_id = :v and year = :y"),
                     params={"v": village, "y": year})
        session.exec(text("insert into visit (village_id, day, people, activities, agreed, version) "
                          "values (:v, :d, 'Tổ', '', '', 1)"),
                     params={"v": village, "d": date(year, 3, 1)})
        session.commit()
    gateway = _start(database, folder)
    layout, shown = _read(gateway, plan, year)
    assert shown.cached
    progress, campaign = _full(database, plan, year)
    assert shown.progress != progress  # what the cache says is not what the file holds
    exact = gateway.check(plan, year, layout.places, shown)
    assert exact is not None and exact.progress == progress and exact.campaign == campaign
    assert gateway.check(plan, year, layout.places, exact) is None
    gateway.figures_cache().wait()
    again = _start(database, folder).figures(plan, year, layout.places)  # the exact figures were kept
    assert again.cached and again.progress == progress


def test_an_unaudited_change_of_the_layout_is_found_by_the_check(database, tmp_path):
    """The safety net checks the layout too: a village renamed and one moved to another commune by raw SQL give a
    cached layout that differs; the full read (PlanGateway.check_layout) gives the exact one and keeps it."""
    folder = tmp_path / "figures"
    plan = _plan(database)
    layout, _ = _read(_start(database, folder), plan, plan.first_year)
    renamed, moved = layout.places[0], layout.places[-1]
    commune = next(p.commune_id for p in layout.places if p.commune_id != moved.commune_id)
    with database.session() as session:
        session.exec(text("update village set name = 'Làng Đổi Tên' where id = :v"), params={"v": renamed.village_id})
        session.exec(text("update village set commune_id = :c where id = :v"),
                     params={"c": commune, "v": moved.village_id})
        session.commit()
    gateway = _start(database, folder)
    shown = gateway.layout(plan)
    assert shown.cached and shown.places == layout.places  # what the cache says is not what the file holds
    exact = gateway.check_layout(plan, shown)
    with database.session() as session:
        assert exact is not None and exact.places == plan_places(session, plan.id)
    assert gateway.check_layout(plan, exact) is None
    gateway.figures_cache().wait()
    again = _start(database, folder).layout(plan)  # the exact layout was kept
    assert again.cached and again.places == exact.places


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(database, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be")
    plan = _plan(database)
    layout, figures = _read(_start(database, blocked), plan, plan.first_year)
    assert not layout.cached and not figures.cached
    _assert_exact(figures, database, plan, plan.first_year)


def test_the_folder_keeps_the_newest_files_only(database, tmp_path, monkeypatch):
    monkeypatch.setattr("storage.figures_cache.MAX_FILES", 3)
    folder = tmp_path / "figures"
    plan = _plan(database)
    gateway = _start(database, folder)
    layout = gateway.layout(plan)
    for year in range(plan.first_year, plan.last_year + 1):
        gateway.figures(plan, year, layout.places)
        gateway.figures_cache().wait()
    assert plan.last_year - plan.first_year + 2 > 3
    assert len(list(folder.glob("*.json"))) == 3
    assert gateway.figures(plan, plan.last_year, layout.places).cached  # the newest kept
    assert not list(folder.glob(".writing-*"))


def test_a_file_whose_tables_inflate_past_the_limit_is_ignored(database, tmp_path, monkeypatch):
    """A file is input: one that passes its checksum but whose packed tables inflate to more than a plan can hold
    (a crafted one) is not inflated whole, and is read again."""
    folder = tmp_path / "figures"
    plan = _plan(database)
    _read(_start(database, folder), plan, plan.first_year)
    monkeypatch.setattr("storage.figures_cache.MAX_TABLE_BYTES", 64)
    layout, figures = _read(_start(database, folder), plan, plan.first_year)
    assert not layout.cached and not figures.cached
    _assert_exact(figures, database, plan, plan.first_year)


def test_the_dashboards_summary_from_the_kept_facts_equals_one_read_afresh(database, tmp_path):
    """The summary's facts kept by one start are used by the next (refreshed for the villages audited since), and
    the summary made from them is the one read afresh."""
    folder = tmp_path / "figures"
    plan = _plan(database)
    year = plan.first_year + 2
    gateway = _start(database, folder)
    layout, figures = _read(gateway, plan, year)
    gateway.summary(plan, year, layout.places, figures.progress, figures.campaign)
    gateway.figures_cache().wait()
    with database.session() as session:
        criteria = list(session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)))
    village_ids = [p.village_id for p in layout.places]
    rng = random.Random(17)
    for _ in range(6):
        _audited_changes(database.url, plan, rng, village_ids, criteria, year)
        again = _start(database, folder)
        assert again.figures_cache().facts(plan.id, year, date.today()) is not None
        layout, figures = _read(again, plan, year)
        shown = again.summary(plan, year, layout.places, figures.progress, figures.campaign)
        again.figures_cache().wait()
        with database.session() as session:
            assert shown == summary(session, plan, year, date.today())


def _history_gateway(database, folder: Path):
    """The history's gateway as a new start of the window makes it, keeping its tally with the figures."""
    from ui.history_gateway import HistoryGateway

    return HistoryGateway(database, _start(database, folder).figures_cache)


def test_the_historys_tally_is_kept_and_brought_up_to_date_at_the_next_start(database, tmp_path):
    """The people, kinds and count of every change, from the tally the last start kept and the rows written since,
    are those read from the whole audit; another account's tally is not used."""
    folder = tmp_path / "figures"
    everything = HistoryFilter()
    first = _history_gateway(database, folder)
    assert first.warm() is not None  # as the window does once it is idle
    first._cache().wait()
    with database.session() as session:
        reader = audit_reader(session)
        kept = first._cache().audit_tally(reader)
    assert kept is not None and first._cache().audit_tally(reader + "x") is None
    # a person only the kept file names: the next start builds on the file, not on the whole audit
    first._cache().keep_audit_tally(reader, replace(kept, counts=kept.counts | {("chi_trong_tep", "visit"): 2}))
    first._cache().wait()
    with database.unit_of_work(OFFICER) as uow:
        record_change(uow.session, actor="lan", entity="visit", entity_id=None, field="*", old=None, new="x",
                      village_id=1)
        uow.commit()
    again = _history_gateway(database, folder)
    assert ("chi_trong_tep", "chi_trong_tep") in again.people(everything)
    with database.session() as session:
        assert ("lan", "lan") in history_people(session, everything)
        assert again.page(everything, 1).total == history_count(session, everything) + 2
    fresh = tmp_path / "fresh"
    third = _history_gateway(database, fresh)
    third.warm()
    with database.session() as session:
        assert third.people(everything) == history_people(session, everything)
        assert third.kinds(everything) == history_kinds(session, everything)
        for flt in (everything, HistoryFilter(actor="lan"), HistoryFilter(kind="visit")):
            assert third.page(flt, 1).total == history_count(session, flt)
