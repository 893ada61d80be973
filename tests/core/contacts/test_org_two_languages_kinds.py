"""Pairing by an example named both ways (org_two_languages) reads kinds by the rule organ-word
pairing uses (org_kind_groups): it asked for one kind, so 重庆市生态环境局 filed as a city government
and its English form filed as a ministry/agency, or as the enterprise the import guessed, never paired
(round 62, organkind62's leftover)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from petdesk.db import Database
from petdesk.services import duplicates, org_organ_words, org_two_languages, organisations
from petdesk.services.org_kind_groups import kinds_can_be_one_body


@dataclass(frozen=True)
class _Named:
    id: str
    name_en: str = ""
    name_zh: str = ""
    kind: str = "enterprise"
    country: str = ""
    city_en: str = "Chongqing"
    city_zh: str = "重庆"
    postal_code: str = ""


_EXAMPLE = _Named(
    "dalian",
    name_en="Dalian Municipal Bureau of Ecology and Environment",
    name_zh="大连市生态环境局",
    kind="city_government",
    city_en="Dalian",
    city_zh="大连",
)


def _paired(zh_kind: str, en_kind: str) -> bool:
    zh = _Named("zh", name_zh="重庆市生态环境局", kind=zh_kind)
    en = _Named("en", name_en="Chongqing Municipal Ecology and Environment Bureau", kind=en_kind)
    found = org_two_languages.same_in_other_script([_EXAMPLE, zh, en])
    return any((a.id, b.id) == ("zh", "en") for a, b, _example in found)


@pytest.mark.parametrize(
    ("zh_kind", "en_kind"),
    [
        ("city_government", "city_government"),
        ("city_government", "ministry_agency"),  # a city's bureau filed either way
        ("ministry_agency", "city_government"),
        ("city_government", "enterprise"),  # the default, and the guess for a name that says nothing
        ("enterprise", "ministry_agency"),
        ("city_government", ""),
        ("city", "ministry_agency"),  # a newer office's kind this release does not know
        ("university", "university"),
    ],
)
def test_kinds_that_may_be_one_body_pair(zh_kind: str, en_kind: str) -> None:
    assert _paired(zh_kind, en_kind)


@pytest.mark.parametrize(
    ("zh_kind", "en_kind"),
    [
        ("city_government", "university"),
        ("university", "city_government"),
        ("ministry_agency", "ngo"),
        ("fund", "hub_office"),
    ],
)
def test_kinds_that_cannot_be_one_body_do_not_pair(zh_kind: str, en_kind: str) -> None:
    assert not _paired(zh_kind, en_kind)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("city_government", "ministry_agency"),
        ("city_government", "university"),
        ("enterprise", "ngo"),
        ("", "fund"),
    ],
)
def test_both_pairings_read_one_rule(first: str, second: str) -> None:
    a, b = _Named("a", kind=first), _Named("b", kind=second)
    assert org_organ_words.kinds_differ(a, b) is not kinds_can_be_one_body(first, second)


def test_the_duplicates_pair_a_bureau_filed_as_two_kinds(db: Database) -> None:
    with db.transaction() as s:
        organisations.create_organisation(
            s, name_en=_EXAMPLE.name_en, name_zh=_EXAMPLE.name_zh, kind="city_government",
            city_en="Dalian", city_zh="大连",
        )  # fmt: skip
        zh, en, uni = (
            organisations.create_organisation(
                s, name_en=en, name_zh=zh, kind=kind, city_en="Chongqing", city_zh="重庆"
            ).id
            for en, zh, kind in (
                ("", "重庆市生态环境局", "city_government"),
                ("Chongqing Municipal Ecology and Environment Bureau", "", "ministry_agency"),
                ("Chongqing Municipal Ecology and Environment Bureau", "", "university"),
            )
        )
    with db.reading() as s:
        pairs = {frozenset((p.first_id, p.second_id)): p for p in duplicates.find_organisation_duplicates(s)}
    assert "大连市生态环境局" in " ".join(pairs[frozenset((zh, en))].reasons)
    assert frozenset((zh, uni)) not in pairs
