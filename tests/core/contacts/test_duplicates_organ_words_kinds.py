"""Organ-word pairing and the organisations' kinds (carried note of round 60: "organ-word pairing
ignores kind"): a university, fund, NGO or hub office named with a city and organ words is not the
city's government body, while one body filed as city government at one office and ministry/agency,
enterprise (the default) or a kind this release does not know at another still pairs."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from petdesk.db import Database
from petdesk.services import duplicates, org_organ_words, organisations
from petdesk.services.org_kind_guess import kind_from_name


@dataclass(frozen=True)
class _Named:
    id: str
    name_en: str = ""
    name_zh: str = ""
    kind: str = "enterprise"
    country: str = ""
    city_en: str = ""
    city_zh: str = ""
    postal_code: str = ""


def _paired(zh: _Named, en: _Named) -> bool:
    return any(
        (a.id, b.id) == (zh.id, en.id) for a, b, _organ in org_organ_words.same_by_organ_words([zh, en])
    )


@pytest.mark.parametrize("kind", ["university", "fund", "ngo", "hub_office"])
def test_a_chosen_kind_that_is_no_public_body_does_not_pair(kind: str) -> None:
    zh = _Named("zh", name_zh="重庆市外事办公室", kind="city_government")
    en = _Named("en", name_en="Chongqing Foreign Affairs Office", kind=kind)
    assert not _paired(zh, en)
    # the other way round too: the Chinese one filed as the chosen kind
    city = _Named("en", name_en="Deyang Government", kind="city_government")
    assert not _paired(_Named("zh", name_zh="德阳市人民政府", kind=kind), city)
    # one kind on both sides is one body still
    assert _paired(_Named("zh", name_zh="重庆市外事办公室", kind=kind), en)


@pytest.mark.parametrize(
    ("zh_kind", "en_kind"),
    [
        ("city_government", "ministry_agency"),  # a city's bureau filed either way
        ("ministry_agency", "city_government"),
        ("city_government", "enterprise"),  # the default, what a name that says nothing is guessed as
        ("city_government", ""),
        ("city", "ministry_agency"),  # a newer office's kind this release does not know
        ("hub_office", "enterprise"),
    ],
)
def test_compatible_or_unsaid_kinds_still_pair(zh_kind: str, en_kind: str) -> None:
    zh = _Named("zh", name_zh="德阳市人民政府", kind=zh_kind)
    en = _Named("en", name_en="Deyang Municipal Government", kind=en_kind)
    assert _paired(zh, en)


def test_kinds_the_import_guesses_for_one_bureau_pair(db: Database) -> None:
    """The import files 四川省生态环境厅 and its English form as ministries/agencies (the English one
    was an enterprise before round 62's kindguess62): one bureau, paired in the duplicates (with its
    reason)."""
    names = [("", "四川省生态环境厅"), ("Sichuan Ecology and Environment Department", "")]
    assert [kind_from_name(en, zh) for en, zh in names] == ["ministry_agency", "ministry_agency"]
    with db.transaction() as s:
        zh, en = (
            organisations.create_organisation(s, name_en=en, name_zh=zh, kind=kind_from_name(en, zh)).id
            for en, zh in names
        )
        ngo = organisations.create_organisation(
            s, name_en="Sichuan Ecology and Environment Department", kind="ngo"
        ).id
    with db.reading() as s:
        pairs = {frozenset((p.first_id, p.second_id)): p for p in duplicates.find_organisation_duplicates(s)}
    assert frozenset((zh, ngo)) not in pairs
    (reason,) = pairs[frozenset((zh, en))].reasons
    assert "生态环境厅" in reason and "Sichuan Ecology and Environment Department" in reason


def test_a_kind_stored_by_a_newer_office_still_pairs(db: Database) -> None:
    """A kind this release does not know ("city") is read as nothing said, not as the enterprise
    it is shown as: the city's government still pairs with its English form filed as ministry/agency."""
    with db.transaction() as s:
        zh = organisations.create_organisation(s, name_zh="德阳市人民政府", kind="city_government").id
        en = organisations.create_organisation(
            s, name_en="Deyang Municipal Government", kind="ministry_agency"
        ).id
    with db.transaction() as s:
        s.connection().exec_driver_sql("UPDATE organisation SET kind = 'city' WHERE id = ?", (zh,))
    with db.reading() as s:
        pairs = {frozenset((p.first_id, p.second_id)) for p in duplicates.find_organisation_duplicates(s)}
    assert frozenset((zh, en)) in pairs
