"""Field test 84 in the window: a contact's pane offers Hand Over Work…; the dialog says what the
person is responsible for, hands it all to the chosen successor, and the list's Undo puts it back.
In Chinese the dialog speaks Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from petdesk.db import Database
from petdesk.gui.contacts.handover import HandoverDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QPushButton, Qt, QTimer, QTranslator
from petdesk.models import FollowUp
from tests.core.test_handover import build
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def owned_by(db: Database, person: str) -> int:
    with db.reading() as s:
        return int(
            s.scalar(select(func.count()).where(FollowUp.owner_id == person, FollowUp.status == "open"))
        )


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_hand_over_from_the_contact_pane_and_undo(
    qtbot: QtBot, translators, db: Database, locale: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:  # type: ignore[no-untyped-def]
    # this tree's catalogues: the installed checkout's (before a merge) lacks the new sentences
    translators(locale)
    tree = QTranslator()
    assert tree.load(str(TREE_CATALOGUES.parent / f"petdesk_{locale}.qm"))
    QApplication.installTranslator(tree)
    request.addfinalizer(lambda: QApplication.removeTranslator(tree))
    ids = build(db, follow_ups=30)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3, timeout=10_000)
    page.select_id(ids["wang"])
    button = page.detail.findChild(QPushButton, "hand_over")
    qtbot.waitUntil(lambda: page.detail.contact_id == ids["wang"] and button.isVisible(), timeout=10_000)
    seen: list[str] = []

    def hand_over() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HandoverDialog) or dialog.duties is None:  # not shown or read yet
            QTimer.singleShot(50, hand_over)
            return
        seen.append(dialog.windowTitle())
        seen.append(dialog.summary.text())
        dialog.grab().save(str(tmp_path / f"dialog_{locale}.png"))
        dialog.successor.set_record(ids["zhou"], "Zhou Min")
        dialog.ok.click()

    QTimer.singleShot(0, hand_over)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: owned_by(db, ids["zhou"]) == 30 and page.undo_bar.isVisible(), timeout=15_000)
    assert "<" not in seen[0]  # the pane's title is HTML; the dialog's is the name alone
    if locale == "en":
        assert seen[0] == "Hand Over Work of Wang Tao"
        assert "30 open follow-ups owned" in seen[1] and "1 training to come organised" in seen[1]
        # 30 follow-ups, the training and one or two visits (build's dates are fixed, today is not)
        assert re.fullmatch(r"Handed over: 3[23] records\.", page.undo_label.text())
    else:
        assert seen[0] == "交接王涛的工作" and "负责的未完成后续行动：30 项" in seen[1]
        assert re.fullmatch(r"已交接 3[23] 条记录。", page.undo_label.text())
    assert owned_by(db, ids["wang"]) == 0
    window.grab().save(str(tmp_path / f"window_{locale}.png"))
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: owned_by(db, ids["wang"]) == 30, timeout=15_000)
    assert owned_by(db, ids["zhou"]) == 0
