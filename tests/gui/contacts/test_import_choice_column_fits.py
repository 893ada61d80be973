"""The import preview's Action columns are as wide as their widest choice (shots56: at 1024×640 the
possible match's "Add as new" read "Add as r" in its box, "作为新联系人添加" was cut in Chinese), and
one possible match is said in the singular ("1 possible matches" was shown)."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import QComboBox, Qt
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from tests.core.contacts.io_helpers import DATA_DIR

DONRE = "Sở Tài nguyên và Môi trường thành phố Đà Nẵng"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _preview(qtbot: QtBot, db: Database, locale: str) -> ImportDialog:
    with db.transaction() as s:
        org = os_.create_organisation(s, name_en=DONRE, country="VN")
        cs.create_contact(s, family_name="Trần", given_name="Văn Đức", organisation_id=org.id)
    dialog = ImportDialog(db, locale, path=DATA_DIR / "field93" / "passports.xlsx")
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    for signal in (dialog.loaded, dialog.planned):
        with qtbot.waitSignal(signal, timeout=20_000):
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return dialog


def _widest_choice(view_choices: list[tuple[str, str]]) -> int:
    probe = QComboBox()
    for _value, label in view_choices:
        probe.addItem(label)
    width = probe.sizeHint().width()
    probe.deleteLater()
    return width


def _check_columns(dialog: ImportDialog) -> None:
    for view, column in ((dialog.possible_view, 3), (dialog.plan_view, 2)):
        choices = view.model().choices  # type: ignore[attr-defined]
        assert view.columnWidth(column) >= _widest_choice(choices), [label for _v, label in choices]
    # the box the user opens on the cell shows its text whole
    view, cell = dialog.possible_view, dialog.possible_model.index(0, 3)
    view.setCurrentIndex(cell)
    view.edit(cell)
    combo = view.findChild(QComboBox)
    assert combo is not None and combo.width() >= combo.sizeHint().width()


def test_english(qtbot: QtBot, db: Database) -> None:
    dialog = _preview(qtbot, db, "en")
    assert dialog.possible_model.rowCount() == 1
    _check_columns(dialog)
    # "%Ln possible match(es)": "1 possible match" from the English catalogue (its source text before)
    assert re.search(r"\b1 possible match(\(es\))? \(⚠\)", dialog.plan_summary.text())


@pytest.mark.usefixtures("tree_window_catalogue")
def test_chinese(qtbot: QtBot, db: Database) -> None:
    dialog = _preview(qtbot, db, "zh_CN")
    assert dialog.possible_model.index(0, 3).data() == "作为新联系人添加"
    _check_columns(dialog)
    assert "1 个可能匹配" in dialog.plan_summary.text()
