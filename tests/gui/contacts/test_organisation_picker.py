"""The contact editor's organisation picker searches off the GUI thread, as the lists do (issue 10)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.edit import OrganisationPicker
from petdesk.services import organisations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_picker_searches_in_the_background_with_pinyin_and_names_in_the_interface_language(
    qtbot: QtBot, db: Database
) -> None:
    with db.transaction() as s:
        qingdao = organisations.create_organisation(
            s, name_en="Qingdao Water Group", name_zh="青岛水务集团", country="CN"
        ).id
        organisations.create_organisation(s, name_en="Hamburg Water", country="DE")
    picker = OrganisationPicker(db, "zh_CN")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker, "qingdao")
    # Typing returns at once: nothing was searched on the GUI thread.
    assert picker.choices() == []
    with qtbot.waitSignal(picker.searched, timeout=5000):
        pass
    assert picker.choices() == ["青岛水务集团"]
    picker.setText("青岛水务集团")  # as choosing it from the list does
    assert picker.chosen_id() == qingdao
    # The newest search wins; an empty text offers nothing.
    picker.setText("")
    with qtbot.waitSignal(picker.searched, timeout=5000):
        picker.search_now()
    assert picker.choices() == []
