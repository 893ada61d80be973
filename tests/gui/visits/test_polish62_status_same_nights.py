"""Review 62 (polish): the Logistics tab said "Wang Wei has rooms at two hotels for the same
nights" under its hotel table while the change was held, and the editor's status line at the
bottom still said "No clashes" in green. The same-night clash with another visit's hotel is now
an open question about rooms there, listed in the clash list, and goes when the nights change."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QDate
from tests.gui.visits.test_lodgewarn61_same_nights import _two_visits
from tests.gui.visits.test_logistics_tab import _open_logistics, _retype

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_status_line_counts_the_held_same_nights_clash(
    qtbot: QtBot, db: Database, locale: str, translators  # type: ignore[no-untyped-def]
) -> None:
    translators(locale)
    vid, wang = _two_visits(db)  # Wang Wei at the Jinjiang Hotel 17–20 March on the other visit
    editor, tab = _open_logistics(qtbot, db, vid, locale)
    _retype(tab.stay_hotel, "The Peninsula")
    tab.stay_in.setDate(QDate(2027, 3, 18))
    tab.stay_out.setDate(QDate(2027, 3, 21))
    tab._add_stay()
    tab.stays_view.selectRow(0)
    tab.room_person.setCurrentIndex(tab.room_person.findData(wang))
    _retype(tab.room_number, "2205")
    tab._assign_room()
    assert editor.pending, "held, not saved"
    title, texts = editor.clash_title.text(), editor.clash_texts()
    said = tab.stays_warning.text()
    assert said and "⚠ " + said in texts, (said, texts)
    if locale == "zh_CN":
        assert "王伟同一晚在The Peninsula和Jinjiang Hotel都有房间" in said, said
        assert title == "无冲突；⚠ 住宿待定事项：1 项", title
    else:
        assert title == "No clashes; ⚠ open question about rooms: 1", title
    assert editor.clashes.isVisible()
    count = len(texts)
    tab.stay_in.setDate(QDate(2027, 3, 20))  # in the day he leaves the Jinjiang: the nights only touch
    tab.stay_out.setDate(QDate(2027, 3, 22))
    assert tab.update_stay()
    assert not any(said == t.removeprefix("⚠ ") for t in editor.clash_texts())
    assert len(editor.clash_texts()) == count - 1, editor.clash_texts()
