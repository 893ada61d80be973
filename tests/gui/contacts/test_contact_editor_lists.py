"""The contact editor edits postal addresses, related people and other messaging handles (issue 13)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.contacts.list_fields import ListFieldBox
from petdesk.gui.qt import QDialogButtonBox, Qt
from petdesk.services import contacts as cs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def _save(qtbot: QtBot, dialog: ContactEditDialog) -> None:
    box = dialog.findChild(QDialogButtonBox, "buttons")
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_edit_addresses_related_people_and_handles(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        cid = cs.create_contact(
            s,
            family_name="Müller",
            given_name="Jörg",
            addresses=[
                {
                    "label": "work",
                    "street": "Parkgürtel 24",
                    "city": "Köln",
                    "postcode": "50823",
                    "po_box": "12 34",
                }
            ],
            related_names=[{"type": "spouse", "name": "Anna Müller"}],
        ).id
    dialog = ContactEditDialog(db, "en", cid)
    qtbot.addWidget(dialog)
    dialog.show()
    addresses = dialog.findChild(ListFieldBox, "addresses")
    related = dialog.findChild(ListFieldBox, "related_names")
    handles = dialog.findChild(ListFieldBox, "other_handles")
    (work,) = addresses.row_widgets
    assert (work.kind.currentData(), work.parts["city"].text()) == ("work", "Köln")
    assert not dialog.is_dirty()
    # Change the city by typing, add a home address, drop the spouse, add an assistant and a QQ number.
    work.parts["city"].selectAll()
    qtbot.keyClicks(work.parts["city"], "Koeln-Ehrenfeld")
    assert dialog.is_dirty()
    qtbot.mouseClick(addresses.add_button, Qt.MouseButton.LeftButton)
    home = addresses.row_widgets[-1]
    home.kind.setCurrentIndex(home.kind.findData("home"))
    qtbot.keyClicks(home.parts["street"], "Am Rhein 1")
    qtbot.keyClicks(home.parts["country"], "Deutschland")
    qtbot.mouseClick(related.row_widgets[0].remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(related.add_button, Qt.MouseButton.LeftButton)
    assistant = related.row_widgets[-1]
    assistant.kind.setCurrentIndex(assistant.kind.findData("assistant"))
    qtbot.keyClicks(assistant.parts["name"], "Petra Weber")
    qtbot.mouseClick(handles.add_button, Qt.MouseButton.LeftButton)
    qq = handles.row_widgets[-1]
    qq.kind.setCurrentIndex(qq.kind.findData("qq"))
    qtbot.keyClicks(qq.parts["handle"], "1234567")
    qtbot.mouseClick(handles.add_button, Qt.MouseButton.LeftButton)  # left empty: not saved
    _save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.reading() as s:
        c = cs.get_contact(s, cid)
        assert c.addresses == [
            {
                "label": "work",
                "street": "Parkgürtel 24",
                "city": "Koeln-Ehrenfeld",
                "postcode": "50823",
                "po_box": "12 34",
            },
            {"label": "home", "street": "Am Rhein 1", "country": "Deutschland"},
        ]
        assert c.related_names == [{"type": "assistant", "name": "Petra Weber"}]
        assert c.other_handles == [{"service": "qq", "handle": "1234567"}]


def test_a_typed_kind_is_kept_as_typed(qtbot: QtBot, db: Database) -> None:
    dialog = ContactEditDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.family_name, "Doe")
    related = dialog.findChild(ListFieldBox, "related_names")
    qtbot.mouseClick(related.add_button, Qt.MouseButton.LeftButton)
    row = related.row_widgets[0]
    row.kind.setEditText("godmother")
    qtbot.keyClicks(row.parts["name"], "Maria")
    _save(qtbot, dialog)
    with db.reading() as s:
        assert cs.get_contact(s, dialog.saved_id).related_names == [{"type": "godmother", "name": "Maria"}]
