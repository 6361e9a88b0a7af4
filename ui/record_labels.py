"""What the window calls the village record kinds, their fields and their choices (Vietnamese shipped).

The domain's FieldSpec labels are the Vietnamese words its refusal messages use; the window says the same
through Qt's translation, like every other string it shows. The source texts are kept in tables (marked for
lupdate) and only the one asked for is translated: the campaign page's columns ask for 150 labels as it is built.
"""

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.vocabulary import (
    ConcernStatus,
    ContactRole,
    InitiativeStatus,
    ModelField,
    ModelStatus,
    ResourceKind,
    SourceKind,
)
from ui.labels import translate


def kind_title(kind: str) -> str:
    return translate("Records", _KIND_TITLES[kind])


_KIND_TITLES = {
    "households": QT_TRANSLATE_NOOP("Records", "Households"),
    "models": QT_TRANSLATE_NOOP("Records", "Models"),
    "contributions": QT_TRANSLATE_NOOP("Records", "Resources"),
    "visits": QT_TRANSLATE_NOOP("Records", "Visits"),
    "concerns": QT_TRANSLATE_NOOP("Records", "Difficulties"),
    "contacts": QT_TRANSLATE_NOOP("Records", "Contacts"),
    "initiatives": QT_TRANSLATE_NOOP("Records", "Initiatives"),
}


def kind_heading(kind: str) -> str:
    """The longer name, above a list and in a form's title."""
    return translate("Records", _KIND_HEADINGS[kind])


_KIND_HEADINGS = {
    "households": QT_TRANSLATE_NOOP("Records", "Ethnic-minority households"),
    "models": QT_TRANSLATE_NOOP("Records", "“Skilful mass mobilisation” models"),
    "contributions": QT_TRANSLATE_NOOP("Records", "Resources mobilised"),
    "visits": QT_TRANSLATE_NOOP("Records", "Visits to the village"),
    "concerns": QT_TRANSLATE_NOOP("Records", "Difficulties and proposals"),
    "contacts": QT_TRANSLATE_NOOP("Records", "Prestigious persons, elders, village head"),
    "initiatives": QT_TRANSLATE_NOOP("Records", "Initiatives and the village development plan"),
}


def field_label(kind: str, name: str) -> str:
    return translate("Records", _SPECIAL_FIELDS.get((kind, name)) or _FIELDS[name])


_SPECIAL_FIELDS = {
    ("models", "agency_id"): QT_TRANSLATE_NOOP("Records", "Helping agency"),
    ("models", "households"): QT_TRANSLATE_NOOP("Records", "Households taking part"),
    ("contacts", "note"): QT_TRANSLATE_NOOP("Records", "Note"),
}
_FIELDS = {
    "year": QT_TRANSLATE_NOOP("Records", "Year"),
    "minority_households": QT_TRANSLATE_NOOP("Records", "Ethnic-minority households"),
    "reached": QT_TRANSLATE_NOOP("Records", "Reached by propaganda"),
    "changed_ways": QT_TRANSLATE_NOOP("Records", "Changed ways of thinking and working"),
    "applying_science": QT_TRANSLATE_NOOP("Records", "Applying science and technology"),
    "better_life": QT_TRANSLATE_NOOP("Records", "Better material and spiritual life"),
    "in_cooperatives": QT_TRANSLATE_NOOP("Records", "In cooperatives or groups"),
    "poor": QT_TRANSLATE_NOOP("Records", "Poor households"),
    "near_poor": QT_TRANSLATE_NOOP("Records", "Near-poor households"),
    "name": QT_TRANSLATE_NOOP("Records", "Model"),
    "field": QT_TRANSLATE_NOOP("Records", "Field"),
    "year_started": QT_TRANSLATE_NOOP("Records", "Year started"),
    "status": QT_TRANSLATE_NOOP("Records", "Status"),
    "agency_id": QT_TRANSLATE_NOOP("Records", "Agency"),
    "day": QT_TRANSLATE_NOOP("Records", "Date"),
    "source_kind": QT_TRANSLATE_NOOP("Records", "From"),
    "source_name": QT_TRANSLATE_NOOP("Records", "Person or enterprise"),
    "kind": QT_TRANSLATE_NOOP("Records", "Kind"),
    "amount": QT_TRANSLATE_NOOP("Records", "Amount"),
    "purpose": QT_TRANSLATE_NOOP("Records", "Purpose"),
    "people": QT_TRANSLATE_NOOP("Records", "Who went"),
    "activities": QT_TRANSLATE_NOOP("Records", "What was done"),
    "agreed": QT_TRANSLATE_NOOP("Records", "What was agreed"),
    "raised_on": QT_TRANSLATE_NOOP("Records", "Raised on"),
    "text": QT_TRANSLATE_NOOP("Records", "Difficulty or proposal"),
    "forwarded_to": QT_TRANSLATE_NOOP("Records", "Forwarded to"),
    "resolution": QT_TRANSLATE_NOOP("Records", "Resolution"),
    "resolved_on": QT_TRANSLATE_NOOP("Records", "Resolved on"),
    "full_name": QT_TRANSLATE_NOOP("Records", "Full name"),
    "role": QT_TRANSLATE_NOOP("Records", "Role"),
    "phone": QT_TRANSLATE_NOOP("Records", "Phone"),
    "note": QT_TRANSLATE_NOOP("Records", "Note"),
    "title": QT_TRANSLATE_NOOP("Records", "Title"),
}


def choice_label(value: StrEnum) -> str:
    return translate("Records", _CHOICES[value])


_CHOICES = {
    ModelField.ECONOMY: QT_TRANSLATE_NOOP("Records", "Economy"),
    ModelField.CULTURE_SOCIETY: QT_TRANSLATE_NOOP("Records", "Culture and society"),
    ModelField.SECURITY_ORDER: QT_TRANSLATE_NOOP("Records", "Security and order"),
    ModelField.POLITICAL_SYSTEM: QT_TRANSLATE_NOOP("Records", "Building the political system"),
    ModelStatus.BUILT: QT_TRANSLATE_NOOP("Records", "Built"),
    ModelStatus.MAINTAINED: QT_TRANSLATE_NOOP("Records", "Maintained"),
    ModelStatus.REPLICATED: QT_TRANSLATE_NOOP("Records", "Replicated"),
    SourceKind.AGENCY: QT_TRANSLATE_NOOP("Records", "Agency"),
    SourceKind.ENTERPRISE: QT_TRANSLATE_NOOP("Records", "Enterprise"),
    SourceKind.PERSON: QT_TRANSLATE_NOOP("Records", "Person"),
    ResourceKind.MONEY: QT_TRANSLATE_NOOP("Records", "Money (VND)"),
    ResourceKind.IN_KIND: QT_TRANSLATE_NOOP("Records", "In kind (valued in VND)"),
    ResourceKind.WORKDAYS: QT_TRANSLATE_NOOP("Records", "Workdays"),
    ConcernStatus.OPEN: QT_TRANSLATE_NOOP("Records", "Open"),
    ConcernStatus.FORWARDED: QT_TRANSLATE_NOOP("Records", "Forwarded"),
    ConcernStatus.RESOLVED: QT_TRANSLATE_NOOP("Records", "Resolved"),
    ContactRole.PRESTIGIOUS: QT_TRANSLATE_NOOP("Records", "Prestigious person"),
    ContactRole.ELDER: QT_TRANSLATE_NOOP("Records", "Village elder"),
    ContactRole.VILLAGE_HEAD: QT_TRANSLATE_NOOP("Records", "Village head"),
    ContactRole.OTHER: QT_TRANSLATE_NOOP("Records", "Other"),
    InitiativeStatus.PLANNED: QT_TRANSLATE_NOOP("Records", "Planned"),
    InitiativeStatus.UNDERWAY: QT_TRANSLATE_NOOP("Records", "Under way"),
    InitiativeStatus.DONE: QT_TRANSLATE_NOOP("Records", "Done"),
}


def overdue_text() -> str:
    return translate("Records", "⚠ over 90 days")
