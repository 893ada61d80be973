"""A German user pastes "1.250.000,50 €" from her Excel budget into the project dialog's amount
box: the box reads it in the project's currency, and refuses in words an amount of another
currency, keeping the amount it had (field test 74: the cell was refused as "not an amount").
On a German system (decimal comma) "1,250" reads two ways and is refused, not stored as 1250."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.projects.project_dialog import AmountBox, ProjectDialog
from petdesk.gui.qt import QLocale, Qt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _funding_box(qtbot: QtBot, db: Database, currency: str) -> AmountBox:
    dialog = ProjectDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.currency.setCurrentText(currency)
    dialog.amount.setFocus()
    qtbot.waitUntil(dialog.amount.hasFocus)
    dialog.amount.selectAll()
    return dialog.amount


def _paste(qtbot: QtBot, box: AmountBox, text: str) -> None:
    box.lineEdit().insert(text)  # what a paste does
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def test_a_euro_amount_from_german_excel_is_read(qtbot: QtBot, db: Database) -> None:
    box = _funding_box(qtbot, db, "EUR")
    _paste(qtbot, box, "1.250.000,50 €")
    assert box.value() == 1_250_000.5
    assert box.refusal == ""


def test_an_amount_in_another_currency_is_refused_and_the_old_one_kept(qtbot: QtBot, db: Database) -> None:
    box = _funding_box(qtbot, db, "USD")
    box.setValue(1000)
    box.selectAll()
    _paste(qtbot, box, "1.250.000,50 €")
    assert box.value() == 1000
    assert box.refusal == "1.250.000,50 € is not in USD: change the currency first, or type the amount in USD"


def test_a_german_systems_box_refuses_1_comma_250_as_two_ways(qtbot: QtBot, db: Database) -> None:
    """The English window on a German system formats numbers as en_DE (decimal comma)."""
    box = _funding_box(qtbot, db, "EUR")
    box.setLocale(QLocale("en_DE"))
    box.setValue(1000)
    box.selectAll()
    _paste(qtbot, box, "1,250")
    assert box.value() == 1000  # not 1250
    assert box.refusal.startswith("1,250 could be read two ways")
    box.selectAll()
    _paste(qtbot, box, "1,25")
    assert box.value() == 1.25


def test_the_refusal_stays_in_words_under_the_tabs(qtbot: QtBot, db: Database) -> None:
    """shots51: the refusal was a tooltip alone; once it faded the box was red without a word."""
    box = _funding_box(qtbot, db, "EUR")
    dialog = box.window()
    box.setValue(1000)
    box.selectAll()
    _paste(qtbot, box, "1.250.000,50 $")
    assert box.value() == 1000
    message = dialog.message  # type: ignore[attr-defined]
    assert message.isVisible() and message.text() == box.refusal != ""
    box.setFocus()
    box.selectAll()
    _paste(qtbot, box, "2.000,00 €")
    assert box.value() == 2000 and message.text() == ""
    # leaving an empty box ("—") is not refused either
    dialog.approved.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.approved.hasFocus)  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.approved, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert dialog.approved.refusal == "" and message.text() == ""  # type: ignore[attr-defined]
