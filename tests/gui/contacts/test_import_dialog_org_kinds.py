"""The import dialog files the common organisation types as the model's kinds, and names a type it
has no kind for, which the organisation keeps in its notes (leftover 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.models.enums import OrgKind
from tests.gui.contacts.test_import_dialog import _next

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_dialog_maps_the_types_and_names_the_unknown_one(
    qtbot: Any, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "partners.csv"
    path.write_text(
        "Name,Type\nEnergy Foundation,Foundation\nPolicy Lab,Think tank\n"
        "Tangshan Chamber,商会\nDaily Planet,Media\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("organisations"))
    qtbot.keyClicks(dialog.path_edit, str(path))
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    _next(qtbot, dialog, dialog.imported)
    model = dialog.report_model
    shown = [
        " | ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    said = [row for row in shown if "unknown kind" in row]
    assert len(said) == 1 and "unknown kind “Media”; stored as Enterprise if new" in said[0], shown
    with db.reading() as s:
        stored = {o.name_en: (o.kind, o.notes or "") for o in s.scalars(select(m.Organisation))}
    assert stored == {
        "Energy Foundation": (OrgKind.FUND, ""),
        "Policy Lab": (OrgKind.UNIVERSITY, ""),
        "Tangshan Chamber": (OrgKind.NGO, ""),
        "Daily Planet": (
            OrgKind.ENTERPRISE,
            "Left out by the import (a kind of organisation petdesk does not have): Media",
        ),
    }
