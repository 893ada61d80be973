"""Bilingual personal and organisation names: what to show, and how to sort, per interface language.

Chinese names are always written family name first with no space (张伟). Latin names are written in
the order the person uses ("Zhang Wei" on a card in China, "Wei Zhang" on one abroad). A Chinese user
expects lists in pinyin order (拼音排序), an English user in Latin surname order; both orders are
computed here from the same fields and stored as sort keys so that SQL can sort 100,000 rows by index.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from petdesk import arabic_names, kana, khmer_myanmar_latin, romanise

# The writing and reading of Chinese names live below the services, where the models can use them
# (``Contact.name_zh``); re-exported here, the one place the rest of petdesk reads them from.
from petdesk.chinese_names import (  # noqa: F401
    _CJK_RE,
    FAMILY_FIRST,
    GIVEN_FIRST,
    HAN_CLASS,
    NAME_DOTS,
    SURNAME_READINGS,
    _char_tone3,
    _read_char_readings,
    _syllables_tone3,
    char_readings,
    chinese_name,
    dots_as_spaces,
    family_name_is_pinyin,
    family_name_spells,
    fold,
    given_first_in_chinese,
    has_cjk,
    is_chinese_name,
    latin_name_first,
    name_char_reading,
    own_han_name,
    passport_syllable,
    person_chinese_name,
    pinyin_syllables,
    same_name_key,
    transliterated,
)
from petdesk.han_script import simplified_name
from petdesk.services import mongolian_names

if TYPE_CHECKING:  # the models stay unimported: quick commands (duplicates) read without them
    from petdesk.models.enums import NameOrder


_MARKED = {
    "a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "ü": "ǖǘǚǜ",
}  # fmt: skip


def tone_marked(syllable_tone3: str) -> str:
    """ "zhang1" -> "zhāng", "lü4" -> "lǜ"; the mark goes on a or e, on the o of ou, else on the
    last vowel (the pinyin rule)."""
    base, tone = syllable_tone3, 5
    if base and base[-1].isdigit():
        base, tone = base[:-1], int(base[-1])
    if not 1 <= tone <= 4:
        return base
    if "a" in base:
        at = base.index("a")
    elif "e" in base:
        at = base.index("e")
    elif "ou" in base:
        at = base.index("o")
    else:
        vowels = [i for i, ch in enumerate(base) if ch in _MARKED]
        if not vowels:
            return base
        at = vowels[-1]
    return base[:at] + _MARKED[base[at]][tone - 1] + base[at + 1 :]


def surname_reading(family_zh: str, *, tones: bool = False) -> str | None:
    """The surname reading of a whole family name ("单" -> "shan" / "shàn"), or None when the
    characters' usual readings apply."""
    syllables = SURNAME_READINGS.get(family_zh)
    if syllables is None:
        return None
    if tones:
        return "".join(tone_marked(s) for s in syllables)
    return "".join(s.rstrip("012345") for s in syllables)


def phrase_tables_loaded() -> bool:
    """Whether the phrase readings (``petdesk.phrase_pinyin``, some 11 MB) are read in this process."""
    from petdesk.phrase_pinyin import table

    return table.cache_info().currsize > 0


def phrase_tables_releasable() -> bool:
    """Whether a long job that is about to read the phrase readings may let go of them when done:
    only if nobody read them before (whoever did may want them again soon)."""
    return not phrase_tables_loaded()


def release_phrase_tables() -> None:
    """Forget the phrase readings, so that they are freed once nothing refers to them; the next
    phrase reading unpacks them again (some 20 ms) from the packed form kept for the process
    (1.2 MB; ``phrase_pinyin._packed``), without reading pypinyin's file again. For a long job
    that reads organisation names by phrase first and then only people's names, character by
    character (a search index rebuild): call it only
    when ``phrase_tables_releasable()`` said so before the job. Safe while other threads read:
    one that holds the table keeps it until it is done."""
    from petdesk.phrase_pinyin import table

    table.cache_clear()


def clear_caches() -> None:
    """Empty the caches of readings and sort keys (tens of MB after a pass over a million names)."""
    for cached in (_char_tone3, _syllables_tone3, _latin_key, _org_key_en, _org_key_zh):
        cached.cache_clear()


def name_pinyin(family_zh: str, given_zh: str) -> list[str]:
    """Pinyin syllables of a Chinese personal name, family name first, surname readings applied."""
    family = pinyin_syllables(family_zh, surname=True) if family_zh else []
    given = pinyin_syllables(given_zh) if given_zh else []
    return family + given


# -- display ----------------------------------------------------------------------------------


#: The commonest Vietnamese family names (borne by most Vietnamese people), as Vietnamese writes them.
VIETNAMESE_FAMILY_NAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý".split()  # noqa: SIM905
)


def starts_with_vietnamese_family_name(words: list[str]) -> bool:
    """Whether a full name is Vietnamese, and so written family name first ("Nguyễn Văn An": family
    Nguyễn, given Văn An): its first word is a common Vietnamese family name written with its
    diacritics. Without them (Le, Ho, Ly) the words are names elsewhere too; Phan, which has none,
    counts when another word of the name has Vietnamese diacritics (Phan Văn Khải)."""
    if len(words) < 2:
        return False
    first = unicodedata.normalize("NFC", words[0]).casefold()
    if first.isascii() and _typed_without_diacritics(words):
        return True
    if first not in VIETNAMESE_FAMILY_NAMES:
        return False
    return not first.isascii() or not " ".join(words[1:]).isascii()


#: The family names of :data:`VIETNAMESE_FAMILY_NAMES` typed without their marks (Nguyen, Tran, Le …).
_BARE_FAMILY_NAMES = frozenset(
    "".join(c for c in unicodedata.normalize("NFD", n.replace("đ", "d")) if not unicodedata.combining(c))
    for n in VIETNAMESE_FAMILY_NAMES
)


def _typed_without_diacritics(words: list[str]) -> bool:
    """Whether a name with no diacritics is still plainly Vietnamese, family name first: a common
    family name, then Thi or Van (the middle names that mark most women's and men's names), then
    more Vietnamese syllables: "Nguyen Thi Minh Khai", "Tran Van Duc" as another office or a keyboard
    without Vietnamese writes them (field test 93: filed under K as "Minh Khai, Nguyen Thi")."""
    return (
        len(words) >= 3
        and words[0].casefold() in _BARE_FAMILY_NAMES
        and words[1].casefold() in ("thi", "van")
        and _vietnamese_syllables(words[2:])
    )


#: One Vietnamese syllable without its marks (đ, and the look-alike ð, as d): an initial consonant,
#: up to three vowels and one of the few finals. Western given names mostly fail it (Marie, Jenny, José).
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


def _vietnamese_syllables(words: list[str]) -> bool:
    """Whether every word could be a Vietnamese syllable (Văn, Đức, Minh, Xuan)."""
    for word in words:
        bare = "".join(
            c
            for c in unicodedata.normalize("NFD", word.casefold().replace("đ", "d").replace("ð", "d"))
            if not unicodedata.combining(c)
        )
        if not all(_VIETNAMESE_SYLLABLE.fullmatch(part) for part in bare.split("-")):
            return False
    return True


def is_vietnamese_name(family: str, given: str, middle: str = "") -> bool:
    """Whether a Latin name kept in parts is Vietnamese (family Trần, middle Văn, given Đức), by the
    rule of :func:`starts_with_vietnamese_family_name` read family, middle, given, and with given
    and middle names that are Vietnamese syllables: "Marie Claire Trần" and "Jenny Nguyễn" (the
    diaspora) are written given name first, and their middle names stay (review 50)."""
    return starts_with_vietnamese_family_name(
        [*family.split(), *middle.split(), *given.split()]
    ) and _vietnamese_syllables([*middle.split(), *given.split()])


def vietnamese_given_name(family: str, given: str, middle: str) -> tuple[str, str]:
    """(given, middle) as petdesk keeps them: for a Vietnamese name the middle name (tên đệm) is the
    start of the given name as written ("Trần Văn Đức": given "Văn Đức"), which Outlook, Google and
    vCards split off (First "Đức", Middle "Văn"); every list, export and card writes family + given,
    so a separate middle name would be lost or misplaced there. Other names stay as they are."""
    if middle.strip() and is_vietnamese_name(family, given, middle):
        return " ".join(f"{middle} {given}".split()), ""
    return given, middle


def name_order_of(
    order: NameOrder | str | None,
    *,
    family: str,
    given: str,
    family_zh: str,
    given_zh: str,
    chosen: bool = False,
) -> str:
    """How the person's name is written: as stored, except that a name written only in Chinese
    characters is family name first (张伟), whatever default a form, a file or an older office left
    on it, so the editor offers that order when a Latin spelling is added and exports say it; a
    transliterated name written given name first (阿卜杜拉·艾买提) stays given name first. A
    Vietnamese name (:func:`is_vietnamese_name`) is family name first too (Trần Văn Đức), as Vietnamese,
    like Chinese, Korean and Hungarian, writes it: files and forms leave given-first on it, but an
    order someone ``chosen`` for the person (``Contact.name_order_chosen``) stays."""
    if not (family.strip() or given.strip()) and (family_zh.strip() or given_zh.strip()):
        return GIVEN_FIRST if given_first_in_chinese(family_zh, given_zh) else FAMILY_FIRST
    if not chosen and (is_vietnamese_name(family, given) or mongolian_names.is_patronymic(family, given)):
        return FAMILY_FIRST  # Trần Văn Đức; Батын Болд, Б. Болд (field test 119)
    return FAMILY_FIRST if str(order or "") == FAMILY_FIRST else GIVEN_FIRST


def with_suffix(name: str, suffix: str) -> str:
    """A full Latin name with its suffix after it ("Juan dela Cruz Jr.", "Jose de los Santos III"):
    stored since the Google and Outlook imports, it was printed nowhere (field test 126)."""
    name, suffix = name.strip(), suffix.strip()
    if not (name and suffix) or name.casefold().endswith(suffix.casefold()):
        return name
    return f"{name} {suffix}"


def latin_name(family: str, given: str, order: NameOrder | str = GIVEN_FIRST) -> str:
    """The Latin name in the order the person writes it."""
    family, given = family.strip(), given.strip()
    parts = (family, given) if str(order) == FAMILY_FIRST else (given, family)
    return " ".join(p for p in parts if p)


def family_name_key(
    family: str,
    given: str,
    family_zh: str = "",
    reading_family: str = "",
    reading_given: str = "",
    country: str = "",
) -> tuple[str, str]:
    """Sort key of a person by family name, whatever order the name is written in: Hao Mengfang (郝)
    under H even when printed "Mengfang Hao" (lists sorted by the printed name put him under M);
    "Günther Öztürk" under O and "Ulrich von Hößlin" under H (:func:`person_list_key`)."""
    key = person_list_key(
        "en",
        family=family,
        given=given,
        family_zh=family_zh,
        reading_family=reading_family,
        reading_given=reading_given,
        country=country,
    )
    return key, given.casefold()


def language_list(value: object) -> list[str]:
    """A contact's languages as a list, from the model (a list), a snapshot or a raw row (JSON text)."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else []
        except ValueError:
            return []
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def pinyin_name(family_zh: str, given_zh: str) -> str:
    """张 + 伟 -> "Zhang Wei", 欧阳 + 修 -> "Ouyang Xiu", 吕 + 西安 -> "Lyu Xian": the name in pinyin as
    a Chinese passport spells it, family name first, no tones, ü as "yu" (a passport has no ü, and
    "Lü" printed for a hotel or a visa list was read "Lu", another surname; names61), no apostrophe
    (a passport has none: "Xi'an" on a hotel list did not match "XIAN"; names61b); "" when a
    character has no reading. Search keys read ü as they did (``pinyin_syllables``)."""
    words = []
    for part, surname in ((family_zh.strip(), True), (given_zh.strip(), False)):
        # read Simplified: the surname readings are keyed so (單 is read Shan as 单 is)
        syllables = [
            passport_syllable(s.rstrip("012345"))
            for s in pinyin_syllables(simplified_name(part), surname=surname, tones=True)
        ]
        if not all(s.isalpha() and s.isascii() for s in syllables):
            return ""
        joined = "".join(syllables)  # as the passport's machine-readable line: 西安 "XIAN"
        if joined:
            words.append(joined.capitalize())
    return " ".join(words)


def latin_stand_in(
    *,
    family: str = "",
    given: str = "",
    family_zh: str = "",
    given_zh: str = "",
    native_name_language: str = "",
    languages: Sequence[str] = (),
) -> str:
    """What stands in for a missing Latin name where one is needed (an English list, dossier or
    export): the pinyin of a Chinese name (张伟 from a WeCom list -> "Zhang Wei"). Computed when
    read, never stored as the person's spelling, so a real one added later is not overridden. ""
    when the person has a Latin name, or the Han name is Japanese or Korean (its reading is not
    Mandarin) or a transliterated foreign name (阿卜杜拉·艾买提: its pinyin is no one's spelling)."""
    if family.strip() or given.strip() or not (family_zh.strip() or given_zh.strip()):
        return ""
    if native_name_language in ("ja", "ko") or (languages and languages[0] in ("ja", "ko")):
        return ""
    if given_first_in_chinese(family_zh, given_zh) or not is_chinese_name(family_zh + given_zh):
        return ""
    if any(dot in family_zh + given_zh for dot in NAME_DOTS):
        return ""
    return pinyin_name(family_zh, given_zh)


def kana_stand_in(
    *, family: str, given: str, native_name_language: str, reading_family: str, reading_given: str
) -> str:
    """A Japanese name without a Latin one in Hepburn from its kana reading, family name first
    as Japan writes names in English: "Kato Yumi" for 加藤由美 read カトウ ユミ (field test 78).
    "" with a Latin name, for a name not Japanese, or a reading not all kana."""
    if family.strip() or given.strip() or native_name_language != "ja":
        return ""
    parts = [p.strip() for p in (reading_family, reading_given) if p.strip()]
    if not parts or not all(kana.is_kana(ch) for p in parts for ch in p):
        return ""
    return " ".join(kana.short_vowels(kana.romanise(p)).capitalize() for p in parts)


def kana_stand_in_of_row(parts: str | None) -> str:
    """:func:`kana_stand_in` of the JSON array ``search_order.HAN_ONLY_PARTS`` reads, "" for None."""
    if not parts:
        return ""
    family, given, _family_zh, _given_zh, language, _spoken, *readings = json.loads(parts)
    reading_family, reading_given = (*(r or "" for r in readings), "", "")[:2]
    return kana_stand_in(
        family=family or "",
        given=given or "",
        native_name_language=language or "",
        reading_family=reading_family,
        reading_given=reading_given,
    )


def latin_stand_in_of_row(parts: str | None) -> str:
    """:func:`latin_stand_in` of the JSON array ``search_order.HAN_ONLY_PARTS`` reads (family,
    given, family_zh, given_zh, name language, languages as JSON text, kana readings), "" for None.
    A Japanese name's Hepburn is not put in the English name's place (the Chinese list's other-script
    column shows it); the English list files it by that Hepburn (the index's sort key, since 0066)."""
    if not parts:
        return ""
    family, given, family_zh, given_zh, language, spoken, *_readings = json.loads(parts)
    return latin_stand_in(
        family=family or "",
        given=given or "",
        family_zh=family_zh or "",
        given_zh=given_zh or "",
        native_name_language=language or "",
        languages=language_list(spoken or ""),
    )


def person_display_name(
    language: str,
    *,
    family: str = "",
    given: str = "",
    order: NameOrder | str = GIVEN_FIRST,
    family_zh: str = "",
    given_zh: str = "",
    native_name_language: str = "",
    languages: Sequence[str] = (),
) -> str:
    """The name to show in an interface of ``language``; falls back to the other script.
    ``native_name_language`` and ``languages`` (the contact's) keep a Japanese or Korean name
    family first (:func:`person_chinese_name`)."""
    # the one rule of lists, cards and dossiers: 安娜·林德奎斯特, but 山田太郎 for a Japanese name
    zh = person_chinese_name(
        family_zh,
        given_zh,
        family=family,
        order=order,
        native_name_language=native_name_language,
        languages=languages,
    )
    latin = latin_name(family, given, order)
    if language.startswith("zh") and not (latin and latin_name_first(zh)):
        return zh or latin
    return latin or zh


def person_other_name(
    language: str,
    *,
    family: str = "",
    given: str = "",
    order: NameOrder | str = GIVEN_FIRST,
    family_zh: str = "",
    given_zh: str = "",
    native_name_language: str = "",
    languages: Sequence[str] = (),
) -> str:
    """The name in the other script, shown beside the display name (empty when it would repeat it)."""
    # the one rule of lists, cards and dossiers: 安娜·林德奎斯特, but 山田太郎 for a Japanese name
    zh = person_chinese_name(
        family_zh,
        given_zh,
        family=family,
        order=order,
        native_name_language=native_name_language,
        languages=languages,
    )
    latin = latin_name(family, given, order)
    shown = person_display_name(
        language,
        family=family,
        given=given,
        order=order,
        family_zh=family_zh,
        given_zh=given_zh,
        native_name_language=native_name_language,
        languages=languages,
    )
    other = zh if shown == latin else latin
    return "" if other == shown else other


def person_both_scripts(
    language: str,
    *,
    family: str = "",
    given: str = "",
    order: NameOrder | str = GIVEN_FIRST,
    family_zh: str = "",
    given_zh: str = "",
    native_name_language: str = "",
    languages: Sequence[str] = (),
    suffix: str = "",
) -> str:
    """ "Chen Ping (陈萍)" / "陈萍（Chen Ping）": the display name with the other script in brackets,
    as search and the lists show a person (one name order wherever a person is named); ``suffix``
    ("Jr.", "III") follows the Latin name."""
    kw: dict[str, Any] = {
        "family": family,
        "given": given,
        "order": order,
        "family_zh": family_zh,
        "given_zh": given_zh,
        "native_name_language": native_name_language,
        "languages": languages,
    }
    shown = person_display_name(language, **kw)
    other = person_other_name(language, **kw)
    latin = latin_name(family, given, order)
    if suffix and latin:
        shown = with_suffix(shown, suffix) if shown == latin else shown
        other = with_suffix(other, suffix) if other == latin else other
    if not other:
        return shown
    return f"{shown}（{other}）" if language.startswith("zh") else f"{shown} ({other})"


def organisation_display_name(language: str, *, name_en: str = "", name_zh: str = "") -> str:
    if language.startswith("zh"):
        return name_zh.strip() or name_en.strip()
    return name_en.strip() or name_zh.strip()


# -- sort keys --------------------------------------------------------------------------------

#: Separates the parts of a sort key; sorts before every letter so "li" < "li ming" < "liang".
_SEP = " "
_LEADING_ARTICLES = ("the ",)


@lru_cache(maxsize=50_000)
def _latin_key(text: str) -> str:
    folded = fold(text).strip()
    folded = re.sub(r"[^\w ]+", "", folded)
    return re.sub(r"\s+", " ", folded)


@lru_cache(maxsize=50_000)
def latin_sort_text(text: str) -> str:
    """:func:`_latin_key`, a Cyrillic or Greek name read in its passport spelling
    (:mod:`petdesk.romanise`, й as "y"): Петрова files under P in an English list, not after Zhou;
    a Devanagari one in plain Hunterian (शर्मा as "sharma"), an Arabic or Thai one letter for letter
    (محمد as "mhmd", สมชาย as "smchay"), a Khmer or Burmese one by its reading where the syllable
    tables know every syllable (សុខ as "sok", ကျော် as "kyaw"; else as written, never a guess)."""
    if khmer_myanmar_latin.has_khmer_or_myanmar(text) and (reading := khmer_myanmar_latin.latin(text)):
        text = reading
    if romanise.has_devanagari(text):
        text = romanise.devanagari_latin(text)
    if romanise.has_arabic_or_thai(text):
        text = romanise.arabic_thai_latin(text)
    key = _latin_key(text)
    if not romanise.has_letters_to_romanise(key):
        return key
    folded_y = _latin_key(romanise.with_short_i_as_y(text))
    return (romanise.spellings(folded_y) or [folded_y])[0]


#: Lower-case particles set before the main surname: German and Dutch lists file "von Hößlin" under H
#: and "van der Berg" under B (DIN 5007-2: "Bülow, Friedrich von"). A capitalised particle ("Van
#: Morrison", "Di Maio") is part of the name and files where it is written. The Romance ones alike:
#: "Oumar da Silva" under S beside "de Souza" (field test 87 found him under D).
SURNAME_PARTICLES = frozenset(
    {"von", "vom", "zu", "zum", "zur", "van", "der", "den", "de", "ter", "ten"}
    | {"da", "das", "do", "dos", "du", "des", "di", "del", "della"}
)
#: The particles added in round 53, which ``0067_central_asian_spellings`` re-files the people of.
ROMANCE_PARTICLES = frozenset({"da", "das", "do", "dos", "du", "des", "di", "del", "della"})
#: Spanish articles that are particles only after "de" or "del": "de la Torre" files under T as Spanish
#: lists have it (field test 90); "la" alone begins the name itself ("La Fontaine" under L).
#: Added in round 53 too: ``0067_central_asian_spellings`` re-files these people as well.
ARTICLES_AFTER_DE = frozenset({"la", "las", "los"})
_DE = frozenset({"de", "del"})
#: The Arabic article before a family name, in any case, with its hyphen or space ("Al-Mansoori",
#: "al Hammadi", "El-Sayed", and المنصوري read "al-mnsuri"): set aside for filing, as library
#: catalogues do, so that Al Mansouri files under M beside Mansour.
_ARABIC_ARTICLE = re.compile(r"^(?:al|el)(?:[-\u2010\u2011]\s*|\s+)(?=\w)", re.IGNORECASE)


def leading_particles(family: str) -> list[str]:
    """The lower-case particles a family name begins with, its main word excluded: ["van", "der"] for
    "van der Berg", ["de", "la"] for "de la Torre" (:data:`ARTICLES_AFTER_DE`), [] for "La Fontaine"."""
    words = family.split()
    particles: list[str] = []
    for word in words[:-1]:
        after_de = bool(particles) and particles[-1] in _DE
        if word in SURNAME_PARTICLES or (after_de and word in ARTICLES_AFTER_DE):
            particles.append(word)
        else:
            break
    return particles


#: Countries whose directories file a surname as written, its particle first: Afrikaans (South
#: Africa, Namibia) files "van der Merwe" under V beside "le Roux" under L, and Flemish (Belgium)
#: "van den Bossche" under V. The Netherlands, Germany and everyone else set a lower-case particle
#: aside ("Merwe, Pieter van der" under M). The contact's country decides: :func:`filing_country`.
PARTICLE_FIRST_COUNTRIES = frozenset({"ZA", "NA", "BE"})


def filing_country(nationality: str, organisation_country: str) -> str:
    """The country whose filing rule a person's surname follows: their nationality, else their
    organisation's country."""
    return (nationality or organisation_country or "").upper()


def files_particle_first(country: str) -> bool:
    """Whether the surname of a person of ``country`` files with its particle first."""
    return country.upper() in PARTICLE_FIRST_COUNTRIES


def main_surname(family: str) -> str:
    """The family name without its leading lower-case particles: "von Hößlin" -> "Hößlin", "de la
    Torre Peña" -> "Torre Peña"."""
    words = family.split()
    return " ".join(words[len(leading_particles(family)) :])


def filing_surname(family: str, country: str = "") -> str:
    """The word a family name files under: without its particles (:func:`main_surname`; kept for a
    person of a :data:`PARTICLE_FIRST_COUNTRIES` country) and without the Arabic article ("Al-Mansoori"
    -> "Mansoori"), an Arabic or Thai one in Latin letters. The article run together with a listed
    Arabic name goes too ("Almansoori" under M), not the "Al" of Almeida."""
    family = family.strip() if files_particle_first(country) else main_surname(family.strip())
    if romanise.has_arabic_or_thai(family):
        family = romanise.arabic_thai_latin(family)
    family = _ARABIC_ARTICLE.sub("", family)
    return arabic_names.joined_article_stem(family) or family


def _latin_reading(family: str, given: str, reading_family: str, reading_given: str) -> tuple[str, str]:
    """An Arabic, Thai, Khmer or Burmese name's recorded reading (the contact's phonetic fields) in its
    place, part by part, unless written in such a script too; any other name as it is (a kana reading
    files nothing)."""
    reading = reading_family + reading_given
    if not reading or not _read_by_latin(family + given) or _read_by_latin(reading):
        return family, given
    return reading_family or family, reading_given or given


def _read_by_latin(text: str) -> bool:
    """Whether ``text`` has letters of a script a recorded Latin reading files in place of."""
    return romanise.has_arabic_or_thai(text) or khmer_myanmar_latin.has_khmer_or_myanmar(text)


def _latin_person_key(
    family: str, given: str, reading_family: str, reading_given: str, country: str = ""
) -> str:
    family, given = _latin_reading(family, given, reading_family, reading_given)
    if mongolian_names.is_patronymic(family, given, country):
        # "Батын Болд" under Б for Болд: the father's name is no surname (field test 119)
        return f"{latin_sort_text(given)}{_SEP}{latin_sort_text(family)}".strip()
    return f"{latin_sort_text(filing_surname(family, country))}{_SEP}{latin_sort_text(given)}".strip()


def _hepburn_key(reading_family: str, reading_given: str) -> str:
    """The English key of a kana reading in Hepburn ("sato ken" for さとう けん), "" without a family
    reading or with one not all kana."""
    romaji = [
        kana_stand_in(family="", given="", native_name_language="ja", reading_family=r, reading_given="")
        for r in (reading_family, reading_given)
    ]
    return _latin_person_key(romaji[0], romaji[1], "", "") if romaji[0] else ""


def person_sort_key_en(
    *,
    family: str,
    given: str,
    family_zh: str = "",
    given_zh: str = "",
    reading_family: str = "",
    reading_given: str = "",
    country: str = "",
) -> str:
    """English order: by Latin family name, then given name; pinyin stands in for a missing Latin name,
    read as :func:`pinyin_name` reads it (Simplified: 單偉 shows as "Shan Wei" in an English list and
    files under S, not under "dan" among the D names; review 49, finding 8). A Cyrillic or Greek name
    files by its Latin spelling (Петрова as "petrova"), a Devanagari one too (शर्मा as "sharma"), an
    Arabic or Thai one by its recorded Latin reading or else letter for letter; the family name by its
    main word (:func:`filing_surname`: von Bülow under B, Al-Mansoori under M) unless the person's
    ``country`` files it as written (van der Merwe of South Africa under V). A name without a Latin
    one but with a kana reading files by its Hepburn, as the dossier prints it (佐藤 健 read さとう けん
    under "sato ken", not its kanji's pinyin "zuo teng": field test 78, leftovers53)."""
    if family.strip() or given.strip():
        key = _latin_person_key(family, given, reading_family, reading_given, country)
    elif hepburn := _hepburn_key(reading_family, reading_given):
        key = hepburn
    else:
        syllables = [
            pinyin_syllables(simplified_name(family_zh.strip()), surname=True),
            pinyin_syllables(simplified_name(given_zh.strip())),
        ]
        key = f"{''.join(syllables[0])}{_SEP}{''.join(syllables[1])}".strip()
    return key or "\uffff"


def person_list_key(
    language: str,
    *,
    family: str,
    given: str,
    family_zh: str = "",
    given_zh: str = "",
    reading_family: str = "",
    reading_given: str = "",
    country: str = "",
) -> str:
    """Where a person files in a list of people (a delegation): by surname in the reader's language,
    umlauts folded (Ö as O, ß as ss) and a particle set aside, as :func:`person_sort_key_en` and
    :func:`person_sort_key_zh` have it (a Japanese name with a kana reading and no Latin name by its
    Hepburn in English: "Kato Yumi" under K, not 加藤's pinyin "jiateng" under J: field test 78)."""
    key = person_sort_key_zh if language.startswith("zh") else person_sort_key_en
    return key(
        family=family if files_particle_first(country) else main_surname(family),
        given=given,
        family_zh=family_zh,
        given_zh=given_zh,
        reading_family=reading_family,
        reading_given=reading_given,
        country=country,
    )


def _pinyin_key(syllables_tone3: list[str], text: str) -> str:
    """Dictionary order: syllable letters first, then tones, then the characters themselves."""
    letters = _SEP.join(s.rstrip("012345").replace("ü", "v") for s in syllables_tone3)
    tones = "".join(s[-1] if s[-1:].isdigit() else "0" for s in syllables_tone3)
    return f"{letters}\x01{tones}\x01{text}"


def person_sort_key_zh(
    *,
    family: str,
    given: str,
    family_zh: str = "",
    given_zh: str = "",
    order: NameOrder | str | None = None,
    own_name: bool = False,
    reading_family: str = "",
    reading_given: str = "",
    country: str = "",
) -> str:
    """Chinese order: by the pinyin of the Chinese name; names without one sort by their Latin letters
    as in English order (Петрова, محمد by its reading, von Bülow under B: :func:`person_sort_key_en`).
    Given the name order (the search index's keys), a transliterated Western name sorts as it is
    written (安娜·林德奎斯特 under A); lists of people by surname leave it out (:func:`person_list_key`).
    A name in a script a Chinese reader does not read in that place (Devanagari) files by the Latin
    name the list shows. A Japanese name in kanji files by the pinyin of its kanji too, as a Chinese
    reader says it (佐藤 Zuǒténg, as 安倍 is Ānbèi), not by its furigana reading, which orders it in
    English; search finds it by both (field test 115, decided: test_field_115c_japanese_sort_zh)."""
    if (family.strip() or given.strip()) and latin_name_first(f"{family_zh}{given_zh}"):
        # A Hindi name in the Chinese name's place: the list shows the Latin name, so it files by
        # it, among the other Latin names, not after them all (field test 113).
        return _latin_person_key(family, given, reading_family, reading_given, country) or "\uffff"
    latin_family = "" if own_name else family
    written_given_first = given_first_in_chinese(family_zh, given_zh) or (
        order is not None
        and bool(given_zh.strip())
        and transliterated(family_zh, family=latin_family, order=order)
    )
    if written_given_first:
        # A transliterated name is looked up as it is written (阿卜杜拉·艾买提 under A for 阿).
        written = chinese_name(family_zh, given_zh, family=latin_family, order=order)
        syl = pinyin_syllables("".join(ch for ch in written if ch not in NAME_DOTS), tones=True)
        return _pinyin_key(syl, written)
    if family_zh.strip() or given_zh.strip():
        syl = pinyin_syllables(family_zh.strip(), surname=True, tones=True) + pinyin_syllables(
            given_zh.strip(), tones=True
        )
        return _pinyin_key(syl, chinese_name(family_zh, given_zh))
    key = _latin_person_key(family, given, reading_family, reading_given, country)
    return key or "\uffff"


@lru_cache(maxsize=20_000)
def _org_key_en(name_en: str, name_zh: str) -> str:
    key = latin_sort_text(name_en)  # Московский университет under M, not after every Latin name
    for article in _LEADING_ARTICLES:
        if key.startswith(article):
            key = key[len(article) :]
    if not key and name_zh.strip():
        key = " ".join(pinyin_syllables(name_zh.strip(), phrase=True))
    return key or "\uffff"


@lru_cache(maxsize=20_000)
def _org_key_zh(name_en: str, name_zh: str) -> str:
    if name_zh.strip():
        return _pinyin_key(pinyin_syllables(name_zh.strip(), tones=True, phrase=True), name_zh.strip())
    return latin_sort_text(name_en) or "\uffff"  # as in English order: Московский университет under M


def organisation_sort_key_en(*, name_en: str, name_zh: str = "") -> str:
    """English order of organisations: by the English name without a leading "The", a Cyrillic or
    Greek one by its Latin spelling (:func:`latin_sort_text`), as people's names are."""
    return _org_key_en(name_en, name_zh)


def organisation_sort_key_zh(*, name_en: str, name_zh: str = "") -> str:
    """Chinese order of organisations: by the pinyin of the Chinese name."""
    return _org_key_zh(name_en, name_zh)


#: Initials as written for given names: "J.", "W.K.", "J.P", or two or three capitals without a
#: vowel ("WK", "HK": Hong Kong's "WK Chan" is Chan Wai Kin).
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_]?")
_CAPITAL_INITIALS = re.compile(r"[B-DF-HJ-NP-TV-Z]{2,3}")
#: Family names without a vowel, written in capitals ("NG Wai Kin"): not initials.
_VOWELLESS_SURNAMES = frozenset({"NG", "HNG"})


def is_latin_initials(word: str) -> bool:
    """Whether ``word`` is a given name's initials ("J.", "W.K.", "WK"), not a name of its own."""
    if _DOTTED_INITIALS.fullmatch(word):
        return True
    return _CAPITAL_INITIALS.fullmatch(word) is not None and word not in _VOWELLESS_SURNAMES


def given_name_initials(given: str) -> str:
    """The folded initials of a given name of two or three parts ("Wai Kin", "Wai-Kin", "W.K.",
    "J. P." -> "wk", "jp"), by which Hong Kong writes it ("W.K. Chan"); "" for one part."""
    parts = [p for p in re.split(r"[\s.\-]+", fold(given)) if p]
    if not 2 <= len(parts) <= 3 or not all(p.isalpha() for p in parts):
        return ""
    return "".join(p[0] for p in parts)


def initials(syllables: list[str]) -> str:
    """First letters of pinyin syllables or words: ["zhang", "wei"] -> "zw"."""
    return "".join(s[0] for s in syllables if s and s[0].isalpha())
