"""The training editor's Sessions tab at 1366×768 (field test 36, defect 10): the trainers' column
took about half of the 1050-pixel editor while the titles (课程名称) were cut. The title column now
takes the spare room and the trainers give way."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication
from petdesk.gui.trainings.edit import SESSION_TITLE, TrainingEditor
from petdesk.services import trainings as ts
from tests.core.visits.data import person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TITLE_ZH = "开幕式与城市污水政策：长江经济带水环境治理经验交流"
TRAINERS = 4


def test_the_title_takes_the_room_and_is_shown_whole(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Urban wastewater",
            title_zh="城市污水处理",
            start_date=dt.date(2026, 12, 1),
            end_date=dt.date(2026, 12, 3),
            timezone="Asia/Shanghai",
        )
        trainers = [person(s, "Dan", f"Wang{n}", f"王丹{n}", family_first=True).id for n in range(TRAINERS)]
        for cid in trainers:
            ts.register(s, t.id, cid, role="trainer")
        ts.add_session(
            s,
            t.id,
            title_en="Opening and urban wastewater policy",
            title_zh=TITLE_ZH,
            start=dt.datetime(2026, 12, 1, 9),
            end=dt.datetime(2026, 12, 1, 10, 30),
            trainer_ids=trainers[:2],
        )
        tid = t.id
    editor = TrainingEditor(db, locale="zh_CN", training_id=tid)
    qtbot.addWidget(editor)
    editor.resize(1050, 700)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    editor.tabs.setCurrentIndex(1)
    view = editor.sessions_view
    qtbot.waitUntil(lambda: view.viewport().width() > 600)
    QApplication.processEvents()
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    title_text = view.model().index(0, SESSION_TITLE).data()
    assert title_text == TITLE_ZH
    assert widths[SESSION_TITLE] >= view.sizeHintForColumn(SESSION_TITLE), widths  # not cut
    assert widths[SESSION_TITLE] == max(widths), widths  # the widest, the trainers not
    assert sum(widths) <= view.viewport().width() + 1, widths  # no scroll bar
