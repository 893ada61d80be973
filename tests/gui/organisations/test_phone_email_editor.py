"""An organisation's own phone and e-mail (0078) in the window: typed in the editor (fields with
accessible names), stored in international form, refused in plain words, shown in its pane."""

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


def test_phone_and_email_typed_in_the_editor_and_shown(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en="Stadtwerke Bonn", country="DE").id
    dialog = _open(qtbot, db, org_id)
    phone, email = dialog.edits["phone"], dialog.edits["email"]
    assert (phone.accessibleName(), email.accessibleName()) == ("Phone", "E-mail")
    qtbot.keyClicks(phone, "0228 711 1")
    qtbot.keyClicks(email, "info at swb")
    assert not _save(qtbot, dialog)
    assert "“info at swb” is not an e-mail address" in dialog.error.text()
    assert email.styleSheet()  # the field to correct is marked
    email.clear()
    qtbot.keyClicks(email, "Info@SWB-Bonn.de")
    assert _save(qtbot, dialog)
    with db.reading() as s:
        org = organisations.get_organisation(s, org_id)
        assert (org.phone, org.email) == ("+49 228 7111", "Info@swb-bonn.de")
    again = _open(qtbot, db, org_id)
    assert (again.edits["phone"].text(), again.edits["email"].text()) == ("+49 228 7111", "Info@swb-bonn.de")

    pane = OrganisationDetailView(db, "en")
    qtbot.addWidget(pane)
    pane.show()
    pane.show_entity(org_id)
    qtbot.waitUntil(lambda: "Phone: +49 228 7111" in pane.info.text(), timeout=10000)
    assert "E-mail: Info@swb-bonn.de" in pane.info.text()


def test_the_chinese_labels_follow_the_glossary(
    qtbot: QtBot, db: Database, tree_window_catalogue: None
) -> None:
    """电话 and 电子邮件, the glossary's words, as labels and accessible names."""
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_zh="昆明市生态环境局").id
    dialog = OrganisationEditDialog(db, "zh_CN", org_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.edits["name_zh"].text() != "")
    assert (dialog.edits["phone"].accessibleName(), dialog.edits["email"].accessibleName()) == (
        "电话",
        "电子邮件",
    )
