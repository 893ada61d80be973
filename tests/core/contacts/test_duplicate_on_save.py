"""A new contact that is likely someone already known is asked about before it is saved (field
test 38, defect 3: 张伟 was added twice at one organisation with one phone number, silently)."""

from __future__ import annotations

import re
import sqlite3

import pytest

from petdesk.connection import session_sqlite
from petdesk.db import Database
from petdesk.services import contact_form, search
from petdesk.services import contacts as cs
from petdesk.services import organisations as orgs
from petdesk.services.contacts import Method
from petdesk.services.duplicates_on_save import PossibleDuplicate, likely_duplicates

ZHANG_WEI = {"family_name_zh": "张", "given_name_zh": "伟"}


@pytest.fixture
def bureau(db: Database) -> str:
    return make_bureau(db)


def make_bureau(db: Database) -> str:
    """成都市生态环境局 with 张伟 (13800138000) on its staff, and a namesake elsewhere."""
    with db.transaction() as s:
        bureau = orgs.create_organisation(s, name_zh="成都市生态环境局", name_en="Chengdu Ecology Bureau").id
        other = orgs.create_organisation(s, name_zh="重庆市水务局").id
        cs.create_contact(s, **ZHANG_WEI, organisation_id=bureau, methods=[Method("phone", "13800138000")])
        cs.create_contact(s, family_name_zh="张", given_name_zh="伟", organisation_id=other)
    return bureau


def _save_new(db: Database, bureau: str | None, phone: str, *, check: bool = True) -> str:
    with db.transaction() as s:
        return contact_form.save_contact_form(
            s,
            None,
            dict(ZHANG_WEI),
            methods=[Method("phone", phone)] if phone else [],
            organisation_id=bureau,
            position_en="",
            position_zh="科员" if bureau else "",  # a position needs an organisation
            start_date=None,
            was=None,
            language="zh_CN",
            check_duplicates=check,
        )


def test_the_same_phone_and_chinese_name_asks_first(db: Database, bureau: str) -> None:
    with pytest.raises(PossibleDuplicate) as asked:
        _save_new(db, bureau, "138 0013 8000")
    (match,) = asked.value.matches
    assert (match.name, match.organisations) == ("张伟", ["成都市生态环境局"])
    assert match.score >= 0.9
    with db.transaction() as s:
        assert len(cs.find_contacts(s, phone="13800138000")) == 1  # nothing saved


def test_save_anyway_saves(db: Database, bureau: str) -> None:
    _save_new(db, bureau, "138 0013 8000", check=False)
    with db.transaction() as s:
        assert len(cs.find_contacts(s, phone="13800138000")) == 2


def test_the_same_name_at_the_same_organisation_asks_a_namesake_elsewhere_does_not(
    db: Database, bureau: str
) -> None:
    with pytest.raises(PossibleDuplicate):
        _save_new(db, bureau, "")
    _save_new(db, None, "")  # 张伟 with nothing else in common: namesakes are common


def test_the_look_up_reads_indexes_not_every_contact(db: Database, bureau: str) -> None:
    statements: list[str] = []
    with db.transaction() as s:
        conn = session_sqlite(s)
        conn.set_trace_callback(statements.append)
        try:
            found = likely_duplicates(s, ZHANG_WEI, [Method("phone", "13800138000")], bureau, language="en")
        finally:
            conn.set_trace_callback(None)
        assert [d.name for d in found] == ["张伟"]
        plans = [_plan(conn, sql) for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    scans = [
        line
        for plan in plans
        for line in plan
        if re.match(r"SCAN (contact|contact_method|affiliation|[cma])\b", line)
    ]
    assert plans and not scans


def _plan(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]


def test_traditional_and_simplified_spellings_of_one_name_are_asked_about(db: Database) -> None:
    """張偉 at the Taipei bureau is 张伟 typed on a mainland input method: a new 张伟 there is asked
    about, also while the search index has not worked off the colleague's row (a sync package's or
    another process's rows wait in the queue until the window catches up)."""
    with db.transaction() as s:
        taipei = orgs.create_organisation(s, name_zh="臺北市環境保護局").id
        s.info[search.DEFER_KEY] = True  # the queue fills, the index is not brought up to date
        colleague = cs.create_contact(s, family_name_zh="張", given_name_zh="偉", organisation_id=taipei).id
    with db.reading() as s:
        assert session_sqlite(s).execute("SELECT count(*) FROM search_dirty").fetchone()[0]
        for typed in (ZHANG_WEI, {"family_name_zh": "張", "given_name_zh": "伟"}):
            found = likely_duplicates(s, typed, [], taipei, language="zh_CN")
            assert [(d.contact_id, d.name) for d in found] == [(colleague, "張偉")]
    search.catch_up(db)
    with db.reading() as s:  # and by the index, once it has
        (match,) = likely_duplicates(s, ZHANG_WEI, [Method("phone", "13800138000")], taipei, language="zh_CN")
        assert match.contact_id == colleague
