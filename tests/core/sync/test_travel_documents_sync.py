"""A contact's travel documents travel between offices (0061), and a package of an office not yet
at 0061 leaves them as they are here: it carries the contact without those columns, and the import
merges only the columns a package carries."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, as_an_older_petdesk_writes, export, send

OLDER_SCHEMA = "0055_chosen_name_order_hanja"
TRAVEL = ("nationality", "passport_number", "passport_expiry", "visa_note")


def _travel(db: Database, pid: str) -> tuple[str, ...]:
    with db.reading() as s:
        c = s.get(m.Contact, pid)
        assert c is not None
        return tuple(getattr(c, f) for f in (*TRAVEL, "notes"))


def test_travel_documents_arrive_and_an_older_offices_package_keeps_them(
    offices: tuple[Database, ...], packages: Path
) -> None:
    beijing, bonn, _ = offices
    with beijing.transaction() as s:
        pid = cs.create_contact(
            s,
            family_name="Lindqvist",
            given_name="Anna",
            nationality="SE",
            passport_number="AA1234567",
            passport_expiry="2028-02-29",
            visa_note="L visa, single entry",
        ).id
    send(beijing, bonn, packages)
    assert _travel(bonn, pid) == ("SE", "AA1234567", "2028-02-29", "L visa, single entry", "")

    # Bonn renews the passport: the edit travels back.
    with bonn.transaction() as s:
        cs.update_contact(s, pid, passport_number="AB7654321", passport_expiry="2037-05-01")
    send(bonn, beijing, packages)
    assert _travel(beijing, pid)[1:3] == ("AB7654321", "2037-05-01")

    # Bonn, still on a petdesk before 0061 as far as its package says, edits the notes.
    with bonn.transaction() as s:
        cs.update_contact(s, pid, notes="vegetarian since 2026")
    path = packages / "bonn.petdesk-sync"
    export(bonn, path, to=None)
    older = as_an_older_petdesk_writes(path, "contact", TRAVEL, OLDER_SCHEMA)
    assert service.import_package(beijing, older, PASSPHRASE, backup=False).applied
    assert _travel(beijing, pid) == (
        "SE",
        "AB7654321",
        "2037-05-01",
        "L visa, single entry",
        "vegetarian since 2026",
    )
