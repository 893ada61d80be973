"""The contact editor from the keyboard alone (field test D9, D10): Tab goes through every field in
the order they are shown, leaves the notes, and the editor opens with the focus in the first field."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.qt import QDialogButtonBox, Qt, QWidget
from petdesk.gui.record_editor import discard_open_editors
from petdesk.services import contacts as cs
from petdesk.services import organisations
from petdesk.services.contacts import Method

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]


def _contact(db: Database) -> str:
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_en="Port of Rotterdam", country="NL")
        return cs.create_contact(
            s,
            family_name="Bakker",
            given_name="Sem",
            notes="Met in Delft.",
            methods=[
                Method("email", "sem.bakker@example.nl", "work"),
                Method("phone", "+31 10 252 1010", "work"),
            ],
            organisation_id=org.id,
            position_en="Harbour master",
        ).id


def _wait_exposed(qtbot: QtBot, dialog: ContactEditDialog) -> None:
    """Until the window is on the screen (Qt hands out the focus when it is)."""
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())


def _name(widget: QWidget | None) -> str:
    if widget is None:
        return "-"
    if isinstance(widget.parentWidget(), QDialogButtonBox):
        return f"button:{widget.text()}"  # type: ignore[attr-defined]
    return widget.objectName()


def test_tab_goes_through_every_field_in_the_order_shown(qtbot: QtBot, db: Database) -> None:
    dialog = ContactEditDialog(db, "en", _contact(db))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    qtbot.waitUntil(dialog.method_rows[-1].isVisible)  # rows added while shown appear a moment later
    dialog.activateWindow()
    dialog.family_name.setFocus()  # where it opens is the next test's
    seen: list[str] = []
    for _ in range(60):
        focused = dialog.focusWidget()
        seen.append(_name(focused))
        if seen[-1] == "button:Cancel":
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    # The e-mail and phone rows, the organisation, position and Save are reached (they were not),
    # in the order the form shows them: names, then ways to reach them, then the right column.
    order = [
        "family_name",
        "given_name",
        "name_suffix",
        "method_value_0",
        "method_value_1",
        "add_method",
        "organisation",
        "position_en",
        "start_date",
        "gender",  # shown above "Web pages", so reached before it
        "websites",
        "notes",
        "add_addresses",
        "button:Save",
        "button:Cancel",
    ]
    assert all(name in seen for name in order), " ".join(seen)
    assert [seen.index(name) for name in order] == sorted(seen.index(name) for name in order), " ".join(seen)
    # Tab left the notes after one press, and typed nothing into them.
    assert seen.count("notes") == 1
    assert dialog.notes.toPlainText() == "Met in Delft."
    discard_open_editors()


@pytest.mark.parametrize("shown_before_loaded", [True, False])
def test_the_editor_opens_with_the_focus_in_the_first_field(
    qtbot: QtBot, db: Database, shown_before_loaded: bool
) -> None:
    """Shown while its record is still read (the form disabled), the editor opened with the focus on
    Cancel, and Return then closed it; whichever comes first, the focus is in the family name."""
    contact_id = _contact(db)
    for _ in range(5):
        dialog = ContactEditDialog(db, "en", contact_id)
        qtbot.addWidget(dialog)
        if shown_before_loaded:
            with qtbot.waitSignal(dialog.loaded, timeout=10000):
                dialog.show()
                assert dialog.is_busy()
        else:
            qtbot.waitSignal(dialog.loaded, timeout=10000).wait()
            dialog.show()
        _wait_exposed(qtbot, dialog)
        assert dialog.focusWidget() is dialog.family_name
        dialog.close()
    new = ContactEditDialog(db, "en")
    qtbot.addWidget(new)
    new.show()
    _wait_exposed(qtbot, new)
    assert new.focusWidget() is new.family_name
