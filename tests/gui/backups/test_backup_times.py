"""The Backups window and the damaged-file dialog say when a backup was made in the window's date
style ("5 Dec 2026, 15:32" / "2026年12月5日 15:32"), not as hand-made ISO text."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from petdesk.db import Database
from petdesk.i18n import format_date
from petdesk.services import backups

#: The offscreen platform warns when a dialog opens; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_backup_times_are_in_the_window_date_style(  # type: ignore[no-untyped-def]
    qtbot, db: Database, locale: str, translators
) -> None:
    from petdesk.gui.backups.damaged import DamagedFileDialog
    from petdesk.gui.backups.dialog import BackupsDialog

    translators(locale)
    backups.create(db.path, backups.MANUAL)
    today = format_date(dt.date.today(), locale)
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    shown = dialog.model.data(dialog.model.index(0, 0), 0)
    assert shown.startswith(today) and not re.search(r"\d{4}-\d\d", shown), shown
    damaged = DamagedFileDialog(db.path, "damaged")
    qtbot.addWidget(damaged)
    assert today in damaged.offer.text(), damaged.offer.text()
