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
        return list(s.scalars(text("SELECT value FROM contact_method ORDER BY value")))


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
    assert main(["--db", str(db.path), "import-undo", "--dry-run"]) == 0
    assert (
        capsys.readouterr().out == "Undo the tidy of phone numbers: 1 record updated gets its values back.\n"
    )
