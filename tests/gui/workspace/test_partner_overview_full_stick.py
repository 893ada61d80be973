"""The partner overview written to a full USB stick (field test 88): the window said "[Errno 28] No
space left on device", in English in a Chinese window and without the file. It now says it as
every writer does, in the window's language, with the file; no PDF is left under the name."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.organisations.detail import OrganisationDetailView
from petdesk.gui.qt import QMessageBox
from petdesk.services import organisations as org_service
from tests.helpers.file_limit import file_size_limit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_full_stick_is_said_plainly(
    qtbot: QtBot, translators, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:  # type: ignore[no-untyped-def]
    translators(lang)
    with db.transaction() as s:
        org = org_service.create_organisation(s, name_en="Lanzhou Water Group", name_zh="兰州水务集团")
    pane = OrganisationDetailView(db, lang)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_entity(org.id)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    out = tmp_path / "stick" / "lanzhou.pdf"
    out.parent.mkdir()
    # Room for the database's shared-memory file (32 KB), not for the PDF with its embedded fonts.
    with file_size_limit(40 * 1024):
        pane.export_overview(str(out))
        qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert str(out) in said[0], said
    assert "Errno" not in said[0] and "File too large" not in said[0], said
    assert ("FAT32" in said[0]) and (("disk" in said[0]) if lang == "en" else ("磁盘" in said[0])), said
    assert not out.exists() and list(out.parent.iterdir()) == []
