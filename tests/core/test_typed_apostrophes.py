"""An apostrophe typed as the keyboard has it (ASCII ', or ’ ‘ ʼ) finds a name written with another one
(passports53): "g'ayrat" and "o'zbekiston" found nobody although the index folds Gʻayrat and Oʻzbekiston
(U+02BB) without it, while O'Brien and Xi'an stay found as they were."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from petdesk.services import search


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        uz = os_.create_organisation(s, name_en="Oʻzbekiston Energiya MChJ")
        xian = os_.create_organisation(s, name_en="Xi'an Water Group")
        made = {
            "gayrat": cs.create_contact(
                s, family_name="Toʻxtayev", given_name="Gʻayrat", organisation_id=uz.id
            ),
            "sean": cs.create_contact(s, family_name="O'Brien", given_name="Sean"),
            "kofi": cs.create_contact(s, family_name="N’Guessan", given_name="Koffi"),
            "wang": cs.create_contact(s, family_name="Wang", given_name="Li", organisation_id=xian.id),
        }
        found = {key: c.id for key, c in made.items()}
        found.update(uz=uz.id, xian=xian.id)
    return found


def _found(db: Database, query: str, kind: str | None = None) -> set[str]:
    with db.reading() as s:
        return {r.entity_id for r in search.search(s, query, kind=kind)}


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("g'ayrat", "gayrat"), ("G'ayrat To'xtayev", "gayrat"), ("g’ayrat", "gayrat"), ("gʼayrat", "gayrat"),
        ("gʻayrat", "gayrat"), ("gayrat", "gayrat"), ("to'xtayev", "gayrat"), ("o'zbekiston", "uz"),
        ("o’zbekiston", "uz"), ("O'Brien", "sean"), ("o’brien", "sean"), ("obrien", "sean"),
        ("Xi'an", "xian"), ("xi’an", "xian"), ("n'guessan", "kofi"), ("N’Guessan", "kofi"),
    ],
)  # fmt: skip
def test_any_apostrophe_finds_the_name(db: Database, ids: dict[str, str], query: str, who: str) -> None:
    assert ids[who] in _found(db, query), query


def test_the_apostrophe_does_not_widen_the_search(db: Database, ids: dict[str, str]) -> None:
    assert _found(db, "g'ayrat", search.CONTACT) == {ids["gayrat"]}
    assert ids["sean"] not in _found(db, "g'ayrat")
