"""A unit named with its kind word once: 'Thôn 1, xã Tê Xăng', never 'thôn Thôn 1' (issue 18)."""

from domain.unit_words import commune_said, district_said, province_said, village_said


def test_a_name_without_its_kind_word_is_given_one():
    assert village_said("Kon Pia") == "thôn Kon Pia"
    assert commune_said("Ngọk Yêu") == "xã Ngọk Yêu"
    assert district_said("Tu Mơ Rông") == "huyện Tu Mơ Rông"
    assert province_said("Kon Tum") == "tỉnh Kon Tum"


def test_a_name_that_begins_with_a_kind_word_of_its_level_is_not_given_a_second_whatever_its_case_and_marks():
    assert village_said("Thôn 1") == "Thôn 1"
    assert village_said("Làng Tê Pheo") == "Làng Tê Pheo"
    assert village_said("THON 1") == "THON 1"
    assert village_said("lang te pheo") == "lang te pheo"
    assert village_said("Tổ dân phố 3") == "Tổ dân phố 3"
    assert commune_said("Xã Một") == "Xã Một"
    assert commune_said("XA MOT") == "XA MOT"
    assert commune_said("Thị trấn Đăk Hà") == "Thị trấn Đăk Hà"
    assert district_said("Thành phố Kon Tum") == "Thành phố Kon Tum"
    assert province_said("Tỉnh Kon Tum") == "Tỉnh Kon Tum"


def test_a_name_that_only_begins_with_the_same_letters_keeps_its_kind_word():
    assert village_said("Thônglai") == "thôn Thônglai"
    assert commune_said("Xăng") == "xã Xăng"
