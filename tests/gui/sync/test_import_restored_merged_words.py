"""The Import window says what the command line's summary says of a cleanup at the sender: records
restored there and duplicates merged there (field test 69, defect 5), before and after the import,
in both languages (the tree's catalogues: the editable install's may predate these words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import i18n
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id
from tests.core.sync.test_import_result_cleanup_counts import _cleanup_at_hamburg
from tests.helpers.sync_dialog import previewed_import
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WORDS = {
    "en": (
        "Brings back 2 records deleted here: restored at the sending office.",
        "1 merge of duplicates made at the sending office.",
    ),
    "zh_CN": ("恢复本处已删除的 2 条记录：发送方办公室已将其恢复。", "发送方办公室合并了 1 组重复记录。"),
}


def _joined_as_written(text: str, locale: str) -> None:
    """Chinese sentences follow a "。" with no space (shots50: "自动备份。 恢复本处…"), English ones one."""
    if locale == "zh_CN":
        assert "。 " not in text, text
    else:
        assert ". B" in text and ".B" not in text, text


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_import_window_names_restorations_and_merges(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, translators, monkeypatch: pytest.MonkeyPatch, locale: str
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)
    translators(locale)
    hamburg, qingdao = (make_office(tmp_path / "dbs", name) for name in ("Hamburg", "Qingdao"))
    _cleanup_at_hamburg(hamburg, qingdao, tmp_path)
    package = tmp_path / "hamburg.petdesk-sync"
    export(hamburg, package, to=office_id(qingdao))

    window = MainWindow(qingdao, locale=locale)
    qtbot.addWidget(window)
    window.show()
    dialog = previewed_import(qtbot, window, package, PASSPHRASE)
    restored, merged = WORDS[locale]
    assert restored in dialog.message.text() and merged in dialog.message.text()
    _joined_as_written(dialog.message.text(), locale)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert restored in dialog.message.text() and merged in dialog.message.text()
    _joined_as_written(dialog.message.text(), locale)
    dialog.close()
    for db in (hamburg, qingdao):
        db.close()
