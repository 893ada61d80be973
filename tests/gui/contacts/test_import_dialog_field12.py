"""The import dialog in Chinese with the files of field test 12 (Sun Lei, Wuhan hub): a refusal
reads as the command line gives it, and a row's warnings show before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: A vCard file cut off inside its second card (an old phone's export copied half-way).
CUT_VCARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\n"


def _next(qtbot, dialog: ImportDialog, signal) -> list:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(signal, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return blocker.args


def test_a_truncated_vcard_is_refused_all_in_chinese(
    qtbot, translators, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """It read "第 38 行：the file ends inside the vCard that starts on line 38 (…)"."""
    translators("zh_CN")
    path = tmp_path / "cut.vcf"
    path.write_bytes(CUT_VCARD)
    dialog = ImportDialog(db, "zh_CN", path=path)
    qtbot.addWidget(dialog)
    (message,) = _next(qtbot, dialog, dialog.failed)
    assert message == (
        "无法导入该文件：第 5 行：文件在从第 5 行开始的 vCard 之内结束"
        "（没有 END:VCARD：文件不完整）。未做任何更改。"
    ), message
