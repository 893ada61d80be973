"""The import dialog warns when the partner knows of changes made as this office elsewhere: two
computers work as one office (field test 53, defect 3). Only the command line said it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.db import Database, make_engine
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.models import Contact
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_import_dialog_warns_of_another_computer_working_as_this_office(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old, bonn = (make_office(tmp_path / "dbs", name) for name in ("Beijing", "Bonn"))
    send(old, bonn, tmp_path, full=True)
    send(bonn, old, tmp_path, full=True)
    # A new laptop with a copy of the office's file, used while the old one still is.
    (tmp_path / "new laptop").mkdir()
    new_path = tmp_path / "new laptop" / old.path.name
    old.close()
    shutil.copy(old.path, new_path)
    new = Database(path=new_path, engine=make_engine(new_path))
    old = Database(path=old.path, engine=make_engine(old.path))
    with new.transaction() as session:
        session.add(Contact(family_name="Frank", given_name="Tobias"))
    send(new, bonn, tmp_path)
    with bonn.transaction() as session:
        session.add(Contact(family_name="Weber", given_name="Jana"))  # something for the old laptop
    package = tmp_path / "from-bonn.petdesk-sync"
    export(bonn, package, to=office_id(old))

    window = MainWindow(old, locale="en")
    qtbot.addWidget(window)
    window.show()
    dialog = previewed_import(qtbot, window, package, PASSPHRASE)
    assert dialog.warning.isVisible()
    said = dialog.warning.text()
    assert "Bonn has changes made as this office that were not made here" in said, said
    assert "another computer works as this office too" in said
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # Imported all the same (the preview comes before every import), and still said after it.
    assert dialog.result.applied
    assert "another computer works as this office too" in dialog.warning.text()
    dialog.close()
    for db in (old, new, bonn):
        db.close()
