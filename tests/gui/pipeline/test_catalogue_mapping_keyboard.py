"""The catalogue mapping dialog by keyboard and screen reader (field test 32, §2): the focus opens
on the first column's box, Tab goes through the boxes and the preview to the buttons (it was trapped
in the preview), and each box says which column of the file it maps."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, Qt
from tests.gui.pipeline.test_catalogue_mapping_dialog import ODD, _mapping_of
from tests.helpers.accessible_names import unnamed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_tab_goes_through_the_boxes_to_the_buttons(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("technologies")
    path = tmp_path / "partner.csv"
    path.write_text(ODD, encoding="utf-8")
    dialog = _mapping_of(qtbot, page, db, path)
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("name_zh"))  # Import enabled
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.combos[0])
    visited = []
    for _ in range(len(dialog.combos) + 3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    buttons = [dialog.import_button, cancel]
    assert visited == [*dialog.combos[1:], dialog.preview_view, *buttons, dialog.combos[0]]
    assert [c.accessibleName() for c in dialog.combos] == [  # (Qt on Linux speaks a box by its text)
        "Field for column “技术名称（全称）”",
        "Field for column “供应企业”",
        "Field for column “适用领域”",
        "Field for column “技术成熟等级”",
    ]
    assert unnamed(dialog) == []
    dialog.reject()
