"""Qt's own texts (standard buttons, line edits' context menus, the non-native file dialog) speak
Chinese in the Chinese window, from the start and after the language is switched (field test:
"Look in:", "Files of type:" and "Folder" stayed English in the file dialog)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui import translation
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.qt import QDialogButtonBox, QFileDialog, QLabel, QMessageBox, Qt, QTreeView
from tests.helpers.editors import loaded

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")]


def _menu_texts(editor: ContactEditDialog) -> list[str]:
    menu = editor.family_name.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    menu.deleteLater()
    return texts


def test_buttons_and_context_menus_in_chinese_also_after_a_switch(
    qtbot: QtBot, db: Database, translators
) -> None:  # type: ignore[no-untyped-def]
    translators("en")
    english = loaded(qtbot, ContactEditDialog(db, "en"))
    qtbot.addWidget(english)
    assert "&Copy" in _menu_texts(english)
    translators("zh_CN")  # as the settings' language switch does
    assert translation.loaded_catalogues()[0] == "qtbase_zh_CN"
    editor = loaded(qtbot, ContactEditDialog(db, "zh_CN"))
    qtbot.addWidget(editor)
    buttons = editor.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert {"复制(&C)", "粘贴(&P)", "全选"} <= set(_menu_texts(editor))
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Save)
    box.addButton(QMessageBox.StandardButton.Discard)
    assert sorted(b.text() for b in box.buttons()) == sorted(["保存", "丢弃"])
    box.deleteLater()


def test_the_file_dialog_in_chinese(qtbot: QtBot, tmp_path: Path, translators) -> None:  # type: ignore[no-untyped-def]
    translators("zh_CN")
    (tmp_path / "exports").mkdir()
    dialog = QFileDialog(None, "导出联系人", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："} <= labels
    view = dialog.findChild(QTreeView)
    assert view is not None

    def folder_type() -> str:
        # (the view's model is asked each time: file_dialog_dates puts a proxy before it once shown)
        root = view.rootIndex()
        return str(view.model().index(0, 2, root).data(Qt.ItemDataRole.DisplayRole) or "")

    qtbot.waitUntil(lambda: folder_type() != "", timeout=5000)
    assert folder_type() == "文件夹"
    dialog.close()


def test_qt_catalogue_folder_holds_the_chinese_catalogue() -> None:
    # The folder the window loads Qt's catalogue from (the bundle's copy when Qt's own path has none).
    assert (Path(translation.qt_translations_dir("qtbase_zh_CN")) / "qtbase_zh_CN.qm").is_file()


def test_the_print_dialog_in_chinese(qtbot: QtBot, translators) -> None:  # type: ignore[no-untyped-def]
    """The print dialog (File › Print, Print in the preview): Qt 6 gave "Page Set:", "Page order:"
    and "Pages per sheet:" a "&" its Chinese catalogue lacks (they showed in English)."""
    import re

    from petdesk.gui.qt import QCoreApplication, QPrintDialog, QPrinter

    translators("zh_CN")
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    english = {
        label.text()
        for label in dialog.findChildren(QLabel)
        if re.search(r"[A-Za-z]{3,}", label.text().replace("PDF", ""))
    }
    assert english == set(), english
    assert "页面组(&S)：" in {w.text() for w in dialog.findChildren(QLabel)}
    # Its Properties › page setup (a CUPS printer's; the PDF printer here has none to open).
    translate = QCoreApplication.translate
    assert translate("QPageSetupWidget", "Page &order:") == "页面顺序(&O)："
    assert translate("QPageSetupWidget", "Pages &per sheet:") == "每张页数(&P)："
