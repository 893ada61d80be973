"""Kazakhstan and Russia dial a national number with a trunk "8": "8 701 123 45 67" is
"+7 701 123 45 67" (kzphone59). At a Kazakh or Russian office the two spellings are one line for
the duplicate finder, the import's "same person" and search; elsewhere a leading 8 stays a digit
(Kunming's "871 6512 3456" without its trunk zero, Belarus's "8 029 …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import duplicates, importing, search
from petdesk.services.matching import method_key, phone_key, same_method_key
from tests.core.contacts.io_helpers import add_contact
from tests.helpers.office_kept import office

__all__ = ["office"]

KZ_MOBILE = ("+7 701 123 45 67", "8 701 123 45 67")


@pytest.mark.parametrize("country", ["KZ", "RU"])
@pytest.mark.parametrize(
    "one, other",
    [
        KZ_MOBILE,
        ("+7 (701) 123-45-67", "8 (701) 123-45-67"),
        ("+7 727 258 1234", "8 727 258 1234"),  # Almaty's fixed line
        ("+7 495 123 45 67", "8 495 123 45 67"),  # Moscow
        ("+7 912 345 67 89", "8-912-345-67-89"),  # a Russian mobile
        ("77011234567", "8 701 123 45 67"),  # a "+" a spreadsheet lost
    ],
)
def test_trunk_8_is_the_country_code_where_numbers_are_kazakh_or_russian(
    country: str, one: str, other: str
) -> None:
    assert (
        phone_key(one, country)
        == phone_key(other, country)
        == phone_key("+7" + "".join(filter(str.isdigit, one))[-10:])
    )


@pytest.mark.parametrize("country", ["", "CN", "BY", "DE"])
def test_a_leading_8_elsewhere_stays_a_digit(country: str) -> None:
    assert phone_key("8 701 123 45 67", country) == "87011234567"
    assert phone_key("871 6512 3456", country) == phone_key("0871 6512 3456", country)  # Kunming


@pytest.mark.parametrize(
    "one, other",
    [
        ("8 029 123 45 67", "+7 029 123 45 67"),  # Belarus's trunk "8 0" is no Kazakh number
        ("8 10 86 138 0013 8004", "+86 138 0013 8004"),  # "8 10": the old international prefix
        ("8 701 123 45 6", "+7 701 123 45 6"),  # too short for a number of code 7
        ("8 701 123 45 678", "+7 701 123 45 678"),
    ],
)
def test_only_eleven_digits_of_a_code_7_number_are_read_so(one: str, other: str) -> None:
    assert phone_key(one, "KZ") != phone_key(other, "KZ")


def test_what_every_office_computes_alike_stays_as_written() -> None:
    """The stored key (``normalized``) and the sync's collapse of one person's copies are made with
    no office: every office makes them alike from the value (``sync.derived``), so they do not change."""
    assert method_key("phone", KZ_MOBILE[1]) == "87011234567"
    assert same_method_key("phone", KZ_MOBILE[0]) != same_method_key("phone", KZ_MOBILE[1])


def _two_kazakhs(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        outlook = add_contact(
            s,
            family_name="Nurlanova",
            given_name="Aigerim",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, KZ_MOBILE[1])],
        ).id
        card = add_contact(
            s,
            family_name="Nurlanova",
            given_name="A.",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, KZ_MOBILE[0])],
        ).id
    return outlook, card


@pytest.mark.parametrize("at_scale", [False, True])
def test_duplicates_pair_the_two_spellings_at_a_kazakh_office(
    db: Database, office: None, monkeypatch: pytest.MonkeyPatch, at_scale: bool
) -> None:
    if at_scale:
        monkeypatch.setattr(duplicates, "IN_MEMORY_LIMIT", 0)
    pair = frozenset(_two_kazakhs(db))
    i18n.set_office_country("KZ")
    with db.reading() as s:
        found = {
            frozenset(p.key) for p in duplicates.find_contact_duplicates(s) if "same phone" in str(p.reasons)
        }
        of_one = duplicates.duplicates_of(s, "contact", sorted(pair)[0])
    assert found == {pair}
    assert any("same phone" in str(p.reasons) for p in of_one)
    i18n.set_office_country("CN")
    with db.reading() as s:
        assert not [p for p in duplicates.find_contact_duplicates(s) if "same phone" in str(p.reasons)]


def test_petdesk_duplicates_on_the_command_line(
    db: Database, office: None, capsys: pytest.CaptureFixture[str]
) -> None:
    outlook, card = _two_kazakhs(db)
    path = str(db.path)
    assert main(["--db", path, "office", "--country", "KZ"]) == 0
    capsys.readouterr()
    assert main(["--db", path, "duplicates", "--entity", "contact"]) == 0
    out = capsys.readouterr().out
    assert "same phone" in out and outlook in out and card in out
    # a Chinese office keeps a leading 8 a digit: no pair
    assert main(["--db", path, "office", "--country", "CN"]) == 0
    assert main(["--db", path, "duplicates", "--entity", "contact"]) == 0
    assert outlook not in capsys.readouterr().out


def test_an_import_at_a_kazakh_office_finds_the_person_by_the_other_spelling(
    db: Database, office: None, tmp_path: Path
) -> None:
    with db.transaction() as s:
        add_contact(
            s,
            family_name="Nurlanova",
            given_name="Aigerim",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, KZ_MOBILE[0])],
        )
    i18n.set_office_country("KZ")
    path = tmp_path / "outlook.csv"
    path.write_text(
        "First Name,Last Name,Mobile Phone,E-mail Address\n"
        f"Aigerim,Nurlanova,{KZ_MOBILE[1]},aigerim@example.kz\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert not report.added and len(report.updated) == 1
    with db.reading() as s:
        assert len(s.scalars(select(m.Contact)).all()) == 1


@pytest.mark.parametrize("stored, typed", [(KZ_MOBILE[0], "8701123"), (KZ_MOBILE[1], "+7701123")])
def test_search_finds_either_spelling_at_a_kazakh_office(
    db: Database, office: None, stored: str, typed: str
) -> None:
    from petdesk.services.contacts import Method, create_contact

    i18n.set_office_country("KZ")
    with db.transaction() as s:
        cid = create_contact(
            s, family_name="Nurlanova", given_name="Aigerim", methods=[Method(ContactChannel.PHONE, stored)]
        ).id
    with db.reading() as s:
        assert [r.entity_id for r in search.search(s, typed, kind=search.CONTACT)] == [cid]


def test_a_new_contact_typed_with_8_is_said_to_be_the_one_stored_with_7(db: Database, office: None) -> None:
    """The window's check on saving (``duplicates_on_save``) finds the stored "+7 …" by "8 …"."""
    from petdesk.services.contacts import Method
    from petdesk.services.duplicates_on_save import likely_duplicates

    _outlook, card = _two_kazakhs(db)
    i18n.set_office_country("KZ")
    typed = {"family_name": "Nurlanova", "given_name": "Aigerim"}
    with db.reading() as s:
        found = likely_duplicates(s, typed, [Method("phone", "8 701 123 45 67")], None)
    assert card in {d.contact_id for d in found}
