"""The team-lead update workbook's format: sheet names, the labels that locate a village sheet's cells, the
checklist's columns and the stamp.

Shared by the writer (exports) and the reader (storage). The reader finds everything by its label, not by its
position, so a sheet renamed, moved or with its rows sorted is still read.
"""

from dataclasses import dataclass

from domain.criteria import CriterionStatus
from domain.labels import STATUS

FORMAT = "langmoi-cap-nhat"
FORMAT_VERSION = 2
"""2 (issue 19): each village sheet shows its review round's state and the secretariat's last comment (read-only,
in the stamp too) and asks whether the team sends its review; a workbook of version 1 is still read (no state, no
sending)."""
READ_VERSIONS = (1, 2)
STAMP_SHEET = "_langmoi"
GUIDE_SHEET = "Hướng dẫn"

VILLAGE_LABEL = "Thôn (làng)"
COMMUNE_LABEL = "Xã"
DISTRICT_LABEL = "Huyện"
UPDATED_BY_LABEL = "Người cập nhật"
REVIEW_LABEL = "Tình trạng rà soát"
COMMENT_LABEL = "Ý kiến của Văn phòng"
SEND_LABEL = "Gửi kết quả rà soát"
PLACE_LABELS = (VILLAGE_LABEL, COMMUNE_LABEL, DISTRICT_LABEL, UPDATED_BY_LABEL, REVIEW_LABEL, COMMENT_LABEL, SEND_LABEL)
SEND_YES, SEND_NO = "Có", "Chưa"
SEND_CHOICES = (SEND_YES, SEND_NO)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int
    to_fill: bool = False


NUMBER, GROUP, NAME, REQUIREMENT, STATUS_COLUMN, EVIDENCE, NOTE = (
    "number", "group", "name", "requirement", "status", "evidence", "note")
COLUMNS = (
    Column(NUMBER, "Số TT", 7),
    Column(GROUP, "Nhóm", 14),
    Column(NAME, "Tiêu chí", 24),
    Column(REQUIREMENT, "Yêu cầu", 38),
    Column(STATUS_COLUMN, "Tình trạng", 17, to_fill=True),
    Column(EVIDENCE, "Minh chứng", 34, to_fill=True),
    Column(NOTE, "Ghi chú", 30, to_fill=True),
)
HEADER = {column.key: column.header for column in COLUMNS}
STATUS_CHOICES = tuple(STATUS[status] for status in CriterionStatus)

STAMP_FIELDS = ("format", "plan", "agency_id", "agency", "year", "exported_at", "checksum")
STAMP_ROW_HEADER = ("village_id", "criterion_id", "version", "status", "evidence", "note")
STAMP_VILLAGE_HEADER = ("village", "review", "comment")
"""Version 2: beside the rows (from column STAMP_VILLAGE_COLUMN), each village's review state and comment as shown."""
STAMP_VILLAGE_COLUMN = len(STAMP_ROW_HEADER) + 2
