"""One organisation named only in Chinese at one office and only in English at another (field test
105: Chongqing's 重庆市生态环境局 and Chengdu's "Chongqing Municipal Ecology and Environment Bureau"
met when the two offices merged, and had no name, word or alias in common).

No dictionary is needed: the database's own organisations named both ways say how the body is
written in each language ("大连市生态环境局" / "Dalian Municipal Bureau of Ecology and Environment"
teaches 生态环境局 ↔ {municipal, bureau, ecology, environment}). A one-script pair in one city whose
names, the city left out, are such a pair, is shown with that example as its reason, when their kinds
may be one body (:mod:`org_kind_groups`, the rule organ-word pairing uses: a bureau filed as city
government at one office and ministry/agency or enterprise at another is one; a university is not).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Protocol

from petdesk.han_script import simplified
from petdesk.services.org_kind_groups import kinds_can_be_one_body

#: English words that say nothing about which body a name is.
_FILLER = frozenset({"of", "the", "and", "for", "city", "s"})
#: The administrative word after a Chinese place name (重庆市…, 四川省…).
_PLACE_WORDS = ("市", "省")


class Named(Protocol):
    """The columns of an organisation this module reads."""

    @property
    def id(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def name_zh(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def city_en(self) -> str: ...
    @property
    def city_zh(self) -> str: ...
    @property
    def postal_code(self) -> str: ...


def chinese_body(org: Named) -> str:
    """The Chinese name without its leading city and the 市 or 省 after it ("" if it has no city)."""
    name = simplified(unicodedata.normalize("NFKC", org.name_zh or "")).strip()
    city = simplified(unicodedata.normalize("NFKC", org.city_zh or "")).strip()
    if not name or not city:
        return ""
    city = city.removesuffix("市").removesuffix("省")
    if not name.startswith(city):
        return ""
    body = name[len(city) :]
    for word in _PLACE_WORDS:
        body = body.removeprefix(word)
    return body if len(body) >= 2 else ""


def english_words(org: Named) -> frozenset[str]:
    """The English name's words without the city's and words that say nothing."""
    city = set(re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKC", org.city_en or "").casefold()))
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKC", org.name_en or "").casefold())
    if not city or not city & set(words):
        return frozenset()  # the name does not say its city: the rest is not the body alone
    return frozenset(w for w in words if w not in city and w not in _FILLER)


def _postal_codes_differ(a: Named, b: Named) -> bool:
    """Both postal codes known and not the same: two offices of one name in one city (a district's
    bureau), not one body named twice; a missing one says nothing."""
    first, second = ("".join((org.postal_code or "").split()).casefold() for org in (a, b))
    return bool(first and second) and first != second


def _place(org: Named) -> tuple[str, str]:
    return org.country, (org.city_en or "").strip().casefold() or (org.city_zh or "").strip()


def same_in_other_script(orgs: Iterable[Named]) -> Iterator[tuple[Named, Named, Named]]:
    """(named only in Chinese, named only in English, an organisation named both ways that shows
    the two names say the same body) for organisations of one country and city whose kinds may be
    one body and whose postal codes do not differ."""
    learned: dict[tuple[str, frozenset[str]], Named] = {}
    only_zh: dict[tuple[str, str], list[tuple[str, Named]]] = defaultdict(list)
    only_en: dict[tuple[str, str], list[tuple[frozenset[str], Named]]] = defaultdict(list)
    for org in orgs:
        body, words = chinese_body(org), english_words(org)
        if body and words:
            learned.setdefault((body, words), org)
        elif body and not org.name_en:
            only_zh[_place(org)].append((body, org))
        elif words and not org.name_zh:
            only_en[_place(org)].append((words, org))
    if not learned:
        return
    for place, chinese in only_zh.items():
        for body, zh_org in chinese:
            for words, en_org in only_en.get(place, ()):
                if _postal_codes_differ(zh_org, en_org):
                    continue
                if not kinds_can_be_one_body(zh_org.kind, en_org.kind):
                    continue  # a university named like the city's bureau is not the bureau
                if example := learned.get((body, words)):
                    yield zh_org, en_org, example
