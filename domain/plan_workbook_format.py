"""The plan workbook's format: sheets, columns, which are required, and the words allowed in list columns.

Shared by the reader (storage) and the writer (exports) so that what one writes the other reads.
"""

from dataclasses import dataclass

from domain.agencies import AgencyKind, AssignmentRole
from domain.labels import AGENCY_KIND, ASSIGNMENT_ROLE, TEAM_ROLE
from domain.plan_import import AGENCIES, ASSIGNMENTS, CRITERIA, PLACES, PLAN, TEAMS
from domain.teams import TeamRole


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool = False
    width: int = 14
    choices: tuple[str, ...] = ()
    is_text: bool = True
    stored_as: str = ""
    """The "table.column" the cell is written to; its limits (domain/bounds.py) apply to the cell."""


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)


KIND_CHOICES = tuple(AGENCY_KIND[kind] for kind in AgencyKind)
ROLE_CHOICES = tuple(ASSIGNMENT_ROLE[role] for role in AssignmentRole)
TEAM_ROLE_CHOICES = tuple(TEAM_ROLE[role] for role in TeamRole)

_DISTRICT = Column("district", "Huyện", width=16, stored_as="adminunit.name")
_COMMUNE = Column("commune", "Xã", required=True, width=16, stored_as="adminunit.name")
_VILLAGE = Column("village", "Thôn/Làng", required=True, width=20, stored_as="village.name")

SHEETS = (
    Sheet(PLAN, (
        Column("code", "Số hiệu", required=True, width=18, stored_as="plan.code"),
        Column("title", "Tên kế hoạch", required=True, width=60, stored_as="plan.title"),
        Column("issuer", "Cơ quan ban hành", width=24, stored_as="plan.issuer"),
        Column("issued_on", "Ngày ban hành", width=14, is_text=False, stored_as="plan.issued_on"),
        Column("first_year", "Từ năm", required=True, width=9, is_text=False, stored_as="plan.first_year"),
        Column("last_year", "Đến năm", required=True, width=9, is_text=False, stored_as="plan.last_year"),
        Column("criteria_set", "Bộ tiêu chí", required=True, width=18, stored_as="criteriaset.code"),
        Column("continues", "Tiếp nối kế hoạch", width=18, stored_as="plan.code"),
    )),
    Sheet(PLACES, (
        _DISTRICT, _COMMUNE, _VILLAGE,
        Column("households", "Số hộ", width=9, is_text=False, stored_as="village.households"),
        Column("minority_households", "Số hộ DTTS", width=11, is_text=False,
               stored_as="village.minority_households"),
        Column("ethnic_groups", "Dân tộc", width=26, stored_as="village.ethnic_groups"),
        Column("note", "Ghi chú", width=30, stored_as="village.note"),
    )),
    Sheet(AGENCIES, (
        Column("name", "Tên cơ quan", required=True, width=44, stored_as="agency.name"),
        Column("short_name", "Tên viết tắt", width=16, stored_as="agency.short_name"),
        Column("kind", "Loại", width=22, choices=KIND_CHOICES),
        Column("address", "Địa chỉ", width=30, stored_as="agency.address"),
        Column("phone", "Điện thoại", width=16, stored_as="agency.phone"),
    )),
    Sheet(ASSIGNMENTS, (
        Column("agency", "Cơ quan", required=True, width=44, stored_as="agency.name"),
        _DISTRICT, _COMMUNE, _VILLAGE,
        Column("role", "Vai trò", required=True, width=12, choices=ROLE_CHOICES),
    )),
    Sheet(TEAMS, (
        _DISTRICT, _COMMUNE, _VILLAGE,
        Column("full_name", "Họ và tên", required=True, width=24, stored_as="teammember.full_name"),
        Column("position", "Chức vụ", width=22, stored_as="teammember.position"),
        Column("agency", "Cơ quan", width=36, stored_as="agency.name"),
        Column("team_role", "Vai trò trong tổ", required=True, width=16, choices=TEAM_ROLE_CHOICES),
        Column("phone", "Điện thoại", width=16, stored_as="teammember.phone"),
    )),
    Sheet(CRITERIA, (
        Column("group", "Nhóm", required=True, width=30, stored_as="criterion.group_name"),
        Column("number", "Số TT", required=True, width=8, is_text=False, stored_as="criterion.number"),
        Column("name", "Tên tiêu chí", required=True, width=30, stored_as="criterion.name"),
        Column("requirement", "Yêu cầu / chỉ tiêu", width=70, stored_as="criterion.requirement"),
    )),
)
SHEET = {sheet.name: sheet for sheet in SHEETS}
