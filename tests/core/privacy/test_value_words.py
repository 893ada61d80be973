"""Stored values in words (``sync.value_words``): enum codes by their labels, yes/no, dates and
times as the language writes them, lists joined, linked records by name, in both languages; a
history's linked records named in one statement per table."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.i18n import format_date, format_datetime
from petdesk.models.enums import ActivityKind, ProjectStatus
from petdesk.services import history
from petdesk.stored_times import stored_time

if TYPE_CHECKING:
    from petdesk.sync.value_words import ValueWords


@pytest.fixture
def conn(db: Database) -> Iterator[sqlite3.Connection]:
    connection = db.raw()
    yield connection
    connection.close()


def _records(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        org = m.Organisation(name_en="Haikou Water Bureau", name_zh="海口市水务局")
        gone = m.Organisation(name_en="Old Bureau")
        person = m.Contact(
            family_name="Chen",
            given_name="Ping",
            name_order="family_first",
            family_name_zh="陈",
            given_name_zh="萍",
        )
        s.add_all([org, gone, person])
        s.flush()
        gone.soft_delete()
        return {"org": org.id, "gone": gone.id, "person": person.id}


def _words(
    conn: sqlite3.Connection, locale: str, *, quote: bool = False, width: int | None = None
) -> ValueWords:
    from petdesk.sync.value_words import ValueWords  # imported here: the other tests run on older code too

    return ValueWords(conn.cursor(), locale, quote=quote, width=width, zone=dt.UTC)


def test_codes_are_said_by_their_labels_in_both_languages(conn: sqlite3.Connection) -> None:
    en, zh = _words(conn, "en"), _words(conn, "zh_CN")
    cases = [
        (("visit", "direction", "inbound"), "Inbound", "来访"),
        (("contact", "name_order", "family_first"), "Family name first", "姓在前"),
        (("project", "status", "approved"), "Approved", "已批准"),
        (("tech_match", "state", "suggested"), "Suggested", "推荐"),
        (("visit_participant", "role", "head"), "Head of delegation", "团长"),
        (
            ("organisation", "technology_areas", '["water","sponge_city"]'),
            "Water treatment, Sponge city",
            "水处理、海绵城市",
        ),
        (("contact", "languages", '["zh","en"]'), "Chinese, English", "中文、英语"),
        (("contact", "tags", '["board","donor"]'), "board, donor", "board、donor"),
        (("organisation", "country", "FR"), "France", "法国"),
    ]
    for (entity, field, value), english, chinese in cases:
        assert (en(entity, field, value), zh(entity, field, value)) == (english, chinese), field
    # a newer office's code, unknown here, stays as it is
    assert en("visit", "direction", "sideways") == "sideways"


def test_yes_no_dates_and_times(conn: sqlite3.Connection) -> None:
    en, zh = _words(conn, "en"), _words(conn, "zh_CN")
    for value, english, chinese in ((1, "yes", "是"), (0, "no", "否"), (True, "yes", "是")):
        assert en("organisation", "is_member_city", value) == english
        assert zh("organisation", "is_member_city", value) == chinese
    day = dt.date(2026, 12, 4)
    assert en("affiliation", "start_date", "2026-12-04") == format_date(day, "en") != "2026-12-04"
    assert zh("affiliation", "start_date", "2026-12-04") == "2026年12月4日"
    moment = dt.datetime(2026, 12, 4, 9, 5, tzinfo=dt.UTC)
    # as the change log keeps a time (ISO text) and as a few writers log it (integer microseconds)
    for stored in (moment.isoformat(), stored_time(moment)):
        assert en("activity", "occurred_at", stored) == format_datetime(moment, "en")
        assert zh("activity", "occurred_at", stored) == "2026年12月4日 09:05"
    assert en("contact", "deleted_at", stored_time(moment)) == f"deleted on {format_date(day, 'en')}"
    assert en("contact", "deleted_at", None) == "not deleted"


def test_empty_erased_and_text(conn: sqlite3.Connection) -> None:
    en, zh = _words(conn, "en"), _words(conn, "zh_CN")
    for value in (None, "", "[]", []):
        assert (en("contact", "nickname", value), zh("contact", "nickname", value)) == ("(empty)", "（空）")
    assert en("follow_up", "owner_id", {"erased": "contact"}) == "an erased person"
    assert zh("follow_up", "owner_id", {"erased": "contact"}) == "已清除的人员"
    assert en("contact", "notes", "line one\nline two") == "line one / line two"
    quoted = _words(conn, "en", quote=True, width=10)
    assert quoted("contact", "notes", "a long note indeed") == "“a long no…”"


def test_linked_ids_are_named(db: Database, conn: sqlite3.Connection) -> None:
    ids = _records(db)
    en, zh = _words(conn, "en"), _words(conn, "zh_CN")
    assert en("activity", "organisation_id", ids["org"]) == "Haikou Water Bureau 海口市水务局"
    assert zh("activity", "organisation_id", ids["org"]) == "海口市水务局"
    assert en("visit_participant", "contact_id", ids["person"]) == "Chen Ping (陈萍)"
    assert zh("visit_participant", "contact_id", ids["person"]) == "陈萍（Chen Ping）"
    assert en("project", "lead_organisation_id", ids["gone"]) == "Old Bureau (deleted)"
    assert zh("project", "lead_organisation_id", ids["gone"]) == "Old Bureau（已删除）"
    assert en("project", "lead_organisation_id", "no-such-id") == "a record not in this database"


def _statements(conn: sqlite3.Connection) -> list[str]:
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    return seen


def test_linked_records_are_named_in_one_statement_per_table(db: Database, conn: sqlite3.Connection) -> None:
    ids = _records(db)
    with db.transaction() as s:
        orgs = [m.Organisation(name_en=f"Bureau {i}") for i in range(40)]
        s.add_all(orgs)
        s.flush()
        org_ids = [o.id for o in orgs]
    values = [("activity", "organisation_id", i) for i in org_ids]
    values += [("visit_participant", "contact_id", ids["person"]), ("project", "status", "idea")]
    words = _words(conn, "en")
    seen = _statements(conn)
    words.prepare(values)
    described = [words(*v) for v in values]
    assert described[:2] == ["Bureau 0", "Bureau 1"] and described[-2:] == ["Chen Ping (陈萍)", "Idea"]
    assert len([q for q in seen if "FROM organisation" in q]) == 1, seen
    assert len([q for q in seen if "FROM contact" in q]) == 1, seen


def _activity_with_changes(db: Database, n: int) -> str:
    """An activity moved between ``n`` organisations, one change each, and its kind changed."""
    with db.transaction() as s:
        orgs = [m.Organisation(name_en=f"Partner {i:03d}") for i in range(n)]
        s.add_all(orgs)
        s.flush()
        act = m.Activity(subject="Call", occurred_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
        s.add(act)
        s.flush()
        act_id, org_ids = act.id, [o.id for o in orgs]
    for i, org_id in enumerate(org_ids):
        with db.transaction() as s:
            found = s.get(m.Activity, act_id)
            found.organisation_id = org_id
            if i == 0:
                found.kind = ActivityKind.MEETING
    return act_id


def test_a_history_of_hundreds_of_changes_names_its_links_in_one_statement(db: Database) -> None:
    act_id = _activity_with_changes(db, 200)
    with db.reading() as s:
        driver = s.connection().connection.driver_connection
        seen = _statements(driver)
        entries = history.record_history(s, "activity", act_id, locale="en")
        driver.set_trace_callback(None)
    moves = [e for e in entries if e.field == "organisation_id"]
    assert len(moves) == 200
    assert (moves[0].old_text, moves[0].new_text) == ("Partner 198", "Partner 199")
    assert moves[-1].old_text == "(empty)"
    assert next(e for e in entries if e.field == "kind").new_text == "Meeting"
    assert len([q for q in seen if "FROM organisation" in q]) == 1, [q for q in seen if "organisation" in q]


def test_the_history_command_says_values_in_words(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _records(db)
    with db.transaction() as s:
        project = m.Project(title_en="Sponge city pilot", title_zh="海绵城市试点")
        s.add(project)
        s.flush()
        pid = project.id
    with db.transaction() as s:
        found = s.get(m.Project, pid)
        found.status = ProjectStatus.APPROVED
        found.lead_organisation_id = ids["org"]
        found.technology_areas = ["water"]
        found.deadline = dt.date(2027, 3, 31)
    assert main(["--db", str(db.path), "history", pid[:8]]) == 0
    out = capsys.readouterr().out
    assert "  Stage: Idea → Approved\n" in out
    assert "  Lead organisation: (empty) → Haikou Water Bureau 海口市水务局\n" in out
    assert "  Technology areas: (empty) → Water treatment\n" in out
    assert f"  Deadline: (empty) → {format_date(dt.date(2027, 3, 31), 'en')}\n" in out
    assert ids["org"] not in out and "approved" not in out
    assert main(["--lang", "zh_CN", "--db", str(db.path), "history", pid[:8]]) == 0
    out = capsys.readouterr().out
    assert "  阶段：构想 → 已批准\n" in out
    assert "  牵头机构：（空） → 海口市水务局\n" in out
    assert "  截止日期：（空） → 2027年3月31日\n" in out


def test_amounts_are_written_as_the_locale_writes_numbers(conn: sqlite3.Connection) -> None:
    """History showed a project's approved amount as "1200000.0"."""
    en, zh = _words(conn, "en"), _words(conn, "zh_CN")
    assert en("project", "amount_approved", 1200000.0) == "1,200,000"
    assert zh("project", "amount", 2500.5) == "2,500.5"
    assert en("project", "cofinancing", 300000.0) == "300,000"
