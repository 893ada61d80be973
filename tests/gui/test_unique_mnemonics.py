"""No two labels, buttons or tabs of one dialog share an Alt+letter, in English or in Chinese
(field test 19 §5: the sync export dialog had &For and &File, the import dialog &Passphrase
and &Preview — Alt+F and Alt+P went to the first of each pair only)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.backups.dialog import BackupsDialog
from petdesk.gui.history.deleted import DeletedDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QAbstractButton, QDialog, QGroupBox, QLabel, QTabBar, QTabWidget, QWidget
from petdesk.gui.settings.dialog import SettingsDialog
from petdesk.gui.sync.export_dialog import ExportDialog
from petdesk.gui.sync.import_dialog import ImportDialog
from tests.gui.test_accessible_names import all_editors, keyboard_dialogs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("F&or:" → "o", "预览(&V)" → "v"); None without one."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def repeated_mnemonics(dialog: QWidget) -> dict[str, list[str]]:
    """The letters used more than once among what is visible in ``dialog`` now."""
    texts: list[str] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    seen: dict[str, list[str]] = {}
    for text in texts:
        if letter := mnemonic(text):
            seen.setdefault(letter, []).append(text)
    return {letter: used for letter, used in seen.items() if len(used) > 1}


def repeats_in_every_tab(qtbot: QtBot, dialog: QWidget) -> dict[str, list[str]]:
    dialog.show()
    qtbot.waitExposed(dialog)
    found = repeated_mnemonics(dialog)
    tabs = dialog.findChild(QTabWidget)
    for index in range(tabs.count() if tabs else 0):
        if tabs is not None and tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)
            found.update(repeated_mnemonics(dialog))
    return found


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_every_dialog_has_unique_mnemonics(
    qtbot: QtBot, translators, demo_db: Database, tmp_path, locale: str
) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    makers: list[Callable[[], QDialog]] = [
        lambda: ExportDialog(demo_db, window),
        lambda: ImportDialog(demo_db, window),
        lambda: SettingsDialog(window),
        lambda: BackupsDialog(demo_db.path, window),
        lambda: DeletedDialog(demo_db, window),
        lambda: ProjectDialog(demo_db, locale, window),
        *all_editors(demo_db, locale),
        *keyboard_dialogs(demo_db, locale),  # field test 32: the dossier dialogs had none
    ]
    problems = {}
    for make in makers:
        dialog = make()
        qtbot.addWidget(dialog)
        if found := repeats_in_every_tab(qtbot, dialog):
            problems[type(dialog).__name__] = found
        dialog.close()
    assert not problems
