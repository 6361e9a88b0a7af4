"""Rows as tall as their wrapped text, measured where they changed (issue 14: the checklist's vertical header
measured all 17 rows again after each evidence saved, ~80 ms, for one row's new text)."""

from collections import Counter
from dataclasses import dataclass

from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QTableView

from ui.table_models import Column, RowTableModel, rows_fitted_as_changed

SHORT = "Có"
LONG = " ".join(["Biên bản kiểm tra của xã"] * 12)


@dataclass(frozen=True)
class _Row:
    number: int
    text: str


class _Counting(QStyledItemDelegate):
    """Counts the rows whose cells are measured."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.measured: Counter[int] = Counter()

    def sizeHint(self, option, index):  # noqa: N802
        self.measured[index.row()] += 1
        return super().sizeHint(option, index)


def _table(qtbot, texts: list[str]) -> tuple[QTableView, RowTableModel, _Counting]:
    model = RowTableModel([Column(lambda: "Số", lambda row: str(row.number)), Column(lambda: "Minh chứng",
                                                                                   lambda row: row.text)])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setWordWrap(True)
    delegate = _Counting(table)
    table.setItemDelegate(delegate)
    rows_fitted_as_changed(table)
    table.horizontalHeader().resizeSection(0, 40)
    table.horizontalHeader().resizeSection(1, 160)
    table.resize(260, 600)
    table.show()
    model.set_rows([_Row(number, text) for number, text in enumerate(texts, 1)])
    qtbot.waitUntil(lambda: bool(delegate.measured))
    qtbot.wait(20)
    return table, model, delegate


def _heights(table: QTableView) -> list[int]:
    return [table.rowHeight(row) for row in range(table.model().rowCount())]


def test_rows_set_are_all_fitted_to_their_text(qtbot):
    table, _model, _delegate = _table(qtbot, [SHORT, LONG, SHORT])
    short, long, _ = _heights(table)
    assert long > 2 * short
    assert table.verticalHeader().sectionResizeMode(0) != QHeaderView.ResizeMode.ResizeToContents


def test_a_row_changed_is_the_only_one_measured_again(qtbot):
    table, model, delegate = _table(qtbot, [SHORT] * 17)
    before = _heights(table)
    delegate.measured.clear()
    model.replace_rows({5: _Row(6, LONG)})
    qtbot.wait(20)
    after = _heights(table)
    assert set(delegate.measured) == {5}
    assert after[5] > 2 * before[5]
    assert after[:5] + after[6:] == before[:5] + before[6:]


def test_a_column_widened_fits_every_row_again(qtbot):
    table, _model, _delegate = _table(qtbot, [LONG, LONG])
    narrow = _heights(table)
    table.horizontalHeader().resizeSection(1, 600)
    qtbot.waitUntil(lambda: all(now < then for now, then in zip(_heights(table), narrow, strict=True)))
