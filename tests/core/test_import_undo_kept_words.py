"""After "Undo the rest", the message counts the records changed since the import apart from the
added records they use: the question named one changed record and the answer said "2 records
changed since were left as they are" (field test 63; the other was her job's organisation)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import import_undo
from tests.core.test_import_undo import _import, _people_csv
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


def test_the_undone_message_counts_changed_and_used_records_apart(  # type: ignore[no-untyped-def]
    db: Database, tmp_path: Path, tree_catalogue
) -> None:
    _import(db, _people_csv(tmp_path / "partners.csv"))
    with db.transaction() as s:  # someone corrects Li Na after the import
        s.scalar(select(m.Contact).where(m.Contact.family_name == "Li")).notes = "prefers WeChat"
    with db.transaction() as s:
        plan = import_undo.plan_undo(s)
        assert "1 record was changed" in import_undo.refusal(plan)
        done = import_undo.undo_import(s, plan, skip_changed=True)
    assert (done.kept, done.changed) == (2, 1)
    english = import_undo.undone_words(done, "en")
    assert "1 record changed since was left as it is." in english
    assert "1 record the import added stays: a kept record uses it." in english
    assert "2 records changed" not in english
    chinese = import_undo.undone_words(done, "zh_CN")
    assert "导入之后被修改过的 1 条记录保持不变" in chinese and "2 条" not in chinese
