"""The "do not contact" mark (field test 96, 0069) in the window: the editor sets it with a check box
and the contact pane says it first, in the window's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.contacts.detail import ContactDetailView
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.qt import QCheckBox, QDialogButtonBox, Qt
from petdesk.services import contacts as cs
from petdesk.services import do_not_contact
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_the_editor_marks_a_person(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        cid = cs.create_contact(s, family_name="Becker", given_name="Jonas").id
    dialog = ContactEditDialog(db, "en", cid)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):  # read off the GUI thread
        dialog.show()
    box = dialog.findChild(QCheckBox, "do_not_contact")
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    buttons = dialog.findChild(QDialogButtonBox, "buttons")
    with qtbot.waitSignal(dialog.save_finished, timeout=10000):
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert do_not_contact.marked(s) == {cid}
    again = ContactEditDialog(db, "en", cid)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded):
        again.show()
    assert again.findChild(QCheckBox, "do_not_contact").isChecked()


@pytest.mark.parametrize(("locale", "said"), [("en", "Do not contact"), ("zh_CN", "请勿联系")])
def test_the_pane_says_it_first(
    qtbot: QtBot,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    said: str,
    translators: Any,
    tree_catalogue: Path,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators(locale)
    with db.transaction() as s:
        jonas = cs.create_contact(s, family_name="Becker", given_name="Jonas").id
        lena = cs.create_contact(s, family_name="Krause", given_name="Lena").id
        do_not_contact.set_mark(s, jonas)
    pane = ContactDetailView(db, locale)
    qtbot.addWidget(pane)
    pane.show_entity(jonas)
    qtbot.waitUntil(lambda: said in pane.info.text(), timeout=5000)
    assert pane.info.text().startswith(f"<b>{said}")
    pane.show_entity(lena)
    qtbot.waitUntil(lambda: "Krause" in pane.title.text(), timeout=5000)
    assert said not in pane.info.text()
