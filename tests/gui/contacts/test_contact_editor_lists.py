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
    """Click Save and wait for the background save to finish (saved or refused)."""
    box = dialog.findChild(QDialogButtonBox, "buttons")
    with qtbot.waitSignal(dialog.save_finished, timeout=10000):
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
    with qtbot.waitSignal(dialog.loaded):  # read off the GUI thread
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


def test_choose_and_remove_a_photo(qtbot: QtBot, db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    from petdesk.services import photos

    picture = tmp_path / "portrait.png"
    Image.new("RGB", (1200, 900), (30, 120, 200)).save(picture)
    with db.transaction() as s:
        cid = cs.create_contact(s, family_name="Doe", given_name="Jane").id
    dialog = ContactEditDialog(db, "en", cid)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):  # read off the GUI thread
        dialog.show()
    assert dialog.photo_label.text() == "No photo" and not dialog.remove_photo.isEnabled()
    not_a_picture = tmp_path / "notes.txt"
    not_a_picture.write_text("hello")
    assert not dialog.set_photo_file(str(not_a_picture))
    assert "cannot be used as a photo" in dialog.error.text() and not dialog.is_dirty()
    assert dialog.set_photo_file(str(picture)) and dialog.is_dirty()
    assert dialog.photo_label.pixmap() is not None and not dialog.photo_label.pixmap().isNull()
    _save(qtbot, dialog)
    with db.reading() as s:
        media, data = photos.to_bytes(cs.get_contact(s, cid).photo)
    assert media == "image/jpeg"
    with Image.open(__import__("io").BytesIO(data)) as thumb:
        assert max(thumb.size) == photos.MAX_SIDE  # 1200×900 shrunk to a thumbnail
    # Remove it again.
    again = ContactEditDialog(db, "en", cid)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded):
        again.show()
    assert again.remove_photo.isEnabled()
    qtbot.mouseClick(again.remove_photo, Qt.MouseButton.LeftButton)
    _save(qtbot, again)
    with db.reading() as s:
        assert cs.get_contact(s, cid).photo == ""


def test_a_photo_that_is_not_one_is_refused_by_the_service(db: Database) -> None:
    from petdesk.services.validation import ValidationError

    with db.transaction() as s:
        cid = cs.create_contact(s, family_name="Doe", given_name="Jane").id
    with db.transaction() as s, pytest.raises(ValidationError) as info:
        cs.update_contact(s, cid, photo="text/plain;base64,aGVsbG8=")
    assert info.value.fields() == {"photo"}


def test_the_affiliation_date_is_shown_as_the_other_editors_show_dates(qtbot: QtBot, db: Database) -> None:
    """"13 May 2026" as in the visit and training editors, not Qt's "13/05/2026"."""
    from petdesk.gui.qt import QDate, QDateEdit

    dialog = ContactEditDialog(db, "en")
    qtbot.addWidget(dialog)
    start = dialog.findChild(QDateEdit, "start_date")
    start.setDate(QDate(2026, 5, 13))
    assert start.text() == "13 May 2026"


def test_the_birthday_hint_says_what_may_be_typed(qtbot: QtBot, db: Database) -> None:
    """A hint in words (the year may be left out), not the bare "1980-03-15 / --03-15"."""
    from petdesk.gui.qt import QLineEdit

    dialog = ContactEditDialog(db, "en")
    qtbot.addWidget(dialog)
    birthday = dialog.findChild(QLineEdit, "birthday")
    assert birthday.placeholderText() == "e.g. 1980-03-15, or --03-15 without the year"


def test_long_values_are_shown_from_their_start(qtbot: QtBot, db: Database) -> None:
    """setText left each field scrolled to its end: "adams@johannesburg-epia…" read as another
    address than nomvula.adams@…."""
    from petdesk.gui.qt import QLineEdit

    long_note = "Prefers morning meetings; vegetarian; travels with an interpreter from the city office"
    with db.transaction() as s:
        cid = cs.create_contact(
            s, family_name="Adams", given_name="Nomvula", dietary_needs=long_note
        ).id
    dialog = ContactEditDialog(db, "en", cid)
    qtbot.addWidget(dialog)
    dialog.resize(600, 500)
    with qtbot.waitSignal(dialog.loaded):
        dialog.show()
    field = dialog.dietary_needs
    assert field.text() == long_note and field.cursorPosition() == 0
    assert all(e.cursorPosition() == 0 for e in dialog.findChildren(QLineEdit) if not e.hasFocus())
    dialog.close()
