"""The window's "Revert Record to Before This Change" on a visit's part: the delegation goes back."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.history.dialog import HistoryDialog
from petdesk.gui.qt import Qt
from petdesk.services import visits
from tests.core.privacy.test_history_revert_record_kinds import _live, _people

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_revert_a_visit_to_before_a_delegate_joined(qtbot: QtBot, db: Database) -> None:
    chen, wang = _people(db, "Chen", "Wang")
    with db.transaction() as session:
        v = visits.create_visit(
            session, title_en="Study tour", start_date=dt.date(2027, 5, 3), end_date=dt.date(2027, 5, 5)
        )
        visits.add_participant(session, v.id, chen)
        vid = v.id
    with db.transaction() as session:
        visits.add_participant(session, vid, wang)
        visits.update_visit(session, vid, title_en="Study tour with Wang")
    dialog = HistoryDialog(db, "visit", vid, locale="en")
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(
        r
        for r, e in enumerate(dialog.model.entries)
        if e.entity == "visit_participant" and e.is_creation and "Wang" in e.label
    )
    dialog.table.selectRow(row)
    assert dialog.revert_record_button.isEnabled()
    with qtbot.waitSignal(dialog.reverted, timeout=5000):
        qtbot.mouseClick(dialog.revert_record_button, Qt.MouseButton.LeftButton)
    assert _live(
        db, "SELECT contact_id FROM visit_participant WHERE visit_id = ? AND deleted_at IS NULL", vid
    ) == {(chen,)}
    assert _live(db, "SELECT title_en FROM visit WHERE id = ?", vid) == {("Study tour",)}
    said = dialog.result_label.text()
    assert said.startswith("Reverted: ") and "removed" in said, said
