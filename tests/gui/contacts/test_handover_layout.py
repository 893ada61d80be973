"""Hand Over Work… as it looks (shots53): the dialog grows by the summary that arrives after it is
shown, so its note is not cut at the bottom (at 372×185 its last line was half out of sight), and
the pane's button is as wide as the buttons above it, not a stray short one under them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.handover import HandoverDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QLabel, QPushButton
from tests.core.test_handover import build

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
LOCALES = ["en", "zh_CN"]


def _chinese_or(locale: str, translators, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")  # this tree's Chinese
    else:
        translators(locale)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_line_of_the_dialog_is_whole(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, translators, locale: str, request: pytest.FixtureRequest
) -> None:
    _chinese_or(locale, translators, request)
    ids = build(db, follow_ups=3)
    dialog = HandoverDialog(db, ids["wang"], "Wang Tao", locale)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.duties is not None, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.summary.height() >= dialog.summary.heightForWidth(dialog.summary.width()))
    labels = [w for w in dialog.findChildren(QLabel) if w.wordWrap() and w.isVisible()]
    assert len(labels) == 2  # the summary and the note
    for label in labels:
        assert label.text().count("\n") >= (2 if label is dialog.summary else 0)
        assert label.height() >= label.heightForWidth(label.width()), (label.text(), label.size())
        assert label.y() >= 0 and label.geometry().bottom() < dialog.buttons.y()
    assert dialog.summary.geometry().bottom() < dialog.successor.y()


@pytest.mark.parametrize("locale", LOCALES)
def test_the_pane_button_lines_up_with_the_buttons_above(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, translators, locale: str, request: pytest.FixtureRequest
) -> None:
    _chinese_or(locale, translators, request)
    ids = build(db, follow_ups=1)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3, timeout=10_000)
    page.select_id(ids["wang"])
    hand_over = page.detail.findChild(QPushButton, "hand_over")
    above = page.detail.findChild(QPushButton, "duplicates_of")
    qtbot.waitUntil(lambda: page.detail.contact_id == ids["wang"] and hand_over.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: hand_over.width() == above.width())
    assert hand_over.x() == above.x() and hand_over.y() > above.y()


def _shown_lines(label: QLabel) -> list[str]:
    """The lines ``label`` wraps its text into at its width."""
    from petdesk.gui.qt import QTextLayout, QTextOption

    lines = []
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(label.contentsRect().width())
            lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
    return lines


def test_the_chinese_note_leaves_no_word_alone_on_a_line(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, tree_window_catalogue
) -> None:
    """polish53: the note wrapped to a second line of "名。" alone; each sentence now has its line."""
    ids = build(db, follow_ups=1)
    dialog = HandoverDialog(db, ids["wang"], "Wang Tao", "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.duties is not None, timeout=10_000)
    note = next(w for w in dialog.findChildren(QLabel) if w.wordWrap() and w is not dialog.summary)
    lines = _shown_lines(note)
    assert len(lines) >= 2 and all(len(line.strip()) >= 6 for line in lines), lines
    assert "接任者" in note.text()
