"""An Arabic name and its Latin spelling at one phone number are likely one person (field test 75):
خالد المنصوري and "Khalid Al-Mansoori" were "same phone (but different names)", scored too low to be
listed; "Anna Müller" and "Carlos Pérez" at one switchboard still are colleagues."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import duplicates
from tests.core.contacts.io_helpers import add_contact


def _phone(number: str) -> list[tuple[ContactChannel, ChannelLabel, str]]:
    return [(ContactChannel.PHONE, ChannelLabel.WORK, number)]


def test_arabic_name_and_its_latin_spelling_at_one_phone(db: Database) -> None:
    with db.transaction() as s:
        arabic = add_contact(s, family_name="المنصوري", given_name="خالد", methods=_phone("+971 50 765 4321"))
        latin = add_contact(
            s, family_name="Al-Mansoori", given_name="Khalid", methods=_phone("+971507654321")
        )
        anna = add_contact(s, family_name="Müller", given_name="Anna", methods=_phone("+49 228 1234"))
        carlos = add_contact(s, family_name="Pérez", given_name="Carlos", methods=_phone("+49 228 1234"))
        ids = (arabic.id, latin.id, anna.id, carlos.id)
    with db.reading() as s:
        pairs = {p.key: p for p in duplicates.find_contact_duplicates(s)}
    pair = pairs[tuple(sorted(ids[:2]))]
    assert pair.reasons == ["same phone +971 50 765 4321"]
    colleagues = pairs.get(tuple(sorted(ids[2:])))
    assert colleagues is None or colleagues.reasons == ["same phone +49 228 1234 (but different names)"]
