"""A merge keeps the travel documents (0061): the record merged away fills an empty passport, two
passports are a choice taken whole (country, number and expiry together), and an undo gives back."""

from __future__ import annotations

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import merge as mg

SE = {"nationality": "SE", "passport_number": "AA1234567", "passport_expiry": "2031-01-31"}
NO = {"nationality": "NO", "passport_number": "NB7654321", "passport_expiry": "2027-07-26"}


def _passport(db: Database, cid: str) -> dict[str, str]:
    with db.reading() as s:
        c = s.get(m.Contact, cid)
        assert c is not None
        return {k: getattr(c, k) for k in SE} | {"visa_note": c.visa_note}


def test_the_other_records_passport_fills_an_empty_one_and_an_undo_empties_it(db: Database) -> None:
    with db.transaction() as s:
        kept = cs.create_contact(s, family_name="Berg", given_name="Lars").id
        other = cs.create_contact(s, family_name="Berg", given_name="Lars", visa_note="L visa", **SE).id
    with db.transaction() as s:
        record = mg.merge_contacts(s, kept, other)
    assert _passport(db, kept) == SE | {"visa_note": "L visa"}
    with db.transaction() as s:
        mg.undo_merge(s, record.id)
    assert _passport(db, kept) == {k: "" for k in (*SE, "visa_note")}


def test_two_passports_are_one_choice(db: Database) -> None:
    with db.transaction() as s:
        kept = cs.create_contact(s, family_name="Berg", given_name="Lars", **SE).id
        other = cs.create_contact(s, family_name="Berg", given_name="Lars", **NO).id
    with db.reading() as s:
        rows = {c.field.key: c for c in mg.compare(s, "contact", kept, other)}
    assert rows["passport"].conflict
    with db.transaction() as s:
        mg.merge_contacts(s, kept, other, {"passport": "other"})
    assert _passport(db, kept) == NO | {"visa_note": ""}
