"""``petdesk demo`` marks the file as the demo, in the local settings that never sync (field test 14:
start.sh opened a 2,000-contact demo the window did not mark, and a trainee entered real partners)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.models import Setting
from petdesk.services import office as office_service


def test_a_demo_file_is_marked(demo_db: Database) -> None:
    with demo_db.reading() as session:
        assert office_service.holds_demo(session, demo_db.path)


def test_a_new_office_is_no_demo(db: Database) -> None:
    with db.reading() as session:
        assert not office_service.holds_demo(session, db.path)


def test_the_demo_file_made_before_the_mark_is_known_by_its_place(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(office_service, "demo_db_path", lambda: db.path)
    with db.reading() as session:
        assert session.get(Setting, office_service.DEMO_SETTING) is None
        assert office_service.holds_demo(session, db.path)
