"""The command line: `export sheets` for a plan, a village, errors on one line with exit status 2."""

import subprocess
import sys
from pathlib import Path

import pytest

from domain.plans import create_plan
from storage.database import open_database
from tests.builders import small_plan_draft
from tests.cli.run import run
from tests.conftest import ACTOR, OFFICER
from tests.pdf import pdf_pages, pdf_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_with_real_plan(db_path):
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    with database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())
    database.close()
    return db_path


def test_every_village_of_the_only_real_plan(db_with_real_plan, tmp_path, capsys):
    target = tmp_path / "all.pdf"
    status, out, err = run(capsys, "--db", str(db_with_real_plan), "export", "sheets", "--year", "2024",
                            "--out", str(target))
    assert (status, err) == (0, "")
    assert "4 thôn" in out
    pages = pdf_pages(target)
    assert [page.count("ĐẢNG CỘNG SẢN VIỆT NAM") for page in pages] == [1, 0] * 4  # two pages a village
    assert "Kế hoạch số 1-KH/TEST" in pdf_text(target)


def test_one_village_named_with_its_commune(db_with_real_plan, tmp_path, capsys):
    target = tmp_path / "one.pdf"
    status, out, _ = run(capsys, "--db", str(db_with_real_plan), "export", "sheets", "--year", "2025",
                          "--village", "thon 1, xa hai", "--out", str(target))
    assert status == 0
    text = pdf_text(target)
    assert "Thôn (làng): Thôn 1; Xã: Xã Hai" in text
    assert "Xã Một" not in text


def test_the_sample_plan_by_code_when_a_real_plan_exists(db_with_real_plan, tmp_path, capsys):
    target = tmp_path / "sample.pdf"
    status, _, _ = run(capsys, "--db", str(db_with_real_plan), "export", "sheets", "--year", "2025",
                        "--plan", "133-KH/TU (MẪU)", "--village", "Làng Kon Pia", "--out", str(target))
    assert status == 0
    assert "Ngọk Yêu" in pdf_text(target)


@pytest.mark.parametrize(("args", "message"), [
    (["--village", "Thôn 1"], "hãy ghi kèm tên xã: “Thôn 1, Xã Hai”; “Thôn 1, Xã Một”"),
    (["--village", "Thôn Không Có"], "Không có thôn (làng) “Thôn Không Có”"),
    (["--plan", "9-KH/TU"], "Không có kế hoạch số hiệu “9-KH/TU”"),
    (["--year", "2031"], "Năm 2031 nằm ngoài thời gian của kế hoạch (2024–2026)"),
])
def test_a_wrong_choice_is_one_line_and_status_2(db_with_real_plan, tmp_path, capsys, args, message):
    target = tmp_path / "x.pdf"
    base = ["--db", str(db_with_real_plan), "export", "sheets", "--year", "2025", "--out", str(target)]
    status, out, err = run(capsys, *base, *args)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert message in err
    assert not target.exists()


def test_several_real_plans_need_plan_and_the_message_names_them(db_with_real_plan, tmp_path, capsys):
    database = open_database(f"sqlite:///{db_with_real_plan}", actor=ACTOR)
    with database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft("2-KH/TEST"))
    database.close()
    status, _, err = run(capsys, "--db", str(db_with_real_plan), "export", "sheets", "--year", "2025",
                          "--out", str(tmp_path / "x.pdf"))
    assert status == 2
    assert "--plan" in err and "1-KH/TEST" in err and "2-KH/TEST" in err


def test_a_file_that_is_not_a_database(tmp_path, capsys):
    bogus = tmp_path / "bogus.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    status, _, err = run(capsys, "--db", str(bogus), "export", "sheets", "--year", "2025",
                          "--out", str(tmp_path / "x.pdf"))
    assert status == 2
    assert err.strip() == f"langmoi: “{bogus}” không phải là tệp cơ sở dữ liệu."


@pytest.mark.parametrize("args", [
    ["export", "sheets", "--year", "hai nghìn", "--out", "x.pdf"],
    ["export", "sheets", "--out", "x.pdf"],
    ["export", "nothing"],
    ["--colour"],
])
def test_a_wrong_argument_is_one_line_and_status_2(capsys, args):
    status, _, err = run(capsys, *args)
    assert status == 2
    assert len(err.strip().splitlines()) == 1
    assert "xem --help" in err


def test_help_lists_every_subcommand_without_a_traceback():
    result = subprocess.run([sys.executable, "main.py", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0
    assert "export" in result.stdout
    sheets = subprocess.run([sys.executable, "main.py", "export", "sheets", "--help"], cwd=ROOT,
                            capture_output=True, text=True)
    for option in ("--year", "--out", "--village", "--plan"):
        assert option in sheets.stdout


def test_the_environment_variable_chooses_the_database(db_with_real_plan, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANGMOI_DB", str(db_with_real_plan))
    status, out, _ = run(capsys, "export", "sheets", "--year", "2024", "--out", str(tmp_path / "env.pdf"))
    assert status == 0
    assert "4 thôn" in out


def test_an_unexpected_failure_is_one_line_pointing_at_the_log(db_with_real_plan, tmp_path, capsys, monkeypatch):
    import exports.sheet_export

    def broken(*args, **kwargs):
        raise RuntimeError("hỏng")

    monkeypatch.setattr(exports.sheet_export, "export_village_sheets", broken)
    status, _, err = run(capsys, "--db", str(db_with_real_plan), "export", "sheets", "--year", "2025",
                          "--out", str(tmp_path / "x.pdf"))
    assert status == 1
    assert len(err.splitlines()) == 1
    assert "lỗi không mong đợi" in err and "langmoi.log" in err


def test_an_agency_sheet_lists_its_villages_and_people_then_their_sheets(db_with_real_plan, tmp_path, capsys):
    target = tmp_path / "so_hai.pdf"
    status, out, err = run(capsys, "--db", str(db_with_real_plan), "export", "sheets", "--agency", "so hai",
                           "--year", "2024", "--out", str(target))
    assert (status, err) == (0, "")
    assert out.startswith("Đã ghi phiếu của Sở Hai và 3 thôn")
    pages = pdf_pages(target)
    cover = pages[0]
    for expected in [
        "PHIẾU THEO DÕI CÁC THÔN (LÀNG) DO SỞ HAI PHỤ TRÁCH, GIÚP ĐỠ NĂM 2024",
        "Chủ trì 2 thôn, phối hợp 1 thôn; 1/3 thôn đạt chuẩn; đạt 44,4% số tiêu chí.",
        "1 Thôn 1 Xã Hai Huyện A Chủ trì 1/3 chưa duyệt Võ Thị Hai",
        "2 Làng Mới Xã Ba Chủ trì 0/3 chưa duyệt Đinh Văn Mới",
        "3 Thôn 1 Xã Một", "Phối hợp 3/3 đạt chuẩn chưa duyệt Nguyễn Văn Tổ",
        "Võ Thị Hai Thôn 1 (Xã Hai) Tổ trưởng", "Đinh Văn Mới Làng Mới (Xã Ba) Tổ trưởng",
        "Trần Thị Phó Thôn 1 (Xã Một) Tổ phó Trưởng phòng",
    ]:
        assert expected in cover, expected
    starts = [page for page in pages if "ĐẢNG CỘNG SẢN VIỆT NAM" in page]
    assert len(starts) == 4
    assert "Thôn (làng): Làng Mới; Xã: Xã Ba" in starts[2]


@pytest.mark.parametrize(("name", "message"), [
    ("Sở", "langmoi: Có 2 cơ quan khớp với “Sở”: “Sở Hai”; “Sở Một”."),
    ("Sở Ba", "langmoi: Không có cơ quan “Sở Ba” trong kế hoạch."),
])
def test_an_agency_not_found_or_ambiguous_is_one_line(db_with_real_plan, tmp_path, capsys, name, message):
    target = tmp_path / "x.pdf"
    status, _, err = run(capsys, "--db", str(db_with_real_plan), "export", "sheets", "--agency", name, "--year", "2024",
                         "--out", str(target))
    assert (status, err.strip()) == (2, message)
    assert not target.exists()
