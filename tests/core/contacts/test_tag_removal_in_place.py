"""Removing tags writes most contacts' search entries in place (issue 17, round 63): each entry must
be what the index's builder gives, the grams another part of the entry needs kept."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts, search, tag_removal, tagging

from .test_bulk_tags import _index_rows

#: Names of many kinds, each with a method (the in-place path needs one): Han, kana, Hangul, Hanja,
#: Cyrillic, Greek, Arabic, umlauts, initials, 吕 ("lv"), a Korean surname's spellings, readings.
PEOPLE: list[dict[str, str]] = [
    {"family_name": "Zhang", "given_name": "Wei", "family_name_zh": "张", "given_name_zh": "伟"},
    {"family_name": "Lü", "given_name": "Fang", "family_name_zh": "吕", "given_name_zh": "芳"},
    {"family_name": "Fiona", "given_name": "Ivy"},
    {"family_name": "Yamada", "given_name": "Sakura", "family_name_zh": "山田", "given_name_zh": "さくら"},
    {"family_name_zh": "김", "given_name_zh": "민준", "name_hanja": "金敏俊"},
    {"family_name": "Lee", "given_name": "Ji-u"},
    {"family_name": "Иванова", "given_name": "Ирина"},
    {"family_name": "Παπαδόπουλος", "given_name": "Νίκος"},
    {"family_name": "المنصوري", "given_name": "خالد", "phonetic_family_name": "Al Mansouri"},
    {"family_name": "Mohammed", "given_name": "Ahmed", "native_name_language": "ar"},
    {"family_name": "Müller", "given_name": "Änne"},
    {"family_name": "Chan", "given_name": "W.K."},
    {"family_name": "Morgan", "given_name": "Jean-Pierre"},
    {
        "family_name": "Lindqvist",
        "given_name": "Anna",
        "family_name_zh": "林德奎斯特",
        "given_name_zh": "安娜",
    },
    {
        "family_name": "Mizuno",
        "given_name": "Taro",
        "family_name_zh": "水野",
        "given_name_zh": "太郎",
        "phonetic_family_name": "みずの",
    },
]


def _create(s, tags: list[str], i: int, **name: str) -> str:  # type: ignore[no-untyped-def]
    return contacts.create_contact(
        s, tags=tags, methods=[contacts.Method("email", f"p{i}@example.org")], **name
    ).id


def test_every_gram_of_a_contacts_other_parts_might_come_from_its_text(db: Database) -> None:
    """What the in-place path relies on: the builder makes no gram of a name that
    ``might_come_from`` would miss (else a removed tag's gram would go while the name needs it)."""
    with db.transaction() as s:
        for i, name in enumerate(PEOPLE):
            _create(s, [], i, **name)
    with db.reading() as s:
        rows = (
            search._dbapi(s).execute("SELECT text, grams FROM search_entry WHERE kind = 'contact'").fetchall()
        )
    assert len(rows) == len(PEOPLE)
    missed = [
        (text, g) for text, grams in rows for g in grams.split() if not tag_removal.might_come_from(g, text)
    ]
    assert missed == []


def test_removing_tags_in_place_equals_a_rebuild_and_keeps_grams_names_need(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tagging, "FTS_REBUILD_ABOVE", 0)  # the path of large retags
    tags = ["Fieldwork", "水务", "VIP", "Water"]
    with db.transaction() as s:
        people = [_create(s, tags, i, **name) for i, name in enumerate(PEOPLE)]
        plain = _create(s, tags, 99, family_name="Berg", given_name="Anna")
        nick = contacts.create_contact(
            s, family_name="Ouyang", given_name="Lin", nickname="老欧", tags=tags
        ).id
    built: list[str] = []
    rebuild = tagging._rebuild_entries

    def spy(conn, kind, ids, now):  # type: ignore[no-untyped-def]
        built.extend(ids)
        rebuild(conn, kind, ids, now)

    monkeypatch.setattr(tagging, "_rebuild_entries", spy)
    with db.transaction() as s:  # from the middle and the end of the lists
        assert tagging.retag(s, search.CONTACT, query="", remove=["fieldwork", "水务", "water"]) == 17
    assert plain not in built and nick in built  # Berg's entry in place; a nickname follows the tags
    in_place = _index_rows(db)
    grams = {(g, e) for g, _o, e in in_place[1]}
    assert ("fi", plain) not in grams and ("wa", plain) not in grams and ("水", plain) not in grams
    assert ("fi", people[2]) in grams  # Fiona keeps "fi", her name gives it
    assert ("水", people[-1]) in grams  # 水野 keeps 水
    with db.reading() as s:
        assert search.check_index(s)
        assert search.count(s, "fieldwork", kind=search.CONTACT) == 0
        assert search.count(s, "vip", kind=search.CONTACT) == len(people) + 2
        search._dbapi(s).execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
    with db.transaction() as s:
        search.rebuild_search_index(s)
    rebuilt = _index_rows(db)
    assert in_place[0] == rebuilt[0]
    assert in_place[1] == rebuilt[1]


def test_undo_of_a_bulk_tag_writes_in_place_and_equals_a_rebuild(db: Database) -> None:
    with db.transaction() as s:
        ids = [_create(s, ["air"], i, **name) for i, name in enumerate(PEOPLE)]
    with db.transaction() as s:
        change = tagging.retag_change(s, search.CONTACT, ids=ids, add=["Kreislauf", "循环经济"])
    with db.transaction() as s:
        assert tagging.undo(s, change) == len(ids)
    undone = _index_rows(db)
    with db.reading() as s:
        assert search.count(s, "kreislauf", kind=search.CONTACT) == 0
        assert search.count(s, "air", kind=search.CONTACT) == len(ids)
    with db.transaction() as s:
        search.rebuild_search_index(s)
    assert _index_rows(db) == undone


@pytest.mark.parametrize(
    ("name", "tags", "remove"),
    [
        # the tag's part is a part of the name's text: the builder decides
        ({"family_name": "Wasser", "given_name": "Eva"}, ["Eva Wasser", "air"], "Eva Wasser"),
        # the method text is a tag's part too
        ({"family_name": "Berg", "given_name": "Eva"}, ["p0@example.org", "air"], "air"),
        # a digit in a name: one of its parts might equal the method text
        ({"family_name": "Berg 2", "given_name": "Eva"}, ["air", "sea"], "sea"),
    ],
)
def test_entries_in_doubt_are_built_by_the_builder(
    db: Database, name: dict[str, str], tags: list[str], remove: str
) -> None:
    with db.transaction() as s:
        cid = _create(s, tags, 0, **name)
    with db.reading() as s:
        conn = search._dbapi(s)
        row = conn.execute(
            "SELECT e.id, e.text, e.grams, c.tags FROM search_entry e JOIN contact c "
            "ON c.id = e.entity_id WHERE c.id = ?",
            [cid],
        ).fetchone()
        fields = conn.execute(
            "SELECT family_name || char(31) || given_name FROM contact WHERE id = ?", [cid]
        ).fetchone()[0]
    new = "[" + ", ".join(f'"{t}"' for t in tags if t != remove) + "]"
    assert tag_removal.in_place(*row, new, "p0@example.org", fields) is None
    with db.transaction() as s:
        tagging.retag(s, search.CONTACT, ids=[cid], remove=[remove])
    written = _index_rows(db)
    with db.transaction() as s:
        search.rebuild_search_index(s)
    assert _index_rows(db) == written


def test_entries_written_in_place_with_one_statement(db: Database) -> None:
    """Issue 17: an ``UPDATE`` a row ran the full-text trigger with a flush of the FTS5 index each."""
    with db.transaction() as s:
        ids = [_create(s, ["air", "Water"], i, family_name=f"Berg{i:02}", given_name="Al") for i in range(30)]
    statements: list[str] = []
    with db.transaction() as s:
        search._dbapi(s).set_trace_callback(statements.append)
        try:
            assert tagging.retag(s, search.CONTACT, ids=ids, remove=["water"]) == 30
        finally:
            search._dbapi(s).set_trace_callback(None)
    # the trace names the outer statement again for each row its triggers run on: count them once
    updates = {sql for sql in statements if sql.lstrip().upper().startswith("UPDATE SEARCH_ENTRY SET TEXT")}
    assert len(updates) == 1
    with db.reading() as s:
        assert search.count(s, "water", kind=search.CONTACT) == 0
        assert search.count(s, "air", kind=search.CONTACT) == 30
        search._dbapi(s).execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
