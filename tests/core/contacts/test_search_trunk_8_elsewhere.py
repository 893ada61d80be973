"""At an office outside Kazakhstan, Russia and Belarus (Beijing), a partner's number typed from
their card as dialled at home ("8 701 123 45 67", Belarus "8 029 123 45 67") finds them stored as
"+7 701 123 45 67" / "+375 29 123 45 67", as duplicates and the import already pair the two
(phones60). A query has no record to read it in, so the international form is looked for besides
the digits as typed: a Kunming number without its trunk zero ("871 6512 3456") is still found."""

from __future__ import annotations

import pytest

from petdesk import i18n
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.services import search
from petdesk.services.contacts import Method, create_contact
from tests.helpers.office_kept import office

__all__ = ["office"]


def _add(db: Database, family: str, number: str) -> str:
    with db.transaction() as s:
        return create_contact(
            s, family_name=family, given_name="A", methods=[Method(ContactChannel.PHONE, number)]
        ).id


def _found(db: Database, typed: str) -> list[str]:
    with db.reading() as s:
        return [r.entity_id for r in search.search(s, typed, kind=search.CONTACT)]


@pytest.mark.parametrize(
    "stored, typed",
    [
        ("+7 701 123 45 67", "8 701 123 45 67"),
        ("+7 701 123 45 67", "8701123"),  # the start of it, as search-as-you-type reads it
        ("+7 495 123 45 67", "8 (495) 123-45-67"),  # Moscow
        ("+375 29 123 45 67", "8 029 123 45 67"),
        ("+375 29 123 45 67", "8029123"),
    ],
)
def test_a_beijing_office_finds_a_number_typed_with_its_trunk_8(
    db: Database, office: None, stored: str, typed: str
) -> None:
    i18n.set_office_country("CN")
    cid = _add(db, "Nurlanova", stored)
    assert _found(db, typed) == [cid]


@pytest.mark.parametrize("typed", ["871 6512 3456", "8716512"])
def test_a_leading_8_is_still_looked_for_as_typed(db: Database, office: None, typed: str) -> None:
    i18n.set_office_country("CN")
    kunming = _add(db, "Li", "+86 871 6512 3456")
    assert _found(db, typed) == [kunming]


def test_the_command_line_search_at_a_beijing_office(
    db: Database, office: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.cli import main

    path = str(db.path)
    assert main(["--db", path, "office", "--country", "CN"]) == 0
    cid = _add(db, "Nurlanova", "+7 701 123 45 67")
    with db.transaction() as s:  # nothing queued: the command takes its quick, plain way
        search.refresh_search_index(s)
    i18n.set_office_country("")  # as a new process: the command reads the office itself
    capsys.readouterr()
    assert main(["--db", path, "search", "8 701 123 45 67"]) == 0
    assert cid in capsys.readouterr().out
