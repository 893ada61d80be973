"""An erasure says how many places held the person's name as typed text, before it asks and in
its report (field test 28: "Liu Yang (刘洋)" was the author of 333 activities, and neither the
question nor the report said so)."""

from __future__ import annotations

import sqlite3

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import activities, privacy
from petdesk.services import contacts as contact_service
from petdesk.sync.erased_names import ERASED_NAME
from petdesk.sync.tracking import STAFF_SETTING
from tests.helpers.terminal import type_at_terminal


def _staff_member(db: Database) -> str:
    """Liu Yang works here (the staff name of this installation), logged 3 activities about a
    partner and one about themselves (which goes with them, not renamed)."""
    con = sqlite3.connect(db.path)
    con.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (STAFF_SETTING, "Liu Yang (刘洋)"))
    con.commit()
    con.close()
    with db.transaction() as s:
        person = contact_service.create_contact(
            s, family_name="Liu", given_name="Yang", family_name_zh="刘", given_name_zh="洋"
        )
        partner = contact_service.create_contact(s, family_name="Becker", given_name="Anna")
        for author in ("Liu Yang", "刘洋", "Yang Liu (刘洋)"):
            activities.add_activity(s, subject="Call", contact_id=partner.id, author=author)
        activities.add_activity(s, subject="Note", contact_id=person.id, author="刘洋")
        activities.add_activity(s, subject="Fair", contact_id=partner.id, author="Liu Yangming")
        return person.id


def _counted(db: Database) -> dict[str, int]:
    """What the file says after the erasure: the placeholders where the name stood."""
    con = sqlite3.connect(db.path)
    try:
        authors = con.execute("SELECT count(*) FROM activity WHERE author = ?", (ERASED_NAME,)).fetchone()[0]
        history = con.execute("SELECT count(*) FROM sync_change WHERE staff = ?", (ERASED_NAME,)).fetchone()[
            0
        ]
    finally:
        con.close()
    return {"activity": authors, "sync_change": history}


def test_the_question_and_the_result_count_the_places_renamed(db: Database) -> None:
    pid = _staff_member(db)
    asked = privacy.person_to_erase(db, pid).renamed
    assert asked["activity"] == 3 and asked["setting"] == 1 and asked["sync_change"] > 0
    result = privacy.erase(db, pid, look_in_backups=False)
    assert result.renamed == asked
    found = _counted(db)
    assert found == {"activity": asked["activity"], "sync_change": asked["sync_change"]}
    assert privacy.renamed_places(result.renamed) == (
        f"3 activity authors, {found['sync_change']} history entries, the staff name set on this computer"
    )


def test_nothing_typed_nothing_said(db: Database) -> None:
    with db.transaction() as s:
        pid = contact_service.create_contact(s, family_name="Becker", given_name="Anna").id
    assert privacy.person_to_erase(db, pid).renamed == {}
    assert privacy.renamed_places({}) == ""


@pytest.mark.parametrize(
    ("locale", "asked", "told"),
    [
        ("en", "and their name in 3 activity authors, ", "And their name in 3 activity authors, "),
        ("zh_CN", "3 条活动记录的记录人", "3 条活动记录的记录人"),
    ],
)
def test_the_command_line_says_it_before_and_after(
    db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    asked: str,
    told: str,
) -> None:
    pid = _staff_member(db)
    type_at_terminal(monkeypatch, "y\n")
    assert main(["--db", str(db.path), "--lang", locale, "person", "erase", pid]) == 0
    out = capsys.readouterr().out
    question, _answer, report = out.partition("[y/N]")
    assert asked in question
    assert told in report and ERASED_NAME in report
