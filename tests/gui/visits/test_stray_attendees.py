"""A file made before removing a person took them off a visit's items still ticks them there
(field test 33, defect 1): until ``petdesk check --repair`` takes them off, the itinerary shows the
people still on the visit, never "?"."""

from __future__ import annotations

import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.visits.edit import VisitEditor
from tests.core.visits.test_remove_participant_links import _build
from tests.helpers import editors

#: The offscreen platform cannot resize native windows to fit a toolbar; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_itinerary_leaves_out_a_person_no_longer_on_the_visit(
    qtbot: QtBot, db: Database, translators
) -> None:
    translators("en")
    with db.transaction() as s:
        ids = _build(s)  # Groß attends Talks with Weiß, and the Site visit alone
    conn = sqlite3.connect(db.path)
    with conn:  # taken out as petdesk did before the fix: his items still tick him
        conn.execute(
            "UPDATE visit_participant SET deleted_at = updated_at WHERE contact_id = ?", [ids["gross"]]
        )
    conn.close()
    shown = VisitEditor(db, locale="en", visit_id=ids["visit"])
    qtbot.addWidget(shown)
    shown.show()
    editors.loaded(qtbot, shown)
    itinerary = shown.items_model
    rows = [
        [str(itinerary.data(itinerary.index(r, c))) for c in range(itinerary.columnCount())]
        for r in range(itinerary.rowCount())
    ]
    assert not any("?" in cell for row in rows for cell in row), rows
    talks, site = (
        next(row for row in rows if any(title in cell for cell in row)) for title in ("Talks", "Site")
    )
    # the attendees cell names Weiß alone (Groß still interprets: a role, not a place in the delegation)
    assert "Hans-Jürgen Weiß" in talks and not any("Weiß" in cell and "Groß" in cell for cell in talks)
    assert "whole delegation" in site  # as it will read once the repair has taken him off
