"""Undoing a large import a chunk at a time: progress after each chunk, and the session lets go of
each chunk's records once written (it held every record of the import, and the plan every row)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import import_undo, importing


def test_undone_in_chunks_with_progress(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "delegates.csv"
    rows = [f"Delegate{i},Anna,Org {i % 3},anna{i}@example.org,+49 40 {1000 + i}" for i in range(7)]
    path.write_text(
        "Family Name,Given Name,Organisation,Email,Phone\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    with db.transaction() as s:
        importing.import_file(s, path)
    monkeypatch.setattr(import_undo, "BATCH", 4)  # 10 records (7 people, 3 organisations): 3 chunks
    heard: list[tuple[int, int]] = []
    with db.transaction() as s:
        plan = import_undo.plan_undo(s)
        assert (plan.deleted, plan.records) == (10, 10)
        kept = s.get(m.Contact, s.scalar(select(m.Contact.id).where(m.Contact.family_name == "Delegate0")))
        done = import_undo.undo_import(s, plan, on_progress=lambda d, t: heard.append((d, t)))
        assert done.deleted == 10
        assert heard == [(4, 10), (8, 10), (10, 10)]
        held = {type(obj).__tablename__ for obj in s.identity_map.values()}
        assert not held & {"contact_method", "affiliation", "organisation"}  # let go once written
        assert kept in s and kept.deleted_at is not None  # the caller's own object stays, up to date
    with db.reading() as s:
        live = s.scalar(select(func.count()).select_from(m.Contact).where(m.Contact.deleted_at.is_(None)))
        assert live == 0
