"""Files that other programs really exported, collected from open-source projects' test data (issue 13).

Each file under tests/data/import/real/ is listed in tests/data/README.md with its source repository,
path, commit, the program that wrote it and its licence. The tests import the file as a user would and
check that every field lands where it belongs.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.ids import uuid_text
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
    # Two of the three X-ABDATE dates have no place in petdesk (the labelled one is the anniversary),
    # nor have the labels typed for an e-mail and two phones (their values are kept, as "work"), nor
    # those of three websites (kept without a label; Apple's "HomePage" says nothing more): they are
    # named in the report, nothing else is dropped.
    assert report.dropped == {
        "X-ABDATE": 2,
        'label "CustomEmailCategory"': 1,
        'label "CustomePhoneCategory"': 1,
        'label "GRAND_CENTRAL"': 1,
        'label "PROFILE"': 1,
        'label "BLOG"': 1,
        'label "CustomWebsiteCategory"': 1,
    }
    assert "2 × X-ABDATE" in report.summary() and '1 × label "GRAND_CENTRAL"' in report.summary()
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
        # Nothing is lost silently: Thunderbird's custom fields and the test's e-mails without a domain
        # are each named in the report; a job title without an organisation is kept in the notes.
        # The display names "contact number one/two" say more than first and last name: reported.
        if name.endswith(".csv"):
            assert report.dropped == {
                "Custom 1": 1,
                "Custom 2": 1,
                "Custom 3": 1,
                "Custom 4": 1,
                "display name": 2,
            }
        else:
            assert report.dropped == {"FN": 2}
        warnings = [w for o in report.outcomes for w in o.warnings]
        assert "display name “contact number two” differs from the name; not kept" in warnings, name
        assert "“contact2@invalid” is not an e-mail address; left out" in warnings, name
        assert "no organisation given: position and department kept in the notes" in warnings, name
        two = _people(db)["contact two"]
        assert (two.given_name, two.family_name) == ("contact", "two"), name
        # the rejected e-mail is kept where it can be fixed (field test 12, defect 5)
        assert two.notes == (
            "here's some unicode text…\n"
            "Left out by the import (not an e-mail address): contact2@invalid\n"
            'Position: "worker"'
        ), name


def _photo(c: m.Contact) -> Image.Image:
    data = c.photo
    raw = base64.b64decode(data.split(",", 1)[-1]) if isinstance(data, str) else data
    image = Image.open(io.BytesIO(raw))
    image.load()
    return image


def test_apple_address_book_company_card_becomes_an_organisation(db: Database) -> None:
    """apple_addressbook.vcf: Mac OS X Address Book's card for a company ("show as company", empty N),
    CRLF line ends but the base64 photo folded with bare LF and two spaces, itemN groups."""
    report = _import(db, "apple_addressbook.vcf")
    (outcome,) = report.outcomes
    assert (outcome.name, outcome.action) == ("Apple Computer AG", "added")
    # Not a person "Apple Computer Ag": the company itself, with its address and web page.
    with db.reading() as s:
        assert s.scalars(select(m.Contact)).first() is None
        (org,) = s.scalars(select(m.Organisation))
        assert (org.name_en, org.website) == ("Apple Computer AG", "http://www.apple.ch")
        # the postcode in its own field (0071), no longer in the address text
        assert (org.country, org.city_en, org.address_en, org.postal_code) == (
            "CH",
            "Wallisellen-Zürich",
            "Birgistrasse 4a, Wallisellen-Zürich",
            "8304",
        )
    # The logo (a 48 × 48 JPEG that decodes whole) has no place on an organisation: reported.
    assert report.dropped == {"PHOTO": 1}


def test_apple_company_card_and_its_employee_share_one_organisation(db: Database, tmp_path: Path) -> None:
    person = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Hans;;;\r\nORG:Apple Computer AG;\r\nEND:VCARD\r\n"
    path = tmp_path / "pair.vcf"
    path.write_bytes((REAL / "apple_addressbook.vcf").read_bytes() + person)
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert [(o.name, o.action) for o in report.outcomes] == [
        ("Apple Computer AG", "added"),
        ("Hans Muster", "added"),
    ]
    with db.reading() as s:
        (org,) = s.scalars(select(m.Organisation))
        (hans,) = s.scalars(select(m.Contact))
        assert [a.organisation_id for a in hans.affiliations] == [org.id]


def test_davx5_vcard4android_card_with_every_field(db: Database) -> None:
    """davx5_allfields_vcard3.vcf: the card DAVx5 (vcard4android) reads and writes for Android,
    with phonetic names, itemN labels, IMPP, X-SIP, two ADRs with folded lines, RELATED, a photo."""
    report = _import(db, "davx5_allfields_vcard3.vcf")
    assert len(report.added) == 1
    # Nothing vanishes unseen: the display name that differs from N, ROLE beside TITLE, the reading of
    # the middle names, the custom date, the test's X-TEST and the labels typed for a phone and an
    # e-mail (petdesk keeps their kinds, home and work, not the words) and for the blog's website
    # are each named; the IM label "MyIM" only repeats the service the handle keeps.
    assert report.dropped == {
        "FN": 1,
        "ROLE": 1,
        "X-ABDATE": 1,
        "X-PHONETIC-MIDDLE-NAME": 1,
        "X-TEST": 1,
        'label "@work"': 1,
        'label "Useless"': 1,
        'label "blog"': 1,
    }
    (outcome,) = report.outcomes
    assert outcome.warnings == ["display name “Ämi Display” differs from the name; not kept"]
    c = _people(db)["Firstname Lastname"]
    assert (c.honorific_en, c.given_name, c.middle_name, c.family_name, c.name_suffix) == (
        "DDDr.",
        "Firstname",
        "Middlename1 Middlename2",
        "Lastname",
        "MBA",
    )
    assert (c.phonetic_given_name, c.phonetic_family_name) == ("Förstnehm", "Laastnehm")
    assert c.nickname == "Nick1, Nick2"
    assert (c.birthday, c.anniversary, c.tags) == ("1996-04-15", "2014-08-12", ["A", "B'C"])
    assert _methods(c) == {
        (ContactChannel.PHONE, ChannelLabel.HOME, "+49 1234 56788"),
        (ContactChannel.FAX, ChannelLabel.WORK, "+1-800-MYFAX"),
        (ContactChannel.EMAIL, ChannelLabel.HOME, "private@example.com"),
        (ContactChannel.EMAIL, ChannelLabel.WORK, "work@example.com"),
        (ContactChannel.SKYPE, ChannelLabel.OTHER, "echo@example.com"),
    }
    assert c.other_handles == [
        {"service": "myim", "handle": "anonymous@example.com"},
        {"service": "sip", "handle": "mysip@example.com"},
    ]
    (aff,) = c.affiliations
    assert (aff.organisation.name_en, aff.position_en, aff.department_en) == (
        "ABC, Inc.",
        "Director, Research and Development",
        "North American Division; Marketing",
    )
    assert c.addresses == [
        {
            "label": "work",
            "street": "6544 Battleford Drive",
            "city": "Raleigh",
            "region": "NC",
            "postcode": "27613-3502",
            "country": "U.S.A.",
        },
        {
            "label": "work",
            "po_box": "Postfach 314",
            "extended": "vorne hinten",
            "street": "Teststraße 22",
            "city": "Mönchspfaffingen",
            "postcode": "4043",
            "country": "Klöster-Reich",
        },
    ]
    assert c.websites == ["https://www.davx5.com/", "http://www.swbyps.restaurant.french/~chezchic.html"]
    assert c.related_names == [
        {"type": "co-worker", "name": "Ägidius"},
        {"type": "parent", "name": "muuum@example.com"},
    ]
    # The folded note keeps the space after the fold; the two NOTEs are one note of two lines.
    assert c.notes == "This fax number is operational 0800 to 1715 EST, Mon-Fri.\nSecond note"
    image = _photo(c)
    assert (image.format, image.size) == ("JPEG", (32, 10))


def test_nextcloud_contacts_vcard4_without_n_and_with_empty_fields(db: Database) -> None:
    """nextcloud_contacts.vcf: Nextcloud Contacts 4.2's vCard 4.0 export of seven people: FN only (no
    N), an empty ADR and empty TELs on every card, UIDs kept so a second import updates."""
    report = _import(db, "nextcloud_contacts.vcf")
    assert len(report.added) == 7 and not report.dropped
    people = _people(db)
    assert sorted(people) == [
        "Christie Sheila Woods",
        "Derrick Anders",
        "Jane Smith",
        "Julia Cara Burke",
        "Reginald Richards",
        "Terrence Alex Field",
        "Virginia Brennan",
    ]
    jane = people["Jane Smith"]
    assert (jane.given_name, jane.family_name, jane.addresses) == ("Jane", "Smith", [])
    assert _methods(jane) == {
        (ContactChannel.EMAIL, ChannelLabel.HOME, "jane@example.org"),
        (ContactChannel.PHONE, ChannelLabel.HOME, "+1 315-739-0311"),
    }
    # An empty TEL is no phone number.
    virginia = people["Virginia Brennan"]
    assert _methods(virginia) == {(ContactChannel.EMAIL, ChannelLabel.HOME, "virginia@example.org")}
    assert people["Reginald Richards"].nickname == "Regi"
    (aff,) = people["Julia Cara Burke"].affiliations
    assert aff.organisation.name_en == "Mysterious Institute"
    # the card's UID, kept as the id; a version-4 UUID that petdesk did not make compact stays in
    # the canonical form (petdesk.ids.stored_form), which vCard exports write back
    assert people["Jane Smith"].id == "ce1b2650-3473-4e63-9584-9c6230d91d81"
    assert uuid_text(people["Jane Smith"].id) == people["Jane Smith"].id
    again = _import(db, "nextcloud_contacts.vcf")
    assert not again.added and len(_people(db)) == 7


def test_nextcloud_quoted_type_list_and_escaped_data_uri_photo(db: Database, tmp_path: Path) -> None:
    """Two shapes of Nextcloud Contacts 4.2's contact-complex.vcf (nextcloud/server, too large to keep
    whole: a 1.2 MB photo): ``TEL;TYPE="HOME,VOICE"`` and a data-URI photo whose comma is escaped."""
    buf = io.BytesIO()
    Image.new("RGB", (12, 8), (0, 130, 201)).save(buf, "JPEG")
    b64 = base64.b64encode(buf.getvalue()).decode()
    path = tmp_path / "nextcloud_complex.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:4.0\nPRODID:-//Nextcloud Contacts v4.2.0\n"
        "UID:382b9c30-2529-40a6-babb-b23d588c0643\nFN:Bob McPherson\n"
        "ADR;TYPE=HOME:ABC;123 River St. Unit #5;123 River St.;Los Angeles;Californi\n a;TLN 223;US\n"
        'EMAIL;TYPE=HOME:bob@example.org\nTEL;TYPE="HOME,VOICE":+1 505-644-0462\nTITLE:Engineer\n'
        f"PHOTO;VALUE=URI:data:image/jpeg;base64\\,{b64}\nEND:VCARD\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert len(report.added) == 1 and not report.dropped
    bob = _people(db)["Bob McPherson"]
    assert _methods(bob) == {
        (ContactChannel.EMAIL, ChannelLabel.HOME, "bob@example.org"),
        (ContactChannel.PHONE, ChannelLabel.HOME, "+1 505-644-0462"),  # not "work"
    }
    assert bob.addresses[0]["region"] == "California" and bob.addresses[0]["label"] == "home"
    assert _photo(bob).size == (12, 8)


# --- field test 29: Roundcube's and Android's samples -------------------------------------------


def test_the_bat_quoted_printable_latin1_without_charset(db: Database) -> None:
    """thebat_v21_qp_latin1.vcf: The Bat!'s vCard 2.1, ``N;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski``
    with no CHARSET; byte F1 is "ñ" in Windows-1252, not half of the GB18030 character 駍."""
    report = _import(db, "thebat_v21_qp_latin1.vcf")
    (outcome,) = report.outcomes
    c = _people(db)["Piotr Iksiñski"]
    assert (c.given_name, c.family_name, c.family_name_zh, c.given_name_zh) == ("Piotr", "Iksiñski", "", "")
    assert _methods(c) == {(ContactChannel.EMAIL, ChannelLabel.WORK, "piotr.iksinski@somedomain.com")}
    # The charset was a guess: the report says so and shows the text as read.
    assert "N names no charset that fits; read as windows-1252: “Iksiñski;Piotr”" in map(
        str, outcome.warnings
    )


def test_quoted_printable_gbk_without_charset_is_still_read_as_chinese(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:=D5=C5;=CE=B0\r\nEND:VCARD\r\n"
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    c = _people(db)["张伟"]
    assert (c.family_name_zh, c.given_name_zh, c.family_name) == ("张", "伟", "")
    assert "read as gb18030" in str(report.outcomes[0].warnings[0])


def test_roundcube_john_doe_windows_1252_card(db: Database) -> None:
    """roundcube_johndoe_cp1252.vcf: vCard 2.1 with ``CHARSET=windows-1252`` on N and FN."""
    report = _import(db, "roundcube_johndoe_cp1252.vcf")
    assert len(report.added) == 1 and not report.dropped
    c = _people(db)["John Doë"]
    assert (c.given_name, c.family_name, c.notes) == ("John", "Doë", "The notes...")
    assert _methods(c) == {
        (ContactChannel.EMAIL, ChannelLabel.WORK, "inbox@roundcube.net"),
        (ContactChannel.EMAIL, ChannelLabel.HOME, "roundcube@gmail.com"),
        (ContactChannel.PHONE, ChannelLabel.WORK, "+123456789"),
    }
    assert c.addresses == [
        {
            "label": "work",
            "street": "The street",
            "city": "Hometown",
            "postcode": "5555",
            "country": "Cayman Islands",
        }
    ]
    assert [a.organisation.name_en for a in c.affiliations] == ["roundcube.net"]


def test_android_quoted_comma_separated_type_and_typed_n(db: Database) -> None:
    """android_v30_comma_separated.vcf: AOSP's vCard test card, ``N;TYPE=PREF,HOME:F;G;M;;`` without
    FN and ``TEL;TYPE="COMMA,SEPARATED",PREF:1``."""
    report = _import(db, "android_v30_comma_separated.vcf")
    assert len(report.added) == 1
    c = _people(db)["G F"]
    assert (c.given_name, c.middle_name, c.family_name) == ("G", "M", "F")
    # "1" is no phone number: kept in the notes, not lost.
    assert c.notes == "Left out by the import (not a phone number): 1"


def test_apple_address_book_person_card_with_photo(db: Database) -> None:
    """apple_addressbook_photo_person.vcf: Roundcube's photo.vcf, Mac OS X Address Book's 3.0 card
    with umlauts in N, a company FN and a 48 × 48 JPEG folded with two spaces."""
    report = _import(db, "apple_addressbook_photo_person.vcf")
    assert len(report.added) == 1
    c = _people(db)["Jörg Müller"]
    assert (c.given_name, c.family_name) == ("Jörg", "Müller")
    assert [a.organisation.name_en for a in c.affiliations] == ["Apple Computer AG"]
    assert _photo(c).size == (48, 48)


def test_thunderbird_plain_csv_export(db: Database) -> None:
    """thunderbird_tb_plain.csv: Roundcube's Thunderbird CSV export, English headers, a trailing
    comma, birth year/month/day columns, two web pages, home and work addresses."""
    report = _import(db, "thunderbird_tb_plain.csv")
    assert len(report.added) == 1
    c = _people(db)["Firstname Lastname"]
    assert (c.given_name, c.family_name, c.nickname, c.birthday) == (
        "Firstname",
        "Lastname",
        "Nick",
        "1970-11-15",
    )
    assert _methods(c) == {
        (ContactChannel.EMAIL, ChannelLabel.WORK, "test@domain.tld"),
        (ContactChannel.EMAIL, ChannelLabel.OTHER, "next@domain.tld"),
    }
    assert c.websites == ["http://page.com", "http://webpage.tld"]
    assert [a["label"] for a in c.addresses] == ["home", "work"]
    assert c.addresses[1] == {
        "label": "work",
        "street": "Addr work",
        "city": "city",
        "region": "region",
        "postcode": "33-333",
        "country": "Poland",
    }
    (aff,) = c.affiliations
    assert (aff.organisation.name_en, aff.position_en, aff.department_en) == (
        "Organization",
        "title",
        "department",
    )
    # The sample's phone cells hold words ("phone work"): each is kept in the notes.
    assert c.notes.count("Left out by the import (not a phone number)") == 5
