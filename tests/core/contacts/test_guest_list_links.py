"""A delegation's passport list against the people known (guests56, field test 93's leftover): its
guests were added as new namesakes ("another organisation": "Sở TN&MT Đà Nẵng" for "Sở Tài nguyên và
Môi trường thành phố Đà Nẵng"), so their passports never reached the known people. A row is linked when
it is beyond doubt (the same passport number; or the same name, date of birth and organisation, also
written another way); otherwise it is a possible match the user links or adds, "add" by default. A
linked row fills what is empty and never overwrites another value unsaid."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.i18n import translator
from petdesk.services import contacts as cs
from petdesk.services import importing
from petdesk.services import organisations as os_
from petdesk.services.duplicates import translate_reason
from tests.core.contacts.io_helpers import DATA_DIR

PASSPORTS = DATA_DIR / "field93" / "passports.xlsx"
DONRE = "Sở Tài nguyên và Môi trường thành phố Đà Nẵng"


def _en(reason: str) -> str:
    return translate_reason(reason, translator("en"))


def _known_duc(db: Database, **documents: str) -> str:
    """Trần Văn Đức at the department under its long name (the passport list writes it short)."""
    with db.transaction() as s:
        org = os_.create_organisation(s, name_en=DONRE, country="VN")
        return cs.create_contact(
            s, family_name="Trần", given_name="Văn Đức", organisation_id=org.id, **documents
        ).id


def _people(db: Database) -> int:
    with db.reading() as s:
        return len(s.scalars(select(m.Contact)).all())


def _jobs(db: Database, cid: str) -> list[str]:
    with db.reading() as s:
        c = s.get(m.Contact, cid)
        assert c is not None
        return [a.organisation.name_en for a in c.affiliations if a.deleted_at is None and a.end_date is None]


def _import(db: Database, path: Path = PASSPORTS) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def test_the_same_name_birthday_and_organisation_written_short_link_the_guest(db: Database) -> None:
    duc = _known_duc(db, birthday="1972-03-14")
    report = _import(db)
    (row,) = [o for o in report.outcomes if o.name == "Trần Văn Đức"]
    assert (row.action, row.record_id, row.linked, row.possible_match) == ("updated", duc, True, False)
    assert "same date of birth 1972-03-14" in _en(row.reason)
    with db.reading() as s:
        c = s.get(m.Contact, duc)
        assert c is not None
        assert (c.passport_number, c.passport_expiry) == ("C1234567", "2031-05-02")
    # his job stays the one at the long name: no second one at a new "Sở TN&MT Đà Nẵng"
    assert _jobs(db, duc) == [DONRE]
    assert [_en(w) for w in row.warnings] == [
        f"organisation “Sở TN&MT Đà Nẵng” taken as “{DONRE}”, where the person works (same acronym TN&MT)"
    ]
    assert _people(db) == 5  # him and the four others, who are new
    assert [o.name for o in report.outcomes if o.linked] == ["Trần Văn Đức"]


def test_without_a_birthday_to_compare_the_user_decides_add_by_default(db: Database) -> None:
    """Field test 93 as it was: the known people have no birthday. The row no longer says "another
    organisation" but that it may be theirs, and is added (nothing proves it) for the user to link."""
    duc = _known_duc(db)
    report = _import(db)
    (row,) = [o for o in report.outcomes if o.name == "Trần Văn Đức"]
    assert (row.action, row.possible_match, row.linked, row.candidates) == ("added", True, False, [duc])
    said = _en(row.reason)
    assert "“Sở TN&MT Đà Nẵng” may be their organisation" in said and "another organisation" not in said
    with db.reading() as s:
        c = s.get(m.Contact, duc)
        assert c is not None and c.passport_number == ""


def test_the_users_link_fills_the_known_person(db: Database) -> None:
    """In the window's preview the user links the possible match: the import updates the known
    person, with no second job and no copy."""
    duc = _known_duc(db, passport_expiry="2030-12-31")  # another expiry on file: kept, and said
    with db.reading() as s:
        plan = importing.plan_import(s, importing.load_file(PASSPORTS), "contacts", check=True)
    (item,) = [i for i in plan.items if i.record.display_name() == "Trần Văn Đức"]
    assert (item.action, item.possible_match, item.candidates) == ("add", True, [duc])
    item.action, item.match_id = "update", duc  # as the window's "Link to the known person" does
    with db.transaction() as s:
        report = importing.apply_import(s, plan)
    (row,) = [o for o in report.outcomes if o.name == "Trần Văn Đức"]
    assert (row.action, row.record_id, row.linked) == ("updated", duc, True)
    with db.reading() as s:
        c = s.get(m.Contact, duc)
        assert c is not None
        assert (c.passport_number, c.birthday, c.passport_expiry) == ("C1234567", "1972-03-14", "2030-12-31")
    assert _jobs(db, duc) == [DONRE]
    conflict = "Passport expiry date “2031-05-02” differs from the one on file (“2030-12-31”); not kept"
    assert conflict in [_en(w) for w in row.warnings]
    assert _people(db) == 5


def test_another_birthday_or_passport_is_another_person(db: Database) -> None:
    duc = _known_duc(db, birthday="1960-01-01")
    report = _import(db)
    (row,) = [o for o in report.outcomes if o.name == "Trần Văn Đức"]
    assert (row.action, row.possible_match, row.linked) == ("added", True, False)
    assert "another date of birth" in _en(row.reason)
    with db.reading() as s:
        c = s.get(m.Contact, duc)
        assert c is not None and c.passport_number == ""


def test_the_same_passport_number_links_a_guest_at_another_organisation(
    db: Database, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        org = os_.create_organisation(s, name_en="Hanoi People's Committee")
        cid = cs.create_contact(
            s, family_name="Trần", given_name="Văn Đức", passport_number="C1234567", organisation_id=org.id
        ).id
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-contacts", str(PASSPORTS)]) == 0
    out = capsys.readouterr().out
    assert "Linked to people already known: Trần Văn Đức (row 4)" in out, out
    with db.reading() as s:
        c = s.get(m.Contact, cid)
        assert c is not None and c.birthday == "1972-03-14"
