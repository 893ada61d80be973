"""Window walk 58 (Cairo's files): right-to-left words inside the window's left-to-right text. The
projects preview laid the line "15 رمضان 1448 is a Hijri date: …" out right to left, as its first
letter is Arabic: on screen it read "is a Hijri date: … 1448 رمضان 15"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.projects.past_import import PastProjectsDialog
from petdesk.gui.qt import QGridLayout, QLabel, Qt, QTextDocument
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects
from tests.gui.contacts.test_import_dialog import _next

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support", "OpenType support")]

FIELD118 = Path(__file__).parents[2] / "data" / "import" / "field118"
CAIRO = FIELD118 / "projects_cairo_excel.xlsx"
CAIRO_CONTACTS = FIELD118 / "outlook_ar_eg_utf8_bom.csv"


def test_a_hijri_day_stays_at_the_start_of_its_line(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="EG"))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, CAIRO)
    dialog = PastProjectsDialog(plan, "en", preview=True)
    qtbot.addWidget(dialog)
    dialog.resize(900, 500)
    dialog.show()
    hijri = "is a Hijri date"
    model = dialog.table.model()
    cell = next(
        text
        for r in range(model.rowCount())
        if hijri in (text := model.index(r, model.columnCount() - 1).data())
    )
    # the preview is a table (projpreview62): its warning cell laid out as the text block's line was
    assert drawn_x(cell, "رمضان") < drawn_x(cell, hijri)
    assert drawn_x(cell, "1448") < drawn_x(cell, hijri)
    assert "15 رمضان 1448" in cell.replace("\u2068", "").replace("\u2069", "")  # only marked for display


def drawn_x(text: str, word: str) -> float:
    """Where ``word`` is drawn in ``text`` laid out as a label lays out its text (its direction from
    its first letter, outside isolated stretches)."""
    document = QTextDocument()
    document.setPlainText(text)
    document.setTextWidth(2000)
    block = document.firstBlock()
    document.documentLayout().blockBoundingRect(block)  # laid out when first asked
    at = block.text().index(word)
    return float(block.layout().lineForTextPosition(at).cursorToX(at)[0])


def test_a_columns_examples_read_in_the_files_order(qtbot: QtBot, db: Database) -> None:
    """The honorific column's examples "م. · د. · H.E." showed as ".H.E · د. · م.", its Arabic name
    "اللقب" pushed to the right of the column."""
    dialog = ImportDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path_edit, str(CAIRO_CONTACTS))
    _next(qtbot, dialog, dialog.loaded)
    grid = dialog.mapping_area.widget().layout()
    assert isinstance(grid, QGridLayout)
    row = next(
        r for r in range(1, len(dialog.mapping()) + 2) if "اللقب" in grid.itemAtPosition(r, 0).widget().text()
    )
    header = grid.itemAtPosition(row, 0).widget()
    examples = grid.itemAtPosition(row, 1).widget()
    assert isinstance(header, QLabel) and isinstance(examples, QLabel)
    assert drawn_x(examples.text(), "م") < drawn_x(examples.text(), "H.E.")  # the file's first is left
    document = QTextDocument()
    document.setPlainText(header.text())
    assert document.firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight  # at the left
