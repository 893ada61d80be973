"""Files that other programs really exported, collected from open-source projects' test data (issue 13).

Each file under tests/data/import/real/ is listed in tests/data/README.md with its source repository,
path, commit, the program that wrote it and its licence. The tests import the file as a user would and
check that every field lands where it belongs.
"""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

REAL = DATA_DIR / "real"


def _import(db: Database, name: str) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, REAL / name)


def _people(db: Database) -> dict[str, m.Contact]:
    with db.reading() as s:
        people = {}
        for c in s.scalars(select(m.Contact)):
            _ = [(cm.channel, cm.label, cm.value) for cm in c.methods]
            _ = [(a.organisation.name_en, a.position_en) for a in c.affiliations]
            people[c.name_zh or c.name_latin] = c
        return people


def _methods(c: m.Contact) -> set[tuple[ContactChannel, ChannelLabel, str]]:
    return {(cm.channel, cm.label, cm.value) for cm in c.methods}


def test_gmail_vcard_export_with_every_field_google_writes(db: Database) -> None:
    """gmail-single2.vcf: Gmail's "Export contacts → vCard" of one contact with every field filled."""
    report = _import(db, "gmail-single2.vcf")
    assert len(report.added) == 1
    # Two of the three X-ABDATE dates have no place in petdesk (the labelled one is the anniversary):
    # they are named in the report, nothing else is dropped.
    assert report.dropped == {"X-ABDATE": 2} and "2 × X-ABDATE" in report.summary()
    c = _people(db)["VCard Test"]
    assert (c.given_name, c.family_name, c.nickname) == ("VCard", "Test", "TheNickname")
    assert (c.phonetic_given_name, c.phonetic_family_name) == ("ThePhoneticFirstName", "ThePhoneticLastName")
    assert (c.birthday, c.anniversary) == ("1912-06-23", "1930-03-20")
    (aff,) = c.affiliations
    assert (aff.organisation.name_en, aff.position_en) == ("TheCompany", "TheJobTitle")
    methods = _methods(c)
    assert {
        (ContactChannel.EMAIL, ChannelLabel.HOME, "homeemail@example.com"),
        (ContactChannel.EMAIL, ChannelLabel.WORK, "workemail@example.com"),
        (ContactChannel.EMAIL, ChannelLabel.WORK, "customcategory@example.com"),
        (ContactChannel.PHONE, ChannelLabel.HOME, "5555551112"),
        (ContactChannel.PHONE, ChannelLabel.MOBILE, "5555551115"),
        (ContactChannel.FAX, ChannelLabel.HOME, "5555551117"),
        (ContactChannel.FAX, ChannelLabel.WORK, "5555551118"),
        (ContactChannel.PHONE, ChannelLabel.OTHER, "5555551120"),  # the pager
        (ContactChannel.SKYPE, ChannelLabel.OTHER, "IM5"),
    } <= methods
    assert len([x for x in methods if x[0] == ContactChannel.EMAIL]) == 5
    assert len([x for x in methods if x[0] in (ContactChannel.PHONE, ContactChannel.FAX)]) == 11
    # Gmail's messaging properties, X-GTALK among them, are kept as handles.
    assert {(h["service"], h["handle"]) for h in c.other_handles} == {
        ("gtalk", "IM2"),
        ("aim", "IM3"),
        ("yahoo", "IM4"),
        ("qq", "IM6"),
        ("msn", "IM7"),
        ("icq", "IM8"),
        ("xmpp", "IM9"),
    }
    assert [a["street"] for a in c.addresses] == [f"11{i} Main St" for i in range(1, 6)]
    assert c.addresses[1] == {
        "label": "home",
        "street": "112 Main St",
        "city": "NY",
        "region": "New York",
        "postcode": "10011",
    }
    assert c.addresses[2]["label"] == "work"
    assert c.websites[0] == "http://www.example1.com" and len(c.websites) == 6
    assert len(c.related_names) == 16
    assert {"type": "spouse", "name": "Name2"} in c.related_names
    assert {"type": "assistant", "name": "Name12"} in c.related_names
    assert c.notes == "note line 1\nnote line 2\nCustomField: field value"


def test_gmail_vcard_export_of_a_list_without_a_final_line_break(db: Database) -> None:
    """gmail-list.vcf: three contacts, CRLF line ends, no line break after the last END:VCARD."""
    report = _import(db, "gmail-list.vcf")
    assert len(report.added) == 3 and not report.dropped
    people = _people(db)
    assert sorted(people) == ["Arnold Smith", "Chris Beatle", "Doug White"]
    chris = people["Chris Beatle"]
    assert (chris.given_name, chris.family_name) == ("Chris", "Beatle")
    assert {cm.value for cm in chris.methods} == {"chrisy55d@yahoo.com"}


def test_thunderbird_csv_address_book(db: Database) -> None:
    """thunderbird_basic_csv_addressbook.csv: Thunderbird's own CSV address book columns."""
    report = _import(db, "thunderbird_basic_csv_addressbook.csv")
    assert len(report.added) == 2
    people = _people(db)
    jane = people["Jane Doe"]
    assert (jane.given_name, jane.family_name) == ("Jane", "Doe")
    assert _methods(jane) == {(ContactChannel.EMAIL, ChannelLabel.WORK, "jane@doe.invalid")}
    # Same family name, different e-mails: two people, not one merged record.
    assert people["John Doe"].id != jane.id


def test_evolution_vcard_with_folded_lines_and_its_own_x_properties(db: Database) -> None:
    """evolution_john_doe.vcf: GNOME Evolution's vCard 3.0 (CouchDB address book), lines folded
    inside words, Evolution's X-EVOLUTION-SPOUSE/-MANAGER/-ASSISTANT/-ANNIVERSARY."""
    report = _import(db, "evolution_john_doe.vcf")
    assert len(report.added) == 1
    assert report.dropped == {"X-COUCHDB-APPLICATION-ANNOTATIONS": 1}  # the program's own bookkeeping
    c = _people(db)["John Doe"]
    assert (c.honorific_en, c.given_name, c.middle_name, c.family_name, c.name_suffix) == (
        "Mr.",
        "John",
        "Richter, James",
        "Doe",
        "Sr.",
    )
    assert (c.nickname, c.birthday, c.anniversary, c.tags) == ("Johny", "1980-03-22", "1980-03-22", ["VIP"])
    assert _methods(c) == {
        (ContactChannel.EMAIL, ChannelLabel.WORK, "john.doe@ibm.com"),  # folded after "john."
        (ContactChannel.PHONE, ChannelLabel.MOBILE, "905-666-1234"),
        (ContactChannel.PHONE, ChannelLabel.WORK, "905-555-1234"),
    }
    assert c.other_handles == [{"service": "aim", "handle": "johnny5@aol.com"}]
    assert c.websites == ["http://www.ibm.com"]
    assert c.related_names == [
        {"type": "spouse", "name": "Maria"},
        {"type": "manager", "name": "Big Blue"},
        {"type": "assistant", "name": "Little Red"},
    ]
    assert c.addresses == [
        {
            "label": "home",
            "po_box": "ASB-123",
            "street": "15 Crescent moon drive",
            "city": "Albaney",
            "region": "New York",
            "postcode": "12345",
            "country": "United States of America",  # folded before " States"
        }
    ]
    (aff,) = c.affiliations
    assert (aff.organisation.name_en, aff.position_en) == ("IBM", "Money Counter")
    assert c.notes.startswith('THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"')
    assert c.notes.endswith("POSSIBILITY OF SUCH DAMAGE.") and len(c.notes) == 755


def test_thunderbird_export_csv_and_vcard_of_the_same_two_cards(db: Database) -> None:
    """thunderbird_export.csv/.vcf: what Thunderbird's address book export writes (its export test
    compares against these): a quoted field with a tab, another with a line break, a "…" note; the
    vCard is 2.1 in lower case with VERSION last and a quoted-printable note."""
    for name in ("thunderbird_export.csv", "thunderbird_export.vcf"):
        with db.transaction() as s:
            for c in s.scalars(select(m.Contact)):
                s.delete(c)
        report = _import(db, name)
        assert len(report.added) == 2, name
        # Nothing is lost silently: Thunderbird's custom fields, the test's e-mails without a domain
        # and a job title without an organisation are each named in the report.
        if name.endswith(".csv"):
            assert report.dropped == {"Custom 1": 1, "Custom 2": 1, "Custom 3": 1, "Custom 4": 1}
        else:
            assert not report.dropped
        warnings = [w for o in report.outcomes for w in o.warnings]
        assert "'contact2@invalid' is not an e-mail address; left out" in warnings, name
        assert "position given without an organisation; left out" in warnings, name
        two = _people(db)["contact two"]
        assert (two.given_name, two.family_name) == ("contact", "two"), name
        assert two.notes == "here's some unicode text…", name
