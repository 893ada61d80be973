"""A year-end cleanup deletes hundreds of contacts, then part of it is regretted (field test 69):
the Deleted list brought back one record per round (defect 1), and showed only the newest 500, so
a contact deleted in an earlier cleanup could not be found to bring back (defect 2)."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import history, merge
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _people(db: Database, n: int, family: str) -> list[str]:
    with db.transaction() as s:
        people = [m.Contact(family_name=f"{family}{i:03d}", given_name="Anna") for i in range(n)]
        s.add_all(people)
        s.flush()
        return [p.id for p in people]


def _live(db: Database, ids: list[str]) -> set[str]:
    with db.reading() as s:
        return {
            c.id for c in s.query(m.Contact).filter(m.Contact.id.in_(ids), m.Contact.deleted_at.is_(None))
        }


def test_several_deleted_records_come_back_at_once(db: Database) -> None:
    ids = _people(db, 12, "Becker")
    with db.transaction() as s:
        cs.delete_contacts(s, ids)
        keep, other = (m.Contact(family_name="Visser", given_name="Fleur") for _ in range(2))
        s.add_all([keep, other])
        s.flush()
        merged = merge.merge_contacts(s, keep.id, other.id)
    never_deleted = _people(db, 1, "Alive")[0]
    wanted = [*ids[:5], other.id, never_deleted, "zzzz-no-such-record"]
    done = history.restore_records(db, wanted)
    assert [r.row_id for r in done.restored] == [*ids[:5], other.id]
    assert done.restored[-1].undone_merge == merged.id  # the merged one comes back by undoing its merge
    assert [ident for ident, _why in done.refused] == [never_deleted, "zzzz-no-such-record"]
    assert _live(db, ids) == set(ids[:5])  # the other seven stay deleted


def test_an_older_deletion_beyond_the_newest_shown_is_found_by_name(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier = _people(db, 30, "Altbestand")
    today = _people(db, 40, "Heute")
    with db.transaction() as s:
        cs.delete_contacts(s, earlier)
    with db.transaction() as s:
        cs.delete_contacts(s, today)
    with db.reading() as s:
        newest = history.deleted_records(s, limit=20)
        assert {r.row_id for r in newest} <= set(today)  # the earlier cleanup is out of sight ...
        assert history.count_deleted(s) == 70
        found = history.deleted_records(s, limit=20, matching="altbestand017")  # ... but found by name
        assert [r.row_id for r in found] == [earlier[17]]

    assert main(["--db", str(db.path), "--lang", "en", "deleted", "--limit", "20"]) == 0
    out = capsys.readouterr().out
    assert "The newest 20 of 70 deleted records; --search NAME finds any of them." in out
    assert main(["--db", str(db.path), "--lang", "en", "deleted", "--search", "Altbestand017"]) == 0
    out = capsys.readouterr().out
    assert "Altbestand017" in out and "Heute" not in out and "newest" not in out
    code = main(["--db", str(db.path), "--lang", "en", "restore-record", earlier[17], earlier[3]])
    assert code == 0
    assert _live(db, earlier) == {earlier[17], earlier[3]}


@pytest.mark.usefixtures("tree_catalogue")
def test_restore_record_says_which_were_refused_in_chinese(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _people(db, 2, "Becker")
    with db.transaction() as s:
        cs.delete_contacts(s, ids[:1])
    code = main(["--db", str(db.path), "--lang", "zh_CN", "restore-record", ids[0], ids[1]])
    captured = capsys.readouterr()
    assert code == 1
    assert "已恢复联系人" in captured.out
    assert f"未恢复：{ids[1]}：" in captured.err


def test_the_search_reads_the_merges_once_not_once_per_deleted_record(db: Database) -> None:
    """Review 50: the search labels every deleted record, and each label asked for its merge in a
    query of its own: 5,000 deleted contacts took 5-10 s of the window's thread per search."""
    from sqlalchemy import event

    ids = _people(db, 40, "Kowalski")
    with db.transaction() as s:
        cs.delete_contacts(s, ids)
        keep, other = (m.Contact(family_name="Visser", given_name="Fleur") for _ in range(2))
        s.add_all([keep, other])
        s.flush()
        merge.merge_contacts(s, keep.id, other.id)
    asked: list[str] = []
    with db.reading() as s:
        engine = s.get_bind()
        listener = lambda *a: asked.append(a[2]) if "merge_record" in a[2] else None  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            found = history.deleted_records(s, matching="visser")
        finally:
            event.remove(engine, "before_cursor_execute", listener)
    assert [r.label for r in found] == ["Fleur Visser (merged into Fleur Visser; Restore undoes the merge)"]
    assert len(asked) <= 2
