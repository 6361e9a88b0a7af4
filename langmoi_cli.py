"""Làng Mới: with no subcommand, the window; with one, the same work from the command line (main.py runs it: a
module, so that its bytecode is cached, where Python compiles a script it is given at every start)."""

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "unrecognized arguments: %s": "tham số không hiểu được: %s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "expected one argument": "cần một giá trị",
}


def _vietnamese_argparse() -> None:
    """argparse looks its messages up through a module-level gettext `_`; answer in Vietnamese."""
    argparse._ = lambda message: ARGPARSE_VI.get(message, message)  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        """Overrides ArgumentParser.error: one line on stderr, exit status 2."""
        self.exit(2, f"{self.prog}: {message} (xem --help)\n")


def build_parser() -> argparse.ArgumentParser:
    _vietnamese_argparse()
    parser = Parser(
        prog="langmoi",
        description="Làng Mới: theo dõi các cơ quan giúp đỡ thôn (làng) xây dựng nông thôn mới. "
        "Không có lệnh con: mở cửa sổ chương trình.",
    )
    parser.add_argument("--user", metavar="TÊN_ĐĂNG_NHẬP",
                        help="tài khoản, khi cơ sở dữ liệu có tài khoản (mật khẩu: hỏi khi chạy, hoặc biến "
                             "LANGMOI_PASSWORD)")
    parser.add_argument("--db", metavar="ĐƯỜNG_DẪN_HOẶC_URL",
                        help="tệp SQLite hoặc URL cơ sở dữ liệu (mặc định: biến LANGMOI_DB, rồi thư mục dữ liệu)")
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=Parser)
    importing = commands.add_parser("import-plan", help="nhập (hoặc cập nhật) kế hoạch từ tệp Excel phụ lục")
    importing.add_argument("file", type=Path, metavar="TỆP.xlsx")
    importing.add_argument("--dry-run", action="store_true", help="chỉ báo những gì sẽ thay đổi, không ghi")
    reorganising = commands.add_parser("import-reorg", help="ghi việc sắp xếp đơn vị hành chính từ tệp Excel (mẫu: "
                                       "export reorg-template)")
    reorganising.add_argument("file", type=Path, metavar="TỆP.xlsx")
    reorganising.add_argument("--dry-run", action="store_true", help="chỉ báo những gì sẽ thay đổi, không ghi")
    taking = commands.add_parser("import-updates", help="nhập phiếu cập nhật tiêu chí tổ hỗ trợ gửi lại")
    taking.add_argument("file", type=Path, metavar="TỆP.xlsx")
    taking.add_argument("--dry-run", action="store_true", help="chỉ báo những gì sẽ thay đổi, không ghi")
    taking.add_argument("--plan", metavar="SỐ_HIỆU", help="số hiệu kế hoạch, khi có nhiều kế hoạch")
    export = commands.add_parser("export", help="xuất phiếu, báo cáo, kế hoạch")
    kinds = export.add_subparsers(dest="kind", metavar="LOẠI", required=True, parser_class=Parser)
    sheets = kinds.add_parser("sheets", help="in phiếu theo dõi thôn (làng) ra PDF")
    sheets.add_argument("--year", type=int, required=True, metavar="NĂM", help="năm đánh giá, ví dụ 2025")
    sheets.add_argument("--out", type=Path, required=True, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")
    chosen = sheets.add_mutually_exclusive_group()
    chosen.add_argument("--village", metavar="TÊN", help="chỉ một thôn; ghi “TÊN, XÃ” khi tên bị trùng")
    chosen.add_argument("--agency", metavar="TÊN", help="phiếu của một cơ quan (tên hoặc tên viết tắt) và các thôn "
                                                         "cơ quan phụ trách")
    sheets.add_argument("--plan", metavar="SỐ_HIỆU", help="số hiệu kế hoạch, khi có nhiều kế hoạch")
    sheets.add_argument("--odd-pages", action=argparse.BooleanOptionalAction, default=None,
                        help="mỗi thôn bắt đầu ở trang lẻ, thêm trang trắng khi cần (mặc định: có, khi in nhiều thôn)")
    sheets.add_argument("--annex", action="store_true",
                        help="in kèm phụ lục ảnh minh chứng đã đính kèm các tiêu chí, mỗi ảnh một trang")
    summary = kinds.add_parser("summary", help="báo cáo tổng hợp của một năm ra PDF hoặc Excel")
    summary.add_argument("--year", type=int, required=True, metavar="NĂM", help="năm báo cáo, ví dụ 2025")
    summary.add_argument("--out", type=Path, required=True, metavar="TỆP.pdf|TỆP.xlsx",
                         help="tệp sẽ ghi; đuôi .pdf hay .xlsx chọn định dạng")
    summary.add_argument("--plan", metavar="SỐ_HIỆU", help="số hiệu kế hoạch, khi có nhiều kế hoạch")
    summary.add_argument("--today-units", action="store_true",
                         help="số liệu theo đơn vị hành chính hiện nay (mặc định: theo đơn vị của năm báo cáo, khi "
                              "đã có sắp xếp đơn vị hành chính)")
    review = kinds.add_parser("review", help="dự thảo báo cáo sơ kết (Word .docx) từ năm này đến năm kia")
    review.add_argument("--from", dest="first", type=int, required=True, metavar="NĂM", help="năm đầu, ví dụ 2023")
    review.add_argument("--to", dest="last", type=int, required=True, metavar="NĂM", help="năm cuối, ví dụ 2025")
    review.add_argument("--out", type=Path, required=True, metavar="TỆP.docx", help="tệp Word sẽ ghi")
    review.add_argument("--plan", metavar="SỐ_HIỆU", help="số hiệu kế hoạch, khi có nhiều kế hoạch")
    plan = kinds.add_parser("plan", help="ghi kế hoạch ra tệp Excel theo mẫu phụ lục")
    plan.add_argument("out", type=Path, metavar="TỆP.xlsx")
    plan.add_argument("--plan", metavar="SỐ_HIỆU", help="số hiệu kế hoạch, khi có nhiều kế hoạch")
    updates = kinds.add_parser("updates", help="phiếu cập nhật tiêu chí (Excel) gửi tổ hỗ trợ của cơ quan điền")
    updates.add_argument("--year", type=int, required=True, metavar="NĂM", help="năm đánh giá, ví dụ 2025")
    whose = updates.add_mutually_exclusive_group(required=True)
    whose.add_argument("--agency", metavar="TÊN", help="một cơ quan (tên hoặc tên viết tắt); --out là tệp .xlsx")
    whose.add_argument("--all", action="store_true", help="mỗi cơ quan một tệp; --out là thư mục")
    updates.add_argument("--out", type=Path, required=True, metavar="TỆP.xlsx|THƯ_MỤC", help="tệp hoặc thư mục ghi")
    updates.add_argument("--plan", metavar="SỐ_HIỆU", help="số hiệu kế hoạch, khi có nhiều kế hoạch")
    template = kinds.add_parser("plan-template", help="ghi tệp Excel mẫu (trống) để đơn vị điền kế hoạch")
    template.add_argument("out", type=Path, metavar="TỆP.xlsx")
    reorg = kinds.add_parser("reorg", help="ghi các lần sắp xếp đơn vị hành chính đã ghi ra tệp Excel (cùng mẫu)")
    reorg.add_argument("out", type=Path, metavar="TỆP.xlsx")
    reorg_template = kinds.add_parser("reorg-template", help="ghi tệp Excel mẫu để điền việc sắp xếp đơn vị hành "
                                      "chính (sáp nhập, chia tách, đổi tên, chuyển thôn, bỏ cấp huyện, nhập tỉnh)")
    reorg_template.add_argument("out", type=Path, metavar="TỆP.xlsx")
    _add_review_commands(commands)
    copying = commands.add_parser("copy-db", help="chép toàn bộ dữ liệu sang một cơ sở dữ liệu mới: tệp SQLite lên "
                                  "máy chủ PostgreSQL dùng chung, hoặc ngược lại (không dùng --db)")
    copying.add_argument("--from", dest="source", required=True, metavar="ĐƯỜNG_DẪN_HOẶC_URL",
                         help="cơ sở dữ liệu nguồn: tệp SQLite hoặc URL postgresql+psycopg://NGƯỜI_DÙNG@MÁY_CHỦ/TÊN_CSDL")
    copying.add_argument("--to", dest="target", required=True, metavar="ĐƯỜNG_DẪN_HOẶC_URL",
                         help="cơ sở dữ liệu đích, phải mới: tệp SQLite chưa có, hoặc cơ sở dữ liệu PostgreSQL trống")
    server = commands.add_parser("setup-server", help="(chủ sở hữu cơ sở dữ liệu PostgreSQL dùng chung) tạo hoặc nâng "
                                 "cấp các bảng và cấp quyền cho vai trò các máy dùng để kết nối")
    server.add_argument("--app-role", metavar="VAI_TRÒ",
                        help="(cách cũ) vai trò PostgreSQL chung của các máy trước đây; được quyền như Văn phòng")
    server.add_argument("--accounts", action="store_true",
                        help="chuyển mọi tài khoản chưa có vai trò đăng nhập trên máy chủ (ví dụ sau copy-db) thành "
                             "tài khoản của máy chủ, với mật khẩu tạm thời in ra một lần; người dùng đổi khi đăng nhập")
    server.add_argument("--secretariat", metavar="TÊN_ĐĂNG_NHẬP",
                        help="tạo tài khoản Văn phòng (thư ký) đầu tiên của cơ sở dữ liệu trống (mật khẩu tạm thời "
                             "in ra một lần); cần --full-name")
    server.add_argument("--full-name", metavar="HỌ_VÀ_TÊN", help="họ và tên của tài khoản --secretariat")
    server.add_argument("--reset-password", metavar="TÊN_ĐĂNG_NHẬP",
                        help="đặt mật khẩu tạm thời mới (in ra một lần) cho một tài khoản quên mật khẩu, kể cả tài "
                             "khoản Văn phòng cuối cùng; người dùng đổi khi đăng nhập")
    completeness = commands.add_parser("completeness", help="báo cáo tiến độ rà soát (đúng hạn, muộn, chưa gửi, đã "
                                       "duyệt, trả lại) và danh sách nhắc tổ trưởng, ra PDF hoặc Excel")
    completeness.add_argument("--year", type=int, required=True, metavar="NĂM", help="năm rà soát, ví dụ 2025")
    completeness.add_argument("--out", type=Path, required=True, metavar="TỆP.pdf|TỆP.xlsx",
                              help="tệp sẽ ghi; đuôi .pdf hay .xlsx chọn định dạng")
    completeness.add_argument("--plan", metavar="SỐ_HIỆU", help="số hiệu kế hoạch, khi có nhiều kế hoạch")
    completeness.add_argument("--mid-year", action="store_true", help="đợt rà soát 6 tháng đầu năm (mặc định: cả năm)")
    commands.add_parser("check-data", help="liệt kê các số, ngày đã lưu nằm ngoài giới hạn, để sửa trong chương trình")
    backing = commands.add_parser("backup", help="sao lưu ngay: tệp SQLite vào thư mục backups bên cạnh (đã kiểm tra "
                                  "toàn vẹn); máy chủ PostgreSQL: chạy pg_dump ra một tệp")
    backing.add_argument("--out", type=Path, metavar="TỆP.dump", help="(máy chủ PostgreSQL) tệp pg_dump sẽ ghi")
    commands.add_parser("backups", help="liệt kê các bản sao lưu của tệp SQLite, mới nhất trước")
    restoring = commands.add_parser("restore", help="khôi phục tệp SQLite từ một bản sao lưu (tệp hiện tại được sao "
                                    "lưu trước)")
    restoring.add_argument("backup", metavar="BẢN_SAO_LƯU", help="số thứ tự trong danh sách của lệnh backups, hoặc "
                           "đường dẫn tệp sao lưu")
    return parser


def _day(text: str) -> date:
    """A day as typed: 15/12/2025 or 2025-12-15."""
    from datetime import datetime

    for shape in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), shape).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"“{text}” không phải là ngày (ghi dạng 15/12/2025)")


def _add_review_commands(commands) -> None:
    """The review cycle (issue 19): a round per plan-year, each village's steps, a closed year."""
    def round_of(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--year", type=int, required=True, metavar="NĂM", help="năm rà soát, ví dụ 2025")
        parser.add_argument("--mid-year", action="store_true", help="đợt rà soát 6 tháng đầu năm (mặc định: cả năm)")
        parser.add_argument("--plan", metavar="SỐ_HIỆU", help="số hiệu kế hoạch, khi có nhiều kế hoạch")

    rounds = commands.add_parser("review-round", help="mở, kết thúc đợt rà soát của một năm (Văn phòng)")
    actions = rounds.add_subparsers(dest="kind", metavar="VIỆC", required=True, parser_class=Parser)
    opening = actions.add_parser("open", help="mở đợt rà soát với hạn gửi")
    round_of(opening)
    opening.add_argument("--deadline", type=_day, required=True, metavar="NGÀY", help="hạn gửi, ví dụ 15/12/2025")
    round_of(actions.add_parser("close", help="kết thúc đợt rà soát: không gửi, duyệt, trả lại được nữa"))
    steps = {"submit": ("gửi kết quả rà soát của thôn (tổ trưởng; Văn phòng khi nhận phiếu của tổ)", "--comment",
                        False),
             "approve": ("duyệt kết quả rà soát của thôn (Văn phòng); năm đó của thôn bị khóa", "--comment", False),
             "return": ("trả lại kết quả rà soát cho tổ, kèm ý kiến (Văn phòng)", "--comment", True),
             "reopen": ("mở lại thôn đã duyệt, kèm lý do (Văn phòng)", "--reason", True)}
    for name, (text, option, required) in steps.items():
        step = commands.add_parser(name, help=text)
        step.add_argument("--village", required=True, metavar="THÔN", help="tên thôn (làng), kèm “, tên xã” khi trùng")
        round_of(step)
        step.add_argument(option, dest="text", required=required, default="", metavar="NỘI_DUNG",
                          help="lý do mở lại" if option == "--reason" else "ý kiến ghi kèm")
    closing = commands.add_parser("close-year", help="khóa sổ một năm đã báo cáo: số liệu là chính thức (Văn phòng)")
    closing.add_argument("--note", default="", metavar="NỘI_DUNG", help="đã báo cáo ở văn bản nào")
    reopening = commands.add_parser("reopen-year", help="mở lại năm đã khóa sổ, kèm lý do (Văn phòng)")
    reopening.add_argument("--reason", required=True, metavar="NỘI_DUNG", help="lý do mở lại")
    for parser in (closing, reopening):
        parser.add_argument("--year", type=int, required=True, metavar="NĂM", help="năm, ví dụ 2025")
        parser.add_argument("--plan", metavar="SỐ_HIỆU", help="số hiệu kế hoạch, khi có nhiều kế hoạch")


def _open(args: argparse.Namespace, *, only_reads: bool = False):
    """Open the database and find who works, as the window does: the operating-system user on a one-PC database
    without accounts, else the account `--user` names, signed in with its password. A command that `only_reads`
    opens a file another program holds (or one on a network drive) read-only, and says so; others are refused."""
    from storage.database import open_database
    from storage.errors import DatabaseHeld, NetworkDrive
    from storage.location import database_url, is_shared

    url = database_url(args.db)
    if is_shared(url) and args.user:
        return _signed_in_on_server(url, args.user)
    try:
        database = open_database(url, actor=getpass.getuser())
    except (DatabaseHeld, NetworkDrive) as refusal:
        if not only_reads:
            raise
        print(f"langmoi: lưu ý: {refusal.situation}; lệnh này chỉ đọc nên mở tệp chỉ để xem.", file=sys.stderr)
        database = open_database(url, actor=getpass.getuser(), read_only=True)
    try:
        user = _who(args, database)
        return database, user.only_looking() if database.read_only else user
    except BaseException:
        database.close()
        raise


def _signed_in_on_server(url: str, username: str):
    """On a shared server `--user` signs in as the window does: by connecting as the account's login role."""
    import os

    from domain.server_accounts import connected_principal
    from storage.signing_in import open_signed_in

    password = os.environ.get("LANGMOI_PASSWORD") or getpass.getpass(f"Mật khẩu của {username}: ")
    database = open_signed_in(url, username, password)
    try:
        with database.session() as session:
            return database, connected_principal(session, username)
    except BaseException:
        database.close()
        raise


def _who(args: argparse.Namespace, database):
    import os

    from domain.access import Principal
    from domain.accounts import StartMode, sign_in, start_mode
    from domain.errors import DomainError
    from storage.location import is_shared

    with database.session() as session:
        mode = start_mode(session, shared=is_shared(database.url))
        if mode is StartMode.ALONE:
            return Principal.local(getpass.getuser())
        if mode is StartMode.FIRST_ACCOUNT:
            raise DomainError("Cơ sở dữ liệu dùng chung này chưa có tài khoản: người quản trị (chủ sở hữu cơ sở dữ "
                              "liệu) tạo tài khoản Văn phòng (thư ký) đầu tiên bằng lệnh setup-server --secretariat "
                              "TÊN_ĐĂNG_NHẬP --full-name “Họ và tên”.")
        if not args.user:
            raise DomainError("Cơ sở dữ liệu này có tài khoản: thêm --user TÊN_ĐĂNG_NHẬP (mật khẩu được hỏi khi chạy, "
                              "hoặc lấy từ biến LANGMOI_PASSWORD).")
        password = os.environ.get("LANGMOI_PASSWORD") or getpass.getpass(f"Mật khẩu của {args.user}: ")
        return sign_in(session, args.user, password)


def _export_sheets(args: argparse.Namespace) -> str:
    from domain.agency_sheet import find_agency
    from domain.places import find_place
    from domain.plans import resolve_plan
    from exports.sheet_export import export_village_sheets

    database, user = _open(args, only_reads=True)
    try:
        with database.session() as session:
            plan = resolve_plan(session, args.plan)
            place = find_place(session, plan.id, args.village) if args.village else None
            village_ids = [place.village_id] if place else None
            agency = find_agency(session, plan.id, args.agency) if args.agency else None
        result = export_village_sheets(database.session, plan_id=plan.id, year=args.year, target=args.out,
                                       village_ids=village_ids, agency_id=agency.agency_id if agency else None,
                                       odd_pages=args.odd_pages, with_annex=args.annex)
    finally:
        database.close()
    whose = f"phiếu của {agency.name} và " if agency else "phiếu của "
    done = f"Đã ghi {whose}{result.villages} thôn ({result.pages} trang) vào {result.path}"
    if place is not None and place.former:
        return f"“{args.village.strip()}” — {place.former}; nay là {place.label}.\n{done}"
    return done


T = TypeVar("T")


def _read_stored(args: argparse.Namespace, read: Callable[[Any], T]) -> T:
    """Open the database to read, run `read(session)` in one session, close: what a command writing a file from
    what is stored reads first."""
    database, _user = _open(args, only_reads=True)
    try:
        with database.session() as session:
            return read(session)
    finally:
        database.close()


def _on_plan(args: argparse.Namespace, write: Callable, *, only_reads: bool = True) -> tuple:
    """Open the database, find the plan `--plan` names, run `write(database, plan_id, user)`, close."""
    from domain.plans import resolve_plan

    database, user = _open(args, only_reads=only_reads)
    try:
        with database.session() as session:
            plan = resolve_plan(session, args.plan)
        return plan, write(database, plan.id, user)
    finally:
        database.close()


def _export_summary(args: argparse.Namespace) -> str:
    from domain.vocabulary import Grouping
    from exports.summary_export import export_summary

    grouping = Grouping.OF_TODAY if args.today_units else Grouping.OF_THEIR_TIME
    plan, path = _on_plan(args, lambda database, plan_id, _user: export_summary(
        database.session, plan_id=plan_id, year=args.year, target=args.out, grouping=grouping))
    return f"Đã ghi báo cáo tổng hợp năm {args.year} của kế hoạch {plan.code} vào {path}"


def _completeness(args: argparse.Namespace) -> str:
    from domain.review_rounds import RoundKind
    from exports.completeness_export import export_completeness

    kind = RoundKind.MID_YEAR if args.mid_year else RoundKind.YEARLY
    plan, path = _on_plan(args, lambda database, plan_id, _user: export_completeness(
        database.session, plan_id=plan_id, year=args.year, target=args.out, kind=kind))
    return f"Đã ghi báo cáo tiến độ rà soát năm {args.year} của kế hoạch {plan.code} vào {path}"


def _export_review(args: argparse.Namespace) -> str:
    from exports.review_export import export_review

    plan, path = _on_plan(args, lambda database, plan_id, _user: export_review(
        database.session, plan_id=plan_id, first=args.first, last=args.last, target=args.out))
    period = f"{args.first}–{args.last}" if args.first != args.last else f"năm {args.last}"
    return f"Đã ghi dự thảo báo cáo {period} của kế hoạch {plan.code} vào {path}"


def _review_round(args: argparse.Namespace) -> str:
    from domain.errors import NotFound
    from domain.review_reads import find_round
    from domain.review_rounds import RoundKind
    from domain.reviewing import close_round, open_round

    kind = RoundKind.MID_YEAR if args.mid_year else RoundKind.YEARLY
    said = f"đợt rà soát {'6 tháng đầu ' if args.mid_year else ''}năm {args.year}"

    def write(database, plan_id, user):
        if args.kind == "open":
            with database.unit_of_work(user) as uow:
                open_round(uow, plan_id=plan_id, year=args.year, deadline=args.deadline, kind=kind)
            return f"Đã mở {said}, hạn gửi {args.deadline:%d/%m/%Y}"
        with database.session() as session:
            found = find_round(session, plan_id, args.year, kind)
        if found is None:
            raise NotFound(f"Chưa mở {said}.")
        with database.unit_of_work(user) as uow:
            close_round(uow, round_id=found.id)
        return f"Đã kết thúc {said}"

    plan, done = _on_plan(args, write, only_reads=False)
    return f"{done} của kế hoạch {plan.code}."


def _review_step(args: argparse.Namespace) -> str:
    from domain import reviewing
    from domain.errors import NotFound
    from domain.labels import REVIEW_STATE
    from domain.places import find_place
    from domain.review_reads import find_round
    from domain.review_rounds import RoundKind

    kind = RoundKind.MID_YEAR if args.mid_year else RoundKind.YEARLY
    step = {"submit": reviewing.submit, "approve": reviewing.approve, "return": reviewing.return_with_comment,
            "reopen": reviewing.reopen_with_reason}[args.command]
    text = {"reopen": "reason", "return": "comment"}.get(args.command, "comment")

    def write(database, plan_id, user):
        with database.session() as session:
            place = find_place(session, plan_id, args.village)
            found = find_round(session, plan_id, args.year, kind)
            if found is None:
                raise NotFound(f"Chưa mở đợt rà soát {'6 tháng đầu ' if args.mid_year else ''}năm {args.year}.")
        with database.unit_of_work(user) as uow:
            step(uow, round_id=found.id, village_id=place.village_id, **{text: args.text})
            state = reviewing.current_review(uow.session, found.id, place.village_id).state
        return f"{place.label}: {REVIEW_STATE[state]} ({reviewing.round_said(found)})"

    plan, done = _on_plan(args, write, only_reads=False)
    return f"{done}, kế hoạch {plan.code}."


def _year_closure(args: argparse.Namespace) -> str:
    from domain.reviewing import close_year, reopen_year

    def write(database, plan_id, user):
        with database.unit_of_work(user) as uow:
            if args.command == "close-year":
                close_year(uow, plan_id=plan_id, year=args.year, note=args.note)
            else:
                reopen_year(uow, plan_id=plan_id, year=args.year, reason=args.reason)

    plan, _ = _on_plan(args, write, only_reads=False)
    done = "Đã khóa sổ" if args.command == "close-year" else "Đã mở lại"
    return f"{done} năm {args.year} của kế hoạch {plan.code}."


def _export_plan(args: argparse.Namespace) -> str:
    from domain.plan_snapshot import plan_snapshot
    from domain.plans import resolve_plan
    from exports.plan_workbook import write_plan_workbook

    draft = _read_stored(args, lambda session: plan_snapshot(session, resolve_plan(session, args.plan)))
    write_plan_workbook(draft, args.out)
    return (f"Đã ghi kế hoạch {draft.code} ({len(draft.villages)} thôn, {len(draft.agencies)} cơ quan) "
            f"vào {args.out}")


def _export_template(args: argparse.Namespace) -> str:
    from exports.plan_workbook import template_draft, write_plan_workbook

    write_plan_workbook(template_draft(), args.out)
    return f"Đã ghi tệp mẫu kế hoạch vào {args.out}"


def _export_reorganisation_template(args: argparse.Namespace) -> str:
    from exports.reorganisation_workbook import template_reorganisation, write_reorganisation_workbook

    write_reorganisation_workbook([template_reorganisation()], args.out)
    return f"Đã ghi tệp mẫu sắp xếp đơn vị hành chính “{args.out}” (các dòng ví dụ, hãy ghi đè)."


def _export_updates(args: argparse.Namespace) -> str:
    from domain.agency_sheet import find_agency
    from domain.errors import DomainError
    from exports.updates_export import export_updates

    if args.agency and args.out.suffix.lower() != ".xlsx":
        raise DomainError(f"“{args.out}”: phiếu của một cơ quan ghi ra tệp .xlsx.")
    if args.all and args.out.suffix:
        raise DomainError(f"“{args.out}”: với --all, --out là một thư mục (mỗi cơ quan một tệp).")

    def write(database, plan_id, _user):
        agency_id = None
        if args.agency:
            with database.session() as session:
                agency_id = find_agency(session, plan_id, args.agency).agency_id
        return export_updates(database.session, plan_id=plan_id, year=args.year, target=args.out, agency_id=agency_id)

    plan, result = _on_plan(args, write)
    for path in result.files:
        print(f"  {path}")
    return (f"Đã ghi {len(result.files)} phiếu cập nhật năm {args.year} ({result.villages} sheet thôn) "
            f"của kế hoạch {plan.code}.")


def _export_reorganisations(args: argparse.Namespace) -> str:
    from domain.reorganisation_import import stored_reorganisations
    from exports.reorganisation_workbook import write_reorganisation_workbook

    stored = _read_stored(args, stored_reorganisations)
    write_reorganisation_workbook(stored, args.out)
    changes = sum(len(item.changes) for item in stored)
    return f"Đã ghi {len(stored)} quyết định sắp xếp ({changes} dòng thay đổi) vào “{args.out}”."


def _import_reorganisations(args: argparse.Namespace) -> str:
    from domain.reorganisation_import import import_reorganisations, preview_reorganisations
    from storage.reorganisation_workbook import read_reorganisation_workbook

    rows = read_reorganisation_workbook(args.file)
    database, user = _open(args)
    try:
        with database.unit_of_work(user) as uow:
            preview = preview_reorganisations(uow, reorganisations=rows, file_name=args.file.name)
        if preview.changes_anything and not args.dry_run:
            database.backup("import-reorg")
            with database.unit_of_work(user) as uow:
                preview = import_reorganisations(uow, reorganisations=rows, file_name=args.file.name)
    finally:
        database.close()
    for decision in preview.already:
        print(f"  Quyết định {decision.number} đã ghi trước đây: giữ nguyên.")
    for line in preview.units:
        print(f"  {line.kind}: {line.old} → {line.new}")
    for line in preview.villages:
        print(f"  {line.before} → {line.after}")
    for note in preview.notes:
        print(f"  Lưu ý: {note}")
    if not preview.changes_anything:
        return "Không có gì thay đổi: mọi quyết định trong tệp đã được ghi."
    if args.dry_run:
        return f"Chạy thử, chưa ghi gì. Tệp sẽ ghi: {preview.summary()}."
    return f"Đã ghi sắp xếp đơn vị hành chính từ “{args.file.name}”: {preview.summary()}."


def _import_updates(args: argparse.Namespace) -> str:
    from domain.errors import DomainError
    from domain.update_merge import all_changes, apply_updates, line_text, preview_updates
    from storage.update_workbook import read_update_workbook

    filled = read_update_workbook(args.file)

    def take(database, plan_id, user):
        with database.session() as session:
            preview = preview_updates(session, plan_id, filled)
        if preview.refusal:
            raise DomainError(preview.refusal)
        sections = (("Thay đổi", preview.changes), ("Xung đột, chưa ghi (xem và chọn trong cửa sổ)",
                                                     preview.conflicts), ("Không nhận", preview.refused))
        report = [f"Tệp “{filled.file_name}” – {preview.agency} – năm {preview.year}: {len(preview.changes)} "
                  f"thay đổi, {len(preview.conflicts)} xung đột, {len(preview.refused)} dòng không nhận, "
                  f"{preview.unchanged} dòng giữ nguyên."]
        for title, lines in sections:
            if lines:
                report.append(f"  {title}:")
                report += [f"    {line_text(line)}" for line in lines]
        if preview.to_submit:
            report.append("  Đánh dấu Đã gửi (tổ gửi kết quả rà soát): "
                          + ", ".join(label for _, label in preview.to_submit))
        if preview.refused:
            raise DomainError("\n".join(report) + "\nChưa ghi gì: sửa các dòng không nhận rồi nhập lại, hoặc mở tệp "
                              "trong cửa sổ để chọn từng dòng.")
        print("\n".join(report))
        if args.dry_run or not (preview.changes or preview.to_submit):
            return 0
        database.backup("import-updates")
        with database.unit_of_work(user) as uow:
            return apply_updates(uow, plan_id, filled, all_changes(preview))

    _, applied = _on_plan(args, take, only_reads=False)
    if args.dry_run:
        return "Chạy thử, chưa ghi gì."
    return f"Đã ghi {applied} tiêu chí từ tệp “{filled.file_name}”."


def _import_plan(args: argparse.Namespace) -> str:
    from domain.plan_import import import_plan
    from domain.plans import list_plans
    from storage.plan_workbook import read_plan_workbook

    reading = read_plan_workbook(args.file)
    database, user = _open(args)
    try:
        if not args.dry_run:
            database.backup("import-plan")
        with database.unit_of_work(user) as uow:
            report = import_plan(uow, draft=reading.draft, dry_run=args.dry_run, source=args.file.name)
        with database.session() as session:
            sample_left = any(plan.is_sample for plan in list_plans(session))
    finally:
        database.close()
    for sheet, changes in report.sheets.items():
        print(f"  {sheet}: tạo mới {changes.created}, thay đổi {changes.changed}, giữ nguyên {changes.unchanged}, "
              f"bỏ khỏi kế hoạch {changes.removed}")
    for warning in reading.warnings:
        print(f"  Lưu ý: {warning}")
    if args.dry_run:
        return f"Chạy thử, chưa ghi gì. Kế hoạch {report.plan_code} sẽ: {report.summary()}."
    if sample_left:
        print("  Kế hoạch mẫu vẫn còn trong cơ sở dữ liệu; xóa trong cửa sổ: Kế hoạch → Xóa kế hoạch mẫu.")
    verb = "Đã tạo" if report.new_plan else "Đã cập nhật"
    return f"{verb} kế hoạch {report.plan_code}: {report.summary()}."


def _copy_db(args: argparse.Namespace) -> str:
    from domain.formatting import format_int
    from storage.copy_database import copy_database
    from storage.errors import StorageError
    from storage.location import database_url

    if not args.source.strip() or not args.target.strip():
        raise StorageError("--from và --to cần một đường dẫn tệp SQLite hoặc một URL cơ sở dữ liệu.")
    _backup_before(args.source, "copy-db")
    report = copy_database(database_url(args.source), database_url(args.target), actor=getpass.getuser())
    for table in report.tables:
        if table.rows:
            print(f"  {table.name}: {format_int(table.rows)} dòng")
    return (f"Đã chép {format_int(report.rows)} dòng của {len(report.tables)} bảng từ “{report.source}” sang "
            f"“{report.target}”; đếm và mã kiểm tra (SHA-256 {report.sha256[:12]}) khớp.")


def _setup_server(args: argparse.Namespace) -> str:
    from domain.errors import DomainError
    from storage.location import database_url
    from storage.server_roles import setup_server

    if args.secretariat and not args.full_name:
        raise DomainError("--secretariat cần --full-name “Họ và tên” của người dùng tài khoản đó.")
    url = database_url(args.db)
    done = setup_server(url, args.app_role, actor=getpass.getuser())
    granted = ("cài các vai trò nhóm, quyền, chính sách theo dòng và nhật ký do máy chủ ghi"
               + (f"; vai trò cũ “{done.role}” được quyền như Văn phòng" if done.role else "") + ".")
    if done.before is None:
        said = f"Đã tạo các bảng trong cơ sở dữ liệu “{done.database}” (phiên bản {done.after}) và {granted}"
    elif done.before == done.after:
        said = f"Cơ sở dữ liệu “{done.database}” đã ở phiên bản {done.after}; đã {granted}"
    else:
        said = (f"Đã nâng cấp cơ sở dữ liệu “{done.database}” từ phiên bản {done.before} lên phiên bản {done.after} "
                f"và {granted}")
    if not (args.accounts or args.secretariat or args.reset_password):
        return said
    from storage.account_conversion import give_accounts_logins

    given = give_accounts_logins(url, getpass.getuser(),
                                 (args.secretariat, args.full_name) if args.secretariat else None,
                                 args.reset_password)
    print(said)
    if not given:
        return "Mọi tài khoản đã là tài khoản của máy chủ; không có mật khẩu tạm thời nào mới."
    print("Mật khẩu tạm thời (chỉ in lần này; trao riêng cho từng người, họ phải đặt mật khẩu mới khi đăng nhập "
          "lần đầu):")
    for account in given:
        locked = "" if account.active else "  (tài khoản đang khóa: chưa đăng nhập được)"
        print(f"  {account.username:<20} {account.password}  {account.full_name}{locked}")
    return f"Đã đặt mật khẩu tạm thời cho {len(given)} tài khoản trên máy chủ."


def _check_data(args: argparse.Namespace) -> str:
    """The stored numbers and dates outside their bounds (domain/data_check.py); any found is exit status 2."""
    from domain.data_check import out_of_bounds, report
    from domain.errors import DomainError

    lines = _read_stored(args, out_of_bounds)
    if lines:
        raise DomainError(report(lines))
    return report(lines)


def _sqlite_file(args: argparse.Namespace, *, must_exist: bool = True) -> Path:
    from storage.errors import StorageError
    from storage.location import database_url, sqlite_path

    path = sqlite_path(database_url(args.db))
    if path is None:
        raise StorageError("Lệnh này dùng cho tệp SQLite; bản sao lưu của máy chủ dùng chung do người quản trị máy chủ "
                           "giữ.")
    if must_exist and not path.is_file():
        raise StorageError(f"Không có tệp cơ sở dữ liệu “{path}”.")
    return path


def _backup_before(choice: str | None, reason: str) -> None:
    """A verified backup of the SQLite file `choice` names (nothing for a server, or a file not there yet), not
    opened by this command (copy-db's source); StorageError, and nothing copied, when it cannot be taken."""
    from storage.backups import take_backup
    from storage.location import database_url, sqlite_path

    path = sqlite_path(database_url(choice))
    if path is not None and path.is_file() and path.stat().st_size > 0:
        take_backup(path, reason)


def _holding(backup) -> str:
    from domain.formatting import format_int
    from storage.backups import size_text

    return (f"{size_text(backup.size)}, {format_int(backup.villages)} thôn, {format_int(backup.assessments)} đánh giá"
            f", lược đồ phiên bản {backup.revision or '?'}")


def _backup(args: argparse.Namespace) -> str:
    """A verified backup of the SQLite file; on the shared server, pg_dump into a file."""
    from storage.backups import size_text, take_backup
    from storage.credentials import shown
    from storage.location import database_url, sqlite_path
    from storage.server_dump import dump_server

    url = database_url(args.db)
    if sqlite_path(url) is None:
        target = dump_server(url, args.out)
        return (f"Đã sao lưu máy chủ “{shown(url)}” bằng pg_dump vào “{target}” ({size_text(target.stat().st_size)}); "
                f"khôi phục bằng pg_restore.")
    taken = take_backup(_sqlite_file(args), "manual")
    return f"Đã sao lưu vào “{taken.path}” ({_holding(taken)}; đã kiểm tra toàn vẹn)."


def _backups(args: argparse.Namespace) -> str:
    from storage.backups import list_backups

    path = _sqlite_file(args)
    found = list_backups(path)
    if not found:
        return f"Chưa có bản sao lưu nào của “{path}”."
    for number, item in enumerate(found, start=1):
        print(f"{number:>3}. {item.describe()}{'' if item.verified else ' (chưa kiểm tra)'}\n     {item.path}")
    return f"{len(found)} bản sao lưu của “{path}”; khôi phục: restore SỐ_THỨ_TỰ."


def _restore(args: argparse.Namespace) -> str:
    from storage.backups import find_backup, restore_backup

    path = _sqlite_file(args, must_exist=False)  # a file kept aside as damaged is restored in its place
    chosen = find_backup(path, args.backup)
    safety = restore_backup(path, chosen, actor=getpass.getuser())
    kept = f" Tệp trước khi khôi phục được sao lưu vào “{safety.path}”." if safety else ""
    return f"Đã khôi phục “{path}” từ bản sao lưu lúc {chosen.taken_text} ({_holding(chosen)}).{kept}"


COMMANDS = {("import-plan", None): _import_plan, ("export", "sheets"): _export_sheets,
            ("export", "summary"): _export_summary, ("export", "review"): _export_review,
            ("export", "plan"): _export_plan, ("export", "updates"): _export_updates,
            ("import-updates", None): _import_updates, ("completeness", None): _completeness,
            ("export", "plan-template"): _export_template,
            ("export", "reorg-template"): _export_reorganisation_template,
            ("export", "reorg"): _export_reorganisations, ("import-reorg", None): _import_reorganisations,
            ("copy-db", None): _copy_db,
            ("review-round", "open"): _review_round, ("review-round", "close"): _review_round,
            **{(name, None): _review_step for name in ("submit", "approve", "return", "reopen")},
            ("close-year", None): _year_closure, ("reopen-year", None): _year_closure,
            ("setup-server", None): _setup_server, ("check-data", None): _check_data,
            ("backup", None): _backup, ("backups", None): _backups, ("restore", None): _restore}


def _what_next(error: Exception) -> str:
    """A damaged or half-upgraded file: the command that brings back the backup the message offers."""
    from resources import program_command
    from storage.errors import DatabaseDamaged, SchemaMismatch

    if isinstance(error, DatabaseDamaged | SchemaMismatch) and error.backup is not None:
        return f" Khôi phục bản đó: {program_command()} restore \"{error.backup.path}\" (xem cả lệnh backups)."
    return ""


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; its refusals are one line on stderr with exit status 2 (a refused workbook: its list)."""
    from domain.errors import DomainError
    from storage.errors import StorageError
    from storage.file_errors import file_error_message
    from storage.logs import configure_file_logging, log_file

    configure_file_logging()
    try:
        print(COMMANDS[args.command, getattr(args, "kind", None)](args))
    except (DomainError, StorageError) as error:
        print(f"langmoi: {error}{_what_next(error)}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"langmoi: {file_error_message(error)}", file=sys.stderr)
        return 2
    except Exception:
        logging.getLogger("langmoi").exception("command failed")
        print(f"langmoi: lỗi không mong đợi; chi tiết trong {log_file()}", file=sys.stderr)
        return 1
    return 0


def utf8_console() -> None:
    """Vietnamese on the console whatever its code page. Python writes a redirected stdout or stderr in the ANSI
    code page on Windows (cp1252 on most PCs, cp1258 on a Vietnamese one), which cannot encode most Vietnamese
    letters: `--help > help.txt` died with UnicodeEncodeError, and `export plan-template` wrote its file and then
    crashed on its success line. A stream that is not UTF-8 is switched to UTF-8 on Windows and whenever it is not
    a terminal (a pipe or a file gets UTF-8, which Notepad and Excel read); a terminal elsewhere keeps its own
    encoding and shows "?" for what it cannot show. The windowed LangMoi.exe has no streams at all (None)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if stream is None or not hasattr(stream, "reconfigure") or encoding == "utf8":
            continue
        try:
            terminal = stream.isatty()
        except (OSError, ValueError):
            terminal = False
        stream.flush()
        if sys.platform == "win32" or not terminal:
            stream.reconfigure(encoding="utf-8", errors="replace")
        else:
            stream.reconfigure(errors="replace")


def _refuse_broken_install(absent: list[Path], window: bool) -> int:
    """A file of the program is missing: said in the log, on stderr and, for the window, in a message box; nothing
    opened, exit status 2. Written in Vietnamese directly: the translations may be what is missing."""
    from resources import missing_message
    from storage.logs import configure_file_logging

    message = missing_message(absent)
    configure_file_logging()
    logging.getLogger("langmoi").error("broken install: %s", ", ".join(str(path) for path in absent))
    print(f"langmoi: {message}", file=sys.stderr)
    if window:
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication.instance() or QApplication(sys.argv)
        QMessageBox.critical(None, "Làng Mới", message)
    return 2


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The namespace of a command line that only opens the window (nothing, `--db X`, `--user X`, `--db=X`), read
    without building the subcommands' two dozen parsers (~9 ms of every start of the window); None for any other
    (a subcommand, --help, an abbreviation, a mistake), which build_parser reads and answers."""
    chosen: dict[str, str | None] = {"db": None, "user": None}
    words = list(argv)
    while words:
        option, equals, value = words.pop(0).partition("=")
        name = option.removeprefix("--")
        if option == name or name not in chosen:
            return None
        if not equals:
            if not words or words[0].startswith("-"):
                return None
            value = words.pop(0)
        chosen[name] = value
    return argparse.Namespace(user=chosen["user"], db=chosen["db"], command=None)


def main(argv: Sequence[str] | None = None) -> int:
    from resources import missing

    utf8_console()
    words = sys.argv[1:] if argv is None else argv
    args = window_arguments(words) or build_parser().parse_args(words)
    if args.command is None and os.environ.get("LANGMOI_SMOKE_SHOT"):
        from ui.smoke_check import arm

        arm(Path(os.environ["LANGMOI_SMOKE_SHOT"]))
    absent = missing()
    if absent:
        return _refuse_broken_install(absent, window=args.command is None)
    if args.command is None:
        from ui.collector import collect_rarely

        collect_rarely()  # before Qt and the window's modules are imported
        from ui.window_picture import first_paint

        host = first_paint(args.db)  # the picture of the last close, before the window's modules are imported
        from ui.app import run_window

        return run_window(args.db, host)
    return run_command(args)

