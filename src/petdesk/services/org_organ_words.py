"""A Chinese government body's name and its English form paired by a small table of common organ
words, the city read from the name itself (field test trainfollow60: a registration import made
"Deyang Municipal Government" and 德阳市人民政府 two organisations, and no organisation named both
ways was there to teach :mod:`org_two_languages` the pair).

德阳市人民政府 is the city 德阳 (read as "deyang", or the English name petdesk knows for it) and the
organ word 人民政府; "Deyang Municipal Government" is the city word "deyang" and, once "municipal"
and "people's" are left out, {government}. The table says which English words an organ word is.

Kinds (carried note of round 60, "organ-word pairing ignores kind"): the names alone paired a
city's government body with a university, fund, NGO or hub office whose English name is the city
and the same organ words ("Chongqing Foreign Affairs Office" filed as a hub office). Two
organisations pair only when :func:`~petdesk.services.org_kind_groups.kinds_can_be_one_body`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache

from petdesk import city_names
from petdesk.chinese_names import pinyin_syllables
from petdesk.han_script import simplified
from petdesk.services.org_kind_groups import kinds_can_be_one_body
from petdesk.services.org_two_languages import Named


def _sets(*names: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(name.split()) for name in names)


#: Common organ words of a city's or province's government and the English words each is written
#: with ("municipal", "provincial", "people" and fillers left out of both sides).
ORGAN_WORDS: dict[str, tuple[frozenset[str], ...]] = {
    "人民政府": _sets("government"),
    "政府": _sets("government"),
    "生态环境局": _sets(
        "ecology environment bureau",
        "ecological environment bureau",
        "ecology environmental bureau",
        "ecological environmental bureau",
    ),
    "生态环境厅": _sets("ecology environment department", "ecological environment department"),
    "环境保护局": _sets("environmental protection bureau", "environment protection bureau"),
    "住房和城乡建设局": _sets(
        "housing urban rural development bureau", "housing urban rural construction bureau"
    ),
    "发展和改革委员会": _sets("development reform commission"),
    "水务局": _sets("water affairs bureau", "water resources bureau"),
    "外事办公室": _sets("foreign affairs office"),
    "人民政府外事办公室": _sets("foreign affairs office"),
}

#: English words that add nothing to which organ a name is.
_LEFT_OUT = frozenset(
    {"municipal", "municipality", "provincial", "province", "people", "s", "of", "the", "and", "for", "city"}
)
#: A Chinese name's leading place and its 市 or 省: 德阳市人民政府, 四川省生态环境厅.
_PLACE = re.compile(r"^(\w{2,4}?)[市省](\w{2,})$")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").casefold()


def chinese_parts(name_zh: str) -> tuple[set[str], str]:
    """({ways the place is written in English letters}, organ word) of a Chinese name in the table,
    (set(), "") for any other: 德阳市人民政府 → ({"deyang"}, "人民政府")."""
    match = _PLACE.match(simplified(unicodedata.normalize("NFKC", name_zh or "")).strip())
    if not match or match.group(2) not in ORGAN_WORDS:
        return set(), ""
    return set(_spellings(match.group(1))), match.group(2)


@cache  # a file names few cities many times: read each once
def _spellings(place: str) -> frozenset[str]:
    spelled = {"".join(pinyin_syllables(place, phrase=True))}
    if (known := city_names.known_city(place)) is not None:
        spelled.add(re.sub(r"[^a-z0-9]", "", _fold(known.en)))
    return frozenset(s for s in spelled if s)


def english_parts(name_en: str) -> Iterator[tuple[str, frozenset[str]]]:
    """Each (place, other words) an English name may be: the place one word or two run together
    ("Xi'an" is "xi an"), the rest without the words that add nothing."""
    words = re.findall(r"[a-z0-9]+", _fold(name_en))
    for n in (1, 2):
        for i in range(len(words) - n + 1):
            rest = frozenset(w for w in words[:i] + words[i + n :] if w not in _LEFT_OUT)
            if rest:
                yield "".join(words[i : i + n]), rest


def kinds_differ(a: Named, b: Named) -> bool:
    """Both kinds say something and not one group: a ministry and a university are two bodies."""
    return not kinds_can_be_one_body(a.kind, b.kind)


def _apart(a: Named, b: Named) -> bool:
    """Known countries or postal codes that differ, or kinds that cannot be one body: two bodies,
    not one named twice."""
    if a.country and b.country and a.country != b.country:
        return True
    if kinds_differ(a, b):
        return True
    first, second = ("".join((org.postal_code or "").split()).casefold() for org in (a, b))
    return bool(first and second) and first != second


def same_by_organ_words(orgs: Iterable[Named]) -> Iterator[tuple[Named, Named, str]]:
    """(named only in Chinese, named only in English, the organ word) for two organisations whose
    names are one city's same organ by :data:`ORGAN_WORDS`."""
    wanted: dict[tuple[str, frozenset[str]], list[tuple[Named, str]]] = defaultdict(list)
    english: list[Named] = []
    for org in orgs:
        if org.name_zh and not org.name_en:
            places, organ = chinese_parts(org.name_zh)
            for place in places:
                for words in ORGAN_WORDS.get(organ, ()):
                    wanted[(place, words)].append((org, organ))
        elif org.name_en and not org.name_zh:
            english.append(org)
    if not wanted:
        return
    for en_org in english:
        seen: set[str] = set()
        for key in english_parts(en_org.name_en):
            for zh_org, organ in wanted.get(key, ()):
                if zh_org.id not in seen and not _apart(zh_org, en_org):
                    seen.add(zh_org.id)
                    yield zh_org, en_org, organ
