"""An English list shows a Chinese-only contact by the pinyin stand-in ("Shan Wei" for 單偉) and files
it where that name reads: 單 as a surname is Shan, not "dan" among the D names (review 49, finding 8)."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import contacts, search
from petdesk.services.names import _latin_key


def _sorted_as_shown(shown: list[str]) -> list[str]:
    """Family name first, as the stand-ins and these Latin names are written."""
    return sorted(shown, key=_latin_key)


def test_the_english_list_is_alphabetical_as_shown(db: Database) -> None:
    with db.transaction() as s:
        for family, given in (("Dang", "Minh"), ("Sanders", "Ruth"), ("Shaw", "Anne"), ("Ou", "Yang")):
            contacts.create_contact(s, family_name=family, given_name=given, name_order="family_first")
        for family_zh, given_zh in (("單", "偉"), ("區", "志強"), ("繆", "明"), ("张", "伟")):
            contacts.create_contact(s, family_name_zh=family_zh, given_name_zh=given_zh)
    with db.reading() as s:
        shown = [r.name("en") for r in search.search(s, "", kind="contact", language="en")]
    assert {"Shan Wei", "Ou Zhiqiang", "Miao Ming", "Zhang Wei"} <= set(shown)
    assert shown == _sorted_as_shown(shown), shown
