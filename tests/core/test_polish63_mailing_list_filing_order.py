"""Round 63 (polish63): the mailing list came in raw ``family_name`` order after the search ("de Smet"
under d, a Chinese name without a Latin one first); it now follows the contacts list's filing order
for the list's language, as the contacts export does (``search.filing_order``)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts, search
from petdesk.services import mailing_list as ml

PEOPLE = (
    {"family_name": "Zhang", "given_name": "Min"},
    {"family_name_zh": "王", "given_name_zh": "伟"},
    {"family_name": "de Smet", "given_name": "Anna"},
    {"family_name": "Adams", "given_name": "Ruth"},
    {"family_name": "Li", "given_name": "Na", "family_name_zh": "李", "given_name_zh": "娜"},
)
ADDRESS = {
    "label": "work",
    "street": "Rue de la Loi 1",
    "city": "Brussels",
    "postcode": "1040",
    "country": "BE",
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_polish63_the_mailing_list_follows_the_lists_order(db: Database, language: str) -> None:
    with db.transaction() as s:
        ids = [
            contacts.create_contact(s, tags=["greenbay"], addresses=[ADDRESS], **names).id for names in PEOPLE
        ]
    with db.reading() as s:
        listed = [r.entity_id for r in search.search(s, "", kind=search.CONTACT, language=language)]
        everyone = [r.contact_id for r in ml.mailing_list(s, language=language).recipients]
        chosen = [r.contact_id for r in ml.mailing_list(s, ids=ids[:3], language=language).recipients]
        found = [r.contact_id for r in ml.mailing_list(s, query="greenbay", language=language).recipients]
    assert sorted(listed) == sorted(ids)
    assert everyone == listed
    assert found == listed
    assert chosen == [i for i in listed if i in set(ids[:3])]
