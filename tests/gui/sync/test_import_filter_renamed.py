"""The Import window's Open dialog lists a package a mail program renamed to "….petdesk-sync.txt"
under its packages filter, not only under "All files" (field test 91, defect 3)."""

from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.sync.import_dialog import ImportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_packages_filter_lists_a_renamed_txt_copy(qtbot: Any, db: Database, tmp_path: Path) -> None:
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    first = dialog.package_filter().split(";;")[0]
    patterns = first[first.index("(") + 1 : first.index(")")].split()
    for name in ("berlin.petdesk-sync", "berlin.petdesk-sync.txt"):
        assert any(fnmatch.fnmatch(name, p) for p in patterns), (name, patterns)
    assert not any(fnmatch.fnmatch("notes.txt", p) for p in patterns)
