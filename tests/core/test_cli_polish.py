"""Help and messages of the command line (field test 20, §9): no internal names in errors, ranges
the help promises enforced, English counts in English plurals, one spelling of an option that
works on every import, and README examples that run as pasted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.context import ENGLISH
from petdesk.cli.labels import record_counts_text
from petdesk.db import Database
from petdesk.services import contacts as cs

README = Path(__file__).parents[2] / "README.md"


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    return capsys.readouterr().err.splitlines()[-1]


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["search", "--limit", "abc"], "argument --limit: “abc” is not a whole number"),
        (["search", "--offset", "x"], "argument --offset: “x” is not a whole number"),
        (["demo", "--contacts", "many"], "argument --contacts: “many” is not a whole number"),
        (["duplicates", "--min-score", "5"], "argument --min-score: must be between 0 and 1"),
        (["duplicates", "--min-score", "-0.1"], "argument --min-score: must be between 0 and 1"),
        (["duplicates", "--min-score", "high"], "argument --min-score: “high” is not a number"),
    ],
)
def test_wrong_numbers_are_told_in_plain_words(
    argv: list[str], said: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    line = usage_error(["--db", str(db.path), *argv], capsys)
    assert line.endswith(said), line
    assert "_positive" not in line and "invalid" not in line


def test_a_score_within_the_range_is_taken(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db.path), "duplicates", "--min-score", "1"]) == 0


def test_english_record_counts_are_plural_where_more_than_one() -> None:
    counts = {"organisation": 73, "contact": 1, "activity": 1005, "follow_up": 1, "project": 0}
    assert (
        record_counts_text(counts, ENGLISH, "en")
        == "73 organisations, 1 contact, 1,005 activities, 1 follow-up"
    )


def test_backup_counts_in_english_plurals(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        cs.create_contact(s, family_name="Visser", given_name="Fleur")
        cs.create_contact(s, family_name="Adams", given_name="Ahmed")
    assert main(["--lang", "en", "--db", str(db.path), "backup"]) == 0
    assert "; 2 contacts)" in capsys.readouterr().out


@pytest.mark.parametrize("spelling", ["--map", "--mapping"])
def test_import_contacts_takes_either_spelling_of_the_mapping(
    spelling: str, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Wer,Post\nZhang Wei,zw@example.org\n", encoding="utf-8")
    argv = [
        "--db",
        str(db.path),
        "import-contacts",
        str(sheet),
        spelling,
        "Wer=full_name",
        spelling,
        "Post=email",
    ]
    assert main(argv) == 0, capsys.readouterr().err
    assert main(["--db", str(db.path), "search", "zw@example.org"]) == 0
    assert "Zhang" in capsys.readouterr().out


@pytest.mark.parametrize("spelling", ["--map", "--mapping"])
def test_import_technologies_takes_either_spelling_of_the_mapping(
    spelling: str, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "tech.csv"
    sheet.write_text("Technik\nSolar dryer\n", encoding="utf-8")
    argv = ["--db", str(db.path), "import-technologies", str(sheet), spelling, "Technik=name_en", "--dry-run"]
    assert main(argv) == 0, capsys.readouterr().err


def test_help_documents_one_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import-contacts", "--help"])
    out = capsys.readouterr().out
    assert "--map SPEC" in out and "--mapping" not in out


def test_readme_dossier_examples_name_what_to_print() -> None:
    """`petdesk dossier 1CNJUoqE` failed as pasted: a dossier command names its kind and a file."""
    for example in re.findall(r"petdesk dossier [^`\n]*", README.read_text(encoding="utf-8")):
        words = example.split()
        assert words[2] in ("visit", "training", "namecards", "banquet", "certificates", "invitation"), (
            example
        )
        if "--verify" not in words:  # (checking a serial writes no file)
            assert "--out" in words or "-o" in words or "FILE" in example, example
