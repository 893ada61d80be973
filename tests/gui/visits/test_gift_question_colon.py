"""shots53b: the Chinese window's question about gifts naming a replaced person listed them as
"Tea set: Sri Mulyani Indrawati", a half-width colon in Chinese text; it now uses the window's
"%1：%2", as the other lists of the window do."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QMessageBox, Qt, QTimer
from petdesk.gui.visits.edit import VisitEditor
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as lg
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_gift_question_uses_the_chinese_colon(
    qtbot: QtBot, db: Database, tree_window_catalogue: None
) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Indonesian delegation", title_zh="印度尼西亚代表团", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12), timezone="Asia/Shanghai",
        )  # fmt: skip
        governor = cs.create_contact(s, given_name="Sri Mulyani", family_name="Indrawati").id
        new = cs.create_contact(s, given_name="Hendra", family_name="Gunawan").id
        vs.add_participant(s, v.id, governor, ParticipantRole.DELEGATE)
        lg.add_gift(s, v.id, description="茶具", giver="张伟", recipient="Sri Mulyani Indrawati")
        lg.add_gift(s, v.id, description="蜡染", giver="副省长 Sri Mulyani Indrawati")
        visit_id = v.id
    editor = VisitEditor(db, locale="zh_CN", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.tabs.setCurrentIndex(1)
    editor.people_view.selectRow(editor.people_model.ids().index(governor))
    with qtbot.waitSignal(editor.person_search.searched, timeout=10000):
        qtbot.keyClicks(editor.person_search.edit, "Gunawan")
    qtbot.waitUntil(lambda: editor.person_search.current() is not None)
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "rename_gifts":
            asked.append(box.informativeText())
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(editor.replace_person, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: new in editor.people_model.ids())
    (details,) = asked
    assert "茶具：Sri Mulyani Indrawati" in details, details
    assert "蜡染：副省长 Sri Mulyani Indrawati" in details, details
    assert ": " not in details, details
    assert editors.save(qtbot, editor)
