"""``petdesk tidy-names`` and ``petdesk check``'s finding: people stored with a title in their given
name ("Mr. John" Smith, before names59) get it as their honorific; a couple's titles go to the notes;
a dry run by default, --apply, and --undo as one step (names60)."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import check
from petdesk.services import contacts as cs


def _people(db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, given_name="Mr. John", family_name="Smith")
        cs.create_contact(s, given_name="Mr. and Mrs. Peter", family_name="Brown")
        cs.create_contact(s, given_name="Mrs. Mary", family_name="Jones", honorific_en="Dr.")  # typed: kept
        cs.create_contact(s, given_name="MS", family_name="Dhoni")  # initials
        cs.create_contact(s, given_name="Hua", family_name="Li")


def _stored(db: Database) -> list[tuple[str, str, str, str, str, str]]:
    with db.reading() as s:
        people = s.query(m.Contact).order_by(m.Contact.family_name)
        return [
            (p.family_name, p.given_name, p.honorific_en, p.honorific_zh, p.gender, p.notes) for p in people
        ]


BEFORE = [
    ("Brown", "Mr. and Mrs. Peter", "", "", "", ""),
    ("Dhoni", "MS", "", "", "", ""),
    ("Jones", "Mrs. Mary", "Dr.", "", "", ""),
    ("Li", "Hua", "", "", "", ""),
    ("Smith", "Mr. John", "", "", "", ""),
]
AFTER = [
    ("Brown", "Peter", "", "", "", "Written as: Mr. and Mrs. Peter Brown"),
    ("Dhoni", "MS", "", "", "", ""),
    ("Jones", "Mrs. Mary", "Dr.", "", "", ""),
    ("Li", "Hua", "", "", "", ""),
    ("Smith", "John", "Mr.", "先生", "m", ""),
]


def test_check_finds_them(db: Database) -> None:
    _people(db)
    findings = [f for f in check.check(Path(db.path)).findings if "tidy-names" in f.text]
    assert [(f.kind, f.text.split(" (")[0]) for f in findings] == [
        (check.RECORDS, "1 person has a title in the given name"),
        (check.RECORDS, "1 contact is a couple written as one"),  # a couple has no title (review 62)
    ]
    assert all("petdesk tidy-names --apply" in f.text for f in findings)


def test_dry_run_then_apply_then_undo(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    _people(db)
    assert main(["--db", str(db.path), "tidy-names"]) == 0
    out = capsys.readouterr().out
    assert "Mr. John Smith → John Smith (Mr. / 先生)" in out
    assert "Mr. and Mrs. Peter Brown → Peter Brown (no honorific)" in out
    assert "2 people to tidy." in out and "Nothing was changed" in out
    assert _stored(db) == BEFORE
    assert main(["--db", str(db.path), "tidy-names", "--apply"]) == 0
    assert "2 people tidied. petdesk tidy-names --undo puts them back." in capsys.readouterr().out
    assert _stored(db) == AFTER
    assert not [f for f in check.check(Path(db.path)).findings if "title in the given name" in f.text]
    with db.reading() as s:  # each change is in the person's History, as an edit of this office
        from petdesk.services import history

        smith = s.query(m.Contact).filter_by(family_name="Smith").one()
        lines = history.record_history(s, "contact", smith.id)
        assert any("Mr. John" in str(line) for line in lines)
    assert main(["--db", str(db.path), "tidy-names", "--undo"]) == 0
    assert "The tidy of names was undone." in capsys.readouterr().out
    assert _stored(db) == BEFORE
    assert main(["--db", str(db.path), "tidy-names", "--undo"]) == 1
    assert "No tidy of names is left to undo." in capsys.readouterr().err


def test_a_couple_with_a_chinese_name_keeps_the_wording_in_chinese(db: Database) -> None:
    """The import writes "原写法：" beside a Chinese name; the tidy wrote "Written as:" there (names60)."""
    with db.transaction() as s:
        cs.create_contact(
            s, given_name="Mr. and Mrs. Wei", family_name="Zhang", family_name_zh="张", given_name_zh="伟"
        )
    assert main(["--db", str(db.path), "tidy-names", "--apply"]) == 0
    with db.reading() as s:
        zhang = s.query(m.Contact).filter_by(family_name="Zhang").one()
        assert (zhang.given_name, zhang.notes) == ("Wei", "原写法：Mr. and Mrs. Wei Zhang")
