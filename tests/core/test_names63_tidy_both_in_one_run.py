"""names63: a person with a title in the given name ("Mr. Sho" Sasaki) and a Japanese name stored
split the Chinese way (佐 / 々木翔) got only the title moved by ``tidy-names``; the split waited for a
second run. One run now does both, on one row with both reasons, applied together; the window's
question says what the run does, titles moved and names split again, each counted."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import japanese_name_tidy, name_title_tidy


def _stored_as_before(s: Session, family_zh: str, given_zh: str, **latin: str) -> None:
    """A contact as an import stored it before names59 and jpnames62 (the editor refused 々)."""
    person = cs.create_contact(s, family_name_zh="王", **latin)
    person.family_name_zh, person.given_name_zh = family_zh, given_zh


def _people(db: Database) -> None:
    with db.transaction() as s:
        _stored_as_before(s, "佐", "々木翔", given_name="Mr. Sho", family_name="Sasaki")  # both
        _stored_as_before(s, "长", "谷川", given_name="Mr. John", family_name="Smith")  # a title alone
        _stored_as_before(s, "野", "々村花子")  # a Japanese split alone


def test_names63_one_run_moves_the_title_and_splits_the_name(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _people(db)
    with db.reading() as s:
        plan = name_title_tidy.plan_tidy(s)
    both = [mv for mv in plan if mv.old_given == "Mr. Sho"]
    assert len(both) == 1 and both[0].native is not None
    assert name_title_tidy.reasons(both[0]) == [
        name_title_tidy.REASON_TITLE,
        japanese_name_tidy.REASON_ITERATION,
    ]
    assert name_title_tidy.before_after(both[0]) == ("Mr. Sho Sasaki (佐 々木翔)", "Sho Sasaki (佐々木 翔)")
    assert name_title_tidy.plan_kinds(plan) == (2, 2)  # titles moved, names split again
    assert main(["--db", str(db.path), "tidy-names", "--apply"]) == 0
    assert "3 people tidied." in capsys.readouterr().out
    with db.reading() as s:
        sho = s.query(m.Contact).filter_by(family_name="Sasaki").one()
        assert (sho.given_name, sho.honorific_en) == ("Sho", "Mr.")
        assert (sho.family_name_zh, sho.given_name_zh, sho.native_name_language) == ("佐々木", "翔", "ja")
        assert name_title_tidy.plan_tidy(s) == []  # nothing left for a second run
    assert main(["--db", str(db.path), "tidy-names", "--undo"]) == 0
    with db.reading() as s:
        sho = s.query(m.Contact).filter_by(family_name="Sasaki").one()
        assert (sho.given_name, sho.family_name_zh, sho.given_name_zh) == ("Mr. Sho", "佐", "々木翔")


def test_names63_a_person_changed_since_is_left_whole(db: Database) -> None:
    _people(db)
    with db.reading() as s:
        plan = name_title_tidy.plan_tidy(s)
    with db.transaction() as s:
        s.query(m.Contact).filter_by(family_name="Sasaki").one().given_name_zh = "々木翔太"
        assert name_title_tidy.apply_tidy(s, plan) == 2
    with db.reading() as s:
        sho = s.query(m.Contact).filter_by(family_name="Sasaki").one()
        assert (sho.given_name, sho.family_name_zh) == ("Mr. Sho", "佐")  # neither part applied


def test_polish63_the_cli_line_reads_each_change_with_its_own_arrow(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """polish63: "Mr. Sho Sasaki (佐 々木翔) → Sho Sasaki (佐々木 翔) (Mr. / 先生)" had two sets of
    brackets, the second name reading as a title; now the two changes stand side by side."""
    _people(db)
    assert main(["--db", str(db.path), "tidy-names"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Mr. Sho Sasaki → Sho Sasaki (Mr. / 先生); 佐 々木翔 → 佐々木 翔" in lines
    assert "Mr. John Smith → John Smith (Mr. / 先生)" in lines
    assert "野 々村花子 → 野々村 花子" in lines
