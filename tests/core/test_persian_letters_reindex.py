"""``0077_persian_letters``: a file indexed before field test 125 is re-indexed for the entries written
with Persian ی, ک, a final ى or a ZWNJ, and only those: علي كريمي (Arabic keyboard) then finds
علی کریمی (Persian keyboard), and a technology described in Persian is found by the Arabic letters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import arabic_names, chinese_names
from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import matching, names, search
from petdesk.services import organisations as os_
from petdesk.sync.service import LOCAL_REVISIONS, content_revisions
from tests.helpers.old_files import index_rows, set_back_to
from tests.helpers.reindex_lists import found

#: (family, given) of the people whose entries change, and of those that stay as they were
CHANGED = {"karimi": ("کریمی", "علی"), "nikpour": ("نیک\u200cپور", "مریم")}
OTHERS = {"adams": ("Adams", "Anna"), "mansouri": ("المنصوري", "خالد"), "blake": ("Blake", "Tom")}


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        ids = {
            key: cs.create_contact(s, family_name=family, given_name=given).id
            for key, (family, given) in {**CHANGED, **OTHERS}.items()
        }
        ids["doe"] = os_.create_organisation(s, name_en="سازمان حفاظت محیط زیست").id
        return ids


def _clear_caches() -> None:
    names.clear_caches()
    arabic_names.word_spellings.cache_clear()
    matching.fold_latin.cache_clear()
    matching.fold_name_part.cache_clear()


@pytest.fixture
def old_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The index as round 58 wrote it: Persian letters folded as themselves."""
    for module in (chinese_names, arabic_names, matching):
        monkeypatch.setattr(module, "as_arabic_letters", lambda text: text)
    _clear_caches()
    yield
    monkeypatch.undo()
    _clear_caches()


def test_0077_re_keys_the_persian_entries_and_leaves_the_others(
    tmp_path: Path, old_rules: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0075_arabic_mongolian_readings")
    others = index_rows(path, [ids[k] for k in OTHERS])
    monkeypatch.undo()
    _clear_caches()
    db = open_database(path)
    try:
        assert found(db, "علي") == {ids["karimi"]}
        assert found(db, "نيكپور") == {ids["nikpour"]}
        with db.reading() as s:
            orgs = {r.entity_id for r in search.search(s, "محيط زيست", kind=search.ORGANISATION)}
            assert orgs == {ids["doe"]}
            assert search.check_index(s)
    finally:
        db.close()
    assert index_rows(path, [ids[k] for k in OTHERS]) == others  # byte for byte, key rows too


def test_the_revision_is_local() -> None:
    assert "0077_persian_letters" in LOCAL_REVISIONS
    assert content_revisions(["0077_persian_letters"]) == content_revisions(
        ["0075_arabic_mongolian_readings"]
    )
