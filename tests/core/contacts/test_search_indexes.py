"""Every index of the search tables is used by a query the service runs (issue 17: an index no
query uses only makes the file bigger). Each is shown by SQLite's EXPLAIN QUERY PLAN."""

from __future__ import annotations

import sqlite3
from typing import Any

from petdesk.db import Database
from petdesk.services import contacts, organisations, search
from petdesk.services.contacts import Method

SEARCH_TABLES = ("search_entry", "search_gram", "search_dirty")


def _plan(conn: sqlite3.Connection, sql: str, params: list[Any]) -> str:
    return "\n".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_every_search_index_is_used(db: Database) -> None:
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_en="Beijing Water", name_zh="北京水务", country="CN")
        person = contacts.create_contact(
            s,
            family_name="Zhang",
            given_name="Wei",
            family_name_zh="张",
            given_name_zh="伟",
            methods=[Method("email", "zw@example.org")],
            organisation_id=org.id,
        )
    conn = db.raw()
    try:
        indexes = {
            name
            for name, table in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")
            if table in SEARCH_TABLES
        }
        plans: list[str] = []
        with db.reading() as s:
            cases = [
                ("", "en", "name"),
                ("", "zh_CN", "name"),
                ("", "en", "organisation"),
                ("", "zh_CN", "organisation"),
                ("", "en", "updated"),
                ("zh", "en", "name"),  # one- or two-character keys, in English name order
                ("张", "zh_CN", "name"),  # ... in pinyin order
                ("北京", "en", "name"),  # people through their organisation
                ("zhang w", "en", "name"),  # a probe by the gram table's whole key
                ("wei zh", "en", "name"),
                ("beijing", "en", "name"),  # the walk plan: a trigram term in English name order
            ]
            for query, language, sort in cases:
                plan = search.plan_query(s, query, kind="contact", language=language, sort=sort)
                plans.append(f"{query!r} {language} {sort}:\n" + _plan(conn, plan.sql, plan.params))
        # Reindexing finds an entity's entry by its id (the UNIQUE constraint's index).
        plans.append(_plan(conn, "SELECT id FROM search_entry WHERE entity_id IN (?)", [person.id]))
        text = "\n".join(plans)
        unused = sorted(i for i in indexes if f"INDEX {i} " not in text and not text.endswith(f"INDEX {i}"))
        assert unused == [], f"indexes no search query uses: {unused}\n{text}"
        # The gram table (WITHOUT ROWID: its primary key's index, "g" in the plans) is read by key
        # range in English name order (entry ids), by key in Chinese order (a bounded sort of the
        # key's rows on rank_zh), and probed by its whole key.
        (plan_text,) = [p for p in plans if p.startswith("'zh' en name")]
        assert "SEARCH g USING PRIMARY KEY (gram=? AND is_org=? AND entry_id<?)" in plan_text, plan_text
        (plan_text,) = [p for p in plans if p.startswith("'张' zh_CN name")]
        assert "SEARCH g USING PRIMARY KEY (gram=? AND is_org=?)" in plan_text, plan_text
        assert "SEARCH g USING PRIMARY KEY (gram=? AND is_org=? AND entry_id=?)" in text
        assert "SCAN g" not in text, "a gram table is read whole"
        # The walk finds the people of matching organisations and the names typed exactly by index.
        (walk,) = [p for p in plans if p.startswith("'beijing' en name")]
        assert "ix_search_entry_org_id (org_id=?" in walk, walk
        assert "ix_search_entry_kind_sort_en (kind=? AND sort_en=?)" in walk, walk
        # The whole list by organisation: the organisations' entries in name order, each one's people
        # by org_id, with no sort of every person.
        for case in ("'' en organisation", "'' zh_CN organisation"):
            (plan_text,) = [p for p in plans if p.startswith(case)]
            key = "sort_zh" if "zh_CN" in case else "sort_en"
            assert f"INDEX ix_search_entry_kind_{key} (kind=?)" in plan_text, plan_text
            assert "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY" in plan_text, plan_text
            assert "SEARCH e USING INDEX ix_search_entry_org_id (org_id=?)" in plan_text, plan_text
    finally:
        conn.close()
