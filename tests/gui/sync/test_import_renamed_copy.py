"""The Import window says when and from which file a package was imported before, so a mail
program's renamed copy ("… (1)", "….txt") is known as the same package (field test 91, defect 1)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from petdesk.gui.qt import Qt, QWidget
from petdesk.gui.sync.import_dialog import ImportDialog
from petdesk.models import Contact
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(("locale", "words"), [("en", "imported before, on "), ("zh_CN", "从文件")])
def test_the_import_window_names_the_file_a_copy_was_imported_from(
    qtbot: Any, tmp_path: Path, request: pytest.FixtureRequest, locale: str, words: str
) -> None:
    berlin, xian = make_office(tmp_path / "dbs", "Berlin"), make_office(tmp_path / "dbs", "Xi'an Hub")
    with berlin.transaction() as session:
        session.add(Contact(family_name="Weber", given_name="Anna"))
    package = tmp_path / "berlin.petdesk-sync"
    export(berlin, package)
    shutil.copyfile(package, tmp_path / "berlin.petdesk-sync.txt")
    assert service.import_package(xian, tmp_path / "berlin.petdesk-sync.txt", PASSPHRASE).applied
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")  # this tree's Chinese, new sentence included

    class Window(QWidget):
        ui_locale = locale

    window = Window()
    qtbot.addWidget(window)
    dialog = ImportDialog(xian, window)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.path.setText(str(package))
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    said = dialog.message.text()
    assert words in said and "berlin.petdesk-sync.txt" in said, said
    assert not dialog.import_button.isEnabled()
    berlin.close()
    xian.close()
