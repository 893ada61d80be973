"""Round 53 at 1024×640, in English and in Chinese: the visit editor's toolbar hid Dossier and Name
cards behind its »; the training editor's Details tab needed a scroll bar; the City needs list cut
its deadlines behind a sideways scroll bar; the contacts beside their detail pane showed seven
columns each cut to a word ("Name…" for "Name (other script)")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.column_fit import whole_title_width
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QFormLayout, QKeySequence, QScrollArea, QSettings, QTableView, QToolButton, QWidget
from petdesk.gui.record_list import RecordListPage
from petdesk.gui.technologies.match_view import NEED_HEADERS, NeedsPage
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import visits as vs
from tests.helpers.editors import loaded
from tests.helpers.settled import settle_until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
LOCALES = ["en", "zh_CN"]
#: A 1024×640 screen less the window's frame and title bar (screen_fit.FRAME_*).
EDITOR_SIZE = (1008, 600)


@pytest.fixture
def window(qtbot: QtBot, translators, demo_db: Database, request) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window at 1024×640 in ``request.param``'s language (its features extend the editors'
    toolbars: Dossier, Name cards, the icons)."""
    translators(request.param)
    main = MainWindow(demo_db, locale=request.param)
    qtbot.addWidget(main)
    main.resize(1024, 640)
    main.show()
    qtbot.waitExposed(main)
    yield main


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_every_visit_toolbar_entry_is_in_sight(qtbot: QtBot, window: MainWindow) -> None:
    with window.db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Bonn study visit", title_zh="波恩考察", start_date=dt.date(2027, 6, 1),
            end_date=dt.date(2027, 6, 4),
        )  # fmt: skip
        visit_id = visit.id
    editor = VisitEditor(window.db, locale=window.ui_locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.resize(*EDITOR_SIZE)
    editor.show()
    loaded(qtbot, editor)
    toolbar = editor.toolbar
    entries = [a for a in toolbar.actions() if not a.isSeparator()]
    assert editor.dossier_action in entries and editor.namecards_action in entries
    qtbot.waitUntil(lambda: all(toolbar.widgetForAction(a).isVisible() for a in entries), timeout=5000)
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert more is None or not more.isVisible()
    assert toolbar.sizeHint().width() <= toolbar.width()
    # The short labels keep the whole sentence as their tooltip, and Save its Ctrl+S.
    assert editor.export_action.toolTip() == editor.tr("Export calendar (.ics)…")
    assert editor.import_action.toolTip() == editor.tr("Import meetings (.ics)…")
    assert editor.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    editor.close()


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_the_training_details_fit_without_a_scroll_bar(qtbot: QtBot, window: MainWindow) -> None:
    editor = TrainingEditor(window.db, locale=window.ui_locale)
    qtbot.addWidget(editor)
    editor.resize(*EDITOR_SIZE)
    editor.show()
    loaded(qtbot, editor)
    assert editor.tabs.currentIndex() == 0
    area = editor.tabs.widget(0).findChild(QScrollArea, "screen_fit_scroll")  # Details scrolls inside its tab
    assert area is not None
    qtbot.waitUntil(lambda: area.viewport().height() > 300, timeout=5000)
    content = area.widget()
    assert content.minimumSizeHint().height() <= area.viewport().height(), (content.minimumSizeHint(), area)
    # (the scroll bars follow the layout's pass, a moment after the resize)
    qtbot.waitUntil(lambda: not area.verticalScrollBar().isVisible(), timeout=5000)
    assert not area.horizontalScrollBar().isVisible()
    # Side by side, each box keeps its whole name for a screen reader.
    assert editor.venue_zh.accessibleName() == editor.tr("Venue (Chinese)")
    assert editor.title_en.y() == editor.title_zh.y() and editor.title_en.x() < editor.title_zh.x()
    editor.close()


def _laid_out(qtbot: QtBot, table: QTableView, done: Callable[[], bool]) -> None:
    """Rows shown, then the fitter's deferred pass and the scroll bars, waited for through what the
    test checks (``done``): posted passes, later under load than any fixed wait allowed."""
    qtbot.waitUntil(lambda: table.model().rowCount() > 0 and table.viewport().width() > 200, timeout=5000)
    settle_until(qtbot, done)


def _cut_titles(table: QTableView) -> list[str]:
    """The shown columns narrower than their whole title (with the sort arrow where it shows)."""
    header = table.horizontalHeader()
    return [
        f"{table.model().headerData(c, header.orientation())}: {header.sectionSize(c)} px"
        for c in range(header.count())
        if not header.isSectionHidden(c) and header.sectionSize(c) < whole_title_width(header, c)
    ]


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_the_needs_show_their_deadlines_whole(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("needs")
    page = window.findChild(NeedsPage)
    assert page is not None
    table = page.list.table
    deadline = [key for key, _title in NEED_HEADERS].index("deadline")
    header = table.horizontalHeader()
    _laid_out(
        qtbot,
        table,
        lambda: (
            header.sectionPosition(deadline) + header.sectionSize(deadline) <= table.viewport().width()
            and not table.horizontalScrollBar().isVisible()
        ),
    )
    assert header.sectionSize(deadline) >= table.sizeHintForColumn(deadline) - 2
    assert header.sectionPosition(deadline) + header.sectionSize(deadline) <= table.viewport().width()
    assert header.sectionSize(deadline) >= whole_title_width(header, deadline)
    assert not table.horizontalScrollBar().isVisible()
    # The match view keeps its room for the reasons (field test F9): the titles give way.
    list_width, match_width = page.sizes()
    assert match_width > list_width


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_the_contacts_show_fewer_columns_whole(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("contacts")
    assert isinstance(page, RecordListPage)
    table = page.table
    _laid_out(qtbot, table, lambda: not table.horizontalScrollBar().isVisible() and not _cut_titles(table))
    # At the list's 3:5 split beside the detail pane.
    assert table.width() < window.width() * 2 // 3
    assert page.hidden_columns() == ["position", "tags"]
    assert not table.horizontalScrollBar().isVisible()
    assert not _cut_titles(table), _cut_titles(table)
    # The header's context menu offers them back, and the choice is kept.
    menu = page.column_menu()
    titles = {a.text(): a for a in menu.actions()}
    position = titles[page.model.source.columns[3].header]
    assert not position.isChecked()
    position.setChecked(True)
    assert page.hidden_columns() == ["tags"]
    assert QSettings().value("columns/contact") == ["tags"]
    for action in menu.actions():
        action.setChecked(True)
    assert page.hidden_columns() == []
    assert QSettings().value("columns/contact") in ([], None) and QSettings().contains("columns/contact")


def test_every_column_shown_stays_shown_at_the_next_start(
    qtbot: QtBot, translators, demo_db: Database
) -> None:
    """The settings file writes an empty list as @Invalid(), read back at the next start as None:
    the user's "hide none" brought Position and Tags back hidden (review53)."""
    translators("en")
    QSettings().setValue("columns/contact", None)  # as the file gives "every column shown" back
    main = MainWindow(demo_db, locale="en")
    qtbot.addWidget(main)
    page = main.show_page("contacts")
    assert isinstance(page, RecordListPage)
    assert page.hidden_columns() == []
    QSettings().remove("columns/contact")  # never chosen: the default
    fresh = MainWindow(demo_db, locale="en")
    qtbot.addWidget(fresh)
    page = fresh.show_page("contacts")
    assert isinstance(page, RecordListPage)
    assert page.hidden_columns() == ["position", "tags"]


@pytest.mark.parametrize("window", LOCALES, indirect=True)
@pytest.mark.parametrize("size", [EDITOR_SIZE, (1384, 860)])
def test_the_training_details_labels_stand_beside_their_values(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window: MainWindow, size
) -> None:
    """shots53: the form spread the spare height between its rows, "Status" and "Organiser" a line
    above "Done" and the organiser's name (the visit editor keeps it below its form)."""
    editor = TrainingEditor(window.db, locale=window.ui_locale)
    qtbot.addWidget(editor)
    editor.resize(*size)
    editor.show()
    loaded(qtbot, editor)
    page = editor.status_label.parentWidget().layout()
    form = page if isinstance(page, QFormLayout) else page.itemAt(0).layout()
    assert isinstance(form, QFormLayout)
    qtbot.waitUntil(lambda: editor.description_en.height() > 0 and editor.status_label.height() > 0)
    fields = (editor.status_label, editor.organiser)
    assert all(form.labelForField(field) is not None for field in fields)

    def off_centre(field: QWidget) -> int:
        label = form.labelForField(field)
        return abs(label.geometry().center().y() - field.geometry().center().y())

    def gap() -> int:  # between the title and the topic
        return editor.topic_en.y() - editor.title_en.geometry().bottom()

    # the layout's posted pass: under load, a moment later
    settle_until(
        qtbot, lambda: all(off_centre(f) <= 3 for f in fields) and gap() <= editor.fontMetrics().height()
    )
    for field in fields:
        assert off_centre(field) <= 3, (form.labelForField(field).text(), size)
    # the rows stay together: no gap wider than a line between the title and the topic
    assert gap() <= editor.fontMetrics().height(), gap()
    editor.close()
