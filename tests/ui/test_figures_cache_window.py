"""The window started again on the same database shows its figures from the figures cache (storage/figures_cache.py):
the same tree figures and status-bar line as a window that read everything in full, also after saves another
program made meanwhile; a change that left no audit row is corrected once the window has settled."""

import logging
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import text
from sqlmodel import select

from domain.assessing import set_assessment
from domain.criteria import Criterion, CriterionStatus
from domain.plans import resolve_plan
from domain.recording import save_record
from tests.conftest import OFFICER
from tests.ui.conftest import SETTLE_S, open_window, settle


def _shown(window) -> tuple[list[tuple], str]:
    """Every row of the tree (each column's text and tooltip) and the status bar's figures line."""
    model = window.tree_model
    rows = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append(tuple((model.index(row, column, parent).data(),
                               model.index(row, column, parent).data(Qt.ItemDataRole.ToolTipRole))
                              for column in range(model.columnCount(parent))))
            walk(index)

    walk(QModelIndex())
    return rows, window.figures_note.text()


def _done(qtbot, window) -> None:
    """Settled, and the safety net's full computation (the prefetch reader's) ended too."""
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.prefetch.pending() and window.reads.running() == 0,
                    timeout=SETTLE_S * 1000)


def _close(window) -> None:
    """No more reads from the window, as when the program ends; what it kept in the cache written."""
    window.plan_gateway.figures_cache().wait()
    window.reads.close()
    window.prefetch.close()
    window.plan_gateway.close()
    window.hide()


def _full_read(qtbot, database, settings, monkeypatch, tmp_path) -> tuple[list[tuple], str]:
    """What a window shows that has nothing kept (a cache folder of its own, empty)."""
    monkeypatch.setattr("ui.plan_gateway.cache_folder", lambda: tmp_path / "empty-cache")
    window = open_window(qtbot, database, OFFICER, settings)
    assert not window.held[window.year].cached
    shown = _shown(window)
    _done(qtbot, window)
    _close(window)
    return shown


def test_started_again_the_window_shows_from_the_cache_what_a_full_read_shows(qtbot, database, settings,
                                                                               figures_cache_folder, monkeypatch,
                                                                               tmp_path):
    first = open_window(qtbot, database, OFFICER, settings)
    assert not first.held[first.year].cached  # nothing kept yet: read in full, then kept
    _done(qtbot, first)
    _close(first)
    with database.session() as session:  # another program's saves, audited as every save is
        plan = resolve_plan(session, None)
        criteria = list(session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)))
    year = first.year
    villages = [p.village_id for p in first.places[:3]]
    with database.unit_of_work(OFFICER) as uow:
        for criterion_id in criteria:
            set_assessment(uow, plan_id=plan.id, village_id=villages[0], criterion_id=criterion_id, year=year,
                           status=CriterionStatus.MET)
    with database.unit_of_work(OFFICER) as uow:
        save_record(uow, kind="visits", plan_id=plan.id, village_id=villages[1],
                    values={"day": date(year, 5, 2), "people": "Tổ hỗ trợ"})

    again = open_window(qtbot, database, OFFICER, settings)
    assert again.held[again.year].cached  # from the cache, refreshed for the two villages
    from_cache = _shown(again)
    _done(qtbot, again)
    assert _shown(again) == from_cache  # the safety net found nothing to correct
    _close(again)
    assert from_cache == _full_read(qtbot, database, settings, monkeypatch, tmp_path)


def test_a_change_without_audit_row_is_corrected_once_settled(qtbot, database, settings, figures_cache_folder,
                                                               monkeypatch, tmp_path, caplog):
    first = open_window(qtbot, database, OFFICER, settings)
    _done(qtbot, first)
    _close(first)
    villages = ", ".join(str(p.village_id) for p in first.places[:5])
    with database.session() as session:  # raw SQL on the file: no audit row says so
        assert session.exec(text(f"delete from assessment where village_id in ({villages})")).rowcount
        session.commit()
    with caplog.at_level(logging.WARNING, logger="ui.plan_gateway"):
        again = open_window(qtbot, database, OFFICER, settings)
        assert again.held[again.year].cached
        stale = _shown(again)
        _done(qtbot, again)
    corrected = _shown(again)
    _close(again)
    assert corrected != stale
    assert not again.held[again.year].cached
    assert any("differed from a full computation" in record.getMessage() for record in caplog.records)
    assert corrected == _full_read(qtbot, database, settings, monkeypatch, tmp_path)


def test_a_layout_changed_without_audit_row_is_corrected_once_settled(qtbot, database, settings,
                                                                       figures_cache_folder, monkeypatch, tmp_path,
                                                                       caplog):
    """A village renamed and another moved to another commune by raw SQL: the next start shows the layout kept in
    the cache, and once settled the tree, its figures and the status bar are those of a full read."""
    first = open_window(qtbot, database, OFFICER, settings)
    _done(qtbot, first)
    _close(first)
    renamed, moved = first.places[0], first.places[-1]
    other_commune = next(p.commune_id for p in first.places if p.commune_id != moved.commune_id)
    with database.session() as session:  # raw SQL on the file: no audit row says so
        session.exec(text("update village set name = 'Làng Đổi Tên' where id = :v"), params={"v": renamed.village_id})
        session.exec(text("update village set commune_id = :c where id = :v"),
                     params={"c": other_commune, "v": moved.village_id})
        session.commit()
    with caplog.at_level(logging.WARNING, logger="ui.plan_gateway"):
        again = open_window(qtbot, database, OFFICER, settings)
        assert again.layout.cached
        assert "Làng Đổi Tên" not in {p.village for p in again.places}
        stale = _shown(again)
        _done(qtbot, again)
        # the layout read again, then its year's figures (from the cache, by village) checked in full in turn
        qtbot.waitUntil(lambda: not again.layout.cached and again.year in again.held
                        and not again.held[again.year].cached, timeout=SETTLE_S * 1000)
        _done(qtbot, again)
    corrected = _shown(again)
    _close(again)
    assert corrected != stale
    assert "Làng Đổi Tên" in {p.village for p in again.places}
    assert next(p for p in again.places if p.village_id == moved.village_id).commune_id == other_commune
    assert any("layout of plan" in record.getMessage() for record in caplog.records)
    assert corrected == _full_read(qtbot, database, settings, monkeypatch, tmp_path)
