"""The import dialog with field test 78's Japanese lists: a 名簿's bare 漢字 header is the name (it was
taken for Korean Hanja: "no column gives a name", every row skipped), and a card app's 氏名（カナ） is
named as the name's reading in the Chinese window."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.core.contacts.io_helpers import DATA_DIR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _loaded(qtbot, db: Database, name: str) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db, "zh_CN", path=DATA_DIR / "field78" / name)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return dialog


@pytest.mark.usefixtures("tree_window_catalogue")
def test_meibo_kanji_column_is_the_name(qtbot, db: Database) -> None:
    dialog = _loaded(qtbot, db, "meibo.xlsx")
    assert [dialog.mapping().get(i) for i in (1, 2, 3)] == ["full_name", "phonetic_name", "name_latin"]
    assert dialog.name_warning.isHidden()
    with qtbot.waitSignal(dialog.planned, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]


@pytest.mark.usefixtures("tree_window_catalogue")
def test_card_app_reading_column_is_named(qtbot, db: Database) -> None:
    dialog = _loaded(qtbot, db, "sansan_cards.csv")
    combo = dialog.findChild(type(dialog.target_combo), "mapping_4")
    assert combo.currentText() == "姓名（读音）"
