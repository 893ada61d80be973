"""Moving the backups of an encrypted office to a new folder (a USB stick) in File › Backups says
which of them are plain, made before the encryption, and how to delete them, as the command line's
``backups --folder DIR --move`` does (field test 80: a plain one went onto the stick without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import connection
from petdesk.db import open_database
from petdesk.gui.backups.dialog import BackupsDialog
from petdesk.gui.qt import QApplication, QMessageBox, Qt, QTranslator
from petdesk.services import backups, encryption
from petdesk.services import contacts as cs
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "1 of them, made before the database was encrypted, is plain (not encrypted)"),
        ("zh_CN", "其中 1 个备份是在数据库加密之前做的，未加密"),
    ],
)
def test_moving_a_plain_backup_of_an_encrypted_office_says_so(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, translators, lang: str, said: str
) -> None:
    translators(lang)
    # this tree's catalogue (the installed checkout's may not have the sentence yet), English forms too
    tree = QTranslator()
    assert tree.load(str(TREE_CATALOGUES.parent / f"petdesk_{lang}.qm"))
    QApplication.installTranslator(tree)
    path = tmp_path / "office.sqlite"
    db = open_database(path)
    with db.transaction() as s:
        cs.create_contact(s, family_name="Wang", given_name="Fang")
    db.close()
    backups.create(path, backups.MANUAL)  # plain: made before the office was encrypted
    encryption.encrypt(path, "tulip harbour 47 lantern")  # its own backup is encrypted
    try:
        dialog = BackupsDialog(path)
        qtbot.addWidget(dialog)
        stick = tmp_path / "stick"
        dialog.set_folder(stick)
        qtbot.mouseClick(dialog.move_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: str(stick) in dialog.message.text(), timeout=30000)
        assert said in dialog.message.text(), dialog.message.text()
        # sentences joined as the language does: no space after the Chinese "。" (shots52)
        joint = f"{stick}. 1 of them" if lang == "en" else f"{stick}。其中"
        assert joint in dialog.message.text(), dialog.message.text()
        assert len(backups.list_backups(stick, path.name)) == 2
    finally:
        QApplication.removeTranslator(tree)
        connection._passphrases.clear()
        connection._latest = None


def test_moving_the_backups_of_a_plain_office_says_only_that(qtbot, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backups.create(db.path, backups.MANUAL)
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    stick = tmp_path / "stick"
    dialog.set_folder(stick)
    qtbot.mouseClick(dialog.move_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(stick) in dialog.message.text(), timeout=30000)
    assert "plain" not in dialog.message.text()
