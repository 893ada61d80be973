"""``petdesk phones tidy``: the list of old → new with whose and why, the numbers left, a dry run that
changes nothing, the question (or --yes), and --undo as one step."""

from __future__ import annotations

from sqlalchemy import text

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.office import Setting
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import contacts as cs
from tests.helpers.terminal import type_at_terminal


def _values(db: Database) -> list[str]:
    with db.reading() as s:
        return list(
            s.scalars(text("SELECT value FROM contact_method WHERE channel != 'email' ORDER BY value"))
        )


def _people(db: Database) -> None:
    with db.transaction() as s:
        s.add(Setting(key=COUNTRY_SETTING, value="CN"))
        cs.create_contact(
            s,
            given_name="Hua",
            family_name="Li",
            methods=[cs.Method(channel="phone", value="0871-6512 3456")],
        )
        cs.create_contact(
            s, given_name="Min", family_name="Zhou", methods=[cs.Method(channel="phone", value="6512 3456")]
        )


def test_dry_run_lists_and_changes_nothing(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    _people(db)
    assert main(["--db", str(db.path), "phones", "tidy", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Hua Li: 0871-6512 3456 → +86 871 6512 3456 (CN, the office's country)" in out
    assert "Min Zhou: 6512 3456 left as typed: does not read as a number of CN" in out
    assert "1 number to rewrite; 1 left as typed." in out
    assert _values(db) == ["0871-6512 3456", "6512 3456"]


def test_asks_rewrites_and_undoes(db: Database, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _people(db)
    type_at_terminal(monkeypatch, "n\n")
    assert main(["--db", str(db.path), "phones", "tidy"]) == 1
    assert _values(db) == ["0871-6512 3456", "6512 3456"]
    assert main(["--db", str(db.path), "phones", "tidy", "--yes"]) == 0
    assert "1 number rewritten." in capsys.readouterr().out
    assert _values(db) == ["+86 871 6512 3456", "6512 3456"]
    assert main(["--db", str(db.path), "phones", "tidy", "--undo", "--yes"]) == 0
    assert "The tidy of phone numbers was undone." in capsys.readouterr().out
    assert _values(db) == ["0871-6512 3456", "6512 3456"]
    assert main(["--db", str(db.path), "phones", "tidy", "--undo", "--yes"]) == 1
    assert "No tidy of phone numbers is left to undo." in capsys.readouterr().err


def test_country_option_and_limit(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:  # no office country set: nothing is guessed
        for given, number in (("Anna", "030 1234567"), ("Jens", "030 7654321")):
            cs.create_contact(
                s, given_name=given, family_name="Weber", methods=[cs.Method(channel="phone", value=number)]
            )
    assert main(["--db", str(db.path), "phones", "tidy", "--dry-run"]) == 0
    assert "0 numbers to rewrite; 2 left as typed." in capsys.readouterr().out
    assert main(["--db", str(db.path), "phones", "tidy", "--country", "de", "--limit", "1", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "(DE, --country)" in out and "1 more beyond --limit" in out
    assert _values(db) == ["+49 30 1234567", "030 7654321"]
    assert main(["--db", str(db.path), "phones", "tidy", "--country", "Germany"]) == 1
    assert "two-letter country code" in capsys.readouterr().err


def test_import_undo_names_the_tidy(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    _people(db)
    assert main(["--db", str(db.path), "phones", "tidy", "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-undo", "--list"]) == 0
    assert "phone numbers tidied; phones tidy" in capsys.readouterr().out
    assert main(["--db", str(db.path), "import-undo", "--import", "1", "--dry-run"]) == 0
    assert (
        capsys.readouterr().out == "Undo the tidy of phone numbers: 1 record updated gets its values back.\n"
    )


def test_a_tidy_is_not_the_last_import(db: Database, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An office imports yesterday, tidies today and then undoes yesterday's import: import-undo takes
    back the import (not the tidy), and the tidy keeps its own undo."""
    _people(db)
    partners = tmp_path / "partners.csv"
    partners.write_text("Family Name,Given Name,Email\nWang,Fang,wang.fang@km.gov.cn\n", encoding="utf-8")
    assert main(["--db", str(db.path), "import-contacts", str(partners)]) == 0
    assert main(["--db", str(db.path), "phones", "tidy", "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-undo", "--yes"]) == 0
    assert "Import undone: 1 record deleted" in capsys.readouterr().out
    with db.reading() as s:
        assert s.scalar(text("SELECT deleted_at FROM contact WHERE family_name = 'Wang'")) is not None
    assert _values(db) == ["+86 871 6512 3456", "6512 3456"]  # the tidy stands
    assert main(["--db", str(db.path), "phones", "tidy", "--undo", "--yes"]) == 0
    assert _values(db) == ["0871-6512 3456", "6512 3456"]
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-undo", "--dry-run"]) == 1  # the import was undone already
    assert "There is no import to undo." in capsys.readouterr().err


def test_import_undo_after_a_tidy_of_its_numbers_says_undo_the_tidy_first(  # type: ignore[no-untyped-def]
    db: Database, capsys, tmp_path
) -> None:
    _people(db)
    partners = tmp_path / "partners.csv"
    partners.write_text("Family Name,Given Name,Mobile\nWang,Fang,0871-6512 9999\n", encoding="utf-8")
    assert main(["--db", str(db.path), "import-contacts", str(partners)]) == 0
    assert main(["--db", str(db.path), "phones", "tidy", "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-undo", "--yes"]) == 1
    err = capsys.readouterr().err
    assert "Fang Wang" in err and "undo the tidy first (petdesk phones tidy --undo" in err
    assert main(["--db", str(db.path), "phones", "tidy", "--undo", "--yes"]) == 0
    assert main(["--db", str(db.path), "import-undo", "--yes"]) == 0
    assert _values(db) == ["0871-6512 3456", "0871-6512 9999", "6512 3456"]  # Wang's, deleted with Wang
