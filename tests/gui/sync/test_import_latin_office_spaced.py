"""Screenshot review (polish50): the Chinese Import window wrote "来自Hamburg，" and "已从Hamburg导入";
the rest of the Chinese window sets a Latin name apart from the Chinese around it with spaces
("来自 %1（ID %2）的数据包", "此数据包是发给 %1 的"), and so do these now."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import office as office_service
from petdesk.sync import service
from tests.core.sync.helpers import TEST_KDF_N  # a cheap key: these tests are about words, not scrypt
from tests.gui.sync.test_sync_window import PASSPHRASE, _contact, second_db  # noqa: F401
from tests.helpers.sync_dialog import previewed_import
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: A Latin letter touching a Chinese character, either way round.
TOUCHING = re.compile(r"[A-Za-z][\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z]")


def test_a_latin_office_name_is_spaced_from_the_chinese(  # type: ignore[no-untyped-def]
    qtbot,
    db: Database,
    second_db: Database,  # noqa: F811
    tmp_path: Path,
    translators,
    tree_catalogue,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators("zh_CN")
    _contact(db)
    with db.transaction() as session:
        office_service.set_identity(session, name="Hamburg")  # no Chinese name: shown as it is
    package = tmp_path / "hamburg.petdesk-sync"
    service.export_changes(db, package, PASSPHRASE, kdf_n=TEST_KDF_N)
    window = MainWindow(second_db, locale="zh_CN")
    qtbot.addWidget(window)
    dialog = previewed_import(qtbot, window, package, PASSPHRASE)
    summary = dialog.summary.text()
    assert "来自 Hamburg，" in summary and not TOUCHING.search(summary), summary
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    said = dialog.message.text()
    assert "已从 Hamburg 导入" in said and not TOUCHING.search(said), said
    dialog.close()


def test_a_chinese_office_name_has_no_spaces_around_it(  # type: ignore[no-untyped-def]
    qtbot,
    db: Database,
    second_db: Database,  # noqa: F811
    tmp_path: Path,
    translators,
    tree_catalogue,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Field test 91: "来自 柏林办公室，" with a space between Chinese words."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators("zh_CN")
    _contact(db)
    with db.transaction() as session:
        office_service.set_identity(session, name="Berlin office", name_zh="柏林办公室")
    package = tmp_path / "berlin.petdesk-sync"
    service.export_changes(db, package, PASSPHRASE, kdf_n=TEST_KDF_N)
    window = MainWindow(second_db, locale="zh_CN")
    qtbot.addWidget(window)
    dialog = previewed_import(qtbot, window, package, PASSPHRASE)
    summary = dialog.summary.text()
    assert summary.startswith("来自柏林办公室，"), summary
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    said = dialog.message.text()
    assert "已从柏林办公室导入" in said, said
    dialog.close()
