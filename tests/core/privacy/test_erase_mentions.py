"""Field test 59: after an erasure the person's name can remain in other records' free text ("Met
Wang Hao and team" in an organisation's activity, a visit's notes). Those are other people's words:
the erasure lists them, in every script the name is written in, for the office to edit, and leaves
them as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import activities, privacy, projects, visits
from petdesk.services import contacts as contact_service
from petdesk.services import organisations as org_service


@pytest.fixture
def named(db: Database) -> dict[str, str]:
    """Wang Hao (王浩) and records of others naming him in Latin, Chinese and pinyin; and records
    that name a namesake or a part only (a Wang Haoming, "Ask Wang")."""
    with db.transaction() as s:
        org = org_service.create_organisation(s, name_en="Qingdao Water Group", notes="Ask Wang about MBR.")
        wang = contact_service.create_contact(
            s, family_name="Wang", given_name="Hao", family_name_zh="王", given_name_zh="浩",
            name_order="family_first", organisation_id=org.id,
        ).id  # fmt: skip
        other = contact_service.create_contact(s, family_name="Becker", given_name="Anna").id
        met = activities.add_activity(
            s, kind="meeting", subject="Met Wang Hao and team", organisation_id=org.id
        ).id  # fmt: skip
        chinese = activities.add_activity(
            s, kind="call", subject="Call", body="与王浩通话，商定下周见面。", contact_id=other
        ).id  # fmt: skip
        own = activities.add_activity(s, subject="Call Wang Hao", contact_id=wang).id  # erased with him
        namesake = activities.add_activity(
            s, subject="Met Wang Haoming and Liu Hao", organisation_id=org.id
        ).id  # fmt: skip
        visit = visits.create_visit(
            s, title_en="Water delegation", start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 3),
            notes="Interpreter: HAO WANG (Qingdao).",
        ).id  # fmt: skip
        project = projects.create_project(
            s, title_en="MBR pilot", description_en="Proposed by wanghao at the 2025 fair."
        ).id  # fmt: skip
        follow_up = visits.add_follow_up(
            s, None, description_en="Send the MoU", organisation_id=org.id, note="Wang-Hao asked for it"
        ).id  # fmt: skip
    return {
        "wang": wang, "org": org.id, "met": met, "chinese": chinese, "own": own, "namesake": namesake,
        "visit": visit, "project": project, "follow_up": follow_up,
    }  # fmt: skip


def test_erasure_lists_other_records_naming_the_person(db: Database, named: dict[str, str]) -> None:
    result = privacy.erase(db, named["wang"], look_in_backups=False)
    listed = {(f.table, f.row_id): f for f in result.mentions}
    assert set(listed) == {
        ("activity", named["met"]),
        ("activity", named["chinese"]),
        ("visit", named["visit"]),
        ("project", named["project"]),
        ("follow_up", named["follow_up"]),
    }
    assert listed[("activity", named["chinese"])].fields == ("body",)
    assert listed[("activity", named["met"])].excerpt == "Met Wang Hao and team"
    lines = "\n".join(result.mention_lines)
    assert f"Activity {named['met'][:8]}" in lines and "Subject: Met Wang Hao and team" in lines
    assert f"Visit {named['visit'][:8]} (Water delegation), Notes: Interpreter: HAO WANG (Qingdao)." in lines
    # Listed, not rewritten: other people's words stay as written until someone edits them.
    with db.reading() as s:
        assert s.get(m.Activity, named["met"]).subject == "Met Wang Hao and team"  # type: ignore[union-attr]
        assert s.get(m.Activity, named["own"]) is None
        assert s.get(m.Visit, named["visit"]).notes == "Interpreter: HAO WANG (Qingdao)."  # type: ignore[union-attr]


def test_cli_erase_prints_the_records_to_edit(
    db: Database, named: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "--lang", "en", "person", "erase", "--yes", named["wang"]]) == 0
    out = capsys.readouterr().out
    assert "Their name is still written in 5 other records; edit them if the name should go:" in out
    assert f"  Follow-up action {named['follow_up'][:8]}" in out and "Wang-Hao asked for it" in out
    assert "Haoming" not in out and "Ask Wang about MBR" not in out


def test_nothing_listed_when_nothing_names_the_person(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        person = contact_service.create_contact(s, family_name="Quist", given_name="Mara").id
        activities.add_activity(s, subject="Call Mara Quist", contact_id=person)  # their own: erased
    assert main(["--db", str(db.path), "--lang", "en", "person", "erase", "--yes", person]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Erased Mara Quist") and "still written" not in out


def test_accented_and_hyphenated_spellings_are_found_and_namesakes_are_not(db: Database) -> None:
    from petdesk.services.name_mentions import find_mentions

    with db.transaction() as s:
        person = contact_service.create_contact(
            s, family_name="Zhou", given_name="Xiaoming", family_name_zh="周", given_name_zh="晓明"
        ).id
        org = org_service.create_organisation(s, name_en="Shenzhen Water").id
        texts = {
            "Dinner with Zhōu Xiǎomíng.": True,  # tone marks: folded
            "Asked ZHOU-XIAOMING for the data": True,
            "周晓明提到了预算": True,
            "Met Zhou Xiaomingyu and Xiaoming": False,  # another person; a given name alone
        }
        ids = {
            activities.add_activity(s, subject=text, organisation_id=org).id: found
            for text, found in texts.items()
        }
    conn = db.raw()
    try:
        listed = {f.row_id for f in find_mentions(conn.cursor(), person)}
    finally:
        conn.close()
    assert listed == {row_id for row_id, found in ids.items() if found}


def test_cli_erase_lists_other_people_s_text_terminal_safe(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """A note imported with an escape sequence (one that clears the screen) is listed as text: the
    list after the erasure is as safe as the confirmation's list before it."""
    with db.transaction() as s:
        person = contact_service.create_contact(s, family_name="Quist", given_name="Mara").id
        org = org_service.create_organisation(s, name_en="Rhine Water Lab")
        activities.add_activity(s, subject="Met Mara Quist\x1b[2J\x07 at IFAT", organisation_id=org.id)
    assert main(["--db", str(db.path), "--lang", "en", "person", "erase", "--yes", person]) == 0
    out = capsys.readouterr().out
    assert "Met Mara Quist\\x1b[2J\\x07 at IFAT" in out
    assert "\x1b" not in out and "\x07" not in out
