"""How a city is named: with or without the administrative words around it (深圳市人民政府, Shenzhen
City), in either language for a city petdesk knows (杭州 / Hangzhou), and in pinyin. The needs import
finds and names the city governments it adds through it, and ``needs --city`` finds a city the same
way (field test 44, §2–3). No Qt, no models, no services."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from petdesk import turkish_case
from petdesk.chinese_names import fold, has_cjk, pinyin_syllables

if TYPE_CHECKING:
    from petdesk.vocab import City

#: What a city's name may carry around the city itself: "深圳市人民政府", "City of Shenzhen",
#: "Shenzhen Municipal Government" all name the government of 深圳 / Shenzhen.
_CITY_SUFFIXES = (
    "人民政府", "市政府", "市", " municipal people's government", " municipal government",
    " people's government", " municipality", " city",
)  # fmt: skip
_CITY_PREFIXES = ("city of ", "municipalidad de ")  # "Municipalidad de Córdoba" (field 123)
#: A Chinese name naming the government rather than the city, and how English says it.
_GOVERNMENT_ZH = ("市人民政府", "人民政府", "市政府")
_GOVERNMENT_EN = " Municipal People's Government"


def _casefold(name: str) -> str:
    """casefold(), but "İstanbul" and "İzmir" as "istanbul" and "izmir": Python folds the Turkish
    capital İ to "i" and a combining dot, and the city was not found (field test 114)."""
    return turkish_case.fold(name)


def city_key(name: str) -> str:
    """``name`` without the administrative words around a city's name, to compare two spellings:
    "深圳市" and "深圳" give "深圳", "Shenzhen City" and "Shenzhen" give "shenzhen"."""
    key = _casefold(" ".join(name.split()))
    for prefix in _CITY_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            key = key[len(prefix) :]
    for suffix in _CITY_SUFFIXES:  # longest words first, so "市人民政府" loses both
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
    return key.strip()


@cache
def known_cities() -> tuple[City, ...]:
    from petdesk.vocab import CITIES, ZONE_CITIES

    return (*CITIES, *ZONE_CITIES)


@cache
def _cities_by_key() -> dict[str, City]:
    from petdesk.vocab import LOCAL_CITY_NAMES

    by_key: dict[str, City] = {}
    for city in known_cities():  # the first city of a name wins, as a scan in order would
        by_key.setdefault(city.zh, city)
        by_key.setdefault(_casefold(city.en), city)
    by_code = {city.code: city for city in known_cities()}
    for name, code in LOCAL_CITY_NAMES:  # "Ciudad de México" is Mexico City
        by_key.setdefault(_casefold(name), by_code[code])
    return by_key


def known_city(name: str) -> City | None:
    """The city petdesk knows that ``name`` names, in either language: 杭州市 is Hangzhou. A name
    with "City" in it is looked up whole first: "Mexico City" is no "Mexico" (field test 116)."""
    by_key = _cities_by_key()
    return by_key.get(_casefold(" ".join(name.split()))) or by_key.get(city_key(name))


def in_both_languages(en: str, zh: str) -> tuple[str, str]:
    """A city written in one language only, with the other's name when petdesk knows the city
    ("Chengdu", "" -> "Chengdu", "成都"); anything else as written."""
    if en.strip() and not zh.strip() and (city := known_city(en)) is not None:
        return en, city.zh
    if zh.strip() and not en.strip() and (city := known_city(zh)) is not None:
        return city.en, zh
    return en, zh


@cache
def _local_names() -> frozenset[str]:
    from petdesk.vocab import LOCAL_CITY_NAMES

    return frozenset(_casefold(name) for name, _code in LOCAL_CITY_NAMES)


def on_both_sides(en: str, zh: str) -> tuple[str, str]:
    """A city as a bilingual page prints it: :func:`in_both_languages`, and a local spelling typed
    in the English box (Алматы, Ciudad de México) given as the city's English name (Almaty, Mexico
    City): field test 121's English side said "Cities: Алматы". The record keeps what was typed."""
    en, zh = in_both_languages(en, zh)
    if _casefold(" ".join(en.split())) in _local_names() and (city := known_city(en)) is not None:
        return city.en, zh or city.zh
    return en, zh


def shown_city(en: str, zh: str, language: str) -> str:
    """A city's name to show in ``language`` ("en", "zh", "zh_CN"): the record's own, else the known
    city's name in that language, else the other language's. Computed when shown, so a record saved
    before field test 57 or received from another office says 成都 in Chinese without being changed."""
    en, zh = in_both_languages(en or "", zh or "")
    return (zh or en) if language.startswith("zh") else (en or zh)


def saved_city(en: str, zh: str, before: tuple[str, str] | None = None) -> tuple[str, str]:
    """The (English, Chinese) city a record is saved with after the user typed ``en``/``zh`` over
    ``before``: a known city typed in one language gets the other's name (field test 57), and a
    city renamed in one language drops the other's name when that was the old known city's
    (Chengdu/成都 changed to Wuhan is Wuhan/武汉, not Wuhan/成都). Trainings, itinerary items and
    organisations save their cities through it."""
    en, zh = en or "", zh or ""
    if before is not None:
        old_en, old_zh = before
        if en != old_en and zh == old_zh and old_zh and in_both_languages(old_en, "")[1] == old_zh:
            zh = ""
        elif zh != old_zh and en == old_en and old_en and in_both_languages("", old_zh)[0] == old_en:
            en = ""
    return in_both_languages(en, zh)


def city_keys(name: str) -> set[str]:
    """``name``'s key (:func:`city_key`) and, for a city petdesk knows, its name in the other
    language: 杭州市 finds a city government the office wrote "Hangzhou"."""
    key = city_key(name)
    known = known_city(name)
    return {key} | ({known.zh, known.en.casefold()} if known else set())


def _spoken(key: str) -> str:
    """A key as it is typed without accents, spaces or characters: "杭州" -> "hangzhou"."""
    text = "".join(pinyin_syllables(key, phrase=True)) if has_cjk(key) else key
    return "".join(fold(text).split())


def names_city(typed: str, names: Iterable[str]) -> bool:
    """Whether ``typed`` names the city called ``names`` (its English and Chinese names and city):
    in either language, with or without 市 or "City", or in pinyin ("hangzhou" finds 杭州市)."""
    wanted = city_keys(typed)
    theirs = set().union(*(city_keys(n) for n in names if n.strip()))
    if wanted & theirs:
        return True
    spoken = {_spoken(k) for k in wanted} - {""}
    return bool(spoken & {_spoken(k) for k in theirs})


def both_names(written: str) -> tuple[str, str, City | None]:
    """(English, Chinese) names of a city government written ``written``, the other language filled
    in for a city petdesk knows: "杭州市" -> ("Hangzhou", "杭州市"); "成都市人民政府" -> ("Chengdu
    Municipal People's Government", "成都市人民政府"); "Wuhan" -> ("Wuhan", "武汉"). An unknown city
    keeps the one name it was written with."""
    written = written.strip()
    in_chinese = has_cjk(written)
    known = known_city(written)
    if known is None:
        return ("", written, None) if in_chinese else (written, "", None)
    if in_chinese:
        government = any(written.endswith(words) for words in _GOVERNMENT_ZH)
        return known.en + (_GOVERNMENT_EN if government else ""), written, known
    government = "government" in written.casefold()
    return written, known.zh + ("市人民政府" if government else ""), known


@cache
def _city_pattern() -> tuple[re.Pattern[str], dict[str, City]]:
    """One pattern for every known city's name in either language, longest first (so "New York"
    wins over "York"); English names as whole words, Chinese names anywhere."""
    by_name: dict[str, City] = {}
    for city in known_cities():
        by_name.setdefault(city.en.casefold(), city)
        by_name.setdefault(city.zh, city)
    words = sorted(by_name, key=len, reverse=True)
    parts = [re.escape(w) if has_cjk(w) else rf"\b{re.escape(w)}\b" for w in words]
    return re.compile("|".join(parts), re.IGNORECASE), by_name


def city_in(text: str) -> City | None:
    """The known city a place's text names first, in either language: "Hangzhou East",
    "Shanghai PVG", "上海虹桥站" and "Munich MUC" each name one; "Terminal 2" names none."""
    if not text.strip():
        return None
    pattern, by_name = _city_pattern()
    found = pattern.search(text.replace("İ", "I"))  # same length: "İstanbul Havalimanı" names Istanbul
    if found is None:
        return None
    word = found.group(0)
    return by_name.get(word) or by_name.get(word.casefold())
