"""The window asks once for the name the history gives for changes made here (field test 84: without
one it gave "root"). Answered, the name is stored and not asked for again; "Not now" stores nothing,
changes nothing, and is not asked again on this computer (Settings › Defaults keeps the name)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.author import AUTHOR_KEY
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QSettings
from petdesk.gui.settings import open_settings
from petdesk.gui.staff_question import NOT_NOW_KEY, StaffNameDialog
from petdesk.gui.staff_question import ask_if_unnamed as real_ask_if_unnamed  # (conftest stubs it)
from petdesk.os_account import display_name
from petdesk.services import staff

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(autouse=True)
def _nobody_named(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("PETDESK_STAFF", raising=False)
    for key in (NOT_NOW_KEY, AUTHOR_KEY):
        QSettings().remove(key)
    yield
    for key in (NOT_NOW_KEY, AUTHOR_KEY):
        QSettings().remove(key)


def _question() -> StaffNameDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, StaffNameDialog) and w.isVisible()]
    return shown[0] if shown else None


def _stored(db: Database) -> str:
    with db.reading() as s:
        return staff.staff_setting(s)


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    return window


def _asked_again(qtbot: QtBot, window: MainWindow) -> bool:
    """Ask again and wait for its background read to decide (a visible question or none)."""
    reading = real_ask_if_unnamed(window)
    assert reading is not None  # the database decides: she was not told "Not now"
    with qtbot.waitSignal(reading.finished, timeout=10_000):
        pass
    return _question() is not None


def test_answering_stores_the_name_and_it_is_not_asked_again(qtbot: QtBot, db: Database) -> None:
    window = _window(qtbot, db)
    real_ask_if_unnamed(window)
    qtbot.waitUntil(lambda: _question() is not None)
    question = _question()
    assert question is not None
    assert question.name.text() == display_name()  # the account's name, offered to correct
    question.name.clear()
    assert not question.save.isEnabled()  # an empty name is no answer
    qtbot.keyClicks(question.name, "Zhou Min")
    question.save.click()
    qtbot.waitUntil(lambda: _stored(db) == "Zhou Min")
    assert QSettings().value(AUTHOR_KEY) == "Zhou Min"  # "Logged by" too: one name for her
    assert not QSettings().value(NOT_NOW_KEY, False, type=bool)
    assert not _asked_again(qtbot, window)

    # Settings › Defaults shows it and changes it
    dialog = open_settings(window)
    page = dialog.defaults
    qtbot.waitUntil(lambda: page.staff == "Zhou Min")
    assert page.author.text() == "Zhou Min"
    page.author.clear()
    qtbot.keyClicks(page.author, "Wang Fang")
    page.apply(window)
    qtbot.waitUntil(lambda: _stored(db) == "Wang Fang")
    dialog.close()


def test_not_now_stores_nothing_and_is_not_asked_again(qtbot: QtBot, db: Database) -> None:
    window = _window(qtbot, db)
    real_ask_if_unnamed(window)
    qtbot.waitUntil(lambda: _question() is not None)
    question = _question()
    assert question is not None
    question.not_now.click()
    qtbot.waitUntil(lambda: _question() is None)
    assert QSettings().value(NOT_NOW_KEY, False, type=bool)
    assert _stored(db) == ""  # nothing written: the history names the account, as before
    assert real_ask_if_unnamed(window) is None and _question() is None  # decided without a read


def test_the_question_speaks_chinese(qtbot: QtBot, db: Database, tree_window_catalogue: None) -> None:
    question = StaffNameDialog("Zhou Min")
    qtbot.addWidget(question)
    assert question.windowTitle() == "您的姓名"
    assert question.save.text() == "保存(&S)" and question.not_now.text() == "暂不设置(&N)"
