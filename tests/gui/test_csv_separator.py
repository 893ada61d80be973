"""The "Field separator" asked before a CSV export offers the semicolon where the window's numbers
have a decimal comma (a German system: Excel there splits a CSV at semicolons, field test 74), the
comma elsewhere, and the choice made last time once there is one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk.gui.csv_separator import SEPARATOR_KEY, SeparatorDialog, ask_separator
from petdesk.gui.qt import QApplication, QDialogButtonBox, QLocale, QSettings, QTimer

# the offscreen platform's note on a modal dialog's exec()
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _fresh_choice(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    default = QLocale()
    QSettings().remove(SEPARATOR_KEY)
    yield
    QSettings().remove(SEPARATOR_KEY)
    QLocale.setDefault(default)


@pytest.mark.parametrize(
    ("locale", "offered"),
    [
        ("de_DE", "semicolon"),
        ("en_DE", "semicolon"),
        ("fr_FR", "semicolon"),
        ("en_GB", "comma"),
        ("zh_CN", "comma"),
    ],
)
def test_the_semicolon_is_offered_where_numbers_have_a_decimal_comma(
    qtbot: QtBot, locale: str, offered: str
) -> None:
    QLocale.setDefault(QLocale(locale))
    dialog = SeparatorDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen() == offered


def test_the_choice_is_remembered(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("de_DE"))
    dialog = SeparatorDialog()
    qtbot.addWidget(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData("tab"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert QSettings().value(SEPARATOR_KEY) == "tab"
    QLocale.setDefault(QLocale("en_GB"))
    again = SeparatorDialog()
    qtbot.addWidget(again)
    assert again.chosen() == "tab"


def test_ask_gives_the_character_or_none_when_cancelled(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("de_DE"))
    answers: list[str | None] = []

    def answer(accept: bool) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SeparatorDialog):  # not shown yet: look again
            QTimer.singleShot(10, lambda: answer(accept))
            return
        dialog.accept() if accept else dialog.reject()

    for accept in (True, False):
        QTimer.singleShot(0, lambda accept=accept: answer(accept))
        answers.append(ask_separator(None))
    assert answers == [";", None]
