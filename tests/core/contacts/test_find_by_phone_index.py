"""``find_contacts(phone=...)`` looks a number up in ``ix_contact_method_normalized`` (issue 17: a
hub has 350,000 contact methods; it read them all for a stored key ending with the number) and
finds what it found before: a stored key is the national number after one of
``phone_lookup.PREFIXES``, whatever the number was written like and wherever it is read."""

from __future__ import annotations

import random
import re

import pytest

from petdesk.connection import session_sqlite
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.office_country import set_office_country
from petdesk.services import contacts
from petdesk.services.matching import national_number
from petdesk.services.phone_lookup import stored_keys
from tests.helpers.office_kept import office

__all__ = ["office"]

BEIJING_LINE = ("+86 10 6206 3294", "010-62063294", "0086 10 62063294")


def _add(db: Database, family: str, number: str) -> str:
    with db.transaction() as s:
        return contacts.create_contact(
            s, family_name=family, given_name="Lin", methods=[contacts.Method(ContactChannel.PHONE, number)]
        ).id


@pytest.mark.parametrize("typed", BEIJING_LINE)
@pytest.mark.parametrize("stored", [*BEIJING_LINE, "(010) 6206 3294", "+86 (0)10 6206 3294", "1062063294"])
def test_one_line_written_in_different_ways_finds_the_contact(
    db: Database, office: None, stored: str, typed: str
) -> None:
    set_office_country("CN")
    cid = _add(db, "Zhao", stored)
    _add(db, "Qian", "020 6206 3294")  # Guangzhou's line of the same digits: another number
    with db.reading() as s:
        assert [c.id for c in contacts.find_contacts(s, phone=typed)] == [cid]


def test_the_look_up_reads_the_index_not_every_method(db: Database, office: None) -> None:
    set_office_country("CN")
    cid = _add(db, "Sun", BEIJING_LINE[0])
    statements: list[str] = []
    with db.reading() as s:
        conn = session_sqlite(s)
        conn.set_trace_callback(statements.append)
        try:
            found = contacts.find_contacts(s, phone=BEIJING_LINE[1])
        finally:
            conn.set_trace_callback(None)
        assert [c.id for c in found] == [cid]
        plans = [
            row[3]
            for sql in statements
            if sql.lstrip().upper().startswith("SELECT") and "contact_method" in sql
            for row in conn.execute("EXPLAIN QUERY PLAN " + sql)
        ]
    assert any("USING INDEX ix_contact_method_normalized" in step for step in plans), plans
    assert not [step for step in plans if re.match(r"SCAN (contact_method|m)\b", step)], plans


@pytest.mark.parametrize("country", ["", "CN", "KZ", "RU", "BY", "DE", "IT"])
def test_every_stored_key_of_a_number_is_looked_up(country: str) -> None:
    """Whatever digits a number is stored with, written with a "+" or not, read in any country: its
    key is among those looked up for its national number."""
    rng = random.Random(62)
    shapes = ["0", "00", "7", "8", "80", "86", "375", "39", "49", "490", "1", "999", ""]
    for _ in range(4000):
        digits = rng.choice(shapes) + "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 11)))
        for international in (False, True):
            national = national_number(digits, international, country)[1]
            if national:
                assert digits in stored_keys(national), (digits, international, country)
