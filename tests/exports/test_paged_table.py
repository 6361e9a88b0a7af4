"""A table of hundreds of rows laid out a page at a time prints the same pages as the whole table would."""

from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from exports.document import MARGINS, PAGE, grid_style, styles
from exports.paged_table import ROWS, PagedTable
from tests.pdf import pdf_pages


def _rows(st) -> tuple[list, list[list]]:
    """A header, then rows of one line, with now and then one of three lines (a long name that wraps)."""
    header = [[Paragraph("<b>Thôn (làng)</b>", st.cell_bold), Paragraph("<b>Số</b>", st.cell_bold)]]
    body = [[Paragraph(f"Thôn {i}" + (" có tên rất dài" * 12 if i % 37 == 0 else ""), st.cell), str(i)]
            for i in range(ROWS * 3 + 17)]
    return header, body


def _write(path, table) -> list[str]:
    st = styles()
    document = SimpleDocTemplate(str(path), pagesize=PAGE, **MARGINS)
    document.build([Paragraph("Danh sách", st.section), Spacer(1, 200), table])
    return pdf_pages(path)


def _table(rows: list[list]) -> Table:
    table = Table(rows, colWidths=[300, 60], repeatRows=1)
    table.setStyle(TableStyle(grid_style()))
    return table


def test_a_paged_table_prints_the_pages_of_the_whole_table(tmp_path):
    header, body = _rows(styles())
    whole = _write(tmp_path / "whole.pdf", _table(header + body))
    paged = _write(tmp_path / "paged.pdf", PagedTable(lambda start, stop: _table(header + body[start:stop]),
                                                      len(body), header_rows=1))
    assert len(whole) > 8
    assert paged == whole
    assert all(page.count("Thôn (làng) Số") == 1 for page in paged[1:])  # the header once on every page
    assert f"Thôn {len(body) - 1} {len(body) - 1}" in paged[-1]
