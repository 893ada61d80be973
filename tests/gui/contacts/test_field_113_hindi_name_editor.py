"""Field test 113: in Beijing's window, an Indian partner who arrived from the New Delhi hub
with his Hindi name beside the English one (आर. के. शर्मा) could not be saved: the editor answered
"中文姓名“आर. के. शर्मा”只能包含汉字" to any change, a note or a new phone number. Its row was
labelled "Chinese" (中文) too."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.mnemonic import without_mnemonic
from tests.helpers.editors import loaded, save

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_a_partner_with_a_hindi_name_is_saved_from_the_editor(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        sharma = m.Contact(family_name="Sharma", given_name="R. K.", family_name_zh="आर. के. शर्मा")
        sharma.native_name_language, sharma.honorific_en, sharma.honorific_zh = "hi", "Dr.", "博士"
        s.add(sharma)
        s.flush()
        contact_id = sharma.id
    dialog = loaded(qtbot, ContactEditDialog(db, "en", contact_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        without_mnemonic(dialog.native_label.text()) == "Hindi"
    )  # not "Chinese" (field107c names the language)
    qtbot.keyClicks(dialog.notes, "met at the Delhi hub")
    assert save(qtbot, dialog)
    with db.reading() as s:
        stored = s.get(m.Contact, contact_id)
        assert stored is not None
        assert (stored.notes, stored.family_name_zh, stored.native_name_language) == (
            "met at the Delhi hub",
            "आर. के. शर्मा",
            "hi",
        )
