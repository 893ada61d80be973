"""The merge dialog's line about an organisation names its known city in the window's language: one
saved with "Chengdu" only (before field test 57, or from another office) said Chengdu in Chinese
(review 48)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.merge_dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_an_organisations_known_city_is_named_in_chinese(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        org = m.Organisation(name_en="Chengdu Water Group", city_en="Chengdu", city_zh="")
        s.add(org)
        s.flush()
        org_id = org.id
    dialog = MergeDialog(db, "zh_CN")
    qtbot.addWidget(dialog)
    with db.reading() as s:
        line = dialog._identity(s, "organisation", org_id)
    assert "成都" in line and "Chengdu" not in line, line
