"""The import preview's Notes in the window's language (walks58b, Karachi's Chinese window)."""

from __future__ import annotations

from petdesk.gui.contacts.import_dialog import _preview_row
from petdesk.services import importing


def test_preview_notes_follow_the_window_language() -> None:
    rec = importing.ContactRecord(line=2, given_name="Imran", family_name="Qureshi")
    rec.notes = "Left out by the import (not a phone number): call me"
    assert _preview_row(rec, "zh_CN")[-1] == "导入时未采用（不是电话号码）：call me"
    assert _preview_row(rec, "en")[-1] == rec.notes
