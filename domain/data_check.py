"""Stored values outside today's bounds (domain/bounds.py) that no migration can put right: numbers and dates.

Migration 0006 cleans text (control characters, length) because what to do is clear. A count of 10^15
households, poor and near-poor above the total, a visit in 1900 cannot be guessed at: they are listed, each
with the record and village it belongs to, for a person to correct in the window (the next save of that
record is refused until it is). The command line's `check-data` prints this list; it reads every row, which is
why it is a command and not a step of every start (seconds on a province of 10.000 villages).
"""

from sqlmodel import Session, select

from domain.admin_units import Village
from domain.attachments import ContentChunk
from domain.audit import AuditEvent
from domain.bounds import row_problems
from domain.formatting import format_int
from domain.recording import KINDS
from domain.schema import TABLES

BATCH = 2000
_TITLES = {
    "adminunit": "Đơn vị hành chính", "village": "Thôn (làng)", "agency": "Cơ quan", "assignment": "Phân công",
    "criteriaset": "Bộ tiêu chí", "criterion": "Tiêu chí", "assessment": "Đánh giá tiêu chí", "plan": "Kế hoạch",
    "planvillage": "Thôn của kế hoạch", "supportteam": "Tổ hỗ trợ", "teammember": "Thành viên tổ hỗ trợ",
    "useraccount": "Tài khoản", **{kind.table.__tablename__: kind.title for kind in KINDS.values()},
    "filecontent": "Nội dung tệp minh chứng", "attachment": "Tệp minh chứng",
    "reviewround": "Đợt rà soát", "villagereview": "Rà soát của thôn", "reviewcomment": "Ý kiến rà soát",
    "yearclosure": "Khóa sổ năm",
}


def out_of_bounds(session: Session) -> list[str]:
    """One line per stored row that breaks a bound: what it is, which village, and each problem."""
    villages = dict(session.exec(select(Village.id, Village.name)).all())
    lines = []
    for table in TABLES:
        if table in (AuditEvent, ContentChunk):
            continue  # the audit records what was done; its texts are cut, never judged. A chunk holds bytes
        for item in session.exec(select(table).execution_options(yield_per=BATCH)):
            problems = row_problems(item)
            if problems:
                village_id = item.id if isinstance(item, Village) else getattr(item, "village_id", None)
                where = f", thôn {villages[village_id]}" if village_id in villages else ""
                lines.append(f"{_TITLES[table.__tablename__]} (mã {getattr(item, 'id', '–')}){where}: "
                             + " ".join(problems))
        session.expunge_all()
    return lines


def report(lines: list[str]) -> str:
    if not lines:
        return "Mọi giá trị đã lưu đều nằm trong giới hạn."
    return f"{format_int(len(lines))} bản ghi có giá trị ngoài giới hạn; hãy sửa trong chương trình:\n" + "\n".join(
        f"- {line}" for line in lines)
