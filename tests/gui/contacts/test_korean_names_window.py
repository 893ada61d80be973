"""Korean names in the window: the contacts list's search finds 김민준 typed "min-jun", and the
Duplicates dialog of the Hangul record pairs it with "Kim Min-jun", saying why."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.contacts.merge_dialog import MergeDialog
from petdesk.models.enums import NameOrder
from petdesk.services import contacts as cs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path("/tmp/hangul-shots")


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    from petdesk.gui.qt import QApplication
    from petdesk.gui.translation import register_fonts

    register_fonts(QApplication.instance())  # type: ignore[arg-type]
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_search_and_duplicates_of_a_hangul_name(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        hangul = cs.create_contact(s, family_name_zh="김", given_name_zh="민준").id
        latin = cs.create_contact(
            s, family_name="Kim", given_name="Min-jun", name_order=NameOrder.FAMILY_FIRST
        ).id
        cs.create_contact(s, family_name="Park", given_name="Jisoo")
    page = ContactsPage(db, "en")
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=10_000)
    qtbot.keyClicks(page.search, "min-jun")
    qtbot.waitUntil(
        lambda: (
            page.model.search_text == "min-jun" and not page.model.refreshing and page.model.rowCount() == 2
        ),
        timeout=10_000,
    )
    _shot(page, "search-min-jun.png")
    page.select_id(hangul)
    qtbot.waitUntil(lambda: page.selected_ids() == [hangul], timeout=10_000)
    page.actions_by_name["duplicates_of"].trigger()
    [dialog] = page.findChildren(MergeDialog)
    qtbot.waitUntil(lambda: dialog.find_button.isEnabled(), timeout=10_000)
    [pair] = dialog.pairs
    assert {pair.first_id, pair.second_id} == {hangul, latin}
    assert pair.reasons == ["김민준 is written Kim Min-jun in Latin letters"]
    _shot(dialog, "duplicates-of-hangul.png")
