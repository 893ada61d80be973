"""Qt's own file dialog writes dates and sizes in the window's language, not the computer's
(field test 18: "5 12 2026 11:54" in a Chinese window on a computer set to C)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from petdesk.gui.file_dialog_dates import DATE_COLUMN, SIZE_COLUMN
from petdesk.gui.qt import QApplication, QDateTime, QFileDialog, QTimer

#: The offscreen platform warns when a widget is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: 5 Dec 2026, 11:54 local time: a day and a month that a date format cannot mix up.
MODIFIED = QDateTime.fromString("2026-12-05T11:54:00", "yyyy-MM-ddTHH:mm:ss")


def _folder(tmp_path: Path) -> Path:
    note = tmp_path / "note.txt"
    note.write_text("x" * 28, encoding="utf-8")
    os.utime(note, (MODIFIED.toSecsSinceEpoch(),) * 2)
    return tmp_path


def _shown(qtbot, dialog: QFileDialog, folder: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The note's size and date as the dialog's list shows them."""
    qtbot.waitUntil(lambda: dialog.proxyModel() is not None, timeout=5000)
    model = dialog.proxyModel()
    source = model.sourceModel()
    qtbot.waitUntil(lambda: source.rowCount(source.index(str(folder))) == 1, timeout=5000)
    row = model.mapFromSource(source.index(str(folder / "note.txt")))
    return row.siblingAtColumn(SIZE_COLUMN).data(), row.siblingAtColumn(DATE_COLUMN).data()


@pytest.mark.parametrize(
    ("locale", "date", "size"),
    [("zh_CN", "2026/12/5 11:54", "28 字节"), ("en", "05/12/2026 11:54", "28 bytes")],
)
def test_the_dialog_writes_dates_as_the_window_s_language_does(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, translators, locale: str, date: str, size: str
) -> None:
    folder = _folder(tmp_path)
    translators(locale)
    dialog = QFileDialog(None, "Open", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert _shown(qtbot, dialog, folder) == (size, date)
    dialog.grab().save(str(tmp_path / f"file_dialog_{locale}.png"))


def test_a_static_open_dialog_writes_chinese_dates(qtbot, tmp_path: Path, translators) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path)
    translators("zh_CN")
    seen: list[tuple[str, str]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        try:
            seen.append(_shown(qtbot, dialog, folder))
        finally:
            dialog.reject()  # a failed look must not leave the test waiting on the dialog

    QTimer.singleShot(0, look)
    QFileDialog.getOpenFileName(None, "Open", str(folder))
    assert seen == [("28 字节", "2026/12/5 11:54")]
