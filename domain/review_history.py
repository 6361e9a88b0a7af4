"""How the history (domain/history.py) names the review cycle's audit rows: a round opened, a village's state
changed, a comment, a year closed — in words, instead of the tables' and fields' own names."""

from domain.labels import REVIEW_STATE
from domain.vocabulary import ReviewState

ENTITIES = {"reviewround": "Đợt rà soát", "villagereview": "Rà soát của thôn", "reviewcomment": "Ý kiến rà soát",
            "yearclosure": "Khóa sổ năm"}
_FIELDS = {("reviewround", "opened"): "Mở đợt", ("reviewround", "deadline"): "Hạn gửi",
           ("reviewround", "closed"): "Kết thúc đợt", ("reviewround", "reopened"): "Mở lại đợt",
           ("villagereview", "state"): "Trạng thái", ("reviewcomment", "text"): "Ý kiến",
           ("yearclosure", "closed"): "Khóa sổ", ("yearclosure", "reopened"): "Mở lại năm (lý do)"}


def field_said(entity: str, field: str) -> str | None:
    return _FIELDS.get((entity, field))


def value_said(entity: str, field: str, value: str) -> str | None:
    """A village review's state in words ('Đã gửi'); None for any other value."""
    if (entity, field) == ("villagereview", "state") and value in set(ReviewState):
        return REVIEW_STATE[ReviewState(value)]
    return None


def subject_said(entity: str, context: str) -> str | None:
    """'Rà soát năm 2025', from the row's context (year=2025); None for another entity."""
    if entity not in ENTITIES:
        return None
    parts = dict(part.strip().split("=", 1) for part in context.split(";") if "=" in part)
    return f"Rà soát năm {parts['year']}" if "year" in parts else ENTITIES[entity]
