"""A Vietnamese full name is family name first: "Nguyễn Văn An" was split as a Western name, with
the family name An (field test 12, defect 9). A first word that is a common Vietnamese family name
written with its diacritics makes the name family-first."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import importing, names
from tests.core.contacts.io_helpers import DATA_DIR


@pytest.mark.parametrize(
    ("full", "vietnamese"),
    [
        ("Nguyễn Văn An", True),
        ("Trần Thị Mai", True),
        ("Đặng Thái Sơn", True),
        ("Phan Văn Khải", True),  # Phan has no diacritics: another word shows the name is Vietnamese
        ("Nguye\u0302\u0303n Văn An", True),  # decomposed, as macOS writes file names and some exports
        # Without diacritics the words are names elsewhere too, unless Thi or Van (the middle names of
        # most Vietnamese women and men) follows the family name (field test 93)
        ("Nguyen Van An", True),
        ("Nguyen Thi Minh Khai", True),
        ("tran van duc", True),
        ("Nguyen Anh", False),
        ("Le Van", False),
        ("Ho Thi Anne", False),
        ("Thi Minh Khai Nguyen", False),
        ("Le Thanh", False),
        ("Phan Peter", False),
        ("Nguyễn", False),  # one word: nothing to order
    ],
)
def test_the_vietnamese_rule(full: str, vietnamese: bool) -> None:
    assert names.starts_with_vietnamese_family_name(full.split()) is vietnamese


def test_an_imported_vietnamese_name_is_family_first(db: Database, tmp_path: Path) -> None:
    """Made for petdesk's tests, imitating Excel's "Unicode text" export (UTF-16 with BOM, tabs)."""
    path = tmp_path / "unicode_text.csv"
    rows = ["姓名\t电子邮件", "Nguyễn Văn An\tan@example.vn", "Anna Berg\tanna@example.de"]
    path.write_text("\r\n".join(rows) + "\r\n", "utf-16")
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        stored = {(c.family_name, c.given_name, c.name_order) for c in s.scalars(select(m.Contact))}
    assert stored == {
        ("Nguyễn", "Văn An", NameOrder.FAMILY_FIRST),
        ("Berg", "Anna", NameOrder.GIVEN_FIRST),
    }


#: Outlook's CSV header (Google's "Additional Name" is read as the middle name too), a Vietnamese
#: name split three ways as both write it, and a Western name with a middle name beside it.
_OUTLOOK = (
    "First Name,Middle Name,Last Name,E-mail Address\n"
    "Đức,Văn,Trần,duc@example.vn\n"
    "John,Michael,Smith,john@example.com\n"
)
_VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Trần;Đức;Văn;;\r\nFN:Đức Văn Trần\r\nEND:VCARD\r\n"


def _people(db: Database) -> dict[str, tuple[str, str, str, NameOrder, str]]:
    with db.reading() as s:
        return {
            c.family_name: (c.family_name, c.middle_name, c.given_name, c.name_order, c.name_latin)
            for c in s.scalars(select(m.Contact))
        }


@pytest.mark.parametrize(("name", "text"), [("outlook.csv", _OUTLOOK), ("google.vcf", _VCARD)])
def test_a_split_vietnamese_name_keeps_its_family_name_first(
    db: Database, tmp_path: Path, name: str, text: str
) -> None:
    """First "Đức", Middle "Văn", Last "Trần" (N:Trần;Đức;Văn;;) was shown "Đức Trần" and "Đức Văn
    Trần": the middle name is the start of the given name as written, and the family name leads."""
    path = tmp_path / name
    path.write_text(text, "utf-8")
    with db.transaction() as s:
        importing.import_file(s, path)
    people = _people(db)
    assert people["Trần"] == ("Trần", "", "Văn Đức", NameOrder.FAMILY_FIRST, "Trần Văn Đức")
    if "Smith" in people:  # a Western middle name stays where it was, given name first
        assert people["Smith"] == ("Smith", "Michael", "John", NameOrder.GIVEN_FIRST, "John Smith")


def test_a_vietnamese_name_typed_in_the_editor_is_family_first(db: Database) -> None:
    """The editor's default order (given first) printed "Văn Đức Trần" on cards and in the dossier."""
    from petdesk.services import contacts

    with db.transaction() as s:
        contacts.create_contact(s, family_name="Trần", given_name="Văn Đức")
        contacts.create_contact(s, family_name="Lê", given_name="Hoa", middle_name="Thị")
        contacts.create_contact(s, family_name="Le", given_name="Anna")  # no diacritics: French too
        contacts.create_contact(s, family_name="Smith", given_name="John", middle_name="Michael")
    assert {latin for *_, latin in _people(db).values()} == {
        "Trần Văn Đức",
        "Lê Thị Hoa",
        "Anna Le",
        "John Smith",
    }


def test_exports_write_a_vietnamese_name_family_first(db: Database, tmp_path: Path) -> None:
    """CSV, Excel and vCard wrote "Đức Văn Trần" as FN and "Văn Đức" as the middle part."""
    import csv

    import openpyxl

    from petdesk.services import exporting

    path = tmp_path / "outlook.csv"
    path.write_text(_OUTLOOK, "utf-8")
    with db.transaction() as s:
        importing.import_file(s, path)
        ids = [c.id for c in s.scalars(select(m.Contact).where(m.Contact.family_name == "Trần"))]
        for fmt in ("csv", "xlsx", "vcf"):
            assert exporting.export_contacts(s, tmp_path / f"out.{fmt}", fmt, ids=ids) == 1
    card = (tmp_path / "out.vcf").read_text("utf-8").splitlines()
    assert "FN:Trần Văn Đức" in card
    assert "N:Trần;Văn Đức;;;" in card
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as f:
        row = next(csv.DictReader(f))
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    cells = dict(zip(header, (c.value for c in sheet[2]), strict=True))
    for written in (row, cells):
        assert (written["Family name"], written["Given name"], written["Middle name"] or "") == (
            "Trần",
            "Văn Đức",
            "",
        )
        assert written["Name order"] == "family first"


def test_a_vietnamese_name_files_under_its_family_name_in_english(db: Database) -> None:
    from petdesk.services import contacts, search

    with db.transaction() as s:
        for family, given in (("Trần", "Văn Đức"), ("Smith", "Wendy"), ("Taylor", "Anna"), ("Adams", "Vera")):
            contacts.create_contact(s, family_name=family, given_name=given)
    with db.transaction() as s:
        found = [e.name_en for e in search.search(s, "", kind=search.CONTACT)]
    assert found == ["Vera Adams", "Wendy Smith", "Anna Taylor", "Trần Văn Đức"]


def test_the_dossier_and_name_cards_write_a_vietnamese_name_family_first(
    db: Database, tmp_path: Path
) -> None:
    """The dossier's people and the name cards printed "Đức Trần" for an Outlook import."""
    import datetime as dt

    from petdesk.dossier.data import gather_visit
    from petdesk.dossier.namecards import card_for
    from petdesk.services import visits

    path = tmp_path / "outlook.csv"
    path.write_text(_OUTLOOK, "utf-8")
    with db.transaction() as s:
        importing.import_file(s, path)
        visit = visits.create_visit(
            s, title_en="Hanoi delegation", start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 11)
        )
        for c in s.scalars(select(m.Contact)):
            visits.add_participant(s, visit.id, c.id)
        visit_id = visit.id
    with db.reading() as s:
        people = [p.person for p in gather_visit(s, visit_id).participants]
    assert sorted(p.name_latin for p in people) == ["John Smith", "Trần Văn Đức"]
    assert sorted(card_for(p).first for p in people) == ["John Smith", "Trần Văn Đức"]


@pytest.mark.parametrize(
    ("family", "given", "middle", "kept", "order"),
    [
        # a Western given name on a Vietnamese family name (the diaspora): not reordered, given first
        ("Trần", "Marie", "Claire", ("Marie", "Claire"), NameOrder.GIVEN_FIRST),
        ("Lê", "Anne", "Sophie", ("Anne", "Sophie"), NameOrder.GIVEN_FIRST),
        ("Nguyễn", "Jenny", "", ("Jenny", ""), NameOrder.GIVEN_FIRST),
        ("Phan", "José", "Luís", ("José", "Luís"), NameOrder.GIVEN_FIRST),
        # Vietnamese given names, with or without their marks
        ("Trần", "Đức", "Văn", ("Văn Đức", ""), NameOrder.FAMILY_FIRST),
        ("Lê", "Anh", "Minh", ("Minh Anh", ""), NameOrder.FAMILY_FIRST),
        ("Nguyễn", "Quang", "Xuan", ("Xuan Quang", ""), NameOrder.FAMILY_FIRST),
    ],
)
def test_a_western_given_name_keeps_its_place_beside_a_vietnamese_family_name(
    family: str, given: str, middle: str, kept: tuple[str, str], order: NameOrder
) -> None:
    """Review 50: "Marie Claire Trần" was stored as given name "Claire Marie" (on every save and
    import) and printed "Trần Claire Marie"; "Jenny Nguyễn" printed "Nguyễn Jenny"."""
    assert names.vietnamese_given_name(family, given, middle) == kept
    shown = names.name_order_of(
        NameOrder.GIVEN_FIRST, family=family, given=" ".join(kept), family_zh="", given_zh=""
    )
    assert shown == order


def test_a_western_middle_name_saved_in_the_editor_stays(db: Database) -> None:
    from petdesk.services import contacts

    with db.transaction() as s:
        contacts.create_contact(s, family_name="Trần", given_name="Marie", middle_name="Claire")
    assert _people(db)["Trần"][:4] == ("Trần", "Claire", "Marie", NameOrder.GIVEN_FIRST)


def test_a_name_typed_without_diacritics_is_filed_alike_and_offered_as_a_duplicate(db: Database) -> None:
    """Another office typed "Nguyen Thi Minh Khai" on a keyboard without Vietnamese: it was filed as
    family name Khai, given name "Nguyen Thi Minh" (under K), and not offered as the duplicate of
    Nguyễn Thị Minh Khai (field test 93)."""
    from petdesk.services import duplicates

    with db.transaction() as s:
        importing.import_file(s, DATA_DIR / "field93" / "google.csv")
        report = importing.import_file(s, DATA_DIR / "field93" / "other_office.csv", on_match="add")
    assert [o.name for o in report.added] == ["Nguyen Thi Minh Khai"]
    with db.reading() as s:
        typed = s.scalars(select(m.Contact).where(m.Contact.family_name == "Nguyen")).one()
        assert (typed.family_name, typed.given_name, typed.name_order) == (
            "Nguyen", "Thi Minh Khai", NameOrder.FAMILY_FIRST
        )
        pairs = duplicates.find_contact_duplicates(s, contact_id=typed.id)
    assert len(pairs) == 1
