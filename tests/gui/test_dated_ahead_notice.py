"""Field test 72: the window says at start that records were changed at a time far ahead of this
computer's clock, and "Details…" names them (``petdesk check`` lists them too)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox
from petdesk.models import Contact
from petdesk.stored_times import utcnow
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _window(qtbot: QtBot, db: Database, locale: str = "en") -> MainWindow:
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.status_label.text()), timeout=10000)
    return window


@pytest.mark.parametrize(
    ("locale", "said", "named"),
    [
        ("en", "1 record was last changed more than a day ahead", "Contact Xueling Chen (陈雪玲): changed"),
        ("zh_CN", "1 条记录的最后修改时间比本机时钟超前一天以上", "联系人 陈雪玲（Xueling Chen）：修改于"),
    ],
)
def test_records_changed_a_year_ahead_are_noticed_at_start(
    qtbot: QtBot,
    db: Database,
    translators,  # type: ignore[no-untyped-def]
    tree_catalogue: Path,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    said: str,
    named: str,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators(locale)
    ahead = utcnow() + dt.timedelta(days=365)
    with db.transaction() as session:
        session.add(
            Contact(
                family_name="Chen",
                given_name="Xueling",
                family_name_zh="陈",
                given_name_zh="雪玲",
                updated_at=ahead,
            )
        )
    window = _window(qtbot, db, locale)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(said), timeout=10000)
    assert window.notice_button.isVisible()
    window.notice_button.click()  # "Details…" names the records
    box = window.findChild(QMessageBox, "notice_box")
    assert box is not None and named in box.text()
    box.close()


def test_nothing_is_said_when_no_record_lies_ahead(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as session:
        session.add(Contact(family_name="Wang", given_name="Lei"))
    window = _window(qtbot, db)
    assert "ahead" not in window.statusBar().currentMessage()
    assert getattr(window, "notice_button", None) is None
