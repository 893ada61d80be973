"""Review 62: `petdesk check` counted a contact stored as "Mr. and Mrs. ZHANG Wei" (a couple, see
services/couple_names.py) as "a title in the given name"; it names it as a couple now, with the same
`petdesk tidy-names` hint, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import check
from petdesk.services import contacts as cs
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue


def _a_title_and_two_couples(db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, given_name="Mr. John", family_name="Smith")
        cs.create_contact(s, given_name="Mr. and Mrs. WANG", family_name="Fang")
        cs.create_contact(
            s, given_name="ZHANG", family_name="Wei", notes="Written as: Mr. and Mrs. ZHANG Wei"
        )


def test_clirepr62_check_names_a_couple_apart_from_a_title(db: Database) -> None:
    _a_title_and_two_couples(db)
    texts = [f.text for f in check.check(Path(db.path)).findings]
    assert [t.split(" (")[0] for t in texts] == [
        "1 person has a title in the given name",
        "2 contacts are couples written as one",
    ]
    assert "`petdesk tidy-names --apply`" in texts[1]


@pytest.mark.usefixtures("tree_catalogue")
def test_clirepr62_check_says_couples_in_chinese(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        cs.create_contact(s, given_name="Mr. and Mrs. WANG", family_name="Fang")
    main(["--db", str(db.path), "check", "--lang", "zh_CN"])
    out = capsys.readouterr().out
    assert "1 位联系人是写成一位联系人的夫妇合称（“Mr. and Mrs. ZHANG Wei”" in out
    assert "`petdesk tidy-names --apply`" in out and "称谓" not in out.replace("夫妇合称", "")
    main(["--db", str(db.path), "check"])
    assert "1 contact is a couple written as one" in capsys.readouterr().out
