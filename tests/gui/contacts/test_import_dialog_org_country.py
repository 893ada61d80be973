"""The import dialog's report says that a Kazakh row's "Ministry of Environment" is not Vietnam's of the
same name, and the person joins a new one in Kazakhstan (round 54)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from tests.gui.contacts.test_import_dialog import _next

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_report_says_the_other_countrys_namesake_was_not_joined(
    qtbot: Any, db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        s.add(m.Organisation(name_en="Ministry of Environment", country="VN"))
    path = tmp_path / "delegates.csv"
    path.write_text(
        "First Name,Last Name,Country,Company\nAigerim,Nurlanova,Kazakhstan,Ministry of Environment\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path_edit, str(path))
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    _next(qtbot, dialog, dialog.imported)
    model = dialog.report_model
    shown = [
        " | ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    assert any("on file is in Vietnam, not Kazakhstan" in row for row in shown), shown
    with db.reading() as s:
        countries = sorted(s.scalars(select(m.Organisation.country)))
    assert countries == ["KZ", "VN"]
