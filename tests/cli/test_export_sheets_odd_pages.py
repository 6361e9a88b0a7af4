"""`export sheets --odd-pages / --no-odd-pages`: the same option as the window's, read back per page."""

import pytest

from storage.database import open_database
from tests.cli.run import run
from tests.conftest import ACTOR
from tests.pdf import pdf_pages


@pytest.fixture
def sample_db(db_path):
    open_database(f"sqlite:///{db_path}", actor=ACTOR).close()  # the sample plan is loaded on first open
    return db_path


def _starts(target) -> list[int]:
    return [n for n, page in enumerate(pdf_pages(target), start=1) if "ĐẢNG CỘNG SẢN VIỆT NAM" in page]


@pytest.mark.parametrize(("option", "odd"), [([], True), (["--odd-pages"], True), (["--no-odd-pages"], False)])
def test_the_option_decides_whether_every_village_starts_on_an_odd_page(sample_db, tmp_path, capsys, option, odd):
    target = tmp_path / "all.pdf"
    status, out, err = run(capsys, "--db", str(sample_db), "export", "sheets", "--year", "2025", *option,
                           "--out", str(target))
    assert (status, err) == (0, "")
    starts = _starts(target)
    assert len(starts) == 57
    assert all(n % 2 == 1 for n in starts) is odd
    assert f"({len(pdf_pages(target))} trang)" in out


def test_one_village_with_odd_pages_asked_has_no_blank_page(sample_db, tmp_path, capsys):
    target = tmp_path / "one.pdf"
    status, _, _ = run(capsys, "--db", str(sample_db), "export", "sheets", "--year", "2025", "--odd-pages",
                       "--village", "Làng Kon Pia", "--out", str(target))
    assert status == 0
    assert all(page.strip() for page in pdf_pages(target))
