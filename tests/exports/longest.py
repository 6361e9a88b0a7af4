"""A village whose every text is as long as the domain accepts: the input of the tests that every export
still works on the longest values (issue 13, item 6).

Texts are ordinary Vietnamese words with diacritics and spaces, line breaks in the multi-line fields, each
starting with a tag naming its field so a test can find it in the output; one evidence is a single word of
4000 characters without a space. Everything goes in through the use cases (set_assessment, save_record), so
the bounds guard checks it and the audit trail records it; names the use cases do not edit (plan, criteria,
places, agency, team) are set on their rows in one unit of work, which the same guard checks.
"""

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import select

from domain.admin_units import AdminUnit, Village
from domain.agencies import Agency
from domain.assessing import set_assessment
from domain.bounds import max_length
from domain.criteria import CriteriaSet, Criterion, CriterionStatus
from domain.places import find_place
from domain.plan import Plan
from domain.recording import save_record
from domain.teams import SupportTeam, TeamMember
from tests.conftest import OFFICER

WORDS = ("xây dựng nông thôn mới đường giao thông nội thôn được bê tông hóa bà con đồng bào góp ngày công hiến đất "
         "làm nhà văn hóa cộng đồng trường mầm non điểm trường lẻ nước sạch sinh hoạt hợp vệ sinh chuyển đổi cây "
         "trồng vật nuôi cà phê hồ tiêu bời lời đỏ heo đen bò giống tổ hợp tác dệt thổ cẩm già làng người có uy "
         "tín vận động giữ gìn bản sắc văn hóa cồng chiêng nhà rông ").split()
LINE_WORDS = 14
"""A multi-line field breaks its line after this many words."""


def text(tag: str, length: int, *, lines: bool = False, shift: int = 0) -> str:
    """`tag` then words, exactly `length` characters, ending on a letter; a line break every LINE_WORDS words
    when `lines`."""
    parts, size, count = [tag], len(tag), 0
    while size < length + 1:
        word = WORDS[(count + shift) % len(WORDS)]
        count += 1
        gap = "\n" if lines and count % LINE_WORDS == 0 else " "
        parts.append(gap + word)
        size += len(gap) + len(word)
    value = "".join(parts)[:length]
    return value if not value[-1].isspace() else value[:-1] + "x"


def one_word(length: int) -> str:
    """A single word of `length` letters, no space or line break anywhere."""
    letters = "".join(WORDS)
    return (letters * (length // len(letters) + 1))[:length]


@dataclass
class Longest:
    """The long values written, by where they show: `texts` what every export of the village must carry."""

    village: str
    commune: str
    agency: str
    texts: dict[str, str] = field(default_factory=dict)

    def put(self, name: str, value: str) -> str:
        self.texts[name] = value
        return value


def _full(table: str, column: str, tag: str, *, lines: bool = False, shift: int = 0) -> str:
    return text(tag, max_length(table, column), lines=lines, shift=shift)


def fill_to_the_brim(database, plan: Plan, village: str = "Thôn 1, Xã Một", agency: str = "Sở Một",
                     year: int = 2025) -> Longest:
    """Make `village` of `plan` (and its commune, district, lead agency, team, criteria) hold every text at its
    column's limit, through the domain; returns what was written."""
    with database.session() as session:
        place = find_place(session, plan.id, village)
        agency_id = session.exec(select(Agency.id).where(Agency.name == agency)).one()
    village_id = place.village_id
    long = Longest("", "", "")
    with database.unit_of_work(OFFICER) as uow:
        session = uow.session
        row = session.get(Village, village_id)
        long.village = row.name = long.put("village", _full("village", "name", "Thôn dài"))
        row.ethnic_groups = _full("village", "ethnic_groups", "Dân tộc")
        row.note = _full("village", "note", "Ghi chú thôn", lines=True)
        commune = session.get(AdminUnit, row.commune_id)
        long.commune = commune.name = long.put("commune", _full("adminunit", "name", "Xã dài"))
        if commune.parent_id is not None:
            session.get(AdminUnit, commune.parent_id).name = long.put("district", _full("adminunit", "name",
                                                                                          "Huyện dài", shift=3))
        unit = session.get(Agency, agency_id)
        long.agency = unit.name = long.put("agency", _full("agency", "name", "Cơ quan dài"))
        unit.short_name = _full("agency", "short_name", "Viết tắt")
        unit.address = _full("agency", "address", "Địa chỉ")
        unit.phone = "0" + "9" * (max_length("agency", "phone") - 1)
        team = session.exec(select(SupportTeam).where(SupportTeam.plan_id == plan.id,
                                                      SupportTeam.village_id == village_id)).one()
        for number, member in enumerate(session.exec(select(TeamMember).where(TeamMember.team_id == team.id))):
            member.full_name = long.put(f"member {number}", _full("teammember", "full_name", f"Cán bộ {number}"))
            member.position = long.put(f"position {number}", _full("teammember", "position", f"Chức vụ {number}"))
            member.phone = long.put(f"phone {number}", ("0905 " * 20)[:max_length("teammember", "phone")].strip())
        stored = session.get(Plan, plan.id)
        stored.code = long.put("plan code", _full("plan", "code", "KH-dài"))
        stored.title = long.put("plan title", _full("plan", "title", "Kế hoạch dài"))
        stored.issuer = long.put("issuer", _full("plan", "issuer", "Tỉnh ủy dài"))
        stored.place = _full("plan", "place", "Địa danh")
        criteria = session.get(CriteriaSet, stored.criteria_set_id)
        criteria.title = _full("criteriaset", "title", "Bộ tiêu chí dài")
        first = session.exec(select(Criterion).where(Criterion.criteria_set_id == criteria.id)
                             .order_by(Criterion.number)).first()
        first.name = long.put("criterion", _full("criterion", "name", "Tiêu chí dài"))
        first.group_name = long.put("group", _full("criterion", "group_name", "Nhóm dài"))
        first.requirement = long.put("requirement", _full("criterion", "requirement", "Yêu cầu dài", lines=True))
        uow.commit()
    with database.session() as session:
        criteria_ids = list(session.exec(select(Criterion.id)
                                         .join(Plan, Plan.criteria_set_id == Criterion.criteria_set_id)
                                         .where(Plan.id == plan.id).order_by(Criterion.number)))
    for number, criterion_id in enumerate(criteria_ids, start=1):
        evidence = (long.put("one word", one_word(max_length("assessment", "evidence"))) if number == 2 else
                    long.put(f"evidence {number}", _full("assessment", "evidence", f"Minh chứng {number}",
                                                          lines=True, shift=number)))
        with database.unit_of_work(OFFICER) as uow:
            set_assessment(uow, plan_id=plan.id, village_id=village_id, criterion_id=criterion_id, year=year,
                           status=CriterionStatus.IN_PROGRESS, evidence=evidence,
                           note=long.put(f"note {number}", _full("assessment", "note", f"Ghi chú {number}",
                                                                  lines=True, shift=number + 5)))

    def save(record_kind: str, **values) -> None:
        with database.unit_of_work(OFFICER) as uow:
            save_record(uow, kind=record_kind, plan_id=plan.id, village_id=village_id, values=values)

    save("models", name=long.put("model", _full("communitymodel", "name", "Mô hình dài")), field="economy",
         year_started=year, status="built", households=18, agency_id=agency_id)
    save("contributions", day=date(year, 4, 2), source_kind="person", kind="money", amount=12_500_000,
         source_name=long.put("source", _full("contribution", "source_name", "Người góp dài")),
         purpose=long.put("purpose", _full("contribution", "purpose", "Mục đích dài", lines=True)))
    save("visits", day=date(year, 5, 6), agency_id=agency_id,
         people=long.put("people", _full("visit", "people", "Người đi dài")),
         activities=long.put("activities", _full("visit", "activities", "Nội dung làm việc dài", lines=True)),
         agreed=long.put("agreed", _full("visit", "agreed", "Kết luận dài", lines=True, shift=2)))
    save("concerns", raised_on=date(year, 1, 3), status="resolved", resolved_on=date(year, 6, 1),
         text=long.put("concern", _full("concern", "text", "Khó khăn dài", lines=True)),
         forwarded_to=long.put("forwarded", _full("concern", "forwarded_to", "Chuyển đến dài")),
         resolution=long.put("resolution", _full("concern", "resolution", "Kết quả dài", lines=True, shift=4)))
    save("contacts", full_name=long.put("contact", _full("villagecontact", "full_name", "Già làng dài")),
         role="elder", phone=long.put("contact phone", "0" + "8" * (max_length("villagecontact", "phone") - 1)),
         note=long.put("contact note", _full("villagecontact", "note", "Ghi chú người liên hệ")))
    save("initiatives", title=long.put("initiative", _full("initiative", "title", "Sáng kiến dài")), year=year,
         status="underway", note=long.put("initiative note", _full("initiative", "note", "Ghi chú sáng kiến",
                                                                    lines=True)))
    return long
