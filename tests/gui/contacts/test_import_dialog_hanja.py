"""The import dialog maps a Korean list's 한자 column to the Hanja field (韩文汉字 in the Chinese window),
and the import fills it: the column went to the notes ("한자: 李敏鎬") before (round 51)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import QComboBox, Qt
from tests.core.contacts.io_helpers import DATA_DIR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LIST = DATA_DIR / "korean" / "delegation_ko.xlsx"


@pytest.mark.parametrize(("locale", "label"), [("en", "Hanja"), ("zh_CN", "韩文汉字")])
def test_the_hanja_column_is_mapped_to_the_hanja_field(  # type: ignore[no-untyped-def]
    qtbot, translators, db: Database, locale: str, label: str
) -> None:
    translators(locale)
    dialog = ImportDialog(db, locale, path=LIST)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.mapping().get(3) == "name_hanja"
    combo = dialog.findChild(QComboBox, "mapping_3")
    assert combo.currentText() == label
    assert combo.findData("name_hanja") >= 0  # offered to pick by hand as well
    for signal in (dialog.planned, dialog.imported):
        with qtbot.waitSignal(signal, timeout=20000):
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        lee = s.scalars(select(m.Contact).where(m.Contact.given_name_zh == "민호")).one()
        assert lee.name_hanja == "李敏鎬" and "한자" not in lee.notes
