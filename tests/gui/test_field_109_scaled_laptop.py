"""Field test 109: Markus, at a German hub office, on a 14-inch laptop of 1366×768 at 125 % display
scaling (150 % when he presents on a projector), keyboard only (a broken wrist): he creates an
organisation and a contact, plans a visit with two itinerary days and meetings, adds participants,
prints the dossier, finds a person with a Chinese name by pinyin and undoes a deletion.

Defect found and fixed: the organisation editor needed 598 px of height, more than the 574 a
1366×768 screen at 125 % leaves under a title bar (512 at 150 %): Save and Cancel sat below the
screen's edge. Its fields now scroll, with the buttons in view. Ctrl+N did nothing with the focus in
the navigation list (where Ctrl+2 or the arrows leave it) on the record lists; it now opens the shown
page's editor, as Ctrl+F already searched its list from there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import petdesk
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.nav_list import NavigationList
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.gui.qt import QApplication, QDialogButtonBox, QScrollArea, Qt, QTimer, QWidget
from petdesk.gui.record_editor import RecordEditor
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
PROBE = Path(__file__).parents[1] / "helpers" / "dialog_fit_probe.py"


def _sizes_at(scale: str, folder: Path) -> tuple[dict[str, tuple[int, int, int, int]], tuple[int, int]]:
    """Each dialog's size and least size at ``scale`` on 1366×768, and the screen's room (logical)."""
    source = str(Path(petdesk.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": source, "QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [sys.executable, str(PROBE), str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    sizes: dict[str, tuple[int, int, int, int]] = {}
    room = (0, 0)
    for line in done.stdout.splitlines():
        name, *numbers = line.split()
        if name == "room":
            room = (int(numbers[0]), int(numbers[1]))
        elif len(numbers) == 4 and all(n.isdigit() for n in numbers):
            width, height, least_width, least_height = map(int, numbers)
            sizes[name] = (width, height, least_width, least_height)
    return sizes, room


@pytest.mark.parametrize("scale", ["1.25", "1.5"])
def test_every_dialog_of_the_walk_fits_the_scaled_laptop(
    tmp_path: Path, scale: str, new_database_file: Callable[[Path], Path]
) -> None:
    new_database_file(tmp_path / "petdesk.sqlite")  # the probe opens it: no migrations to run there
    sizes, (room_width, room_height) = _sizes_at(scale, tmp_path)
    assert set(sizes) == {"organisation", "contact", "visit", "item", "dossier"}, sizes
    for name, (width, height, least_width, least_height) in sizes.items():
        # the window system's frame and title bar come on top of the widget
        assert max(width, least_width) + FRAME_WIDTH <= room_width, (name, scale, sizes[name])
        assert max(height, least_height) + FRAME_HEIGHT <= room_height, (name, scale, sizes[name])


def test_organisation_editor_buttons_in_view_on_a_short_screen(qtbot: QtBot, db: Database) -> None:
    """512 px of height (150 % of 768) less the title bar: the fields scroll, Save stays in view."""
    dialog = OrganisationEditDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.resize(560, 512 - FRAME_HEIGHT)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.mapTo(dialog, save.rect().bottomLeft()).y() <= dialog.height()
    assert dialog.height() <= 512 - FRAME_HEIGHT
    # Tab by Tab from the first field to the notes at the bottom: each field comes into view
    area = dialog.findChild(QScrollArea, "screen_fit_scroll")
    assert area is not None
    viewport = area.viewport()
    qtbot.waitUntil(lambda: dialog.edits["name_en"].hasFocus())
    seen = []
    for _ in range(30):
        focused = QApplication.focusWidget()
        if focused is dialog.notes:
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None and viewport.isAncestorOf(focused):
            top = focused.mapTo(viewport, focused.rect().topLeft()).y()
            seen.append((focused.objectName(), 0 <= top < viewport.height()))
    assert QApplication.focusWidget() is dialog.notes, seen
    assert all(shown for _name, shown in seen), seen


@pytest.mark.parametrize("page_name", ["organisations", "contacts", "visits", "trainings"])
def test_ctrl_n_from_the_navigation_list_opens_the_pages_editor(
    qtbot: QtBot, db: Database, page_name: str
) -> None:
    """Markus goes to a page with the arrows in the navigation list (the focus stays there) and
    presses Ctrl+N: the page's editor opens, as Ctrl+F searches its list from there."""
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    navigation = window.findChild(NavigationList, "navigation")
    assert navigation is not None
    navigation.setFocus()
    row = window._page_keys.index(page_name)
    navigation.setCurrentRow(row)
    qtbot.waitUntil(lambda: window.stack.currentWidget().objectName() == f"page_{page_name}")
    assert navigation.hasFocus()
    opened: list[QWidget] = []

    def close_modal() -> None:  # an organisation's or contact's editor is modal: close it to go on
        if (dialog := QApplication.activeModalWidget()) is not None:
            opened.append(dialog)
            dialog.reject()

    QTimer.singleShot(500, close_modal)
    qtbot.keyClick(navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editors = opened or [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible()
    ]
    if not editors:  # a modal editor opened later than the click returned
        qtbot.waitUntil(lambda: bool(opened), timeout=5000)
        editors = opened
    assert len(editors) == 1 and isinstance(editors[0], RecordEditor), editors
    editors[0].close()
