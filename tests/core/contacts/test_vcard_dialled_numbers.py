"""A number typed without a country code leaves in a vCard as dialled from anywhere, read with the
contact's country, else their organisation's, else the office's (field test phones55); the stored
value stays as typed, and a number that does not read stays as typed in the card too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import exporting
from petdesk.services import organisations as os_
from petdesk.services.office import COUNTRY_SETTING


def _tels(path: Path) -> dict[str, list[str]]:
    """FN (Latin) -> the TEL values of its card."""
    cards: dict[str, list[str]] = {}
    name = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("FN"):
            name = line.rpartition(":")[2]
            cards.setdefault(name, [])
        elif line.startswith("TEL"):
            cards[name].append(line.partition(":")[2])
    return cards


def _kunming_office(db: Database, office_country: str = "") -> None:
    with db.transaction() as s:
        if office_country:
            s.merge(m.Setting(key=COUNTRY_SETTING, value=office_country))
        berlin = os_.create_organisation(s, name_en="Berliner Wasserwerke Partner GmbH", country="DE")
        danang = os_.create_organisation(s, name_en="Da Nang Department of Natural Resources", country="VN")
        phone = lambda v: cs.Method(channel="phone", value=v)  # noqa: E731
        cs.create_contact(
            s, family_name="Li", given_name="Hua", methods=[phone("0871-6512 3456"), phone("13808712345")]
        )
        cs.create_contact(
            s,
            family_name="Schmidt",
            given_name="Anna",
            organisation_id=berlin.id,
            methods=[phone("(0)30 1234567")],
        )
        cs.create_contact(
            s,
            family_name="Nguyen",
            given_name="An",
            organisation_id=danang.id,
            methods=[phone("84 236 3822 123")],
        )
        cs.create_contact(s, family_name="Weber", given_name="Jan", methods=[phone("0049 30 7654321")])
        cs.create_contact(s, family_name="Zhou", given_name="Min", methods=[phone("6512 3456")])
        # at a Berlin partner, but living in Vienna: their own address says whose number it is
        cs.create_contact(
            s, family_name="Huber", given_name="Eva", organisation_id=berlin.id,
            methods=[phone("01 5123456")],
            addresses=[{"label": "home", "city": "Wien", "country": "Österreich"}],
        )  # fmt: skip


EXPECTED = {
    "Hua Li": ["+86 871 6512 3456", "+86 138 0871 2345"],  # the office's country: a trunk 0, a mobile
    "Anna Schmidt": ["+49 30 1234567"],  # the organisation's country: the German trunk "(0)"
    "An Nguyen": ["+84 236 3822 123"],  # the code typed without "+"
    "Jan Weber": ["+49 30 7654321"],  # a 00 prefix
    "Min Zhou": ["6512 3456"],  # a local number without its area code: which city's? as typed
    "Eva Huber": ["+43 1 5123456"],
}


@pytest.mark.parametrize("chosen", [False, True], ids=["whole file", "chosen contacts"])
def test_vcard_numbers_are_dialled_from_anywhere(db: Database, tmp_path: Path, chosen: bool) -> None:
    # the whole file goes through the quick read of all, chosen contacts through their objects
    _kunming_office(db)
    out = tmp_path / "out.vcf"
    with db.transaction() as s:
        ids = list(s.scalars(select(m.Contact.id))) if chosen else None
        exporting.export_contacts(s, out, "vcf", ids=ids)
    assert _tels(out) == EXPECTED
    with db.reading() as s:  # the stored values are left as typed
        assert "(0)30 1234567" in s.scalars(select(m.ContactMethod.value)).all()


def test_an_office_abroad_reads_its_own_numbers(db: Database, tmp_path: Path) -> None:
    _kunming_office(db, office_country="DE")
    out = tmp_path / "out.vcf"
    with db.transaction() as s:
        exporting.export_contacts(s, out, "vcf")
    tels = _tels(out)
    # no German mobile: as typed ("0871 …" is Landshut's area code: read as German, which it could be)
    assert tels["Hua Li"][1] == "13808712345"
    assert tels["Anna Schmidt"] == ["+49 30 1234567"]


def test_petdesk_reads_back_the_numbers_as_typed(
    db: Database, tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    """A vCard from one petdesk to another (an office sends its list) rewrites no stored number."""
    from petdesk.services import importing

    _kunming_office(db)
    out = tmp_path / "out.vcf"
    with db.transaction() as s:
        exporting.export_contacts(s, out, "vcf")
        typed = sorted(s.scalars(select(m.ContactMethod.value)))
    assert "X-PETDESK-TYPED=(0)30 1234567:+49 30 1234567" in out.read_text(encoding="utf-8")
    other = open_database(new_database_file(tmp_path / "other.sqlite"))
    try:
        with other.transaction() as s:
            importing.import_file(s, out)
        with other.reading() as s:
            assert sorted(s.scalars(select(m.ContactMethod.value))) == typed
    finally:
        other.close()


def test_an_outlook_file_s_numbers_leave_dialled_from_anywhere(db: Database, tmp_path: Path) -> None:
    """Outlook's CSV gives the country of the business address: it says whose numbers they are."""
    from petdesk.services import importing

    with db.transaction() as s:
        importing.import_file(s, Path(__file__).parents[2] / "data/import/phones55/outlook_contacts.csv")
    out = tmp_path / "out.vcf"
    with db.transaction() as s:
        exporting.export_contacts(s, out, "vcf")
    assert _tels(out) == {
        "Anna Schmidt": ["+49 30 1234567"],
        "Hua Li": ["+86 871 6512 3456", "+86 138 0871 2345"],
        "An Nguyen": ["+84 236 3822 123"],
    }
