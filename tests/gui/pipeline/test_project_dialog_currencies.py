"""The project editor's currency box offers the office's own currency first, then CNY, EUR, USD and
the rest of those petdesk reads by sign or word, alphabetically (field tests 107, 108: INR in New
Delhi and IDR in Jakarta could only be typed)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.amounts import READ_CURRENCIES, offered_currencies
from petdesk.db import Database
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.services.invitation import set_office_settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _offered(qtbot: QtBot, db: Database) -> list[str]:
    dialog = ProjectDialog(db, "en")
    qtbot.addWidget(dialog)
    return [dialog.currency.itemText(i) for i in range(dialog.currency.count())]


@pytest.mark.parametrize(("country", "own"), [("IN", "INR"), ("ID", "IDR"), ("BR", "BRL"), ("", "CNY")])
def test_the_office_currency_first(qtbot: QtBot, db: Database, country: str, own: str) -> None:
    if country:
        with db.transaction() as s:
            set_office_settings(s, country=country)
    offered = _offered(qtbot, db)
    first = list(dict.fromkeys([own, "CNY", "EUR", "USD"]))
    assert offered[: len(first)] == first
    rest = offered[len(first) :]
    assert rest == sorted(rest) and len(offered) == len(set(offered))
    assert {"INR", "IDR", "BRL", "COP", "GBP", "JPY", "KRW"} <= set(offered)


def test_a_new_project_in_new_delhi_is_in_rupees(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        set_office_settings(s, country="India")
    dialog = ProjectDialog(db, "en")
    qtbot.addWidget(dialog)
    assert dialog.currency.currentText() == "INR"


def test_an_office_currency_petdesk_does_not_read_is_first_all_the_same() -> None:
    assert offered_currencies("THB")[:4] == ["THB", "CNY", "EUR", "USD"]
    assert offered_currencies("EUR")[:3] == ["EUR", "CNY", "USD"]
    assert set(offered_currencies("CNY")) == READ_CURRENCIES
