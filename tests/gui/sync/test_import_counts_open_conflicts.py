"""After an import, the Import window's table counts the conflicts left open, not those the
import settled itself (an edit carried to the record another office's merge kept; field test 18 §5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import contacts as contact_service
from petdesk.services import merge as merge_service
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send
from tests.core.sync.test_merged_away import _person
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_table_after_the_import_counts_only_open_conflicts(qtbot, tmp_path: Path) -> None:
    beijing, bonn = (make_office(tmp_path / "dbs", name) for name in ("Beijing", "Bonn"))
    packages = tmp_path / "packages"
    packages.mkdir()
    try:
        send(beijing, bonn, packages, full=True)
        send(bonn, beijing, packages, full=True)
        keep, dup = _person(beijing, "chidi@lagos.example"), _person(beijing, "c.okafor@gmail.example")
        send(beijing, bonn, packages)
        with bonn.transaction() as s:
            contact_service.update_contact(s, dup, notes="Prefers WeChat")
        with beijing.transaction() as s:
            merge_service.merge(s, "contact", keep, dup)
        package = tmp_path / "merge.petdesk-sync"
        export(beijing, package, to=office_id(bonn))

        window = MainWindow(bonn, locale="en")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, package, PASSPHRASE)
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        rows = [
            [dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())]
            for r in range(dialog.model.rowCount())
        ]
        assert rows and all(row[-1] == "0" for row in rows), rows
        assert service.list_conflicts(bonn) == []
        assert "conflict" not in dialog.message.text()
        dialog.close()
    finally:
        beijing.close()
        bonn.close()
