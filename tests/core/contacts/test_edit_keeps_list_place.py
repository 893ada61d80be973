"""An edited contact keeps its place among people of the same name (field test 47, defect 6: after
saving a new position, one 王芳 of 86 moved to the 22nd row, as re-indexing gave it a new row id,
which breaks ties between equal names). A changed name still moves it to where it sorts."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts, search


def _order(db: Database, query: str, language: str, descending: bool = False) -> list[str]:
    with db.reading() as s:
        rows = search.search(
            s, query, kind=search.CONTACT, language=language, descending=descending, limit=100
        )
        return [r.entity_id for r in rows]


@pytest.mark.parametrize("rebuilt", [True, False])
def test_an_edit_keeps_the_place_among_equal_names(db: Database, rebuilt: bool) -> None:
    with db.transaction() as s:
        ids = [
            contacts.create_contact(s, family_name_zh="王", given_name_zh="芳", tags=[f"t{i}"]).id
            for i in range(6)
        ]
        contacts.create_contact(s, family_name_zh="王", given_name_zh="刚")
        if rebuilt:  # as after an import or the demo: row ids in name order
            search.rebuild_search_index(s)
    views = [
        (q, lang, desc)
        for q in ("", "王芳", "wangfang")
        for lang in ("en", "zh_CN")
        for desc in (False, True)
    ]
    before = {view: _order(db, *view) for view in views}
    for moved in (ids[0], ids[3]):
        with db.transaction() as s:
            contacts.update_contact(s, moved, tags=["edited"], notes="a new note")
        assert {view: _order(db, *view) for view in views} == before
    with db.transaction() as s:  # a new name sorts where it belongs
        contacts.update_contact(s, ids[0], given_name_zh="刚")
    assert _order(db, "王刚", "zh_CN") != before[("王芳", "zh_CN", False)]
    assert ids[0] not in _order(db, "王芳", "zh_CN")
    with db.reading() as s:
        assert search.check_index(s)
