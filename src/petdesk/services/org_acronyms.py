"""One organisation written with its acronym two ways: "Hanoi Urban Environment Company (URENCO)" on
one registration form, "URENCO Hanoi" on the other. The two share no name key, so an import made two
organisations of them (field test 79). They are shown as likely duplicates rather than merged: URENCO
is also the company of other Vietnamese cities, so only the same acronym with no other place in the
shorter name ("URENCO Hanoi" beside a name that says Hanoi) counts."""

from __future__ import annotations

import re
import unicodedata

#: An acronym in brackets, half- or full-width: "(URENCO)", "（BMA）".
_BRACKETED = re.compile(r"[(（]\s*([A-Z][A-Z0-9&]{1,11})\s*[)）]")
#: A word in capitals that may be an acronym standing in a short name: "URENCO", "MMDA", "NEA".
_CAPITALS = re.compile(r"^[A-Z][A-Z0-9&]{2,11}$")
#: A name this many words long or shorter may be an acronym and its city ("URENCO Hanoi").
_SHORT_NAME_WORDS = 4
#: Words that are no place: "URENCO Company" is no other city than "URENCO Hanoi".
_FILLER = frozenset({"of", "the", "and", "co", "ltd", "inc", "jsc", "company", "city"})


def acronym(name: str) -> str:
    """The acronym a name carries: the bracketed one, else a word in capitals of a short name."""
    name = unicodedata.normalize("NFKC", name or "")
    if found := _BRACKETED.search(name):
        return found.group(1)
    words = name.split()
    if len(words) <= _SHORT_NAME_WORDS:
        capitals = [w for w in words if _CAPITALS.match(w)]
        if len(capitals) == 1:
            return capitals[0]
    return ""


def _words(name: str, acronym: str) -> set[str]:
    name = _BRACKETED.sub(" ", unicodedata.normalize("NFKC", name or ""))
    words = re.findall(r"\w+", name.casefold())
    return {w for w in words if w != acronym.casefold() and w not in _FILLER}


def same_acronym(first: str, second: str, *, places: tuple[str, str] = ("", "")) -> str:
    """The acronym two organisation names share when they may be one organisation, else "".

    Every word of the shorter name beside the acronym (its city) must be in the longer name or in
    the place the longer one's organisation is recorded in (``places``: the city of each): "URENCO
    Hanoi" and "Hanoi Urban Environment Company (URENCO)" share URENCO; "URENCO Da Nang" is another
    company, whatever its own city says."""
    mine, theirs = acronym(first), acronym(second)
    if not mine or mine != theirs or first.strip() == second.strip():
        return ""
    a, b = _words(first, mine), _words(second, mine)
    (shorter, _), (longer, place) = sorted(((a, places[0]), (b, places[1])), key=lambda pair: len(pair[0]))
    return mine if shorter <= longer | set(re.findall(r"\w+", place.casefold())) else ""


#: Abbreviations of Vietnamese administrative names, as a passport list or a form writes them: "Sở
#: TN&MT Đà Nẵng" is "Sở Tài nguyên và Môi trường thành phố Đà Nẵng" (field test 93). Keys without
#: marks (Đ as D), as :func:`_plain` folds a name.
_VIETNAMESE_ABBREVIATIONS = {
    "tn&mt": "tai nguyen va moi truong", "tnmt": "tai nguyen va moi truong",
    "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan",
    "kh&cn": "khoa hoc va cong nghe", "khcn": "khoa hoc va cong nghe",
    "kh&dt": "ke hoach va dau tu", "khdt": "ke hoach va dau tu",
    "nn&ptnt": "nong nghiep va phat trien nong thon", "nnptnt": "nong nghiep va phat trien nong thon",
    "gtvt": "giao thong van tai", "xd": "xay dung", "dh": "dai hoc", "tp": "thanh pho",
}  # fmt: skip
#: Words a Vietnamese name may leave out: "thành phố" (city), "tỉnh" (province), "và" (and).
_VIETNAMESE_FILLER = frozenset({"thanh", "pho", "tinh", "va"})


def _plain(name: str) -> str:
    """``name`` in lower case without Vietnamese marks: "Sở TN&MT Đà Nẵng" -> "so tn&mt da nang"."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", name or "").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


#: A word that may be one of them, in capitals: a quick test before the names are folded.
_MAYBE_ABBREVIATED = re.compile(
    r"(?<![\w&])(?:TN&?MT|UBND|HĐND|HDND|KH&?CN|KH&?ĐT|KH&?DT|NN&?PTNT|GTVT|XD|ĐH|DH|TP)(?![\w&])"
)


def vietnamese_abbreviations(name: str) -> list[str]:
    """The Vietnamese abbreviations ``name`` uses, as written: ["TN&MT"] of "Sở TN&MT Đà Nẵng"."""
    return _MAYBE_ABBREVIATED.findall(unicodedata.normalize("NFKC", name or "").upper()) if name else []


def expanded_words(name: str) -> frozenset[str]:
    """The words of ``name`` with its Vietnamese abbreviations written out, without marks and
    without the words a name may leave out ("thành phố"), to compare a short form with a long one."""
    words: list[str] = []
    for word in re.findall(r"[\w&]+", _plain(name)):
        words.extend(_VIETNAMESE_ABBREVIATIONS.get(word, word).split())
    return frozenset(w for w in words if w not in _VIETNAMESE_FILLER)


def same_abbreviated(first: str, second: str) -> str:
    """The abbreviation by which ``first`` and ``second`` may name one organisation, else "": "Sở
    TN&MT Đà Nẵng" and "Sở Tài nguyên và Môi trường thành phố Đà Nẵng" -> "TN&MT". Every word must
    match once written out: "Sở TN&MT Quảng Nam" is another department."""
    if first.strip() == second.strip():
        return ""
    used = vietnamese_abbreviations(first) or vietnamese_abbreviations(second)
    if not used or expanded_words(first) != expanded_words(second):
        return ""
    return " ".join(dict.fromkeys(used))
