"""The import dialog's result page says how many blank rows of a worksheet it skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.core.contacts.test_import_blank_rows import blank_rows_workbook

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: This tree's catalogues (the editable install reads the main checkout's, without this sentence).
TREE_TRANSLATIONS = Path(__file__).resolve().parents[3] / "translations"


def _next(qtbot, dialog: ImportDialog, signal) -> list:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(signal, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return blocker.args


@pytest.mark.parametrize(
    ("locale", "said"),
    [("en", "3 added, 0 updated, 0 skipped. 3 blank rows skipped."), ("zh_CN", "已跳过 3 个空行。")],
)
def test_the_result_page_counts_the_blank_rows(  # type: ignore[no-untyped-def]
    qtbot, translators, monkeypatch, db: Database, tmp_path: Path, locale: str, said: str
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_TRANSLATIONS)
    translators(locale)
    dialog = ImportDialog(db, locale, path=blank_rows_workbook(tmp_path / "people.xlsx"))
    qtbot.addWidget(dialog)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    _next(qtbot, dialog, dialog.planned)
    (report,) = _next(qtbot, dialog, dialog.imported)
    assert (report.count("added"), report.blank_rows) == (3, 3)
    assert said in dialog.report_summary.text(), dialog.report_summary.text()
