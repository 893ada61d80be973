""" "Banquet sheet…" on the visit editor's itinerary opens a dialog on the meal selected there and writes
its one-page sheet in the background, as ``petdesk dossier banquet`` does (dossier54)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.dossier.banquet import BanquetSheetDialog
from petdesk.gui.qt import Qt
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdffonts, pdfinfo_pages, pdftotext_pages
from tests.helpers.banquet import DAY, welcome_dinner

#: Showing a dialog on the offscreen platform warns about size hints; that is the platform, not us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_itinerary_button_prints_the_selected_meal(qtbot, db: Database, tmp_path: Path) -> None:
    import datetime as dt

    from petdesk.gui.main_window import MainWindow

    visit_id, dinner = welcome_dinner(db)
    with db.transaction() as s:  # a second meal, listed first: the selected one is chosen, not the first
        vs.add_item(
            s,
            visit_id,
            start=dt.datetime.combine(DAY, dt.time(12)),
            end=dt.datetime.combine(DAY, dt.time(13)),
            kind="banquet",
            title_en="Working lunch",
        )
    window = MainWindow(db)
    qtbot.addWidget(window)
    editor = window.page("visits").open_visit(visit_id)
    qtbot.addWidget(editor)
    view = editor.items_view
    qtbot.waitUntil(lambda: view.model().rowCount() == 2, timeout=10_000)
    [row] = [r for r in range(2) if "Welcome dinner" in str(view.model().index(r, 5).data())]
    view.selectRow(row)
    qtbot.mouseClick(editor.banquet_button, Qt.MouseButton.LeftButton)
    dialog = editor.banquet_dialog
    assert isinstance(dialog, BanquetSheetDialog)
    assert dialog.meal.count() == 2 and dialog.meal.currentData() == dinner
    # "4 people" once the English catalogue is built ("4 person(s)" from the source text before)
    assert dialog.meal.currentText().startswith("29 Mar 2027 18:30 Welcome dinner (4 ")
    opened: list[Path] = []
    dialog.opener = opened.append
    out = tmp_path / "dinner from the window.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert opened == [out] and pdfinfo_pages(out) == 1
    text = "".join(pdftotext_pages(out))
    assert "Welcome dinner" in text and "欢迎晚宴" in text and "Working lunch" not in text
    assert all(f.embedded for f in pdffonts(out))


def test_a_visit_without_meals_says_so(qtbot, db: Database) -> None:
    with db.transaction() as s:
        visit_id = vs.create_visit(s, title_en="No dinners", start_date=DAY, end_date=DAY).id
    dialog = BanquetSheetDialog(db, visit_id)
    qtbot.addWidget(dialog)
    assert dialog.meal.count() == 0 and not dialog.generate_button.isEnabled()
    assert dialog.status.text() == "The visit has no meal in its programme yet."


@pytest.mark.parametrize(("locale", "words"), [("en", "Banquet sheet…"), ("zh_CN", "宴会单…")])
def test_the_button_reads_whole_at_1024_x_640(  # type: ignore[no-untyped-def]
    qtbot, db: Database, request: pytest.FixtureRequest, locale: str, words: str
) -> None:
    from petdesk.gui.visits.edit import VisitEditor
    from tests.helpers import editors

    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")  # this tree's Chinese window
    visit_id, _dinner = welcome_dinner(db)
    editor = VisitEditor(db, locale=locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.resize(1024, 640)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.tabs.setCurrentIndex(2)  # the itinerary
    button = editor.banquet_button
    qtbot.waitUntil(button.isVisible)
    assert button.text() == words
    assert button.width() >= button.sizeHint().width()  # not squeezed
    right = button.mapTo(editor, button.rect().topRight()).x()
    assert right < editor.width() and editor.width() <= 1024
