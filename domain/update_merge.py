"""A team lead's workbook back in: what it would change, what conflicts, what is refused; then the officer's
choice applied in one transaction.

Each row is one of:
- untouched: it still reads as exported, or what the team lead changed is already in the database (so the
  same workbook imported twice changes nothing the second time);
- a change: touched by the team lead, and the assessment is still at the version exported. Only the fields
  the team lead changed are written: a note added in the database since the export is not wiped out;
- a conflict: the assessment changed in the database since the export, the row was not in the export, or the
  agency does not help the village (any more);
- refused: an unknown criterion, a status not in the list, a village not in the plan, a change to a village whose
  year is locked (its review approved, or the year closed: domain/review_locks.py), with the lock's reason.
A workbook of another plan, with a stamp edited by hand, or for a year outside the plan is refused whole.

A village sheet whose "Gửi kết quả rà soát" reads "Có" is marked Đã gửi on import (issue 19: the secretariat
receives the team's review), when the village is still in review or returned in the year's open round: the preview
lists those villages. Its review state and the secretariat's comment are shown read-only; an edit of them is
refused (the stamp holds them as exported). A workbook of format 1 (before issue 19) is read as before: it has no
state, comment or sending.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from sqlmodel import Session, select

from domain.agencies import Agency, Assignment
from domain.assessing import AssessmentChange, apply_assessment
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.errors import DomainError
from domain.formatting import format_moment
from domain.labels import STATUS
from domain.places import PlaceRow, plan_places
from domain.plan import Plan
from domain.review_locks import village_locks
from domain.review_reads import find_round
from domain.review_rounds import RoundKind
from domain.reviewing import submit_received, submittable
from domain.team_updates import CURRENT_FORMAT, Content, Stamp, StampVillage
from domain.text import fold, nfc
from domain.unit_of_work import UnitOfWork
from domain.update_workbook_format import (
    COMMENT_LABEL,
    HEADER,
    NUMBER,
    READ_VERSIONS,
    REVIEW_LABEL,
    SEND_CHOICES,
    SEND_LABEL,
    SEND_NO,
    SEND_YES,
    STATUS_CHOICES,
    STATUS_COLUMN,
)
from domain.vocabulary import LineKind  # re-exported: the same objects

_FIELDS = ("status", "evidence", "note")
_STATUS_BY_WORD = {fold(label): status for status, label in STATUS.items()}


@dataclass(frozen=True)
class FilledRow:
    """A checklist row as the reader found it: cell texts, not yet judged."""

    row: int
    number: str
    status: str
    evidence: str
    note: str


@dataclass(frozen=True)
class FilledSheet:
    name: str
    village: str
    commune: str
    district: str
    updated_by: str
    rows: list[FilledRow]
    problem: str = ""
    review: str | None = None
    """The review state's cell as read; None when the sheet has none (a workbook of format 1)."""
    comment: str | None = None
    send: str = ""
    """'Gửi kết quả rà soát': 'Có' to mark the village Đã gửi."""


@dataclass(frozen=True)
class FilledWorkbook:
    file_name: str
    stamp: Stamp | None
    checksum: str
    sheets: list[FilledSheet]


@dataclass(frozen=True)
class UpdateLine:
    kind: LineKind
    sheet: str
    row: int | None
    column: str | None
    village: str = ""
    village_id: int | None = None
    criterion_id: int | None = None
    criterion: str = ""
    old: Content | None = None
    new: Content | None = None
    reason: str = ""
    version: int = 0
    overwritable: bool = False
    updated_by: str = ""

    @property
    def key(self) -> tuple[int, int]:
        return self.village_id, self.criterion_id

    @property
    def where(self) -> str:
        """'sheet “Thôn 1”, dòng 12, cột “Tình trạng”'."""
        parts = [f"sheet “{self.sheet}”"]
        if self.row:
            parts.append(f"dòng {self.row}")
        if self.column:
            parts.append(f"cột “{self.column}”")
        return ", ".join(parts)

    @property
    def applicable(self) -> bool:
        return self.kind == LineKind.CHANGE or self.overwritable


@dataclass(frozen=True)
class UpdatePreview:
    file_name: str
    plan_code: str = ""
    agency: str = ""
    year: int = 0
    lines: list[UpdateLine] = field(default_factory=list)
    unchanged: int = 0
    refusal: str = ""
    to_submit: list[tuple[int, str]] = field(default_factory=list)
    """The villages the import marks Đã gửi, as (id, 'Thôn 1 (Xã Một)'), in the order of the sheets."""
    round_id: int | None = None

    def of_kind(self, kind: LineKind) -> list[UpdateLine]:
        return [line for line in self.lines if line.kind == kind]

    @property
    def changes(self) -> list[UpdateLine]:
        return self.of_kind(LineKind.CHANGE)

    @property
    def conflicts(self) -> list[UpdateLine]:
        return self.of_kind(LineKind.CONFLICT)

    @property
    def refused(self) -> list[UpdateLine]:
        return self.of_kind(LineKind.REFUSED)


def status_from_text(text: str) -> CriterionStatus | None:
    """The status a person typed or picked: 'Đạt', 'dat', ' CHƯA  đạt '; empty means not assessed."""
    folded = fold(text).rstrip(".")
    if not folded:
        return CriterionStatus.NOT_ASSESSED
    return _STATUS_BY_WORD.get(folded)


def preview_updates(session: Session, plan_id: int, filled: FilledWorkbook) -> UpdatePreview:
    """Judge every row of the workbook against the database; writes nothing."""
    plan = session.get(Plan, plan_id)
    refusal = _workbook_refusal(session, plan, filled)
    if refusal:
        return UpdatePreview(filled.file_name, refusal=refusal)
    return _Judge(session, plan, filled.stamp, filled).preview()


def apply_updates(uow: UnitOfWork, plan_id: int, filled: FilledWorkbook, chosen: Mapping[tuple[int, int], int],
                  *, submit: bool = True) -> int:
    """Apply the chosen rows (key → the assessment version the officer saw) in one commit, and with `submit` mark
    the villages the team sends Đã gửi (those the preview lists); returns how many assessments changed. A chosen row
    changed by someone else since the preview, or refused since (its village-year approved or closed meanwhile),
    refuses the whole action."""
    preview = preview_updates(uow.session, plan_id, filled)
    if preview.refusal:
        raise DomainError(preview.refusal)
    lines = {line.key: line for line in preview.lines if line.applicable}
    refused = {line.key: line for line in preview.refused if line.criterion_id is not None}
    changed = 0
    for key, seen in chosen.items():
        line = lines.get(key)
        if line is None and key in refused:  # refused since the preview: its village-year locked meanwhile
            line = refused[key]
            raise DomainError(f"{line.where} ({line.village}, tiêu chí {line.criterion}) {line.reason} Chưa ghi gì.")
        if line is None:
            continue  # nothing left to change: the database already holds what the row says
        if line.version != seen:
            raise DomainError(f"{line.where} ({line.village}, tiêu chí {line.criterion}) vừa được sửa trong lúc "
                              "xem; chưa ghi gì. Hãy mở lại tệp để xem những gì đã đổi.")
        source = f"tệp “{filled.file_name}”; người cập nhật: {line.updated_by or 'không ghi'}"
        change = AssessmentChange(plan_id, line.village_id, line.criterion_id, preview.year,
                                  line.new.status, line.new.evidence, line.new.note)
        changed += apply_assessment(uow.session, uow.user, change, source=source)
    if submit and preview.to_submit:
        submit_received(uow.session, uow.user, round_id=preview.round_id,
                        village_ids=[village_id for village_id, _ in preview.to_submit],
                        source=f"tệp “{filled.file_name}” của {preview.agency}")
    uow.commit()
    return changed


def all_changes(preview: UpdatePreview) -> dict[tuple[int, int], int]:
    """The choice 'apply every change' (conflicts left out)."""
    return {line.key: line.version for line in preview.changes}


def line_text(line: UpdateLine) -> str:
    """One line of a report: where, which village and criterion, and what would change or why not."""
    head = " – ".join(part for part in (line.where, line.village, line.criterion) if part)
    if line.kind == LineKind.REFUSED:
        return f"{head}: {line.reason}"
    text = f"{head}: {content_change(line.old, line.new)}"
    if line.kind == LineKind.CONFLICT:
        text += f" — {line.reason} Hiện là: {STATUS[line.old.status]}"
        text += f"; minh chứng “{line.old.evidence}”" if line.old.evidence else ""
    return text


def content_change(old: Content, new: Content) -> str:
    """'Chưa đạt → Đạt; minh chứng: “Biên bản 5”; ghi chú: (xóa)'."""
    parts = [f"{STATUS[old.status]} → {STATUS[new.status]}" if old.status != new.status
             else f"{STATUS[new.status]} (giữ nguyên)"]
    for name, before, after in (("minh chứng", old.evidence, new.evidence), ("ghi chú", old.note, new.note)):
        if before != after:
            parts.append(f"{name}: “{after}”" if after else f"{name}: (xóa)")
    return "; ".join(parts)


def _workbook_refusal(session: Session, plan: Plan, filled: FilledWorkbook) -> str:
    name = f"Tệp “{filled.file_name}”"
    stamp = filled.stamp
    if stamp is None or stamp.checksum() != filled.checksum:
        return (f"{name}: phần nhận dạng ẩn của tệp đã bị sửa hoặc thiếu, không biết tệp được xuất từ đâu; "
                "hãy dùng đúng tệp đã gửi đi hoặc xuất tệp mới.")
    if stamp.version not in READ_VERSIONS:
        return (f"{name} được ghi theo mẫu “{stamp.format}”, phiên bản Làng Mới này không đọc được (đọc được mẫu "
                f"“{CURRENT_FORMAT}” và các mẫu trước); hãy xuất tệp mới.")
    if stamp.plan_code != plan.code:
        return f"{name} thuộc kế hoạch {stamp.plan_code}, không phải kế hoạch {plan.code} đang mở."
    if not plan.first_year <= stamp.year <= plan.last_year:
        return (f"{name} là phiếu năm {stamp.year}, nằm ngoài thời gian của kế hoạch {plan.code} "
                f"({plan.first_year}–{plan.last_year}).")
    agency = session.get(Agency, stamp.agency_id)
    if agency is None or fold(agency.name) != fold(stamp.agency):
        return f"{name} là phiếu của “{stamp.agency}”, cơ quan không có trong cơ sở dữ liệu này."
    return ""


class _Judge:
    def __init__(self, session: Session, plan: Plan, stamp: Stamp, filled: FilledWorkbook) -> None:
        self.session = session
        self.plan = plan
        self.stamp = stamp
        self.filled = filled
        self.lines: list[UpdateLine] = []
        self.unchanged = 0
        self.places = {_place_key(p.district or "", p.commune, p.village): p for p in plan_places(session, plan.id)}
        self.criteria = {c.number: c for c in session.exec(
            select(Criterion).where(Criterion.criteria_set_id == plan.criteria_set_id))}
        self.helped = set(session.exec(select(Assignment.village_id).where(
            Assignment.plan_id == plan.id, Assignment.agency_id == stamp.agency_id)))
        self.stamped = {(r.village_id, r.criterion_id): r for r in stamp.rows}
        self.shown: dict[int, StampVillage] = {v.village_id: v for v in stamp.villages}
        self.locks = village_locks(session, plan.id, stamp.year)
        self.sent: dict[int, tuple[str, FilledSheet]] = {}
        """The villages whose sheet sends the review: their label and sheet."""

    def preview(self) -> UpdatePreview:
        for sheet in self.filled.sheets:
            self._sheet(sheet)
        to_submit, round_id = self._submissions()
        return UpdatePreview(self.filled.file_name, self.plan.code, self.stamp.agency, self.stamp.year, self.lines,
                             self.unchanged, to_submit=to_submit, round_id=round_id)

    def _submissions(self) -> tuple[list[tuple[int, str]], int | None]:
        """The villages sent that the year's open round would mark Đã gửi (the others are already sent, approved, or
        the round or year closed: nothing to mark)."""
        if not self.sent:
            return [], None
        review_round = find_round(self.session, self.plan.id, self.stamp.year, RoundKind.YEARLY)
        if review_round is None:
            for _label, sheet in self.sent.values():
                self._refuse(sheet, None, SEND_LABEL, f"chưa mở đợt rà soát năm {self.stamp.year}: chưa ghi nhận "
                             "thôn đã gửi kết quả (Văn phòng mở đợt rà soát rồi nhập lại tệp).")
            return [], None
        marked = submittable(self.session, review_round.id, set(self.sent))
        to_submit = [(village_id, label) for village_id, (label, _) in self.sent.items() if village_id in marked]
        return to_submit, review_round.id

    def _read_only(self, sheet: FilledSheet, place: PlaceRow) -> None:
        """The review state and comment cells, shown read-only, as exported; an edit is refused (nothing is read
        from them)."""
        shown = self.shown.get(place.village_id)
        if shown is None:
            return
        for label, typed, exported in ((REVIEW_LABEL, sheet.review, shown.review),
                                       (COMMENT_LABEL, sheet.comment, shown.comment)):
            if typed is not None and nfc(typed) != nfc(exported):
                self._refuse(sheet, None, label, f"ô “{label}” chỉ để xem nhưng đã bị sửa (lúc xuất tệp: "
                             f"“{exported}”); không ghi gì từ ô này.", village=_village_label(place),
                             village_id=place.village_id)

    def _sending(self, sheet: FilledSheet, place: PlaceRow) -> None:
        send = fold(sheet.send)
        if send in ("", fold(SEND_NO)):
            return
        found = {"village": _village_label(place), "village_id": place.village_id}
        if send != fold(SEND_YES):
            self._refuse(sheet, None, SEND_LABEL, f"“{nfc(sheet.send)}” không có trong danh sách ("
                         + ", ".join(SEND_CHOICES) + ").", **found)
        elif place.village_id not in self.helped:
            self._refuse(sheet, None, SEND_LABEL, f"{self.stamp.agency} không (còn) giúp đỡ thôn này trong kế hoạch: "
                         "chưa ghi nhận đã gửi.", **found)
        elif place.village_id not in self.locks:
            self.sent.setdefault(place.village_id, (_village_label(place), sheet))

    def _refuse(self, sheet: FilledSheet, row: int | None, column: str | None, reason: str, **found) -> None:
        self.lines.append(UpdateLine(LineKind.REFUSED, sheet.name, row, column, reason=reason, **found))

    def _sheet(self, sheet: FilledSheet) -> None:
        if sheet.problem:
            self._refuse(sheet, None, None, sheet.problem)
            return
        place = self.places.get(_place_key(sheet.district, sheet.commune, sheet.village))
        if place is None:
            where = ", ".join(part for part in (sheet.village, sheet.commune, sheet.district) if part)
            self._refuse(sheet, None, None, f"thôn (làng) “{where}” không có trong kế hoạch {self.plan.code}.")
            return
        self._read_only(sheet, place)
        self._sending(sheet, place)
        current = {a.criterion_id: a for a in self.session.exec(select(Assessment).where(
            Assessment.village_id == place.village_id, Assessment.year == self.stamp.year))}
        seen: dict[int, int] = {}
        for row in sheet.rows:
            self._row(sheet, place, row, current, seen)

    def _row(self, sheet: FilledSheet, place: PlaceRow, row: FilledRow, current: dict[int, Assessment],
             seen: dict[int, int]) -> None:
        found = {"village": _village_label(place), "village_id": place.village_id, "updated_by": sheet.updated_by}
        number = nfc(row.number)
        criterion = self.criteria.get(int(number)) if number.isdigit() else None
        if criterion is None:
            reason = (f"không có tiêu chí số “{number}” trong bộ tiêu chí của kế hoạch." if number
                      else "thiếu số thứ tự tiêu chí.")
            self._refuse(sheet, row.row, HEADER[NUMBER], reason, **found)
            return
        found |= {"criterion_id": criterion.id, "criterion": f"{criterion.number}. {criterion.name}"}
        if criterion.number in seen:
            self._refuse(sheet, row.row, HEADER[NUMBER], f"tiêu chí số {criterion.number} đã có ở dòng "
                         f"{seen[criterion.number]}.", **found)
            return
        seen[criterion.number] = row.row
        status = status_from_text(row.status)
        if status is None:
            self._refuse(sheet, row.row, HEADER[STATUS_COLUMN], f"“{nfc(row.status)}” không có trong danh sách ("
                         + ", ".join(STATUS_CHOICES) + ").", **found)
            return
        typed = Content(status, nfc(row.evidence), nfc(row.note))
        stamped = self.stamped.get((place.village_id, criterion.id))
        exported = stamped.content if stamped else None
        touched = [name for name in _FIELDS if exported is None or getattr(typed, name) != getattr(exported, name)]
        if not touched:
            self.unchanged += 1
            return
        assessment = current.get(criterion.id)
        old = Content(assessment.status, assessment.evidence, assessment.note) if assessment else Content()
        new = replace(old, **{name: getattr(typed, name) for name in touched})
        if new == old:
            self.unchanged += 1
            return
        version = assessment.version if assessment else 0
        found |= {"old": old, "new": new, "version": version}
        lock = self.locks.get(place.village_id)
        if lock is not None:
            self._refuse(sheet, row.row, None, f"không ghi: {lock.reason}", **found)
        elif place.village_id not in self.helped:
            self._conflict(sheet, row, f"{self.stamp.agency} không (còn) giúp đỡ thôn này trong kế hoạch.", found)
        elif stamped is None:
            self._conflict(sheet, row, "dòng này không có trong tệp đã xuất.", found, overwritable=True)
        elif stamped.version != version:
            by = assessment.updated_by or "không rõ"
            when = format_moment(assessment.updated_at) if assessment.updated_at else "không rõ lúc nào"
            self._conflict(sheet, row, f"đã được {by} sửa lúc {when}, sau khi xuất tệp.", found, overwritable=True)
        else:
            self.lines.append(UpdateLine(LineKind.CHANGE, sheet.name, row.row, None, **found))

    def _conflict(self, sheet: FilledSheet, row: FilledRow, reason: str, found: dict, overwritable: bool = False):
        self.lines.append(UpdateLine(LineKind.CONFLICT, sheet.name, row.row, None, reason=reason,
                                     overwritable=overwritable, **found))


def _place_key(district: str, commune: str, village: str) -> tuple[str, str, str]:
    return fold(district), fold(commune), fold(village)


def _village_label(place: PlaceRow) -> str:
    return f"{place.village} ({place.commune})"
