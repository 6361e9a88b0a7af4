"""Vietnamese text as the application stores, searches and prints it."""

import unicodedata
from functools import lru_cache


def nfc(text: str | None) -> str:
    """Return `text` in Unicode NFC with surrounding spaces removed; None becomes ''."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text)).strip()


def name_key(text: str | None) -> str:
    """The identity of a name: NFC, no case, single spaces, diacritics kept ("Đăk" and "Đắk" stay two names)."""
    return " ".join(nfc(text).casefold().split())


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold `text` for searching: no diacritics, no case, single spaces ("Đăk Glei" -> "dak glei").

    Đ is a letter of its own in Unicode, not D with a mark, so it is mapped by hand. Each distinct text is folded
    once (the last 65,536 kept): a plan's names repeat ("Thôn 1" in every commune), and sorting and searching a
    10,000-village plan folds each name several times.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(bare.casefold().split())


def matches(query: str, *texts: str) -> bool:
    """True when every word of `query` appears, folded, in the folded concatenation of `texts`."""
    haystack = fold(" ".join(texts))
    return all(word in haystack for word in fold(query).split())
