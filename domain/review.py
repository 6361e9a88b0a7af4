"""The figures and sentences of a yearly or multi-year review of the campaign, for the draft the officer
finishes in Word.

A review from year A to year B quotes the state in year B and compares it with year A ("tăng 48,1% so với năm
2021": the rate's change in percentage points, as the province's reviews write it); a one-year review compares
with the year before. Resources and visits are added up over the years of the review.
"""

from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session

from domain.campaign import CampaignFigures, Indicator, campaign_rollup
from domain.errors import DomainError
from domain.formatting import format_decimal, format_int, format_rate
from domain.places import PlaceRow
from domain.plans import plan_in_year
from domain.recording import COUNT_FIELDS
from domain.summary import Summary, summary
from domain.village_records import ModelStatus

# How a review names each household indicator, in the words of the province's reports.
INDICATOR_PHRASES = {
    "reached": "Số hộ ĐBDTTS được tuyên truyền, phổ biến nội dung Cuộc vận động",
    "changed_ways": "Số hộ ĐBDTTS thay đổi nếp nghĩ, cách làm, tự lực vươn lên thoát nghèo bền vững",
    "applying_science": "Số hộ ĐBDTTS biết áp dụng khoa học - kỹ thuật vào sản xuất",
    "better_life": "Số hộ ĐBDTTS có đời sống vật chất, tinh thần được cải thiện",
    "in_cooperatives": "Số hộ ĐBDTTS tham gia tổ hợp tác, hợp tác xã",
    "poor": "Số hộ nghèo ĐBDTTS",
    "near_poor": "Số hộ cận nghèo ĐBDTTS",
}


@dataclass(frozen=True)
class Review:
    first: int
    last: int
    compared_with: int
    summary: Summary
    campaign: CampaignFigures
    money_vnd: int
    in_kind_vnd: int
    workdays: int
    visits: int
    agencies: int
    villages: int

    @property
    def years(self) -> int:
        return self.last - self.first + 1


def review(session: Session, plan_id: int, first: int, last: int, today: date,
           places: list[PlaceRow] | None = None) -> Review:
    """The review of years `first` to `last`, its tables by `places` (the plan's places of the units of a day: those
    of `last`, as its summary groups them, exports/review_export.py; today's when None)."""
    if first > last:
        raise DomainError(f"Năm bắt đầu {first} sau năm kết thúc {last}.")
    plan = plan_in_year(session, plan_id, first)
    plan_in_year(session, plan_id, last)
    compared_with = first if first < last else max(plan.first_year, last - 1)
    report = summary(session, plan, last, today, places=places)
    yearly = {year: campaign_rollup(session, plan, year, report.places, today).plan
              for year in range(min(first, compared_with), last)}
    yearly[last] = report.campaign
    now, then = yearly[last], yearly[compared_with]
    indicators = {}
    for name in COUNT_FIELDS:
        rate, earlier = now.indicators[name].rate, then.indicators[name].rate
        change = None if rate is None or earlier is None or compared_with == last else rate - earlier
        indicators[name] = Indicator(now.indicators[name].count, rate, None, change)
    campaign = replace(now, indicators=indicators)
    period = [yearly[year] for year in range(first, last + 1)]
    return Review(
        first=first, last=last, compared_with=compared_with, summary=report, campaign=campaign,
        money_vnd=sum(f.money_vnd for f in period), in_kind_vnd=sum(f.in_kind_vnd for f in period),
        workdays=sum(f.workdays for f in period), visits=sum(f.visits for f in period),
        agencies=len(report.agencies), villages=len(report.places),
    )


def _change(points: float | None, year: int) -> str:
    if points is None:
        return ""
    text = format_decimal(abs(points))
    if text == format_decimal(0):
        return f" (không đổi so với năm {year})"
    return f" ({'tăng' if points > 0 else 'giảm'} {text}% so với năm {year})"


def indicator_sentences(item: Review) -> list[str]:
    """'Số hộ ĐBDTTS … là 12.145 hộ, đạt tỉ lệ 98,8% (tăng 48,1% so với năm 2021).' for each indicator."""
    campaign = item.campaign
    sentences = []
    for name in COUNT_FIELDS:
        indicator = campaign.indicators[name]
        if indicator.rate is None:
            continue
        verb = "chiếm" if name in ("poor", "near_poor") else "đạt"  # a share of poor households is not achieved
        sentences.append(f"{INDICATOR_PHRASES[name]} là {format_int(indicator.count)} hộ, {verb} tỉ lệ "
                         f"{format_rate(indicator.rate)}{_change(indicator.change_base, item.compared_with)}.")
    return sentences


def model_sentence(item: Review) -> str:
    models = item.campaign.models
    total = sum(models.values())
    return (f"Toàn kế hoạch có {format_int(total)} mô hình “Dân vận khéo”, trong đó xây dựng mới "
            f"{models[ModelStatus.BUILT]} mô hình, duy trì {models[ModelStatus.MAINTAINED]} mô hình, nhân rộng "
            f"{models[ModelStatus.REPLICATED]} mô hình.")


def resource_sentence(item: Review) -> str:
    period = f"năm {item.last}" if item.first == item.last else f"giai đoạn {item.first}–{item.last}"
    return (f"Trong {period}, các cơ quan, đơn vị đã huy động {format_int(item.money_vnd)} đồng tiền mặt, hiện vật "
            f"trị giá {format_int(item.in_kind_vnd)} đồng và {format_int(item.workdays)} ngày công; tổ chức "
            f"{format_int(item.visits)} lượt đi cơ sở.")


def standard_sentence(item: Review) -> str:
    report = item.summary
    whole = report.areas[-1].progress
    years = sorted(report.meeting_by_year)
    history = ", ".join(f"năm {y}: {len(report.meeting_by_year[y])} thôn" for y in years if y >= item.first)
    weakest = ", ".join(f"{c.name} ({c.villages_met}/{c.villages} thôn)" for c in report.criteria[:3])
    return (f"Đến năm {item.last}, có {whole.villages_meeting}/{whole.villages} thôn (làng) đạt chuẩn nông thôn mới "
            f"({history}); bình quân mỗi thôn đạt {format_decimal(whole.average_met)} tiêu chí. Các tiêu chí còn ít "
            f"thôn đạt: {weakest}.")
