"""The import preview (``importing.check_updates``) says what the import will do, row by row, without
writing: it compares each matched row with the stored record through the import's own merge rules."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from tests.helpers.import_preview import MIXED, write_files


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.run_import(s, importing.load_file(path), "contacts")


@contextmanager
def _writes(db: Database) -> Iterator[list[str]]:
    """The statements that write to the database's own tables (not the import's temporary ones)."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        words = statement.lstrip().upper()
        if words.startswith(("INSERT", "UPDATE", "DELETE", "SAVEPOINT")) and " TEMP." not in words:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.mark.parametrize("one_pass", [False, True], ids=["check_updates", "plan_import(check=True)"])
@pytest.mark.parametrize("chunk", [importing.CHUNK, 3], ids=["one chunk", "chunks of 3"])
def test_the_preview_counts_what_the_import_does_row_by_row_without_writing(
    db: Database, tmp_path: Path, one_pass: bool, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In chunks of 3 rows, rows about a person an earlier chunk changed or added are settled by a
    # second pass (the preview lets the drafts of a chunk go).
    monkeypatch.setattr(importing, "CHUNK", chunk)
    known, mixed = write_files(tmp_path)
    assert _import(db, known).count("added") == 7

    with db.reading() as s, _writes(db) as written:
        plan = importing.plan_import(s, importing.load_file(mixed), "contacts", check=one_pass)
        importing.check_updates(s, plan)  # after plan_import(check=True), changes nothing more
        people_before = s.scalar(select(func.count()).select_from(m.Contact))
    assert written == []  # compared, not tried in a savepoint

    with db.transaction() as s:
        report = importing.apply_import(s, plan)
    said = (plan.count("add"), plan.count("update"), plan.count("skip"))
    did = (report.count("added"), report.count("updated"), report.count("skipped"))
    assert said == did == (1, 7, 5)
    past = {"add": "added", "update": "updated", "skip": "skipped"}
    assert [past[item.action] for item in plan.items] == [o.action for o in report.outcomes]
    assert [o.action for o in report.outcomes] == list(MIXED.values())
    # An update's reason names what it changes, as the import's does.
    assert [str(item.reason) for item in plan.items] == [str(o.reason) for o in report.outcomes]
    reasons = {o.line: str(o.reason) for o in report.outcomes}
    assert reasons[3].endswith(": Position (English)")
    assert reasons[4].endswith(": Contact methods") and reasons[5].endswith(": Contact methods")
    assert reasons[6].endswith(": Affiliation") and reasons[7].endswith(": Affiliation")
    assert reasons[2].endswith("already up to date") and reasons[11].endswith("already up to date")
    with db.reading() as s:
        assert people_before == 7
        assert s.scalar(select(func.count()).select_from(m.Contact)) == 8
