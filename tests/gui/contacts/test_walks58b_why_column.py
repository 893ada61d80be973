"""walks58b: at 1024 px the import preview's Why column ran past the view's right edge (a possible
match's reason from 605 px to 1332 px in a view of 958): its sentences wrap within the view now."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from tests.core.contacts.io_helpers import DATA_DIR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.usefixtures("tree_window_catalogue")
def test_the_why_column_wraps_within_the_view_at_1024(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        org = os_.create_organisation(
            s, name_en="Sở Tài nguyên và Môi trường thành phố Đà Nẵng", country="VN"
        )
        cs.create_contact(s, family_name="Trần", given_name="Văn Đức", organisation_id=org.id)
    dialog = ImportDialog(db, "zh_CN", path=DATA_DIR / "field93" / "passports.xlsx")
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    for signal in (dialog.loaded, dialog.planned):
        with qtbot.waitSignal(signal, timeout=20_000):
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    view, why = dialog.possible_view, 4
    assert dialog.possible_model.rowCount() == 1

    def within() -> bool:
        end = view.columnViewportPosition(why) + view.columnWidth(why)
        return end <= view.viewport().width()

    qtbot.waitUntil(within, timeout=5000)
    assert view.rowHeight(0) >= view.sizeHintForRow(0)  # the wrapped lines shown, not cut
    assert "未关联则作为新联系人添加" in dialog.possible_model.index(0, why).data(Qt.ItemDataRole.ToolTipRole)
    # a short reason keeps its own width
    assert dialog.plan_view.columnWidth(3) < 200
