"""Arabic names in the Latin spellings their bearers use, for search and filing only.

Arabic writes no short vowels, so a letter-for-letter reading (المنصوري "al-mnsuri",
:func:`petdesk.romanise.arabic_thai_latin`) is nothing anyone types. Names come from a short list,
though: this table gives the common given names, family names and name words with the spellings Gulf
passports, the UN and press practice use (ISO 233 without diacritics is the first, "common" variants
follow: محمد "muhammad", "mohammed", "mohamed", "mohammad"). A word ending in the nisba ي (المنصوري)
is the listed stem with "i" (منصور "mansour" -> "mansouri"); a word not listed keeps the plain reading.

The Latin side serves two more rules: vowels folded as Arabic names are spelt every way (ou, oo, u;
ee, i; aa, a: :func:`fold_vowels`, field test 75's "mansuri"), and the article run together with a
listed name ("Almansoori") set aside for filing, as "Al-Mansoori" is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from petdesk import romanise
from petdesk.persian_letters import as_arabic_letters

#: Arabic word (no article, no vowel signs) -> its Latin spellings, most common first
_NAMES: dict[str, tuple[str, ...]] = {
    "محمد": ("mohammed", "muhammad", "mohamed", "mohammad"),
    "احمد": ("ahmed", "ahmad"), "محمود": ("mahmoud", "mahmud"), "حامد": ("hamed", "hamid"),
    "حمد": ("hamad",), "حمدان": ("hamdan",), "حماد": ("hammad",), "علي": ("ali",), "عمر": ("omar", "umar"),
    "عثمان": ("othman", "osman", "uthman"), "خالد": ("khalid", "khaled"), "خليل": ("khalil",),
    "عبد": ("abdul", "abd", "abdel"), "عبدالله": ("abdullah", "abdulla"), "الله": ("allah", "ullah"),
    "رحمن": ("rahman",), "عزيز": ("aziz",), "كريم": ("karim", "kareem"), "رحيم": ("rahim", "raheem"),
    "راشد": ("rashid", "rashed"), "رشيد": ("rashid", "rasheed"), "منصور": ("mansour", "mansoor", "mansur"),
    "سعيد": ("saeed", "said", "saied"), "سعد": ("saad", "sa'd"), "سالم": ("salem", "salim"),
    "سلطان": ("sultan",), "سيف": ("saif", "sayf"), "ماجد": ("majid", "majed"), "زايد": ("zayed",),
    "يوسف": ("yousef", "yusuf", "youssef"), "ابراهيم": ("ibrahim",), "اسماعيل": ("ismail",),
    "عيسى": ("eisa", "isa"), "موسى": ("musa", "mousa"), "حسن": ("hassan", "hasan"),
    "حسين": ("hussein", "hussain", "husain"), "ناصر": ("nasser", "nasir"), "جابر": ("jaber", "jabir"),
    "طارق": ("tariq", "tarek"), "عادل": ("adel", "adil"), "مصطفى": ("mustafa", "mostafa"),
    "صالح": ("saleh", "salih"), "فيصل": ("faisal", "faysal"), "فهد": ("fahad", "fahd"),
    "نايف": ("nayef", "naif"), "بدر": ("badr", "bader"), "طلال": ("talal",), "وليد": ("waleed", "walid"),
    "هشام": ("hisham",), "مروان": ("marwan",), "جمال": ("jamal", "gamal"), "كمال": ("kamal",),
    "فاطمة": ("fatima", "fatma", "fatimah"), "زهراء": ("zahra",), "مريم": ("maryam", "mariam"),
    "عائشة": ("aisha", "ayesha"), "نورة": ("noura", "nora"), "نور": ("nour", "noor"),
    "امنة": ("amna", "amina"), "سارة": ("sara", "sarah"), "ليلى": ("layla", "laila"),
    "هند": ("hind",), "شيخة": ("sheikha",), "موزة": ("moza", "mouza"), "حصة": ("hessa",),
    "نهيان": ("nahyan",), "مكتوم": ("maktoum",), "قاسم": ("qasim", "qassim", "kassim"),
    "شامس": ("shams",), "شمس": ("shams",), "كتب": ("ketb",), "مزروع": ("mazrou",),
    "ظاهر": ("dhaher", "daher"),
    "سويد": ("suwaid",), "نعيم": ("nuaim", "naim"), "هاشم": ("hashim", "hashem"),
    "فلاس": ("falas", "fala"), "مري": ("marri",), "كعب": ("kaab",), "زعاب": ("zaab",),
    "بلوش": ("balush", "baloush"), "غرير": ("ghurair",), "حداد": ("haddad",), "شحي": ("shehhi",),
    # Egyptian names (field test 118)
    "سيد": ("sayed", "sayyid", "sayyed"), "مصري": ("masry", "masri"), "شريف": ("sherif", "sharif"),
    "عمرو": ("amr",), "هاني": ("hany", "hani"), "رامي": ("ramy", "rami"), "ياسر": ("yasser", "yasir"),
    "عامري": ("ameri", "amri"), "مهيري": ("muhairi", "mheiri"), "رميثي": ("rumaithi", "romaithi"),
}  # fmt: skip
#: the forms a word is also written in: أحمد/احمد, إبراهيم, آمنة, ة at a word's end as ه
_LETTER_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]+")
_HAS_ARABIC = re.compile("[\u0600-\u06ff]")
#: the particles of a name, as written in Latin letters
_PARTICLES = {"بن": ("bin", "ben", "ibn"), "ابن": ("ibn", "bin"), "بنت": ("bint",), "ال": ("al",)}


def has_arabic(text: str) -> bool:
    return _HAS_ARABIC.search(text) is not None


def _key(word: str) -> str:
    # Persian ی, ک as the listed Arabic letters: علی is علي, "ali" (field test 125)
    return as_arabic_letters(_MARKS.sub("", word)).translate(_LETTER_FORMS)


def _known(word: str) -> tuple[str, ...]:
    """The listed spellings of an Arabic word without its article, a nisba (-ي) from its stem."""
    key = _key(word)
    for form in (key, key[:-1] + "ة" if key.endswith("ه") else key):  # فاطمه for فاطمة
        if form in _NAMES:
            return _NAMES[form]
    if key.endswith("ي") and key[:-1] in _NAMES:  # منصوري: منصور + i
        return tuple(s + "i" for s in _NAMES[key[:-1]])
    return ()


@lru_cache(maxsize=20_000)
def word_spellings(word: str) -> tuple[str, ...]:
    """The Latin spellings of one Arabic word: with its article run in and without ("almansouri" and
    "mansouri" for المنصوري: a typed "Al-Mansouri" is looked for without it), or the plain reading of
    a word not listed."""
    key = _key(word)
    if key in _PARTICLES:
        return _PARTICLES[key]
    article = key.startswith("ال") and len(key) > 3 and key not in _NAMES
    stem = key[2:] if article else key
    found = _known(stem) or (romanise.arabic_thai_latin(stem),)
    if not article:
        return found
    return tuple(s for f in found for s in (f"al{f}", f))


def spellings(text: str) -> list[str]:
    """The Latin spellings of ``text``'s Arabic words as words to index (each word's spellings in a
    row, "khalid khaled al-mansouri almansouri mansouri …"); [] without Arabic letters."""
    if not has_arabic(text):
        return []
    words = _ARABIC_WORD.findall(text)
    return [" ".join(s for w in words for s in word_spellings(w))]


# -- Latin spellings -------------------------------------------------------------------------------

_VOWEL_FOLDS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("aa", "a"))


def fold_vowels(folded: str) -> str:
    """A folded Latin text with the vowels Arabic names are spelt with every way written one way:
    ou, oo, u as "u"; ee, i as "i"; aa, a as "a" ("mansoori", "mansouri" -> "mansuri";
    "rasheed" -> "rashid"). Applied to index and query alike, for Arabic names only in the index."""
    for spelt, one in _VOWEL_FOLDS:
        folded = folded.replace(spelt, one)
    return folded


#: listed names Western lists use as often: no sign of an Arabic name in Latin letters
_SHARED_WITH_WESTERN = frozenset(
    {"sara", "sarah", "nora", "laila", "layla", "mariam", "maryam", "amina", "adel"}
)


@lru_cache(maxsize=1)
def _latin_names() -> frozenset[str]:
    return frozenset(
        fold_vowels(s)
        for spellings in _NAMES.values()
        for s in spellings
        if len(s) >= 4 and s not in _SHARED_WITH_WESTERN
    )


@lru_cache(maxsize=1)
def _latin_variants() -> dict[str, tuple[str, ...]]:
    """Each listed Latin spelling (vowels folded) -> all the spellings of its Arabic word."""
    out: dict[str, tuple[str, ...]] = {}
    for spellings in _NAMES.values():
        for s in spellings:
            if len(s) >= 4 and s not in _SHARED_WITH_WESTERN:
                out[fold_vowels(s)] = out.get(fold_vowels(s), ()) + spellings
    return out


def latin_variants(word: str) -> tuple[str, ...]:
    """The other spellings of a folded Latin name word that is a listed one: "mohamed" ->
    ("mohammed", "muhammad", "mohammad"); () for any other. The index holds them beside an Arabic
    name in Latin letters, so that "Mohammed" finds Mohamed El-Sayed (field test 118). "Md", as
    Bangladesh and Pakistan shorten Mohammad ("Md. Rahman"), is one of them (field test 122)."""
    if word == "md":
        return _NAMES["محمد"]
    return tuple(dict.fromkeys(v for v in _latin_variants().get(fold_vowels(word), ()) if v != word))


_ARTICLE_RUN_IN = re.compile(r"^(?:al|el)(?=[a-z]{4})")
_ABD = re.compile(r"^abd(?:el|ul|al|oul|u|e)?(?=[a-z]{3})")


def latin_key(folded: str) -> str:
    """One spelling of a folded Latin word of an Arabic name, for the duplicate finder: the article
    run in dropped ("elsayed", "alsayed" -> "sayed"), "abdel", "abdul" as "abd", the vowels folded to
    a and u and a doubled letter single: Mohamed, Mohammed, Muhammad -> "muhamad", Abdel Rahman,
    Abdulrahman -> "abdrahman", Sayed, Sayyid -> "sayad" (field test 118)."""
    word = _ABD.sub("abd", _ARTICLE_RUN_IN.sub("", fold_vowels(folded)))
    word = word.replace("o", "u").replace("e", "a").replace("i", "a")
    return re.sub(r"(.)\1+", r"\1", word)


def is_listed_latin(word: str) -> bool:
    """Whether a folded Latin word is a listed Arabic name ("mansoori"), or one with the nisba "i"
    ("hammadi" from Hammad). Words of three letters or fewer are too common elsewhere (Ali, Ban)."""
    folded = fold_vowels(word)
    names = _latin_names()
    return folded in names or (len(folded) > 4 and folded.endswith(("i", "y")) and folded[:-1] in names)


#: the article run into the name: "Almansoori", "Elsayed"
_JOINED_ARTICLE = re.compile(r"^(al|el)(?=[a-z]{4})", re.IGNORECASE)


def joined_article_stem(word: str) -> str:
    """A Latin word that is the article run together with a listed name ("Almansoori" -> "mansoori",
    "Alhammadi" -> "hammadi"), "" for any other (Almeida, Alvarez, Albert, Alfonsi)."""
    m = _JOINED_ARTICLE.match(word)
    if m is None:
        return ""
    stem = word[m.end() :]
    return stem if is_listed_latin(stem.casefold()) else ""


#: particles that make a Latin name an Arabic one
_LATIN_PARTICLES = re.compile(
    r"(?:^|\s)(?:al|el|abdul|abdel)(?:[-\u2010\u2011\s]|$)"
    # "bin" ("son of") only between two names: "Mohammed bin Salman"; "Zhang Bin", "Li Bin" (斌)
    # are Chinese, and read as Arabic they got Arabic spellings in search and duplicates
    r"|\S\s+(?:bin|ibn|bint)\s+\S",
    re.IGNORECASE,
)


def reads_as_arabic(latin: str, name_language: str = "") -> bool:
    """Whether a name is Arabic: by its recorded language, its script, the article or "bin" in its
    Latin spelling, or a listed Arabic name among its words (Khalid Al-Mansoori, Omar Haddad)."""
    if name_language.casefold().startswith("ar") or has_arabic(latin):
        return True
    return has_latin_particle(latin) or has_listed_latin_word(latin)


def has_latin_particle(latin: str) -> bool:
    """Whether a Latin name has the article or "bin" of an Arabic name (:func:`reads_as_arabic`)."""
    return _LATIN_PARTICLES.search(latin) is not None


def has_listed_latin_word(latin: str) -> bool:
    """Whether a Latin text has a listed Arabic name among its words, the article run in or not
    (:func:`reads_as_arabic`): the words of a whole name are those of its parts, so that the
    duplicate finder asks this once per part (a few thousand) rather than per name (50,000)."""
    words = _LATIN_WORD.findall(latin.casefold())
    return any(is_listed_latin(w) or joined_article_stem(w) for w in words)


_LATIN_WORD = re.compile(r"[a-z]+")
