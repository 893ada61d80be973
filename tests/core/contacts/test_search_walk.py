"""The walk plan (a trigram term in English name order, read off the index's row ids) returns the
pages the full ranking of every match gives: people found by their own text, through their
organisation, indexed one by one since the last rebuild, and the person named exactly as typed."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import contacts, names, organisations, search

QUERIES = ["zhang", "zhan", "zhang w", "zhangwei", "wei zhang", "zhangjiakou", "water", "berg", "hong"]


def _ranked(db: Database, query: str) -> list[str]:
    """Every match of ``query`` (the unpaged drive query), ranked in Python as the drive plan ranks."""
    typed = " ".join(names.fold(w) for w in query.split())
    with db.reading() as s:
        ids = set(search.matching_ids(s, query, kind="contact"))
    conn = db.raw()
    try:
        rows = [
            r
            for r in conn.execute(
                "SELECT id, entity_id, name_en, name_zh, sort_en, grams, text FROM search_entry"
            )
            if r[1] in ids
        ]
    finally:
        conn.close()

    def exact(row: tuple) -> bool:
        _id, _entity, name_en, name_zh, sort_en, _grams, _text = row
        return (
            name_en.lower() == typed
            or sort_en == typed
            or sort_en.replace(" ", "") == typed.replace(" ", "")
            or name_zh == query.strip()
        )

    first = typed.split()[0]

    def starts(row: tuple) -> bool:
        """The sort key starts with the typed text, or a name with no Latin sort key (Hangul, kana)
        has a romanised word starting with the first typed word."""
        non_latin = row[4] >= search.NON_LATIN_SORT_KEYS
        return row[4].startswith(typed) or (non_latin and f" {first}" in f" {row[6]}")

    # then sort keys starting with the typed text (Lund University before 伦敦 London, "lundun"),
    # with the Hangul names romanised so (홍길동 "hong" before Chongqing's people)
    return [r[1] for r in sorted(rows, key=lambda r: (not exact(r), not starts(r), r[4], r[0]))]


def test_walk_pages_equal_the_full_ranking(db: Database) -> None:
    with db.transaction() as s:
        s.info[search.DEFER_KEY] = True
        org = organisations.create_organisation(s, name_en="Zhangjiakou Water Works", country="CN")
        chongqing = organisations.create_organisation(s, name_en="Chongqing Ecology Bureau", country="CN")
        for given in ("Anna", "Carl", "Zoe"):  # found through their organisation
            contacts.create_contact(s, family_name="Berg", given_name=given, organisation_id=org.id)
        for i in range(30):
            contacts.create_contact(
                s, family_name="Zhang", given_name=f"Wei{chr(97 + i % 26)}{i}", name_order="family_first"
            )
        contacts.create_contact(s, family_name="Li", given_name="Zhangwei", name_order="family_first")
        for i in range(6):  # before "zhang" in name order: the exact name is beyond a short walk
            contacts.create_contact(
                s, family_name="Chen", given_name=f"Zhangyi{i}", name_order="family_first"
            )
        contacts.create_contact(s, family_name="Zhang", given_name="")
        contacts.create_contact(s, family_name="Ouzhang", given_name="Ming", name_order="family_first")
        contacts.create_contact(s, family_name_zh="홍", given_name_zh="길동")  # sorts last, found as "hong"
        contacts.create_contact(s, family_name="Li", given_name="Honghua", name_order="family_first")
        for given in ("Hans", "Ida"):  # "hong" inside their organisation's name
            contacts.create_contact(s, family_name="Ahlers", given_name=given, organisation_id=chongqing.id)
        search.rebuild_search_index(s)
    with db.transaction() as s:  # indexed one by one: numbered after the rebuild's entries
        contacts.create_contact(s, family_name="Zhang", given_name="Wei", name_order="family_first")
        contacts.create_contact(s, family_name="Aaron", given_name="Zhangson")
        contacts.create_contact(s, family_name="Berg", given_name="Bo", organisation_id=org.id)
    conn = db.raw()
    try:
        assert conn.execute("SELECT max(id) FROM search_entry").fetchone()[0] >= search.TAIL_BASE
    finally:
        conn.close()
    with db.reading() as s:
        for query in QUERIES:
            assert search.plan_query(s, query, kind="contact").strategy == "walk", query
            ranked = _ranked(db, query)
            assert ranked, query
            for limit, offset in ((4, 0), (4, 4), (5, 9), (200, 0), (3, len(ranked) - 2)):
                page = [
                    r.entity_id for r in search.search(s, query, kind="contact", limit=limit, offset=offset)
                ]
                assert page == ranked[offset : offset + limit], (query, limit, offset)
        # The person named exactly as typed comes first, though indexed last or sorted late.
        assert search.search(s, "zhang wei", kind="contact", limit=1)[0].name("en") == "Zhang Wei"
        assert search.search(s, "zhang", kind="contact", limit=1)[0].name("en") == "Zhang"


def test_walk_on_an_empty_index(db: Database) -> None:
    with db.reading() as s:
        assert search.plan_query(s, "zhang", kind="contact").strategy == "walk"
        assert search.search(s, "zhang", kind="contact") == []
