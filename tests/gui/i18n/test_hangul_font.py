"""Korean in the window: on a machine without a Korean font (this one: ``fc-list :lang=ko`` is empty)
the bundled Petdesk Hangul draws 김민준 in a label and in a list's cell instead of boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.qt import QApplication, QFont, QFontInfo, QFontMetrics, QLabel, QTextLayout
from petdesk.gui.translation import register_fonts
from petdesk.services import contacts as cs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAME = "김민준"
SHOTS = Path("/tmp/korfont")


def drawn_by(font: QFont, text: str) -> list[tuple[str, list[int]]]:
    """The faces Qt really draws ``text`` with (after font fallback), and their glyph numbers."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def assert_drawn_in_hangul_face(font: QFont) -> None:
    runs = drawn_by(font, NAME)
    assert [family for family, _ in runs] == ["Petdesk Hangul"]
    assert all(glyph != 0 for _, glyphs in runs for glyph in glyphs)  # glyph 0 is the empty box


def test_the_hangul_face_is_in_the_fallback_chain(qapp: QApplication) -> None:
    """Not left to the platform's own fallback (which differs on Windows and macOS): the application
    font names it, before Droid Sans Fallback, whose three Hangul syllables would mix two styles."""
    assert "Petdesk Hangul" in register_fonts(qapp)
    chain = QApplication.font().families()
    covering = [
        family
        for family in chain
        if all(QFontMetrics(QFont(family)).inFontUcs4(ord(char)) for char in NAME)
        and QFontInfo(QFont(family)).family() == family  # the family itself, not a substitute
    ]
    assert covering[:1] == ["Petdesk Hangul"]
    assert chain.index("Petdesk Hangul") < chain.index("Droid Sans Fallback")


def test_a_label_draws_hangul_with_the_bundled_face(qtbot: QtBot, qapp: QApplication) -> None:
    register_fonts(qapp)
    label = QLabel(f"Participant: {NAME}")
    qtbot.addWidget(label)
    assert_drawn_in_hangul_face(label.font())
    SHOTS.mkdir(exist_ok=True)
    label.adjustSize()
    label.grab().save(str(SHOTS / "label.png"))


def test_a_list_cell_draws_hangul_with_the_bundled_face(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    register_fonts(qapp)
    with db.transaction() as s:
        cs.create_contact(s, family_name_zh="김", given_name_zh="민준")
    page = ContactsPage(db, "en")
    qtbot.addWidget(page)
    page.resize(900, 300)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
    shown = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert any(NAME in str(value) for value in shown)
    assert_drawn_in_hangul_face(page.table.font())
    page.grab().save(str(SHOTS / "contacts.png"))
