"""The visit editor's delegation tab lists people by surname, as the dossier does (field test 6,
defect 11: the Chinese window sorted by the shown name, "Prof. Dr. Ulrich von Hößlin" under P)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.visits.edit import VisitEditor
from tests.core.visits.data import (
    BY_SURNAME,
    KITAKYUSHU_EN,
    KITAKYUSHU_ZH,
    kitakyushu_delegation,
    surnames_in,
    umlaut_delegation,
)
from tests.helpers import editors

#: The offscreen platform cannot resize native windows to fit a toolbar; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_the_delegation_tab_lists_people_by_surname(qtbot, db: Database, locale: str) -> None:
    editor = VisitEditor(db, locale=locale, visit_id=umlaut_delegation(db))
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.tabs.setCurrentIndex(1)
    model = editor.people_model
    shown = [model.cell(row, 0) for row in range(model.rowCount())]
    assert surnames_in(shown) == BY_SURNAME, shown


@pytest.mark.parametrize(("locale", "expected"), [("en", KITAKYUSHU_EN), ("zh_CN", KITAKYUSHU_ZH)])
def test_a_japanese_delegation_is_listed_by_name_not_as_added(
    qtbot, db: Database, locale: str, expected: tuple[str, ...]
) -> None:
    """Field test 78: the head first, then by Hepburn in English and by pinyin in Chinese."""
    editor = VisitEditor(db, locale=locale, visit_id=kitakyushu_delegation(db))
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.tabs.setCurrentIndex(1)
    model = editor.people_model
    assert [model.cell(row, 0) for row in range(model.rowCount())] == list(expected)
