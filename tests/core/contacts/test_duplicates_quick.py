"""``petdesk duplicates`` reads through a plain read-only sqlite3 connection: it imports neither
SQLAlchemy nor the models (a second of its three on 100,000 contacts), and finds what the session
finds."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database, open_for_reading
from petdesk.models.enums import OrgKind
from petdesk.services import duplicates as d
from tests.core.contacts.test_duplicates_blocking import _address_book
from tests.core.test_cli_startup import imported_modules


def test_a_plain_connection_finds_what_the_session_finds(db: Database) -> None:
    _address_book(db)
    with db.transaction() as s:
        s.add_all(
            [
                m.Organisation(name_en="Acme Co., Ltd.", website="https://www.acme.example"),
                m.Organisation(name_en="ACME Ltd", name_zh="阿克米有限公司", kind=OrgKind.FUND),
                m.Organisation(name_en="Acme Foundation", aliases=["阿克米"], website="acme.example/en"),
            ]
        )
    with db.reading() as s:
        through_session = d.find_duplicates(s)
        first = through_session[0].first_id
        of_one = d.find_contact_duplicates(s, contact_id=first, min_score=0.3)
    assert len(through_session) > 30
    assert {p.entity for p in through_session} == {"contact", "organisation"}
    conn = open_for_reading(db.path)
    try:
        assert d.find_duplicates(conn) == through_session
        assert d.find_contact_duplicates(conn, contact_id=first, min_score=0.3) == of_one
    finally:
        conn.close()


def test_duplicates_command_imports_no_sqlalchemy_nor_models(db: Database) -> None:
    _address_book(db, 40)
    with db.reading() as s:
        expected = len(d.find_duplicates(s))
    db.close()
    names, result = imported_modules("--db", str(db.path), "duplicates", "--limit", "3")
    assert result.returncode == 0, result.stderr[-500:]
    assert f"{expected} likely duplicate pairs" in result.stdout
    assert "petdesk" in names and "sqlalchemy" not in names and "pypinyin" not in names
    assert "| petdesk.models" not in result.stderr  # the listing's full names


@pytest.mark.parametrize("in_memory_limit", [d.IN_MEMORY_LIMIT, 0], ids=["in memory", "scratch database"])
def test_the_head_is_the_start_of_the_whole_list(
    db: Database, monkeypatch: pytest.MonkeyPatch, in_memory_limit: int
) -> None:
    """``petdesk duplicates --limit N`` writes out only the pairs it shows (through a scratch
    database): they and the count are those of the whole list, for every entity and for limits
    below, at and above the count."""
    _address_book(db)
    monkeypatch.setattr(d, "IN_MEMORY_LIMIT", in_memory_limit)
    with db.transaction() as s:
        s.add_all([m.Organisation(name_en=name) for name in ("Acme Co., Ltd.", "ACME Ltd", "Acme", "ACME")])
    conn = open_for_reading(db.path)
    try:
        for entity in ("all", "contact", "organisation"):
            whole = d.find_duplicates(conn, entity=entity, min_score=0.3)
            assert len(whole) > 3
            for limit in (0, 1, 3, len(whole) - 1, len(whole), len(whole) + 5):
                head, total = d.find_duplicates_head(conn, entity=entity, min_score=0.3, limit=limit)
                assert (head, total) == (whole[:limit], len(whole)), (entity, limit)
    finally:
        conn.close()
