"""Korean Hangul in Latin letters: the Revised Romanization of Korean (2000), and the spellings
Korean family names customarily take, so that 김민준 can be compared with "Kim Minjun".

A Hangul syllable (U+AC00–U+D7A3) is ``0xAC00 + (lead * 21 + vowel) * 28 + tail``: it decomposes by
arithmetic into its lead consonant, vowel and tail consonant, each romanised from the tables below
(written from the published rules, no library).

:func:`romanise` applies the sound changes between syllables that are easy to predict (a tail
consonant carried over to a following vowel; ㄴ+ㄹ and ㄹ+ㄴ as "ll"; nasalisation before ㄴ, ㅁ
and ㄹ; ㅎ aspirating a following ㄱ, ㄷ, ㅈ). It does NOT model: the ㄴ inserted in compounds
before 이/야/여/요/유 (학여울 is "Hangnyeoul", here "Hagyeoul"), palatalisation (같이 "gachi", here
"gati"), the word-specific ㄹ→ㄴ of 신문로 ("Sinmunno", here "Sinmullo"), and tensing (which RR does
not write anyway). Following RR, ㅎ after ㄱ, ㄷ, ㅂ in nouns is written apart (묵호 "Mukho").

Personal names are romanised without sound changes between syllables (RR rule for given names:
한복남 "Boknam"), each syllable on its own: :func:`syllables`.
"""

from __future__ import annotations

from functools import lru_cache

_FIRST, _LAST = 0xAC00, 0xD7A3
#: The first and last Hangul syllable ("가", "힣"), for other modules.
FIRST_SYLLABLE, LAST_SYLLABLE = _FIRST, _LAST
_VOWELS_COUNT, _TAILS_COUNT = 21, 28

#: Lead consonants ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ (ㅇ is silent before a vowel).
LEADS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
#: Vowels ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ.
VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
#: Tail consonants (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ)
#: as said at the end of a word or before a consonant: only k, n, t, l, m, p, ng are heard there.
TAILS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
    "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
#: A tail before a vowel (next lead ㅇ): (what stays, what moves over as the next syllable's lead).
#: ㅎ falls silent; a double tail keeps its first consonant and moves the second (닭이 "dalgi").
_TAILS_BEFORE_VOWEL = (
    ("", ""), ("", "g"), ("", "kk"), ("k", "s"), ("", "n"), ("n", "j"), ("", "n"), ("", "d"),
    ("", "r"), ("l", "g"), ("l", "m"), ("l", "b"), ("l", "s"), ("l", "t"), ("l", "p"), ("", "r"),
    ("", "m"), ("", "b"), ("p", "s"), ("", "s"), ("", "ss"), ("ng", ""), ("", "j"), ("", "ch"),
    ("", "k"), ("", "t"), ("", "p"), ("", ""),
)  # fmt: skip
_LEAD_SILENT, _LEAD_N, _LEAD_R, _LEAD_M = 11, 2, 5, 6
_TAIL_H = 27
#: ㅎ before ㄱ, ㄷ, ㅈ makes them aspirated: k, t, ch.
_ASPIRATED = {0: "k", 3: "t", 12: "ch"}
#: Nasalisation: a tail heard as k, t or p before ㄴ, ㅁ (or ㄹ) is said ng, n, m.
_NASAL = {"k": "ng", "t": "n", "p": "m"}


def is_hangul_syllable(ch: str) -> bool:
    return _FIRST <= ord(ch) <= _LAST


def decompose(ch: str) -> tuple[int, int, int]:
    """(lead, vowel, tail) indexes of a Hangul syllable: "한" -> (18, 0, 4)."""
    index = ord(ch) - _FIRST
    return (
        index // (_VOWELS_COUNT * _TAILS_COUNT),
        index // _TAILS_COUNT % _VOWELS_COUNT,
        index % _TAILS_COUNT,
    )


def syllables(text: str) -> list[str]:
    """Each Hangul syllable romanised on its own, as RR writes given names ("민준" -> ["min", "jun"]);
    other characters are left out."""
    out = []
    for ch in text:
        if is_hangul_syllable(ch):
            lead, vowel, tail = decompose(ch)
            out.append(LEADS[lead] + VOWELS[vowel] + TAILS[tail])
    return out


def _junction(tail: int, lead: int) -> tuple[str, str]:
    """How a tail and the next syllable's lead are written together: (tail, lead)."""
    if lead == _LEAD_SILENT:
        return _TAILS_BEFORE_VOWEL[tail]
    heard, lead_text = TAILS[tail], LEADS[lead]
    if tail == _TAIL_H and lead in _ASPIRATED:
        return "", _ASPIRATED[lead]
    if lead == _LEAD_R:
        if heard in ("l", "n"):
            return "l", "l"  # 신라 Silla, 한라산 Hallasan
        if heard:
            return _NASAL.get(heard, heard), "n"  # 종로 Jongno, 독립 Dongnip
    if heard == "l" and lead == _LEAD_N:
        return "l", "l"  # 별내 Byeollae
    if lead in (_LEAD_N, _LEAD_M):
        return _NASAL.get(heard, heard), lead_text  # 백마 Baengma
    return heard, lead_text


@lru_cache(maxsize=4096)
def romanise(text: str) -> str:
    """A Hangul word in RR with the sound changes between syllables described above ("한라산" ->
    "hallasan"), lower case; other characters are kept as they are."""
    out: list[str] = []
    previous_tail = -1  # the tail of the Hangul syllable just before, -1 after anything else
    for ch in text:
        if not is_hangul_syllable(ch):
            if previous_tail >= 0:
                out.append(TAILS[previous_tail])
            out.append(ch)
            previous_tail = -1
            continue
        lead, vowel, tail = decompose(ch)
        if previous_tail >= 0:
            kept, lead_text = _junction(previous_tail, lead)
            out.append(kept + lead_text)
        else:
            lead_text = LEADS[lead]
            out.append(lead_text)
        out.append(VOWELS[vowel])
        previous_tail = tail
    if previous_tail >= 0:
        out.append(TAILS[previous_tail])
    return "".join(out)


#: Customary spellings of common family names (passports, e-mail addresses), the usual one first.
#: :func:`surname_spellings` adds the plain RR spelling where it is not among them (김 "gim").
SURNAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "김": ("kim",), "이": ("lee", "yi", "rhee", "ri"), "박": ("park", "pak"), "최": ("choi", "choe", "chwe"),
    "정": ("jung", "jeong", "chung"),
    "강": ("kang",), "조": ("cho", "jo"), "윤": ("yoon", "yun"), "장": ("jang", "chang"),
    "임": ("lim", "im", "rim"),
    "한": ("han",), "오": ("oh",), "서": ("seo", "suh"), "신": ("shin", "sin"), "권": ("kwon",),
    "황": ("hwang",), "안": ("ahn", "an"), "송": ("song",), "류": ("ryu", "yoo"), "전": ("jeon", "chun"),
    "홍": ("hong",), "고": ("ko", "go"), "문": ("moon", "mun"), "양": ("yang",), "손": ("son",),
    "배": ("bae",), "백": ("baek", "paek"), "허": ("heo", "huh"), "노": ("noh", "roh"), "남": ("nam",),
    "심": ("shim",), "하": ("ha",), "곽": ("kwak",), "성": ("sung", "seong"), "차": ("cha",),
    "주": ("ju", "joo"), "우": ("woo",), "구": ("koo", "gu"), "민": ("min",), "유": ("yoo", "yu"),
    "나": ("na",), "진": ("jin",), "지": ("ji",), "엄": ("um", "eom"), "채": ("chae",), "원": ("won",),
    "천": ("cheon", "chun"), "방": ("bang",), "공": ("kong", "gong"), "현": ("hyun",), "변": ("byun",),
    "염": ("yeom",), "여": ("yeo",), "추": ("choo",), "도": ("do",), "소": ("so",), "석": ("seok",),
    "선": ("sun", "seon"), "설": ("seol",), "마": ("ma",), "길": ("gil",), "연": ("yeon",), "위": ("wi",),
    "표": ("pyo",), "명": ("myung",), "기": ("ki",), "반": ("ban",), "왕": ("wang",), "금": ("keum",),
    "옥": ("ok",), "육": ("yuk",), "인": ("in",), "맹": ("maeng",), "제": ("je",), "모": ("mo",),
    "탁": ("tak",), "국": ("kook",), "어": ("eo",), "은": ("eun",), "편": ("pyun",), "용": ("yong",),
    # two syllables: RR first (what petdesk writes beside the Hangul name), then passports' spellings
    "남궁": ("namgung", "namgoong", "namkoong", "namkung"), "선우": ("seonu", "sunwoo", "sunu"),
    "제갈": ("jegal", "chegal"), "황보": ("hwangbo",), "독고": ("dokgo", "tokko", "dokko"),
    "사공": ("sagong", "sakong"),
}  # fmt: skip


@lru_cache(maxsize=4096)
def surname_spellings(family: str) -> tuple[str, ...]:
    """The Latin spellings a Korean family name is written in, lower case, the usual one first
    ("이" -> ("lee", "yi", "rhee", "ri", "i")); () when ``family`` has no Hangul syllable."""
    family = "".join(ch for ch in family if is_hangul_syllable(ch))
    if not family:
        return ()
    plain = "".join(syllables(family))
    customary = SURNAME_SPELLINGS.get(family, ())
    return customary if plain in customary else (*customary, plain)


@lru_cache(maxsize=1)
def _families_by_spelling() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for family in SURNAME_SPELLINGS:
        for spelling in surname_spellings(family):
            out.setdefault(spelling, []).append(family)
    return {spelling: tuple(families) for spelling, families in out.items()}


def latin_surname_spellings() -> frozenset[str]:
    """Every lower-case spelling :func:`latin_surname_variants` reads as a Korean family name's."""
    return frozenset(_families_by_spelling())


def latin_surname_variants(family: str, given: str) -> tuple[str, ...]:
    """The other spellings of the family name of a Korean name written in Latin letters only, so
    that "choi" finds "Choe Ji-u" ("choe", "ji-u" -> ("choi", "chwe")): only where the family name
    is a Korean one's spelling and the given name reads as romanised Korean syllables, so that the
    Lees and Lims of other nations are not filed under "yi" and "im"; () otherwise. One-letter
    spellings (이 "i") are left out: a letter alone is looked up by the sort key, not by words."""
    word = family.strip().casefold()
    families = _families_by_spelling().get(word, ())
    if not families or not reads_as_given_name(given):
        return ()
    spellings = (s for f in families for s in surname_spellings(f))
    return tuple(dict.fromkeys(s for s in spellings if s != word and len(s) > 1))


def given_name_spelling(given: str) -> str:
    """A Korean given name in RR, its syllables joined, lower case ("민준" -> "minjun"): with
    "Min-jun" and "Min Jun" folded to letters, all three compare equal."""
    return "".join(syllables(given))


def name_spellings(family: str, given: str) -> list[tuple[str, str]]:
    """(family, given) in Latin letters for each spelling of the family name, the usual one first:
    "김", "민준" -> [("kim", "minjun"), ("gim", "minjun")]."""
    given_text = given_name_spelling(given)
    spellings = surname_spellings(family) or ("",)
    return [(f, given_text) for f in spellings if f or given_text]


def name_reading(family: str, given: str) -> tuple[str, str]:
    """A Korean name in Latin letters as its owner would write it: the customary family-name
    spelling and the given name in RR, capitalised ("박", "지훈" -> ("Park", "Jihun")); the
    transcription petdesk writes beside a Hangul name (a vCard's phonetic N) and reads back as its own."""
    spellings = surname_spellings(family) if family else ()
    latin_family = spellings[0].capitalize() if spellings else ""
    return latin_family, given_name_spelling(given).capitalize() if given else ""


#: Syllables as Korean given names are customarily spelled besides RR (passports keep the family's
#: older spelling: 지훈 "Ji Hoon", 수 "Soo", 영 "Young").
_CUSTOMARY_SYLLABLES = frozenset({
    "hoon", "joon", "soo", "woo", "yoon", "sung", "young", "hee", "kyung", "kyu", "hyun", "chul", "suk",
    "sook", "shin", "kwang", "chong", "choon", "choong", "jung", "kook", "mee", "pil", "seung", "sik",
    "taek", "tae", "won", "yeol", "yul", "hye", "hyo", "ryong", "rim", "lyn", "bin", "gun", "keun", "ki",
    "kyo", "chan", "hwa", "hyuk", "jee", "sang", "seok", "yeong",
})  # fmt: skip


@lru_cache(maxsize=1)
def _latin_syllables() -> frozenset[str]:
    plain = {"".join(syllables(chr(code))) for code in range(_FIRST, _LAST + 1)}
    customary = {s for spellings in SURNAME_SPELLINGS.values() for s in spellings}
    return frozenset(plain | customary | _CUSTOMARY_SYLLABLES)


@lru_cache(maxsize=1)
def _customary_surnames() -> frozenset[str]:
    return frozenset(s for spellings in SURNAME_SPELLINGS.values() for s in spellings)


def is_customary_surname(word: str) -> bool:
    """Whether ``word`` is how a Korean family name is customarily written ("Kim", "PARK", "Lee")."""
    return word.casefold() in _customary_surnames()


def reads_as_given_name(text: str) -> bool:
    """Whether ``text`` ("Minjun", "Ji Hoon", "Seo-yeon") is made of romanised Korean syllables, as
    a Korean given name is: "Smith" or "David" is not."""
    words = [w for w in text.casefold().replace("-", " ").split() if w]
    return bool(words) and all(_splits_into_syllables(w) for w in words)


def _splits_into_syllables(word: str) -> bool:
    known = _latin_syllables()
    reachable = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        reachable[end] = any(
            reachable[start] and word[start:end] in known for start in range(max(0, end - 6), end)
        )
    return reachable[-1] and len(word) <= 12
