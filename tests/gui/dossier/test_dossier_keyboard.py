"""The dossier and name-cards dialogs by keyboard and screen reader (field test 32, §5): Tab follows
the screen, every field is named, each dialog has its own Alt+letters, and with a 1.5× font on a
768-pixel screen Make dossier stays in reach."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.dossier import open_dossier_dialog
from petdesk.gui.dossier.namecards import NameCardsDialog
from petdesk.gui.qt import QApplication, Qt, QWidget
from tests.core.dossier.sample_data import make_visit
from tests.gui.test_unique_mnemonics import mnemonic, repeated_mnemonics
from tests.helpers.accessible_names import unnamed
from tests.helpers.big_font import big_font, fully_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _tab_through(qtbot, dialog: QWidget, start: QWidget, presses: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    dialog.activateWindow()
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited = [start]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def test_tab_follows_the_screen_in_the_dossier_dialog(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    visit_id = make_visit(db, meetings=1, participants=2).visit_id
    dialog = open_dossier_dialog(None, db, visit_id=visit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    visited = _tab_through(qtbot, dialog, dialog.section_checks[next(iter(dialog.section_checks))], 40)
    on_screen = [
        dialog.first_lang,
        dialog.paper,
        dialog.binding,
        dialog.version,
        dialog.changes,
        dialog.path_edit,
        dialog.browse,
        dialog.contents,
        dialog.large_print,
        dialog.restricted,
        dialog.open_after,
        dialog.preview_after,
        dialog.generate_button,
    ]
    assert [w for w in visited if w in on_screen][: len(on_screen)] == on_screen
    assert unnamed(dialog) == []
    assert dialog.changes_from.accessibleName() == "Changes since"
    assert repeated_mnemonics(dialog) == {}
    for button in (dialog.generate_button, dialog.browse, dialog.contents, dialog.large_print):
        assert mnemonic(button.text()), button.text()
    dialog.reject()


def test_the_name_cards_dialog_names_its_fields_and_has_mnemonics(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    visit_id = make_visit(db, meetings=1, participants=2).visit_id
    dialog = NameCardsDialog(db, visit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    assert dialog.path_edit.accessibleName() == "Save as"
    assert repeated_mnemonics(dialog) == {}
    assert mnemonic(dialog.generate_button.text()) and mnemonic(dialog.large_print.text())
    dialog.reject()


def test_the_dossier_dialog_fits_a_short_screen_with_a_large_font(qtbot, translators, db: Database) -> None:  # type: ignore[no-untyped-def]
    visit_id = make_visit(db, meetings=1, participants=2).visit_id
    translators("zh_CN")
    with big_font():
        dialog = open_dossier_dialog(None, db, visit_id=visit_id, locale="zh_CN")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        # the scroll area lays out its content in posted passes: under load, a moment later
        qtbot.waitUntil(lambda: fully_shown(dialog, dialog.generate_button), timeout=5000)
        if shots := os.environ.get("PETDESK_SHOTS"):
            dialog.grab().save(str(Path(shots) / "dossier_zh_big.png"))
        dialog.reject()
