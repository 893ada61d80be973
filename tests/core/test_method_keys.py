"""One key per contact method, whichever way it came in: the window, a CSV or vCard file, a sync
package. Two rules made ``contact_method.normalized`` before (the window's and the importer's), so a
number typed in one office with an extension or a "00" prefix had another key at the office that
imported it, and search and the duplicate finder missed the person."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.enums import ContactChannel
from petdesk.services import contact_form, contacts, duplicates, importing, search
from petdesk.services.contacts import Method
from tests.core.sync.helpers import make_office, send

PHONE, WHATSAPP, EMAIL = ContactChannel.PHONE, ContactChannel.WHATSAPP, ContactChannel.EMAIL

#: (channel, value as typed or as a file writes it, its key), each for a person of its own.
SAMPLES = [
    (PHONE, "+49 (0)30 1234567 ext. 12", "49301234567"),
    (PHONE, "0049 30 1234567", "49301234567"),
    (PHONE, "＋８６ １３８ ００１３ ８０００", "8613800138000"),  # full-width, from a Chinese input method
    (PHONE, "tel:+861380013800;ext=5", "861380013800"),
    (WHATSAPP, "+49 170 1234567", "491701234567"),  # a WhatsApp account is a phone number
    (EMAIL, "MAILTO:A@B.example", "a@b.example"),
]
#: Names with no word in common: the importer never takes two of them for one person.
NAMES = [
    ("Abbott", "Alma"),
    ("Brandt", "Boris"),
    ("Castro", "Carla"),
    ("Dorn", "Dita"),
    ("Eze", "Emeka"),
    ("Fiala", "Filip"),
]
#: The key each person's method must have (a file may write the value otherwise: a CSV cell's
#: ";" separates values, so "tel:…;ext=5" arrives as "tel:…").
EXPECTED = {family: key for (family, _), (_, _, key) in zip(NAMES, SAMPLES, strict=True)}


def _keys(db: Database) -> dict[str, str]:
    """Family name -> the key of the person's one live method."""
    with db.reading() as s:
        rows = s.execute(
            select(m.Contact.family_name, m.ContactMethod.normalized)
            .join(m.ContactMethod, m.ContactMethod.contact_id == m.Contact.id)
            .where(m.ContactMethod.deleted_at.is_(None))
        ).all()
    keys = dict(rows)
    assert len(keys) == len(rows)
    return keys


def _type_in_the_window(db: Database, family: str, given: str, *methods: Method) -> str:
    """What the contact editor's Save does with a new person."""
    with db.transaction() as s:
        return contact_form.save_contact_form(
            s,
            None,
            {"family_name": family, "given_name": given},
            methods=list(methods),
            organisation_id=None,
            position_en="",
            position_zh="",
            start_date=dt.date(2026, 12, 4),
            was=None,
        )


def test_the_window_keys_each_method_by_the_one_rule(db: Database) -> None:
    for (family, given), (channel, value, _) in zip(NAMES, SAMPLES, strict=True):
        _type_in_the_window(db, family, given, Method(channel, value))
    assert _keys(db) == EXPECTED


def test_a_csv_file_gives_the_keys_the_window_gives(db: Database, tmp_path: Path) -> None:
    column = {PHONE: 2, WHATSAPP: 3, EMAIL: 4}
    lines = ["Last name,First name,Phone,WhatsApp,E-mail"]
    for (family, given), (channel, value, _) in zip(NAMES, SAMPLES, strict=True):
        cells = [family, given, "", "", ""]
        cells[column[channel]] = value
        lines.append(",".join(cells))
    path = tmp_path / "people.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert len(report.added) == len(SAMPLES)
    assert _keys(db) == EXPECTED


def test_a_vcard_file_gives_the_keys_the_window_gives(db: Database, tmp_path: Path) -> None:
    line = {PHONE: "TEL;TYPE=work:{}", WHATSAPP: "X-WHATSAPP:{}", EMAIL: "EMAIL;TYPE=work:{}"}
    cards = []
    for (family, given), (channel, value, _) in zip(NAMES, SAMPLES, strict=True):
        written = line[channel].format(value)
        if value.startswith("tel:"):
            written = f"TEL;VALUE=uri;TYPE=work:{value}"
        card = ["BEGIN:VCARD", "VERSION:4.0", f"N:{family};{given};;;", f"FN:{given} {family}", written]
        cards.append("\r\n".join([*card, "END:VCARD", ""]))
    path = tmp_path / "people.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert len(report.added) == len(SAMPLES)
    assert _keys(db) == EXPECTED


def test_a_sync_package_gives_the_keys_the_window_gives(tmp_path: Path) -> None:
    """Beijing's file holds keys another rule made (an office on older code, or its importer's):
    Bonn keys what it receives by the one rule."""
    beijing, bonn = (make_office(tmp_path / "dbs", name) for name in ("Beijing", "Bonn"))
    try:
        for (family, given), (channel, value, _) in zip(NAMES, SAMPLES, strict=True):
            _type_in_the_window(beijing, family, given, Method(channel, value))
        con = sqlite3.connect(beijing.path)
        with con:
            con.execute("UPDATE contact_method SET normalized = 'keyed by an older rule'")
        con.close()
        packages = tmp_path / "packages"
        packages.mkdir()
        assert send(beijing, bonn, packages).applied
        assert _keys(bonn) == EXPECTED
    finally:
        beijing.close()
        bonn.close()


@pytest.mark.parametrize(
    "typed", ["0049 30 1234567 ext. 12", "0049 (0)30 1234567", "００４９ ３０ １２３４５６７"]
)
def test_a_number_typed_with_00_finds_the_imported_person_as_a_duplicate(
    db: Database, tmp_path: Path, typed: str
) -> None:
    """Anna Schmidt came in from a file with "+49 30 1234567"; the same number typed in the window
    as "0049 …" (with an extension, a trunk zero) is the same phone: the duplicate finder pairs the
    two, and search and ``find_contacts`` find both by either spelling."""
    path = tmp_path / "anna.csv"
    path.write_text("Last name,First name,Phone\nSchmidt,Anna,+49 30 1234567\n", encoding="utf-8")
    with db.transaction() as s:
        (imported,) = [o.record_id for o in importing.import_file(s, path).added]
    # No name evidence: "A." and "Anna" give different name keys (but do not conflict).
    typed_in = _type_in_the_window(db, "Schmidt", "A.", Method(PHONE, typed))
    with db.transaction() as s:
        pairs = duplicates.find_contact_duplicates(s, contact_id=typed_in)
        assert [(p.first_id, p.second_id) for p in pairs] == [tuple(sorted((imported, typed_in)))]
        for spelling in ("+49 30 1234567", typed):
            assert sorted(c.id for c in contacts.find_contacts(s, phone=spelling)) == sorted(
                (imported, typed_in)
            )
            found = search.search(s, spelling, kind=search.CONTACT)
            assert sorted(r.entity_id for r in found) == sorted((imported, typed_in))
