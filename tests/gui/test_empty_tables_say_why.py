"""shots59: two dialogs showed an empty table and nothing else: Import Changes from Another Office
before a package is chosen, and Deleted Records with nothing deleted (its Restore greyed out
without a word). Each says why its list is empty, in both languages."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.history.deleted import DeletedDialog
from petdesk.gui.sync.import_dialog import ImportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_empty_tables_say_why_they_are_empty(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, translators, request: pytest.FixtureRequest, locale: str
) -> None:
    translators(locale)
    chinese = locale == "zh_CN"
    if chinese:
        request.getfixturevalue("tree_window_catalogue")  # this tree's new sentences
    deleted = DeletedDialog(db)
    qtbot.addWidget(deleted)
    deleted.show()
    assert deleted.model.rowCount() == 0 and deleted.empty_note.isVisible()
    note = deleted.empty_note.text()
    assert ("删除" in note) if chinese else ("deleted" in note)
    assert not deleted.restore_button.isEnabled() and deleted.restore_button.toolTip() == note
    package = ImportDialog(db)
    qtbot.addWidget(package)
    package.show()
    assert package.model.rowCount() == 0 and package.empty_note.isVisible()
    assert ("导入" if chinese else "package") in package.empty_note.text()
