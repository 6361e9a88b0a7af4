"""A unit or village named with its kind word, as a sentence says it: 'xã Ngọk Yêu', 'thôn Kon Pia'.

A name that already begins with a kind word of its level ('Thôn 1', 'Làng Tê Pheo', 'Xã Một', 'Thị trấn Đăk Hà')
is not given a second one ('thôn Thôn 1'); the test ignores case and diacritics ('THON 1', 'Lang Te Pheo').
"""

from domain.text import fold

VILLAGE_WORDS = ("thon", "lang", "buon", "ban", "plei", "ap", "to dan pho", "khu pho")
COMMUNE_WORDS = ("xa", "phuong", "thi tran", "dac khu")
DISTRICT_WORDS = ("huyen", "thi xa", "thanh pho", "quan")
PROVINCE_WORDS = ("tinh", "thanh pho")


def _said(word: str, words: tuple[str, ...], name: str) -> str:
    folded = fold(name)
    if any(folded == start or folded.startswith(start + " ") for start in words):
        return name
    return f"{word} {name}"


def village_said(name: str) -> str:
    """'thôn Kon Pia'; 'Thôn 1' and 'Làng Tê Pheo' as they are."""
    return _said("thôn", VILLAGE_WORDS, name)


def commune_said(name: str) -> str:
    """'xã Ngọk Yêu'; 'Xã Một', 'Phường 1', 'Thị trấn Đăk Hà' as they are."""
    return _said("xã", COMMUNE_WORDS, name)


def district_said(name: str) -> str:
    """'huyện Tu Mơ Rông'; 'Thành phố Kon Tum', 'Huyện Một' as they are."""
    return _said("huyện", DISTRICT_WORDS, name)


def province_said(name: str) -> str:
    """'tỉnh Kon Tum'; 'Thành phố Đà Nẵng' as it is."""
    return _said("tỉnh", PROVINCE_WORDS, name)
