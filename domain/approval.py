"""Whether a year's figures are approved, as printed pages and the dashboard say it: a village's figures are
approved once the secretariat approved its yearly review (issue 19); a figure summed over villages is approved only
when every one of them is; a closed year's figures are final ("số liệu chính thức"), approved or not, as reported.

Every figure not approved is marked "chưa duyệt": the village sheet in its heading and on each of its pages, the
summary on each of its pages and on each row of its areas and agencies, the dashboard above its charts. Read by
domain/completeness.figures_approval; this module imports no database layer, as domain/figures.py.
"""

from collections.abc import Collection
from dataclasses import dataclass

NOT_APPROVED = "chưa duyệt"
APPROVED = "đã duyệt"
FINAL = "chính thức"
NOT_APPROVED_MARK = "SỐ LIỆU CHƯA DUYỆT"
FINAL_MARK = "SỐ LIỆU CHÍNH THỨC"


@dataclass(frozen=True)
class Approval:
    """The villages of a plan-year whose figures are approved, and whether the year is closed."""

    approved: frozenset[int] = frozenset()
    closed: bool = False

    def approved_among(self, village_ids: Collection[int]) -> int:
        return len(self.approved.intersection(village_ids))

    def word(self, village_ids: Collection[int]) -> str:
        """What a figure over `village_ids` is: "chính thức", "đã duyệt" or "chưa duyệt"."""
        if self.closed:
            return FINAL
        return APPROVED if self.approved_among(village_ids) == len(set(village_ids)) else NOT_APPROVED

    def row_text(self, village_ids: Collection[int]) -> str:
        """A table row's mark: "chính thức", "đã duyệt" or "chưa duyệt (1/3 thôn đã duyệt)"."""
        word = self.word(village_ids)
        if word != NOT_APPROVED:
            return word
        return f"{NOT_APPROVED} ({self.approved_among(village_ids)}/{len(set(village_ids))} thôn đã duyệt)"

    def page_mark(self, village_ids: Collection[int]) -> str:
        """The mark on every page of a document over `village_ids`: "SỐ LIỆU CHƯA DUYỆT", "SỐ LIỆU CHÍNH THỨC", or
        none when every figure is approved but the year not closed."""
        word = self.word(village_ids)
        return FINAL_MARK if word == FINAL else NOT_APPROVED_MARK if word == NOT_APPROVED else ""

    def sentence(self, year: int, village_ids: Collection[int]) -> str:
        """What a document over `village_ids` says of its figures: the year closed, all approved, or how many."""
        if self.closed:
            return f"Năm {year} đã khóa sổ: số liệu chính thức."
        approved, villages = self.approved_among(village_ids), len(set(village_ids))
        if approved == villages:
            return f"Số liệu của cả {villages} thôn đã được duyệt."
        return (f"Số liệu chưa duyệt: {approved}/{villages} thôn đã được duyệt; số liệu ghi “chưa duyệt” còn có thể "
                "thay đổi.")
