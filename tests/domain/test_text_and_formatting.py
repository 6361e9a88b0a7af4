import time
from datetime import UTC, date, datetime

import pytest

from domain.formatting import (
    date_in_words,
    format_date,
    format_decimal,
    format_int,
    format_moment,
    format_percent,
    format_points,
    format_rate,
    parse_int,
    roman,
)
from domain.text import fold, matches, nfc


@pytest.mark.parametrize(("text", "folded"), [
    ("Đăk Glei", "dak glei"),
    ("Ngọk Yêu", "ngok yeu"),
    ("  Tu   Mơ Rông ", "tu mo rong"),
    ("ĐẮK", "dak"),
])
def test_fold_ignores_diacritics_case_and_spacing(text, folded):
    assert fold(text) == folded


def test_fold_treats_decomposed_and_composed_text_alike():
    decomposed = "Ngo\u0323k Ye\u0302u"
    assert fold(decomposed) == fold("Ngọk Yêu")
    assert nfc(decomposed) == "Ngọk Yêu"


def test_matches_needs_every_word():
    assert matches("dak glei", "Huyện Đăk Glei", "Xã Xốp")
    assert matches("xop glei", "Huyện Đăk Glei", "Xã Xốp")
    assert not matches("kon glei", "Huyện Đăk Glei", "Xã Xốp")


def test_vietnamese_numbers_and_dates():
    assert format_int(12291) == "12.291"
    assert format_int(551) == "551"
    assert format_decimal(1234.5) == "1.234,5"
    assert format_percent(12145, 12291) == "98,8%"
    assert format_percent(1, 0) == "–"
    assert format_date(date(2026, 11, 22)) == "22/11/2026"


def test_date_in_words_follows_document_rules():
    assert date_in_words("Kon Tum", date(2026, 11, 22)) == "Kon Tum, ngày 22 tháng 11 năm 2026"
    assert date_in_words("Kon Tum", date(2026, 2, 5)) == "Kon Tum, ngày 05 tháng 02 năm 2026"


def test_roman_numerals_for_groups():
    assert [roman(n) for n in (1, 4, 5, 9, 14, 40)] == ["I", "IV", "V", "IX", "XIV", "XL"]


def test_rates_and_changes_in_points():
    assert format_rate(98.76) == "98,8%"
    assert format_rate(None) == "–"
    assert format_points(5.72) == "+5,7"
    assert format_points(-8.07) == "-8,1"
    assert format_points(0.01) == "±0,0"
    assert format_points(None) == "–"


@pytest.mark.parametrize(("typed", "number"), [
    ("12.500.000", 12_500_000), ("12 500 000", 12_500_000), (" 1500 ", 1500), ("", None), ("-5", -5),
    ("12,5", "12,5"), ("mười", "mười"),
])
def test_whole_numbers_typed_the_vietnamese_way(typed, number):
    assert parse_int(typed) == number


def test_a_stored_time_is_shown_on_the_readers_clock(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        assert format_moment(datetime(2026, 11, 22, 7, 5, tzinfo=UTC)) == "14:05 22/11/2026"
        assert format_moment(datetime(2026, 11, 22, 17, 30)) == "00:30 23/11/2026"  # naive: stored as UTC
    finally:
        monkeypatch.undo()
        time.tzset()
