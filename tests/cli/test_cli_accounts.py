"""The command line signs in as the window does: no one alone on a one-PC database, `--user` once it has
accounts; the role then decides, inside the use cases."""

from sqlmodel import select

from domain.access import Principal
from domain.accounts import AccountForm, create_first_account, save_account
from domain.audit import AuditEvent
from domain.users import Role
from storage.database import open_database
from tests.cli.run import run
from tests.conftest import ACTOR
from tests.workbooks import annex, write_annex


def _with_accounts(db_path) -> None:
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    with database.unit_of_work(Principal.local("chanh.vp")) as uow:
        chief = create_first_account(uow, AccountForm("chanh.vp", "Trần Văn Chánh", Role.SECRETARIAT, "mật khẩu dài"))
    with database.unit_of_work(chief) as uow:
        save_account(uow, AccountForm("xem", "Người Xem", Role.VIEWER, "chi-xem-thoi"))
    database.close()


def test_once_there_are_accounts_the_command_line_signs_in(db_path, tmp_path, capsys, monkeypatch):
    _with_accounts(db_path)
    annex_file = write_annex(tmp_path / "phu_luc.xlsx", annex())
    summary = tmp_path / "tong_hop.xlsx"

    status, out, err = run(capsys, "--db", str(db_path), "export", "summary", "--year", "2025", "--out", str(summary))
    assert (status, out) == (2, "")
    assert "Cơ sở dữ liệu này có tài khoản: thêm --user TÊN_ĐĂNG_NHẬP" in err
    assert not summary.exists()

    monkeypatch.setenv("LANGMOI_PASSWORD", "sai")
    status, _, err = run(capsys, "--db", str(db_path), "--user", "xem", "export", "summary", "--year", "2025",
                         "--out", str(summary))
    assert (status, err.strip()) == (2, "langmoi: Sai tên đăng nhập hoặc mật khẩu.")

    monkeypatch.setenv("LANGMOI_PASSWORD", "chi-xem-thoi")
    status, _, err = run(capsys, "--db", str(db_path), "--user", "xem", "export", "summary", "--year", "2025",
                         "--out", str(summary))
    assert (status, err) == (0, "") and summary.exists()  # a viewer reads
    status, _, err = run(capsys, "--db", str(db_path), "--user", "xem", "import-plan", str(annex_file))
    assert status == 2
    assert "chỉ Văn phòng (thư ký) được nhập hoặc cập nhật kế hoạch" in err and "Người Xem" in err

    monkeypatch.setenv("LANGMOI_PASSWORD", "mật khẩu dài")
    status, out, err = run(capsys, "--db", str(db_path), "--user", "CHANH.VP", "import-plan", str(annex_file))
    assert (status, err) == (0, "")
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    with database.session() as session:
        last = session.exec(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    database.close()
    assert (last.entity, last.actor) == ("plan", "chanh.vp")


def test_a_new_shared_database_needs_its_first_account_from_setup_server(postgresql_server, capsys):
    url = postgresql_server.create("empty")
    try:
        status, _, err = run(capsys, "--db", url, "export", "summary", "--year", "2025", "--out", "/tmp/x.pdf")
        assert status == 2
        assert "chưa có tài khoản: người quản trị (chủ sở hữu cơ sở dữ liệu) tạo tài khoản Văn phòng (thư ký) đầu " \
               "tiên bằng lệnh setup-server --secretariat" in err
    finally:
        postgresql_server.drop(url)
