"""shots59: an organisation import labelled the organisation's own phone column (migration 0078)
"Phone (work)", the contacts' label for a person's work phone: organisations say whose phone it is,
in both languages; the contacts' label is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import QComboBox
from tests.gui.contacts.test_import_dialog import _next

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize(
    ("locale", "target", "label"),
    [
        ("en", "organisations", "Phone (organisation)"),
        ("zh_CN", "organisations", "机构电话"),
        ("en", "contacts", "Phone (work)"),
    ],
)
def test_the_phone_column_says_whose_phone_it_is(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    translators,
    request: pytest.FixtureRequest,
    locale,
    target,
    label,
) -> None:
    translators(locale)
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")  # this tree's new label
    path = tmp_path / "rows.csv"
    path.write_text("name_en,phone\nWuhan Water Group,+86 27 8000 0000\n", encoding="utf-8")
    dialog = ImportDialog(db, locale)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(target))
    qtbot.keyClicks(dialog.path_edit, str(path))
    _next(qtbot, dialog, dialog.loaded)
    combo = dialog.findChild(QComboBox, "mapping_1")
    assert combo.currentData() == "phone" and combo.currentText() == label
