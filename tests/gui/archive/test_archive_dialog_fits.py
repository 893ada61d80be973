"""The Export Yearly Archive dialog as seen (shots50): its file box was 15 characters wide, and the
progress bar, when shown, squeezed the description above it, its last line cut off."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.archive import open_archive
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _label_whole(dialog) -> bool:  # type: ignore[no-untyped-def]
    label = dialog.result_label
    return bool(label.height() >= label.heightForWidth(label.width()))


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_file_name_shows_and_the_description_is_whole_while_the_bar_fills(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, locale: str, translators  # type: ignore[no-untyped-def]
) -> None:
    translators(locale)
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    dialog = open_archive(window)
    qtbot.waitUntil(dialog.isVisible)
    out = tmp_path / "Jahresarchiv" / "petdesk-archive-2026-Beijing-office.xlsx"
    out.parent.mkdir()
    dialog.path.setText(str(out))
    metrics = dialog.path.fontMetrics()
    assert dialog.path.width() >= metrics.horizontalAdvance(out.name) + 20
    assert _label_whole(dialog)
    whole_while_filling: list[bool] = []
    dialog.bar.valueChanged.connect(lambda _v: whole_while_filling.append(_label_whole(dialog)))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert whole_while_filling and all(whole_while_filling)
    assert _label_whole(dialog)  # the result sentence with its path
    dialog.close()
