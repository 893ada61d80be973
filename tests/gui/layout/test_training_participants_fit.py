"""The training editor's Participants tab at 1024×640 and 1400×900 (shots52): a long organisation
took its whole text's width, so "Attends" (round 52) sat behind a sideways scroll bar at 1024 px and
"Lodging" was cut at 1400 px. The organisation now gives way; the other columns stay whole."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.qt import QApplication
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import attendance_mode
from petdesk.services import training_lodging as tl
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers import trainings_data

#: Name, other script, role, organisation, attends, lodging: all but the organisation kept whole.
WHOLE = (1, 2, 4, 5)

ORGANISATION_EN = (
    "Zhejiang Provincial Department of Ecology and Environment, Solid Waste and Chemicals Division"
)
ORGANISATION_ZH = "浙江省生态环境厅固体废物和化学品环境管理处（长三角生态绿色一体化发展示范区联络办公室）"

HOTEL = "杭州西湖国宾馆"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("size", [(1024, 640), (1400, 900)])
@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_how_they_attend_and_their_lodging_stay_in_sight(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, translators, locale: str, size: tuple[int, int]
) -> None:
    translators(locale)
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        bureau = m.Organisation(name_en=ORGANISATION_EN, name_zh=ORGANISATION_ZH, country="CN")
        s.add(bureau)
        s.flush()
        for n in range(3):
            c = person(s, "Wei", f"Zhang{n}", f"张伟{n}", family_first=True)
            s.add(m.Affiliation(contact=c, organisation=bureau))
            ts.register(s, ids["training"], c.id, role="attendee")
            attendance_mode.set_mode(s, ids["training"], c.id, "in_person")
            tl.set_lodging(s, ids["training"], c.id, needed=True, hotel=HOTEL, room=tl.SINGLE)
    editor = TrainingEditor(db, locale=locale, training_id=ids["training"])
    qtbot.addWidget(editor)
    editor.resize(*size)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    editor.tabs.setCurrentIndex(2)
    view = editor.people_view
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 0)
    QApplication.processEvents()
    header, room = view.horizontalHeader(), view.viewport().width()
    if size[0] == 1024:  # the whole texts do not fit: something has to give way
        assert sum(view.sizeHintForColumn(c) for c in range(header.count())) > room
    assert view.horizontalScrollBar().maximum() == 0
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= room
    for column in WHOLE:
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column  # not cut
