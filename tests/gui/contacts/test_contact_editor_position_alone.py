"""The contact editor refuses a position typed without an organisation and marks the field
(field test 54, defect 1: the dialog closed and the position was gone)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from tests.helpers.editors import save
from tests.helpers.input_method import compose

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_position_without_organisation_is_refused_in_the_editor(qtbot: QtBot, db: Database) -> None:
    editor = ContactEditDialog(db, "en")
    qtbot.addWidget(editor)
    editor.family_name_zh.setText("陈")
    editor.given_name_zh.setText("宇")
    compose(editor.position_zh, "xiangmuguanyuan", "项目官员")
    assert not save(qtbot, editor)
    assert "organisation" in editor.error.text()
    assert editor.position_zh.text() == "项目官员"
    assert editor.fields["position_zh"] is editor.position_zh
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Contact)) == 0
