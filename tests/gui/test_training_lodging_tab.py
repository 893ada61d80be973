"""The training editor's Lodging tab (lodging51): a coordinator marks who needs a room, the hotel,
other nights and the room through the widgets; the answers reach the database, the rooms per night
show beside the list, and the tab speaks Chinese."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.qt import QApplication, QPushButton, Qt
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.widgets import to_qdate
from petdesk.services import training_lodging as tl
from tests.helpers import trainings_data
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _answers(db: Database, tid: str) -> dict[str, tuple[object, ...]]:
    with db.reading() as s:
        return {r.contact_id: (r.needed, r.hotel, r.check_in, r.room) for r in tl.lodging_list(s, tid).rows}


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_mark_who_needs_a_room_through_the_tab(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    db: Database,
    locale: str,
    translators,
    tree_catalogue: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)
    translators(locale)
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    tid = ids["training"]
    with db.transaction() as s:  # Erik is known to need a room already: a hotel to choose from
        tl.set_lodging(s, tid, ids["erik"], needed=True, hotel="锦江宾馆", room=tl.SINGLE)
    editor = TrainingEditor(db, locale=locale, training_id=tid)
    qtbot.addWidget(editor)
    editor.resize(1024, 640)
    editor.show()
    tab = editor.lodging_tab
    editor.tabs.setCurrentWidget(tab)
    # the editor holds its tabs while a load is on its way (a second one under load): wait for both
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and tab.answer_box.isEnabled(), timeout=10000)
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == ("住宿" if locale == "zh_CN" else "Lodging")

    tab.view.selectRow(tab.model.ids().index(ids["lars"]))
    tab.needed.setCurrentIndex(tab.needed.findData(True))
    assert [tab.hotel.itemText(i) for i in range(tab.hotel.count())] == ["锦江宾馆"]
    tab.hotel.setCurrentIndex(0)
    qtbot.keyClick(tab.own_dates, Qt.Key.Key_Space)  # the box is wider than its words
    tab.check_in.setDate(to_qdate(dt.date(2027, 5, 9)))
    tab.room.setCurrentIndex(tab.room.findData(tl.SHARED))
    save = tab.findChild(QPushButton, "save_lodging")
    qtbot.waitUntil(save.isEnabled, timeout=10000)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _answers(db, tid)[ids["lars"]][0] is True, timeout=10000)
    assert _answers(db, tid)[ids["lars"]] == (True, "锦江宾馆", dt.date(2027, 5, 9), "shared")
    # the list read again: Lars's row and the nights (the 9th Lars alone, the 10th both at 锦江宾馆)
    yes = "是" if locale == "zh_CN" else "Yes"
    qtbot.waitUntil(lambda: tab.model.cell(tab.model.ids().index(ids["lars"]), 1) == yes, timeout=10000)
    summary = tab.summary.text()
    if locale == "zh_CN":
        assert "2 人需要住宿；1 人尚未答复" in summary and "锦江宾馆：2 间 · 2 人" in summary
    else:
        assert "2 participants need a room; 1 answer still awaited" in summary
        assert "锦江宾馆: 2 rooms · 2 guests" in summary

    # the participants tab says it too
    lodging = "是 · 锦江宾馆" if locale == "zh_CN" else "Yes · 锦江宾馆"
    people = editor.people_model
    # column 5: "Attends" (field test 79) stands before "Lodging"
    qtbot.waitUntil(lambda: people.cell(people.ids().index(ids["lars"]), 5) == lodging, timeout=10000)

    # a stay that ends before it begins is refused in words, nothing saved
    tab.check_out.setDate(to_qdate(dt.date(2027, 5, 8)))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    refused = "退房日期" if locale == "zh_CN" else "is not after check-in"
    qtbot.waitUntil(lambda: refused in tab.message.text(), timeout=10000)
    assert _answers(db, tid)[ids["lars"]][2] == dt.date(2027, 5, 9)

    shots = os.environ.get("PETDESK_SHOTS")
    if shots:
        QApplication.processEvents()
        editor.grab().save(str(Path(shots) / f"training-lodging-{locale}.png"))
        editor.tabs.setCurrentIndex(2)
        QApplication.processEvents()
        editor.grab().save(str(Path(shots) / f"training-participants-{locale}.png"))


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_tab_in_words_before_anyone_is_registered(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    db: Database,
    locale: str,
    translators,
    tree_catalogue: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """shots51: an empty list read "0 participants need a room; 0 answers still awaited" beside a form
    that saved nothing; an unanswered row read "?"; one guest "1 participant need a room"."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)
    translators(locale)
    with db.transaction() as s:
        empty = trainings_data._urban_water(s, 11).id
    editor = TrainingEditor(db, locale=locale, training_id=empty)
    qtbot.addWidget(editor)
    editor.resize(1024, 640)
    editor.show()
    tab = editor.lodging_tab
    editor.tabs.setCurrentWidget(tab)
    first = "添加参加人员" if locale == "zh_CN" else "add the participants on the Participants tab"
    qtbot.waitUntil(lambda: first in tab.summary.text(), timeout=10000)
    assert not tab.answer_box.isEnabled() and not tab.save_button.isEnabled()
    assert "0" not in tab.summary.text()

    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        tl.set_lodging(s, ids["training"], ids["erik"], needed=True, hotel="锦江宾馆", room=tl.SINGLE)
    other = TrainingEditor(db, locale=locale, training_id=ids["training"])
    qtbot.addWidget(other)
    other.show()
    tab = other.lodging_tab
    other.tabs.setCurrentWidget(tab)
    # the editor holds its tabs while a load is on its way (a second one under load): wait for both
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and tab.answer_box.isEnabled(), timeout=10000)
    unknown = tab.needed.itemText(0)  # "Not known yet"
    assert tab.model.cell(tab.model.ids().index(ids["anna"]), 1) == unknown != "?"
    if locale == "en":
        assert tab.summary.text().startswith("1 participant needs a room;")
