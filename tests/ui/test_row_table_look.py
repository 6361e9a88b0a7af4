"""What the row tables show, role by role (ui/table_models.RowTableModel answers a paint's roles without going
through each, issue 14): a few cells of the history, the review list, the records' lists (a difficulty overdue, an
amount, the files' paperclip) and the accounts, every role Qt may ask read, and every role the model does not
answer None. Written before the fast path moved into RowTableModel, passing before and after it."""

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont, QIcon, QImage, QPixmap

from domain.formatting import format_moment
from domain.history import HistoryRow
from domain.places import PlaceRow
from domain.recording import KINDS
from domain.review_reads import CommentView, LeadReview
from domain.village_records import Concern, Contribution
from domain.vocabulary import ConcernStatus, ResourceKind, ReviewState, ReviewStep, Role, SourceKind
from ui.account_dialogs import ACCOUNT_COLUMNS
from ui.attachment_icon import paperclip
from ui.history_model import HistoryModel
from ui.records_page import RecordsPage
from ui.review_icons import review_icon, state_mark
from ui.reviews_page import LeadReviewModel
from ui.table_models import ROW_ROLE, SORT_ROLE, RowTableModel

R = Qt.ItemDataRole
ROLES = [*range(int(R.UserRole)), *range(int(R.UserRole), int(R.UserRole) + 8)]
"""Every role Qt has, and the first user roles (the model's own: the row, its sort key)."""
TODAY = date(2026, 12, 3)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DISPLAY, DECORATION, TOOLTIP, ALIGNMENT = (int(role) for role in (R.DisplayRole, R.DecorationRole, R.ToolTipRole,
                                                                  R.TextAlignmentRole))
BOLD_RED = {int(R.FontRole): "bold", int(R.ForegroundRole): "#9c1c1c"}
"""An overdue row's cells."""


def shown(value: Any) -> Any:
    """A role's value as a reader compares it: a font by its weight, a brush by its colour, an icon by its
    pixels."""
    if isinstance(value, QFont):
        return "bold" if value.bold() else "regular"
    if isinstance(value, QBrush):
        return value.color().name()
    if isinstance(value, QIcon):
        value = value.pixmap(16, 16)
    if isinstance(value, QPixmap):
        image = value.toImage().convertToFormat(QImage.Format.Format_ARGB32)
        return ("picture", image.width(), image.height(), bytes(image.constBits()))
    return value


def look(model: RowTableModel, row: int, column: int) -> dict[int, Any]:
    """Every role of the cell that the model answers, with what it answers (the roles it answers None left out),
    read as Qt reads it (through the C++ index)."""
    index = model.index(row, column)
    read = {role: shown(index.data(role)) for role in ROLES}
    return {role: value for role, value in read.items() if value is not None}


def answered(display: str, row: Any, tooltip: str | None = None, sort: Any = None) -> dict[int, Any]:
    """A cell's roles as every row table answers them: its text, its tooltip (the text unless said), the row object,
    its sort key (the text unless said)."""
    return {DISPLAY: display, TOOLTIP: display if tooltip is None else tooltip, ROW_ROLE: row,
            SORT_ROLE: display if sort is None else sort}


def history_model() -> HistoryModel:
    when = datetime(2026, 11, 30, 8, 15, tzinfo=UTC)
    model = HistoryModel(gateway=None)
    model.set_rows([HistoryRow(41, when, "bich", "Trần Thị Bích (bich)", "concern", 7, "Thay đổi", 3, "Bản Mới",
                               "Khó khăn: Thiếu nước", "text", "Nội dung", "Thiếu nước\nsạch", "Thiếu nước sạch", "")])
    return model


def review_model() -> LeadReviewModel:
    returned = CommentView(ReviewStep.RETURN, "thu.ky", "Lê Thư Ký", datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
                           "Thiếu ảnh minh chứng")
    rows = [LeadReview(1, PlaceRow(1, "Bản Mới", 10, "Xã Một", 100, "Huyện A"), ReviewState.IN_REVIEW,
                       date(2026, 11, 30), True, None, 1),
            LeadReview(2, PlaceRow(2, "Bản Cũ", 10, "Xã Một", None, None), ReviewState.RETURNED, None, False,
                       returned, 3),
            LeadReview(3, PlaceRow(3, "Nà Phai", 11, "Xã Hai", 100, "Huyện A"), ReviewState.APPROVED,
                       date(2026, 12, 20), False, None, 2)]
    model = LeadReviewModel()
    model.set_rows(rows)
    return model


def records_model(kind: str, rows: list, files: dict[int, int]) -> RowTableModel:
    """The records page's own model of `kind` (RecordsPage._make_model), over `rows` with `files` attached."""
    page = QObject()  # what _make_model reads of its page
    page.kind, page.attachment_counts, page.record_of = KINDS[kind], files, lambda row: row
    page.gateway = SimpleNamespace(today=TODAY, agency_names={5: "Sở Hai"})
    model = RecordsPage._make_model(page)
    model.set_rows(rows)
    return model


def concerns_model() -> RowTableModel:
    return records_model("concerns", [
        Concern(id=1, village_id=3, raised_on=TODAY - timedelta(days=120), text="Thiếu nước  sạch\ncho bản",
                status=ConcernStatus.OPEN),
        Concern(id=2, village_id=3, raised_on=TODAY - timedelta(days=10), text="Đường trơn", forwarded_to="Xã",
                status=ConcernStatus.FORWARDED)], {1: 2})


def contributions_model() -> RowTableModel:
    return records_model("contributions", [
        Contribution(id=8, village_id=3, day=date(2026, 4, 2), source_kind=SourceKind.AGENCY, agency_id=5,
                     kind=ResourceKind.MONEY, amount=12_500_000, purpose="Bò giống"),
        Contribution(id=9, village_id=3, day=date(2026, 5, 6), source_kind=SourceKind.PERSON,
                     source_name="A Blong", kind=ResourceKind.WORKDAYS, amount=40)], {9: 1})


def accounts_model() -> RowTableModel:
    from ui.account_gateway import AccountRow

    model = RowTableModel(ACCOUNT_COLUMNS)
    model.set_rows([AccountRow(1, "chanh.vp", "Trần Văn Chánh", Role.SECRETARIAT, True, "", None),
                    AccountRow(2, "nga", "Lê Thị Nga", Role.TEAM_LEAD, True, "Lê Thị Nga", 5,
                               waiting_until=datetime(2026, 12, 3, 4, 30, tzinfo=UTC))])
    return model


MODELS = {"history": history_model, "reviews": review_model, "concerns": concerns_model,
          "contributions": contributions_model, "accounts": accounts_model}


def every_cell(model: RowTableModel) -> dict[tuple[int, int], dict[int, Any]]:
    return {(row, column): look(model, row, column) for row in range(model.rowCount())
            for column in range(model.columnCount())}


def cells_with(model: RowTableModel, role: int) -> set[tuple[int, int]]:
    return {cell for cell, roles in every_cell(model).items() if role in roles}


def test_the_history_shows_each_text_whole_in_its_tooltip_and_sorts_by_time_or_text_without_diacritics(qtbot):
    model = history_model()
    change = model.row_at(0)
    assert look(model, 0, 0) == answered(format_moment(change.when), change,
                                         sort="2026-11-30T08:15:00+00:00#000000000041")
    assert look(model, 0, 1) == answered("Trần Thị Bích (bich)", change, "<qt>Trần Thị Bích (bich)</qt>",
                                         "tran thi bich (bich)\0Trần Thị Bích (bich)")
    assert look(model, 0, 6) == answered("Thiếu nước sạch", change, "<qt>Thiếu nước<br>sạch</qt>",
                                         "thieu nuoc sach\0Thiếu nước\nsạch")
    assert {frozenset(roles) for roles in every_cell(model).values()} == {frozenset(answered("", change))}


def test_the_review_list_marks_each_state_and_writes_an_overdue_village_bold_dark_red(qtbot):
    model = review_model()
    overdue, approved, returned = (model.row_at(row) for row in range(3))
    assert [row.place.village for row in (overdue, approved, returned)] == ["Bản Mới", "Nà Phai", "Bản Cũ"]
    assert look(model, 0, 0) == answered("Bản Mới", overdue) | BOLD_RED
    assert look(model, 0, 3) == answered("Đang rà soát · quá hạn", overdue, sort=0) | BOLD_RED | {
        DECORATION: shown(review_icon(state_mark(ReviewState.IN_REVIEW, True)))}
    assert look(model, 1, 3) == answered("Đã duyệt", approved, sort=6) | {
        DECORATION: shown(review_icon(state_mark(ReviewState.APPROVED, False)))}
    assert look(model, 1, 4) == answered("20/12/2026", approved, sort=date(2026, 12, 20).toordinal())
    assert look(model, 2, 5) == answered("Thiếu ảnh minh chứng", returned)
    assert cells_with(model, DECORATION) == {(0, 3), (1, 3), (2, 3)}
    assert cells_with(model, int(R.FontRole)) == cells_with(model, int(R.ForegroundRole)) == {
        (0, column) for column in range(6)}
    assert cells_with(model, ALIGNMENT) == set()


def test_a_records_list_shows_the_files_paperclip_and_an_overdue_difficulty_bold_dark_red(qtbot):
    model = concerns_model()
    overdue, recent = model.row_at(0), model.row_at(1)
    assert look(model, 0, 0) == answered("05/08/2026", overdue, sort=overdue.raised_on) | BOLD_RED | {
        DECORATION: shown(paperclip(2))}
    assert look(model, 0, 1) == answered("Thiếu nước sạch cho bản", overdue, "Thiếu nước  sạch\ncho bản") | BOLD_RED
    assert look(model, 0, 4) == answered("⚠ quá 90 ngày", overdue) | BOLD_RED
    assert look(model, 1, 0) == answered("23/11/2026", recent, sort=recent.raised_on)
    assert look(model, 1, 2) == answered("Xã", recent)
    assert cells_with(model, DECORATION) == {(0, 0)}
    assert cells_with(model, int(R.FontRole)) == cells_with(model, int(R.ForegroundRole)) == {
        (0, column) for column in range(7)}


def test_a_records_list_sets_its_amounts_right(qtbot):
    model = contributions_model()
    money, workdays = model.row_at(0), model.row_at(1)
    assert look(model, 0, 5) == answered("12.500.000 đồng", money, sort=12_500_000) | {ALIGNMENT: RIGHT}
    assert look(model, 1, 5) == answered("40 ngày công", workdays, sort=40) | {ALIGNMENT: RIGHT}
    assert look(model, 1, 0) == answered("06/05/2026", workdays, sort=workdays.day) | {DECORATION: shown(paperclip(1))}
    assert look(model, 0, 2) == answered("Sở Hai", money)
    assert cells_with(model, ALIGNMENT) == {(0, 5), (1, 5)}
    assert cells_with(model, DECORATION) == {(1, 0)}
    assert cells_with(model, int(R.FontRole)) == set()


def test_a_plain_row_table_answers_its_texts_and_nothing_else(qtbot):
    model = accounts_model()
    chief = model.row_at(0)
    assert look(model, 0, 0) == answered("chanh.vp", chief)
    assert look(model, 0, 4) == answered("đang dùng", chief)
    assert {frozenset(roles) for roles in every_cell(model).values()} == {frozenset(answered("", chief))}


@pytest.mark.parametrize("name", MODELS)
def test_no_role_of_a_cell_that_is_not_there(qtbot, name):
    model = MODELS[name]()
    assert [role for role in ROLES if model.data(QModelIndex(), role) is not None] == []
