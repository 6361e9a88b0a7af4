"""What the window calls the village record kinds, their fields and their choices (Vietnamese shipped).

The domain's FieldSpec labels are the Vietnamese words its refusal messages use; the window says the same
through Qt's translation, like every other string it shows.
"""

from enum import StrEnum

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
    return {
        "households": translate("Records", "Households"),
        "models": translate("Records", "Models"),
        "contributions": translate("Records", "Resources"),
        "visits": translate("Records", "Visits"),
        "concerns": translate("Records", "Difficulties"),
        "contacts": translate("Records", "Contacts"),
        "initiatives": translate("Records", "Initiatives"),
    }[kind]


def kind_heading(kind: str) -> str:
    """The longer name, above a list and in a form's title."""
    return {
        "households": translate("Records", "Ethnic-minority households"),
        "models": translate("Records", "“Skilful mass mobilisation” models"),
        "contributions": translate("Records", "Resources mobilised"),
        "visits": translate("Records", "Visits to the village"),
        "concerns": translate("Records", "Difficulties and proposals"),
        "contacts": translate("Records", "Prestigious persons, elders, village head"),
        "initiatives": translate("Records", "Initiatives and the village development plan"),
    }[kind]


def field_label(kind: str, name: str) -> str:
    special = {
        ("models", "agency_id"): translate("Records", "Helping agency"),
        ("models", "households"): translate("Records", "Households taking part"),
        ("contacts", "note"): translate("Records", "Note"),
    }
    if (kind, name) in special:
        return special[(kind, name)]
    return {
        "year": translate("Records", "Year"),
        "minority_households": translate("Records", "Ethnic-minority households"),
        "reached": translate("Records", "Reached by propaganda"),
        "changed_ways": translate("Records", "Changed ways of thinking and working"),
        "applying_science": translate("Records", "Applying science and technology"),
        "better_life": translate("Records", "Better material and spiritual life"),
        "in_cooperatives": translate("Records", "In cooperatives or groups"),
        "poor": translate("Records", "Poor households"),
        "near_poor": translate("Records", "Near-poor households"),
        "name": translate("Records", "Model"),
        "field": translate("Records", "Field"),
        "year_started": translate("Records", "Year started"),
        "status": translate("Records", "Status"),
        "agency_id": translate("Records", "Agency"),
        "day": translate("Records", "Date"),
        "source_kind": translate("Records", "From"),
        "source_name": translate("Records", "Person or enterprise"),
        "kind": translate("Records", "Kind"),
        "amount": translate("Records", "Amount"),
        "purpose": translate("Records", "Purpose"),
        "people": translate("Records", "Who went"),
        "activities": translate("Records", "What was done"),
        "agreed": translate("Records", "What was agreed"),
        "raised_on": translate("Records", "Raised on"),
        "text": translate("Records", "Difficulty or proposal"),
        "forwarded_to": translate("Records", "Forwarded to"),
        "resolution": translate("Records", "Resolution"),
        "resolved_on": translate("Records", "Resolved on"),
        "full_name": translate("Records", "Full name"),
        "role": translate("Records", "Role"),
        "phone": translate("Records", "Phone"),
        "note": translate("Records", "Note"),
        "title": translate("Records", "Title"),
    }[name]


def choice_label(value: StrEnum) -> str:
    return {
        ModelField.ECONOMY: translate("Records", "Economy"),
        ModelField.CULTURE_SOCIETY: translate("Records", "Culture and society"),
        ModelField.SECURITY_ORDER: translate("Records", "Security and order"),
        ModelField.POLITICAL_SYSTEM: translate("Records", "Building the political system"),
        ModelStatus.BUILT: translate("Records", "Built"),
        ModelStatus.MAINTAINED: translate("Records", "Maintained"),
        ModelStatus.REPLICATED: translate("Records", "Replicated"),
        SourceKind.AGENCY: translate("Records", "Agency"),
        SourceKind.ENTERPRISE: translate("Records", "Enterprise"),
        SourceKind.PERSON: translate("Records", "Person"),
        ResourceKind.MONEY: translate("Records", "Money (VND)"),
        ResourceKind.IN_KIND: translate("Records", "In kind (valued in VND)"),
        ResourceKind.WORKDAYS: translate("Records", "Workdays"),
        ConcernStatus.OPEN: translate("Records", "Open"),
        ConcernStatus.FORWARDED: translate("Records", "Forwarded"),
        ConcernStatus.RESOLVED: translate("Records", "Resolved"),
        ContactRole.PRESTIGIOUS: translate("Records", "Prestigious person"),
        ContactRole.ELDER: translate("Records", "Village elder"),
        ContactRole.VILLAGE_HEAD: translate("Records", "Village head"),
        ContactRole.OTHER: translate("Records", "Other"),
        InitiativeStatus.PLANNED: translate("Records", "Planned"),
        InitiativeStatus.UNDERWAY: translate("Records", "Under way"),
        InitiativeStatus.DONE: translate("Records", "Done"),
    }[value]


def overdue_text() -> str:
    return translate("Records", "⚠ over 90 days")
