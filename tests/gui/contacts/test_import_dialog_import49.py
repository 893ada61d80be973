"""The import dialog's leftovers of field test 64 (import49): the mapping step names the columns left
out and points at the boxes that keep them; a vCard that is plain ASCII shows no pointless sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.core.test_field_64_first_week import huawei_cards, wps_workbook

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _load(qtbot, dialog: ImportDialog, *, planned: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Through the first step; a vCard goes on to its matches by itself: wait for them too, so no
    progress arrives after the dialog is gone."""
    qtbot.addWidget(dialog)
    dialog.show()
    signals = [dialog.loaded, dialog.planned] if planned else [dialog.loaded]
    with qtbot.waitSignals(signals, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def test_the_mapping_step_points_the_columns_left_out_at_their_boxes(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path
) -> None:
    dialog = ImportDialog(db, "en", path=wps_workbook(tmp_path / "唐山合作伙伴名单.xlsx"))
    _load(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.unmapped_note.isVisible())
    text = dialog.unmapped_note.text()
    assert text.startswith("Not imported: “序号”, “首次联系日期”.") and "“Field”" in text, text
    dialog.set_mapping(6, "notes")  # 首次联系日期 kept in the notes: no longer listed
    qtbot.waitUntil(lambda: "首次联系日期" not in dialog.unmapped_note.text())
    dialog.set_mapping(0, "notes")
    qtbot.waitUntil(lambda: not dialog.unmapped_note.isVisible())


def test_a_plain_ascii_vcard_is_named_without_a_sample_line(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path
) -> None:
    dialog = ImportDialog(db, "en", path=huawei_cards(tmp_path / "00001.vcf"))
    _load(qtbot, dialog, planned=True)
    qtbot.waitUntil(lambda: dialog.encoding_info.isVisibleTo(dialog))
    assert dialog.encoding_info.text() == "Read as utf-8.", dialog.encoding_info.text()
