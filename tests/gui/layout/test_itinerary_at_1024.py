"""polish54: the visit editor's itinerary on a 1024×640 screen, in English, cut Kind, Place, "Host or…"
and "Dress c…" (thirteen columns in 960 px). Now every shown title and kind reads whole; the rarely
filled Dress code and Vehicles wait in the header's menu there, and show at 1366 px."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.column_fit import ColumnFitter, whole_title_width
from petdesk.gui.hidden_columns import saved_hidden
from petdesk.gui.qt import QSettings, QTableView
from petdesk.gui.visits.edit import ITEM_KEYS, ITEM_KIND, VisitEditor
from tests.gui.layout.test_itinerary_fit import visit_id  # noqa: F401 (a fixture)
from tests.helpers import editors
from tests.helpers.settled import settled

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
#: A 1024×640 screen less the window's frame and title bar (as test_small_screen_1024).
EDITOR_SIZE = (1008, 600)


def _cut(table: QTableView) -> list[str]:
    """Shown titles narrower than whole, a kind cut, or a column past the right edge."""
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    out = [
        f"{ITEM_KEYS[c]}: {header.sectionSize(c)} px < {whole_title_width(header, c)}"
        for c in shown
        if header.sectionSize(c) < whole_title_width(header, c)
    ]
    if header.sectionSize(ITEM_KIND) < table.sizeHintForColumn(ITEM_KIND):
        out.append(f"kind: {header.sectionSize(ITEM_KIND)} px < {table.sizeHintForColumn(ITEM_KIND)}")
    last = shown[-1]
    if header.sectionPosition(last) + header.sectionSize(last) > table.viewport().width():
        out.append("past the right edge")
    fitter = table.findChild(ColumnFitter)
    return out + (["fitting"] if fitter is not None and fitter._refit.isActive() else [])


def _editor(qtbot: QtBot, db: Database, visit_id: str, locale: str) -> VisitEditor:  # noqa: F811
    editor = VisitEditor(db, locale=locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.resize(*EDITOR_SIZE)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.tabs.setCurrentIndex(2)  # the itinerary
    qtbot.waitUntil(lambda: editor.items_view.isVisible() and editor.items_model.rowCount() == 3)
    return editor


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_itinerary_titles_and_kinds_read_whole_at_1024(
    qtbot: QtBot,
    translators,
    db: Database,
    visit_id: str,  # noqa: F811 (the fixture imported above)
    locale: str,
) -> None:
    translators(locale)
    editor = _editor(qtbot, db, visit_id, locale)
    table = editor.items_view
    assert settled(qtbot, lambda: _cut(table)) == []
    assert editor.items_columns.hidden() == ["dress_code", "vehicles"]
    # the header's menu shows them again, and the choice is kept for the next editor
    menu = editor.items_columns.menu()
    dress = next(a for a in menu.actions() if a.text() == editor.tr("Dress code"))
    assert not dress.isChecked()
    dress.trigger()
    assert not table.isColumnHidden(ITEM_KEYS.index("dress_code"))
    assert saved_hidden(QSettings(), "itinerary", ()) == ["vehicles"]
    editor.resize(1100, 728)  # wider, the user's choice still rules
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    assert table.isColumnHidden(ITEM_KEYS.index("vehicles"))
    editor.close()


def test_every_itinerary_column_shows_in_a_wide_editor(
    qtbot: QtBot,
    translators,  # type: ignore[no-untyped-def]
    db: Database,
    visit_id: str,  # noqa: F811 (the fixture imported above)
) -> None:
    translators("en")
    editor = _editor(qtbot, db, visit_id, "en")
    editor.resize(1100, 728)  # the editor on a 1366×768 screen
    table = editor.items_view
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    assert editor.items_columns.hidden() == []
    assert settled(qtbot, lambda: _cut(table)) == []
    editor.close()
