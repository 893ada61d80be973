"""The import dialog's preview shows a passport list's capitals surname first, as the import stores
them: NURLANOVA AIGERIM SERIKOVNA is Nurlanova, not Serikovna (round 54)."""

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


def test_the_preview_and_the_import_take_the_first_word_as_the_surname(
    qtbot: Any, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "passports.csv"
    path.write_text("Full name,Passport No.\nNURLANOVA AIGERIM SERIKOVNA,N12345678\n", encoding="utf-8")
    dialog = ImportDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path_edit, str(path))
    _next(qtbot, dialog, dialog.loaded)
    shown = dialog.preview_model.index(0, 1).data()
    assert shown.startswith("Nurlanova"), shown
    _next(qtbot, dialog, dialog.planned)
    _next(qtbot, dialog, dialog.imported)
    with db.reading() as s:
        names = s.execute(select(m.Contact.family_name, m.Contact.given_name)).all()
    assert [tuple(n) for n in names] == [("Nurlanova", "Aigerim Serikovna")]
