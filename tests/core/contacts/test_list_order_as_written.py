"""The contacts listing of ``services.lists`` (the window's plain contacts page) names and sorts a
transliterated Western name as search and the window's list do: 安娜·林德奎斯特 under A, as
written, not 林德奎斯特安娜 by its surname; its first rows still come off an index."""

from __future__ import annotations

import sqlite3

from sqlalchemy.dialects import sqlite

from petdesk.db import Database
from petdesk.models import Contact
from petdesk.models.enums import NameOrder
from petdesk.services import lists, search

PEOPLE = [
    ("Anna", "Lindqvist", "安娜", "林德奎斯特", ""),
    ("Wei", "Zhang", "伟", "张", ""),
    ("Taro", "Yamada", "太郎", "山田", "ja"),
    ("", "", "阿卜杜拉·", "艾买提", ""),
    ("Bo", "Lin", "波", "林", ""),
]


def _add_people(db: Database) -> None:
    with db.transaction() as s:
        for given, family, given_zh, family_zh, language in PEOPLE:
            s.add(
                Contact(
                    given_name=given,
                    family_name=family,
                    given_name_zh=given_zh,
                    family_name_zh=family_zh,
                    name_order=NameOrder.GIVEN_FIRST,
                    native_name_language=language,
                )
            )


def test_the_chinese_list_agrees_with_search(db: Database) -> None:
    _add_people(db)
    with db.reading() as s:
        listed = [row[1] for row in lists.contacts("zh_CN").page(s, offset=0, limit=20)]
        found = [r.name_zh for r in search.search(s, "", kind=search.CONTACT, language="zh_CN")]
        typed = [row[1] for row in lists.contacts("zh_CN").page(s, offset=0, limit=20, text="林德奎斯特安娜")]
    assert listed == found == ["阿卜杜拉·艾买提", "安娜·林德奎斯特", "林波", "山田太郎", "张伟"]
    assert typed == ["安娜·林德奎斯特"]  # still found as typed family first


def test_the_chinese_list_reads_its_first_rows_by_index(db: Database) -> None:
    _add_people(db)
    query = lists.contacts("zh_CN")
    with db.reading() as s:
        stmt = query._base(s, "").order_by(query.column("name").order_by, Contact.id).limit(50)
        sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    conn = sqlite3.connect(db.path)
    try:
        plan = "\n".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    finally:
        conn.close()
    assert "USING INDEX ix_search_entry_kind_sort_zh (kind=?)" in plan, plan
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan  # only the id tie, within one key
