"""Numbers and dates written the Vietnamese way: 12.291; 98,8%; 22/11/2026; "ngày 22 tháng 11 năm 2026"."""

import re
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal


def format_int(value: int) -> str:
    """12291 -> '12.291'."""
    return f"{value:,}".replace(",", ".")


def format_decimal(value: float, digits: int = 1) -> str:
    """1234.5 -> '1.234,5'; halves round up, as a reader counts (1,25 -> '1,3')."""
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{digits}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_percent(numerator: int, denominator: int, digits: int = 1) -> str:
    """(12145, 12291) -> '98,8%'; an empty denominator gives '–'."""
    if denominator == 0:
        return "–"
    return f"{format_decimal(100 * numerator / denominator, digits)}%"


def format_date(day: date) -> str:
    """date(2026, 11, 22) -> '22/11/2026'."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def format_moment(at: datetime) -> str:
    """A stored time (UTC; naive when the database drops the zone) as the reader's clock shows it:
    '14:05 22/11/2026'."""
    local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()
    return f"{local.hour:02d}:{local.minute:02d} {format_date(local.date())}"


def date_in_words(place: str, day: date) -> str:
    """The place-and-date line of a Party or state document: 'Kon Tum, ngày 22 tháng 11 năm 2026'.

    Days below 10 and the months January and February are written with a leading zero,
    as the document rules ask (ngày 05, tháng 01, tháng 02).
    """
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    prefix = f"{place}, " if place else ""
    return f"{prefix}ngày {day.day:02d} tháng {month} năm {day.year}"


def roman(number: int) -> str:
    """4 -> 'IV': criteria groups and report sections are numbered so."""
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    result = ""
    for value, numeral in numerals:
        count, number = divmod(number, value)
        result += numeral * count
    return result


def format_rate(rate: float | None, digits: int = 1) -> str:
    """98.76 -> '98,8%'; no rate (nothing reported) -> '–'."""
    return "–" if rate is None else f"{format_decimal(rate, digits)}%"


def format_points(change: float | None, digits: int = 1) -> str:
    """A change of a rate in percentage points, signed: 5.72 -> '+5,7'; -8.1 -> '-8,1'; none -> '–'.

    The minus is the ASCII hyphen-minus: every font has it (Noto Serif's subset may lack U+2212).
    """
    if change is None:
        return "–"
    text = format_decimal(abs(change), digits)
    return "±" + text if text == format_decimal(0, digits) else ("+" if change > 0 else "-") + text


def parse_int(text: str) -> int | str | None:
    """A whole number typed the Vietnamese way ('12.500.000', '12 500 000', '1500') -> int; blank -> None.

    Anything else is returned as typed, for the domain to refuse with the field's name.
    """
    cleaned = text.strip().replace(".", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    return int(cleaned) if re.fullmatch(r"-?[0-9]+", cleaned) else text.strip()
