"""Finish 52: the contact editor's right-hand groups ("Organisation", "Visits and notes", "Travel
documents") share one label column, so their fields start at the same x in both languages at
1024×640, also after a Japanese name relabels "Position (Chinese)"."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.qt import QFormLayout, QGroupBox, QPoint

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _field_lefts(dialog: ContactEditDialog) -> dict[str, set[int]]:
    """Per group, where its fields begin, in the dialog's coordinates."""
    lefts: dict[str, set[int]] = {}
    for box in dialog.findChildren(QGroupBox):
        form = box.layout()
        if not isinstance(form, QFormLayout):
            continue
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and field.widget() is not None:
                x = field.widget().mapTo(dialog, QPoint(0, 0)).x()
                lefts.setdefault(box.title(), set()).add(x)
    return lefts


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_groups_fields_line_up(qtbot, db: Database, locale: str, request: pytest.FixtureRequest) -> None:
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")
    dialog = ContactEditDialog(db, locale)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    qtbot.waitUntil(lambda: len(_field_lefts(dialog)) == 3)
    lefts = _field_lefts(dialog)
    assert len(set().union(*lefts.values())) == 1, lefts
    dialog.family_name_zh.setText("山田")  # a Japanese name: "Position (Japanese)", a longer label
    dialog.phonetic_family_name.setText("やまだ")
    qtbot.waitUntil(lambda: len(set().union(*_field_lefts(dialog).values())) == 1, timeout=5_000)
    assert dialog.position_zh_label.text() != dialog.tr("Position (Chinese)")
