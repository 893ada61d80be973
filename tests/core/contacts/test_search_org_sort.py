"""Lists sorted by organisation read the organisation's sort key through its entry (``org_id``,
migration 0022_search_compact): the whole list walks the organisations in name order, a search sorts
its matches; both give the order of (organisation's sort key, people without one last, row id), in
either language and direction, before and after a rebuild, and ``position`` agrees with them."""

from __future__ import annotations

import sqlite3

from petdesk.db import Database
from petdesk.services import contacts, organisations, search


def _data(db: Database) -> None:
    with db.transaction() as s:
        orgs = [
            organisations.create_organisation(s, name_en=en, name_zh=zh, country=country)
            for en, zh, country in (
                ("Zeta Water", "泽塔水务", "CN"),
                ("Alpha Energy", "阿尔法能源", "DE"),
                ("Beijing Water", "北京水务", "CN"),
                ("Beijing Water", "北京水务", "CN"),  # the same sort keys: people interleave by row
            )
        ]
        names = [
            ("Zhang", "Wei", "张", "伟"),
            ("Li", "Na", "李", "娜"),
            ("Müller", "Anna", "", ""),
            ("Wang", "Fang", "王", "芳"),
            ("Zhao", "Lei", "赵", "磊"),
            ("Chen", "Jing", "陈", "静"),
            ("Schmidt", "Jonas", "", ""),
        ]
        for n, (family, given, family_zh, given_zh) in enumerate(names * 2):
            org = orgs[n % 5] if n % 5 < 4 else None  # every fifth person has no organisation
            contacts.create_contact(
                s,
                family_name=family,
                given_name=given,
                family_name_zh=family_zh,
                given_name_zh=given_zh,
                organisation_id=org.id if org else None,
            )


def _expected(db: Database, language: str, descending: bool, country: str = "") -> list[str]:
    key = "sort_zh" if language.startswith("zh") else "sort_en"
    direction = "DESC" if descending else "ASC"
    where = " AND e.country = ?" if country else ""
    conn = sqlite3.connect(db.path)
    try:
        return [
            r[0]
            for r in conn.execute(
                f"SELECT e.entity_id FROM search_entry e LEFT JOIN search_entry o ON o.id = e.org_id "
                f"WHERE e.kind = 'contact'{where} "
                f"ORDER BY coalesce(o.{key}, char(65535)) {direction}, e.id {direction}",
                [country] if country else [],
            )
        ]
    finally:
        conn.close()


def _check(db: Database) -> None:
    with db.reading() as s:
        for language in ("en", "zh_CN"):
            for descending in (False, True):
                expected = _expected(db, language, descending)
                listed = [
                    r.entity_id
                    for r in search.search(
                        s, "", kind="contact", language=language, sort="organisation", descending=descending
                    )
                ]
                assert listed == expected, (language, descending)
                # Pages: the walk stops at offset + limit and still gives the right slice.
                page = search.search(
                    s, "", kind="contact", language=language, sort="organisation", descending=descending,
                    limit=3, offset=4,
                )  # fmt: skip
                assert [r.entity_id for r in page] == expected[4:7]
                for number, entity_id in enumerate(expected):
                    found = search.position(
                        s, "", entity_id, kind="contact", language=language, sort="organisation",
                        descending=descending,
                    )  # fmt: skip
                    assert found == number
                filtered = search.search(
                    s, "", kind="contact", language=language, sort="organisation", descending=descending,
                    filters={"country": "CN"},
                )  # fmt: skip
                assert [r.entity_id for r in filtered] == _expected(db, language, descending, "CN")
                # A search sorts its matches the same way (the drive plan).
                matches = search.search(
                    s, "water", kind="contact", language=language, sort="organisation", descending=descending
                )
                assert [r.entity_id for r in matches] == [
                    e for e in expected if e in {r.entity_id for r in matches}
                ]
                assert len(matches) == 9  # three people at each of the three water organisations
            row = search.search(s, "", kind="contact", language=language, sort="organisation")[0]
            assert row.organisation("en") == "Alpha Energy" and row.organisation("zh_CN") == "阿尔法能源"


def test_sorted_by_organisation_through_its_entry(db: Database) -> None:
    _data(db)
    _check(db)  # entries indexed one by one: row ids from TAIL_BASE on
    with db.transaction() as s:
        search.rebuild_search_index(s)
    _check(db)  # row ids in name order


def test_people_of_many_matching_organisations_are_walked_in_name_order(db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A one- or two-character query matching organisations with many people reads its page by
    walking all people in name order (sorting them all took 12 ms for 北京); the page is the same
    as when they are sorted."""
    _data(db)
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Beijing Energy", name_zh="北京能源", country="CN")
    pages = {}
    for threshold in (10_000, 0):  # sorted, then walked
        monkeypatch.setattr(search, "_SORT_MEMBERS_AT_MOST", threshold)
        with db.reading() as s:
            pages[threshold] = [
                [
                    r.entity_id
                    for r in search.search(s, q, kind="contact", language=lang, descending=desc, limit=4)
                ]
                for q in ("北京", "北", "水务")
                for lang in ("en", "zh_CN")
                for desc in (False, True)
            ]
            plan = search.plan_query(s, "北京", kind="contact", language="zh_CN")
            assert ("INDEXED BY ix_search_entry_kind_sort_zh" in plan.sql) == (threshold == 0)
    assert pages[0] == pages[10_000]
    assert all(len(page) == 4 for page in pages[0])
