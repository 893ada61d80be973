"""Thai, Arabic and Devanagari names in the window (field test 67): on a machine without fonts for
them (this one: ``fc-list :lang=th`` and ``:lang=hi`` are empty) the bundled Noto faces draw สมชาย and
प्रिया in the contacts list instead of boxes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.qt import QApplication, QFont, QTextLayout
from petdesk.gui.translation import register_fonts
from petdesk.services import contacts as cs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", "OpenType support")

NAMES = {"สมชาย ใจดี": "Noto Sans Thai", "محمد عبد الله": None, "प्रिया शर्मा": "Noto Sans Devanagari"}


def drawn_by(font: QFont, text: str) -> list[tuple[str, list[int]]]:
    """The faces Qt really draws ``text`` with (after font fallback), and their glyph numbers."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_the_contacts_list_draws_the_three_scripts(qtbot: QtBot, qapp: QApplication, db: Database) -> None:
    register_fonts(qapp)
    with db.transaction() as s:
        for name in NAMES:
            given, family = name.split(" ", 1)
            cs.create_contact(s, given_name=given, family_name=family)
    page = ContactsPage(db, "en")
    qtbot.addWidget(page)
    page.resize(900, 300)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == len(NAMES), timeout=10_000)
    shown = " ".join(str(page.model.index(r, 0).data()) for r in range(page.model.rowCount()))
    for name, face in NAMES.items():
        assert name in shown
        runs = drawn_by(page.table.font(), name.replace(" ", ""))
        assert all(glyph != 0 for _, glyphs in runs for glyph in glyphs), (name, runs)  # 0: the empty box
        if face is not None:  # Arabic may come from a system face (DejaVu Sans has it)
            assert face in [family for family, _ in runs], (name, runs)
