"""shots60: in the Find duplicates dialog at 1024 px the pairs' reasons took their longest text's
width, behind a sideways scroll bar, their title cut to "原E" and each reason cut mid-word. The
names now give way so the reasons stay in view, elided, their title whole."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.column_fit import whole_title_width
from petdesk.gui.contacts.merge_dialog import REASON_COLUMN, MergeDialog
from petdesk.models.enums import ChannelLabel, ContactChannel
from tests.core.contacts.io_helpers import add_contact

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_at_1024_the_reasons_stay_in_view(qtbot: QtBot, translators, demo_db: Database, locale: str) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    with demo_db.transaction() as s:  # a pair of long names (the names' columns at their 160 px)
        for given in ("Maximiliane Josephine", "Maximiliane-Josephine"):
            add_contact(
                s,
                family_name="Hohenberger-Wittelsbach",
                given_name=given,
                methods=[(ContactChannel.EMAIL, ChannelLabel.WORK, "m.hohenberger@karlsruhe.example.de")],
            )
    dialog = MergeDialog(demo_db, locale)
    qtbot.addWidget(dialog)
    dialog.resize(1008, 640)  # as wide as it opens on a screen of 1024 px
    with qtbot.waitSignal(dialog.pairs_loaded, timeout=30_000):
        dialog.show()
    view = dialog.pairs_view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    # (once the list's pane has taken its room)
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width(), timeout=5000)
    assert not view.horizontalScrollBar().isVisible()
    assert header.sectionSize(REASON_COLUMN) >= whole_title_width(header, REASON_COLUMN)
    assert (
        header.sectionViewportPosition(REASON_COLUMN) + header.sectionSize(REASON_COLUMN)
        <= view.viewport().width()
    )
