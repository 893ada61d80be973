"""phones60: the trunk "8" is read where the record is, not only where the office is. A Beijing
office's Kazakh partner ("8 701 123 45 67", address or organisation in KZ) is "+7 701 123 45 67"
for duplicates and the check on saving; Belarus's "8 029 123 45 67" is "+375 29 123 45 67" at a
Belarusian office or for a Belarusian record; and ``find_contacts(phone=...)`` compares whole
national numbers as duplicates and search do ("139-4968-7761" finds "+86 139 4968 7761")."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import contacts, duplicates, importing, search
from petdesk.services.matching import method_key, phone_key, reading_country
from tests.core.contacts.io_helpers import add_contact
from tests.helpers.office_kept import office

__all__ = ["office"]

KZ_MOBILE = ("+7 701 123 45 67", "8 701 123 45 67")
BY_MOBILE = ("+375 29 123 45 67", "8 029 123 45 67")


@pytest.mark.parametrize(
    "one, other",
    [
        BY_MOBILE,
        ("+375 17 234 56 78", "8 017 234 56 78"),  # Minsk's fixed line
        ("+375 29 123 45 67", "375291234567"),  # a "+" a spreadsheet lost
        ("+375 (29) 123-45-67", "8 (029) 123-45-67"),
    ],
)
def test_belarus_trunk_8_0_is_the_country_code_375(one: str, other: str) -> None:
    assert phone_key(one, "BY") == phone_key(other, "BY") == "".join(filter(str.isdigit, one))[3:]


@pytest.mark.parametrize("country", ["", "CN", "KZ", "DE"])
def test_belarus_8_0_elsewhere_stays_digits(country: str) -> None:
    assert phone_key(BY_MOBILE[1], country) == "80291234567"


def test_the_record_country_reads_the_trunk_8_wherever_the_office_is() -> None:
    assert reading_country("KZ", "CN") == "KZ"
    assert reading_country("BY", "DE") == "BY"
    assert reading_country("DE", "KZ") == "KZ"  # the office's rule still applies
    assert reading_country("", "CN") == "CN"
    # the stored key is made without any country: every office makes it alike (sync.derived)
    assert method_key("phone", KZ_MOBILE[1]) == "87011234567"
    assert method_key("phone", BY_MOBILE[1]) == "80291234567"


def _pair(db: Database, numbers: tuple[str, str], *, by: str) -> tuple[str, str]:
    """Two spellings of one person's number; the one typed with the trunk "8" on a record whose
    country is given ``by`` its address or its organisation ("" for neither)."""
    with db.transaction() as s:
        typed_at_home = add_contact(
            s,
            family_name="Nurlanova",
            given_name="Aigerim",
            addresses=[{"label": "work", "country": "KZ" if numbers is KZ_MOBILE else "BY"}]
            if by == "address"
            else [],
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, numbers[1])],
        )
        if by == "organisation":
            org = m.Organisation(name_en="Almaty Water", country="KZ" if numbers is KZ_MOBILE else "BY")
            s.add(org)
            s.flush()
            s.add(m.Affiliation(contact_id=typed_at_home.id, organisation_id=org.id))
        card = add_contact(
            s,
            family_name="Nurlanova",
            given_name="A.",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, numbers[0])],
        )
        return typed_at_home.id, card.id


def _phone_pairs(db: Database) -> set[frozenset[str]]:
    with db.reading() as s:
        return {
            frozenset(p.key) for p in duplicates.find_contact_duplicates(s) if "same phone" in str(p.reasons)
        }


@pytest.mark.parametrize("at_scale", [False, True])
@pytest.mark.parametrize("by", ["address", "organisation"])
@pytest.mark.parametrize("numbers", [KZ_MOBILE, BY_MOBILE], ids=["KZ", "BY"])
def test_duplicates_pair_a_partners_two_spellings_at_a_beijing_office(
    db: Database,
    office: None,
    monkeypatch: pytest.MonkeyPatch,
    at_scale: bool,
    by: str,
    numbers: tuple[str, str],
) -> None:
    if at_scale:
        monkeypatch.setattr(duplicates, "IN_MEMORY_LIMIT", 0)
    pair = _pair(db, numbers, by=by)
    i18n.set_office_country("CN")
    assert _phone_pairs(db) == {frozenset(pair)}
    with db.reading() as s:
        for one in pair:
            assert any("same phone" in str(p.reasons) for p in duplicates.duplicates_of(s, "contact", one))


def test_without_a_country_a_leading_8_stays_a_digit_at_a_beijing_office(db: Database, office: None) -> None:
    _pair(db, KZ_MOBILE, by="")
    i18n.set_office_country("CN")
    assert _phone_pairs(db) == set()


def test_duplicates_pair_belarusian_spellings_at_a_belarusian_office(db: Database, office: None) -> None:
    pair = _pair(db, BY_MOBILE, by="")
    i18n.set_office_country("BY")
    assert _phone_pairs(db) == {frozenset(pair)}


def test_search_at_a_belarusian_office_finds_plus_375_by_8_0(db: Database, office: None) -> None:
    i18n.set_office_country("BY")
    with db.transaction() as s:
        cid = contacts.create_contact(
            s,
            family_name="Kovalenko",
            given_name="Olga",
            methods=[contacts.Method(ContactChannel.PHONE, BY_MOBILE[0])],
        ).id
    with db.reading() as s:
        assert [r.entity_id for r in search.search(s, "8029123", kind=search.CONTACT)] == [cid]


def test_the_check_on_saving_finds_a_kazakh_partner_at_a_beijing_office(db: Database, office: None) -> None:
    from petdesk.services.duplicates_on_save import likely_duplicates

    _home, card = _pair(db, KZ_MOBILE, by="")
    i18n.set_office_country("CN")
    typed = {"family_name": "Nurlanova", "given_name": "Aigerim", "addresses": [{"country": "Kazakhstan"}]}
    with db.reading() as s:
        found = likely_duplicates(s, typed, [contacts.Method("phone", KZ_MOBILE[1])], None)
        assert card in {d.contact_id for d in found}
        plain = {"family_name": "Nurlanova", "given_name": "Aigerim"}
        assert card not in {
            d.contact_id for d in likely_duplicates(s, plain, [contacts.Method("phone", KZ_MOBILE[1])], None)
        }


def test_petdesk_duplicates_pairs_a_kazakh_partner_at_a_chinese_office(
    db: Database, office: None, capsys: pytest.CaptureFixture[str]
) -> None:
    home, card = _pair(db, KZ_MOBILE, by="address")
    path = str(db.path)
    assert main(["--db", path, "office", "--country", "CN"]) == 0
    capsys.readouterr()
    assert main(["--db", path, "duplicates", "--entity", "contact"]) == 0
    out = capsys.readouterr().out
    assert "same phone" in out and home in out and card in out


@pytest.mark.parametrize(
    "typed", ["+86 139 4968 7761", "139-4968-7761", "0139 4968 7761", "13949687761", "0086 139 4968 7761"]
)
@pytest.mark.parametrize("stored", ["+86 139 4968 7761", "139-4968-7761", "0139 4968 7761"])
def test_find_contacts_compares_whole_national_numbers(
    db: Database, office: None, stored: str, typed: str
) -> None:
    i18n.set_office_country("CN")
    with db.transaction() as s:
        cid = contacts.create_contact(
            s, family_name="Wang", given_name="Lei", methods=[contacts.Method(ContactChannel.PHONE, stored)]
        ).id
        contacts.create_contact(  # another person's mobile with the same last ten digits
            s,
            family_name="Li",
            given_name="Na",
            methods=[contacts.Method(ContactChannel.PHONE, "159 4968 7761")],
        )
    with db.reading() as s:
        assert [c.id for c in contacts.find_contacts(s, phone=typed)] == [cid]


def test_find_contacts_reads_a_kazakh_partners_8_in_their_country(db: Database, office: None) -> None:
    home, card = _pair(db, KZ_MOBILE, by="organisation")
    i18n.set_office_country("CN")
    with db.reading() as s:
        assert sorted(c.id for c in contacts.find_contacts(s, phone=KZ_MOBILE[0])) == sorted([home, card])


@pytest.mark.parametrize("stored, in_file, column", [(*KZ_MOBILE, "KZ"), (*BY_MOBILE, "Belarus")])
def test_an_import_at_a_beijing_office_reads_the_row_in_its_country_column(
    db: Database, office: None, tmp_path: Path, stored: str, in_file: str, column: str
) -> None:
    with db.transaction() as s:
        add_contact(
            s,
            family_name="Nurlanova",
            given_name="Aigerim",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, stored)],
        )
    i18n.set_office_country("CN")
    path = tmp_path / "partners.csv"
    path.write_text(
        "First Name,Last Name,Mobile Phone,E-mail Address,Country\n"
        f"Aigerim,Nurlanova,{in_file},a@example.kz,{column}\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert not report.added and len(report.updated) == 1


def test_an_import_finds_a_stored_kazakh_partner_by_the_international_form(
    db: Database, office: None, tmp_path: Path
) -> None:
    with db.transaction() as s:  # "8 701 …" stored for a person in Kazakhstan
        add_contact(
            s,
            family_name="Nurlanova",
            given_name="Aigerim",
            addresses=[{"label": "work", "country": "KZ"}],
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, KZ_MOBILE[1])],
        )
    i18n.set_office_country("CN")
    path = tmp_path / "card.csv"
    path.write_text(
        f"First Name,Last Name,Mobile Phone,E-mail Address\nAigerim,Nurlanova,{KZ_MOBILE[0]},a@example.kz\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert not report.added and len(report.updated) == 1
