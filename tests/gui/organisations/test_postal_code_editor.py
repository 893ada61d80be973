"""An organisation's postal code (0071) in the window: typed in the editor, refused in plain words
when it cannot be one of the country's, shown in the organisation's pane."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.organisations.detail import OrganisationDetailView
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.services import organisations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _open(qtbot: QtBot, db: Database, org_id: str) -> OrganisationEditDialog:
    dialog = OrganisationEditDialog(db, "en", org_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.edits["name_en"].text() != "")
    return dialog


def _save(qtbot: QtBot, dialog: OrganisationEditDialog) -> bool:
    with qtbot.waitSignal(dialog.save_finished, timeout=10000) as done:
        dialog.save()
    return bool(done.args[0])


def test_typed_in_the_editor_refused_in_words_and_shown(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        org_id = organisations.create_organisation(
            s, name_en="Xuhui Water Works", country="CN", address_zh="上海市徐汇区漕溪北路100号"
        ).id
    dialog = _open(qtbot, db, org_id)
    assert dialog.edits["postal_code"].text() == ""
    qtbot.keyClicks(dialog.edits["postal_code"], "20003")
    assert not _save(qtbot, dialog)
    assert dialog.error.text() == "A postal code in China has 6 digits (e.g. 200030)."
    assert dialog.edits["postal_code"].styleSheet()  # the field to correct is marked
    qtbot.keyClicks(dialog.edits["postal_code"], "0")
    assert _save(qtbot, dialog)
    with db.reading() as s:
        assert organisations.get_organisation(s, org_id).postal_code == "200030"
    again = _open(qtbot, db, org_id)
    assert again.edits["postal_code"].text() == "200030"

    pane = OrganisationDetailView(db, "en")
    qtbot.addWidget(pane)
    pane.show()
    pane.show_entity(org_id)
    qtbot.waitUntil(lambda: "Postal code: 200030" in pane.info.text(), timeout=10000)
