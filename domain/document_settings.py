"""The office-wide settings of the printed documents: who issues them, where, who signs, in which typeface.

Held in the database (one row), so that every PC of the office and the command line print the same heading. A
blank issuing body or place means the plan's own (Plan.issuer, Plan.place): a new database prints what the plan
annex says until the secretariat writes something else. The per-PC default folder is not here (QSettings).
"""

import enum
from dataclasses import dataclass, field, fields, replace

from sqlmodel import Field, Session, SQLModel, select

from domain.access import require_secretariat
from domain.admin_units import AdminUnit, UnitKind
from domain.audit import record_change
from domain.columns import NEVER_REUSED, enum_column
from domain.text import fold, nfc
from domain.unit_of_work import UnitOfWork


class Typeface(enum.StrEnum):
    """The documents' face: both carry every Vietnamese letter and are bundled with their licence."""

    LIBERATION_SERIF = "liberation_serif"
    """Metric-compatible with Times New Roman (the face of Party and state documents), SIL OFL."""
    NOTO_SERIF = "noto_serif"


TYPEFACE_LABEL = {Typeface.LIBERATION_SERIF: "Liberation Serif (như Times New Roman)",
                  Typeface.NOTO_SERIF: "Noto Serif"}

ROW_ID = 1
"""The settings are one row; its id is fixed so that two PCs saving at once update the same row."""


class DocumentSettingsRow(SQLModel, table=True):
    __tablename__ = "documentsettings"
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    issuing_body: str = Field(default="", max_length=200)
    superior_body: str = Field(default="", max_length=200)
    place: str = Field(default="", max_length=100)
    signer_capacity: str = Field(default="", max_length=200)
    signer_title: str = Field(default="", max_length=200)
    signer_name: str = Field(default="", max_length=200)
    preparer_title: str = Field(default="", max_length=200)
    preparer_name: str = Field(default="", max_length=200)
    typeface: Typeface = Field(default=Typeface.LIBERATION_SERIF, sa_type=enum_column(Typeface))


FIELD_LABELS = {
    "issuing_body": "Cơ quan ban hành",
    "superior_body": "Cơ quan cấp trên",
    "place": "Địa danh",
    "signer_capacity": "Thẩm quyền ký",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Họ tên người ký",
    "preparer_title": "Chức danh người lập",
    "preparer_name": "Họ tên người lập",
    "typeface": "Phông chữ",
}
"""The fields as the settings dialog and the refusals name them."""


@dataclass(frozen=True)
class DocumentSettings:
    """What the documents print in their heading and signature blocks; blank text means "not set"."""

    issuing_body: str = ""
    superior_body: str = ""
    place: str = ""
    signer_capacity: str = ""
    signer_title: str = ""
    signer_name: str = ""
    preparer_title: str = ""
    preparer_name: str = ""
    typeface: Typeface = Typeface.LIBERATION_SERIF
    ended_places: tuple[str, ...] = field(default=(), compare=False)
    """The provinces a recorded reorganisation ended (Kon Tum after 1/7/2025): read with the settings, not stored."""

    def for_plan(self, issuer: str, place: str) -> "DocumentSettings":
        """The settings with a blank issuing body or place taken from the plan's. Documents are of their time: when
        the office's place is a province that a reorganisation ended and the plan is of another place (the
        2026–2030 plan of Tỉnh ủy Quảng Ngãi after Kon Tum was merged into it), the plan's issuing body and place
        are printed, without the old superior body."""
        ended = {fold(name) for name in self.ended_places}
        if self.place and place and fold(self.place) in ended and fold(place) != fold(self.place):
            return replace(self, issuing_body=issuer or self.issuing_body, superior_body="", place=place)
        return replace(self, issuing_body=self.issuing_body or issuer, place=self.place or place)


TEXT_FIELDS = tuple(f.name for f in fields(DocumentSettings) if f.name not in ("typeface", "ended_places"))


def settings(session: Session) -> DocumentSettings:
    """The office's settings, or the defaults when none were ever saved."""
    ended = tuple(session.exec(select(AdminUnit.name).where(AdminUnit.kind == UnitKind.PROVINCE,
                                                            AdminUnit.valid_until.is_not(None))))
    row = session.get(DocumentSettingsRow, ROW_ID)
    if row is None:
        return DocumentSettings(ended_places=ended)
    return DocumentSettings(**{name: getattr(row, name) for name in (*TEXT_FIELDS, "typeface")}, ended_places=ended)


def _cleaned(value: DocumentSettings) -> DocumentSettings:
    """Text as stored: NFC, single spaces, no spaces around."""
    return replace(value, **{name: " ".join(nfc(getattr(value, name)).split()) for name in TEXT_FIELDS},
                   typeface=Typeface(value.typeface))


def save_settings(uow: UnitOfWork, *, new: DocumentSettings) -> DocumentSettings:
    """Store the office's settings (secretariat only); each changed field is one audit row. Returns them as stored."""
    require_secretariat(uow.user, "đổi thiết lập văn bản")
    new = _cleaned(new)
    session = uow.session
    row = session.get(DocumentSettingsRow, ROW_ID)
    if row is None:
        row = DocumentSettingsRow(id=ROW_ID)
        session.add(row)
    old = settings(session)
    for name in (*TEXT_FIELDS, "typeface"):
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            setattr(row, name, after)
            record_change(session, actor=uow.actor, entity="documentsettings", entity_id=ROW_ID, field=name,
                          old=str(before), new=str(after), context=f"Thiết lập văn bản: {FIELD_LABELS[name]}")
    uow.commit()
    return settings(session)
