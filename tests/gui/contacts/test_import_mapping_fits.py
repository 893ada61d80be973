"""The mapping page shows every column's field box whole: long examples (three e-mail addresses of a
WPS partner list) pushed the boxes behind a horizontal scroll bar, cut to "全名（任意" (field test 64)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.core.test_field_64_first_week import wps_workbook

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_field_boxes_fit_beside_long_examples(qtbot, translators, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    translators("zh_CN")
    dialog = ImportDialog(db, "zh_CN", path=wps_workbook(tmp_path / "partners.xlsx"))
    qtbot.addWidget(dialog)
    dialog.resize(784, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    area = dialog.mapping_area
    qtbot.waitUntil(lambda: area.widget() is not None and area.widget().isVisible())
    qtbot.waitUntil(lambda: area.widget().width() <= area.viewport().width())
    assert not area.horizontalScrollBar().isVisible()
    for combo in dialog._mapping_combos:
        right = combo.mapTo(area.viewport(), combo.rect().topRight()).x()
        assert right <= area.viewport().width(), (combo.currentText(), right, area.viewport().width())
