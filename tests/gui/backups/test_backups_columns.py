"""Field test 8, defect 7: the Backups window shows the whole time of each backup at its
720 px width, in Chinese too, and sizes in the units the command line uses."""

from __future__ import annotations

import os

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import backups

#: The offscreen platform warns when a dialog opens; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_time_column_is_whole_and_sizes_read_as_on_the_command_line(  # type: ignore[no-untyped-def]
    qtbot, db: Database, locale: str, translators, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.gui.backups.dialog import BackupsDialog

    translators(locale)
    with db.transaction() as session:
        session.add_all(m.Contact(family_name=f"Li{i}", given_name="Na") for i in range(300))
    for reason in (backups.MANUAL, "before-upgrade-0023_sync_versions_compact", "before-sync-import"):
        backups.create(db.path, reason)
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.resize(720, 440)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= table.sizeHintForColumn(0), "the time is cut"
    shown = sum(header.sectionSize(c) for c in range(header.count()))
    assert shown <= table.viewport().width(), "a horizontal scroll bar"
    if shots := os.environ.get("PETDESK_SHOTS"):
        dialog.grab().save(f"{shots}/backups_{locale}.png")
    capsys.readouterr()
    assert main(["--lang", locale, "--db", str(db.path), "backups"]) == 0
    listed = capsys.readouterr().out
    for row in range(dialog.model.rowCount()):
        size = dialog.model.data(dialog.model.index(row, 3), 0)
        assert "MiB" not in size and "KiB" not in size and size in listed, (size, listed)
