"""One consistent workspace: the shared list page and editor base, the operation helper and the
change bus, driven through the real window."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import record_editor
from petdesk.gui.main_window import MainWindow
from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import QApplication, QMessageBox, Qt, QWidget
from petdesk.gui.record_list import RecordListPage
from petdesk.services import contacts, organisations, trainings, visits
from tests.helpers import editors
from tests.helpers.settled import settle_until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

DAY = dt.date(2026, 12, 7)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    return win


def _count(db: Database, stmt) -> int:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return int(s.scalar(stmt) or 0)


def _settled(qtbot: QtBot, page: RecordListPage) -> None:
    """Wait for the rows of a new search or filter (read off the GUI thread) and their count."""
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.total is not None, timeout=5000)


def _tagged(db: Database, tag: str) -> int:
    with db.reading() as s:
        return sum(
            tag in tags for tags in s.scalars(select(m.Contact.tags).where(m.Contact.deleted_at.is_(None)))
        )


def test_esc_in_a_changed_editor_asks_and_cancel_keeps_the_change(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [record_editor.Unsaved.CANCEL, record_editor.Unsaved.DISCARD]
    asked: list[str] = []

    def ask(editor: QWidget) -> record_editor.Unsaved:
        asked.append(editor.objectName())
        return answers.pop(0)

    monkeypatch.setattr(record_editor, "ask_unsaved", ask)
    page = window.show_page("visits")
    page.new_action.trigger()
    editor = page.editors[-1]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert asked == [] and not editor.isVisible()

    page.new_action.trigger()
    editor = page.editors[-1]
    qtbot.keyClicks(editor.title_en, "Hamburg delegation")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["VisitEditor"]
    assert editor.isVisible() and editor.title_en.text() == "Hamburg delegation"
    editor.close()  # Discard this time
    assert asked == ["VisitEditor", "VisitEditor"] and not editor.isVisible()


def test_saved_editor_closes_without_asking(qtbot: QtBot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(record_editor, "ask_unsaved", lambda _e: pytest.fail("asked after saving"))
    page = window.show_page("trainings")
    page.new_action.trigger()
    editor = page.editors[-1]
    qtbot.keyClicks(editor.title_en, "Sludge course")
    assert editors.save(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_select_all_and_tag_reaches_every_matching_contact(qtbot: QtBot, db: Database) -> None:
    # 5,000 in every run: the set-based tag service makes this some seconds, most of it the demo.
    people = 5000
    from petdesk.demo import generate
    from petdesk.gui.contacts.list import ContactsPage

    generate(db, contacts=people, seed=5, anchor=dt.date(2026, 11, 1))
    total = _count(db, select(func.count()).select_from(m.Contact).where(m.Contact.deleted_at.is_(None)))
    page = ContactsPage(db, "en")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == total, timeout=10_000)
    assert page.model.rowCount() == total  # every row has its place, not just the first 200
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.all_matching_selected() and f"{total:,} selected" in page.count_label.text()
    page.tag_selected(["everyone"])
    qtbot.waitUntil(lambda: _tagged(db, "everyone") == total, timeout=60_000)

    # Ctrl+End reaches the last row, found by the database, not by fetching page after page.
    qtbot.waitUntil(lambda: page.model.total == total, timeout=10_000)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == total - 1


def test_delegation_picker_finds_pinyin_and_whole_names_first(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with db.transaction() as s:
        for fam, giv, fzh, gzh in [
            ("Zhang", "Fanwei", "张", "帆伟"),
            ("Zhang", "Wei", "张", "伟"),
            ("Ouyang", "Nana", "欧阳", "娜娜"),
        ]:
            contacts.create_contact(s, family_name=fam, given_name=giv, family_name_zh=fzh, given_name_zh=gzh)
        visit = visits.create_visit(s, title_en="Tour", start_date=DAY, end_date=DAY)
    editor = editors.loaded(qtbot, window.show_page("visits").open_visit(visit.id))
    qtbot.addWidget(editor)
    finder = editor.person_search
    with qtbot.waitSignal(finder.searched, timeout=5000):
        qtbot.keyClicks(finder.edit, "ouyang")
    assert finder.results.count() == 1 and "欧阳娜娜" in finder.results.item(0).text()
    finder.edit.clear()
    with qtbot.waitSignal(finder.searched, timeout=5000):
        qtbot.keyClicks(finder.edit, "zhang wei")
    assert finder.results.item(0).text().startswith("Wei Zhang") or finder.results.item(0).text().startswith(
        "Zhang Wei"
    )
    assert "帆" not in finder.results.item(0).text()


@pytest.mark.parametrize("key", ["visits", "trainings"])
def test_delete_and_undo_on_visits_and_trainings(
    qtbot: QtBot, window: MainWindow, db: Database, key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        if key == "visits":
            visits.create_visit(s, title_en="Port visit", start_date=DAY, end_date=DAY)
        else:
            trainings.create_training(s, title_en="Port course", start_date=DAY, end_date=DAY)
    window.refresh_all()
    page = window.show_page(key)
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert not page.actions_by_name["delete"].isEnabled()  # nothing selected yet
    page.table.selectRow(0)
    assert page.actions_by_name["delete"].isEnabled()
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.undo_bar.isVisible(), timeout=5000)
    # The confirmation says which one: its date alone did not.
    assert "7 Dec 2026 · Port " in asked[0], asked
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    model = m.Visit if key == "visits" else m.Training
    assert _count(db, select(func.count()).select_from(model).where(model.deleted_at.is_(None))) == 1


def test_a_failing_operation_shows_the_failure_dialog(qtbot: QtBot, window: MainWindow) -> None:
    def broken() -> None:
        raise ValueError("the disk is full")

    op = run_in_background(broken, owner=window)
    with qtbot.waitSignal(op.failed, timeout=5000):
        pass
    boxes = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "operation_failure" and w.isVisible()
    ]
    assert len(boxes) == 1
    box = boxes[0]
    assert isinstance(box, QMessageBox)
    assert "the disk is full" in box.text() and "ValueError" in box.detailedText()
    box.close()


def test_a_closed_owner_gets_no_callback(qtbot: QtBot, db: Database) -> None:
    import threading

    from shiboken6 import delete

    owner = QWidget()
    got: list[object] = []
    gone = threading.Event()

    def work() -> int:
        gone.wait(5)  # the widget closes while the work runs
        return 42

    op = run_in_background(work, on_success=lambda value: got.append(value), owner=owner)
    delete(owner)
    gone.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert got == []


def test_an_edit_in_one_page_updates_the_others(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_en="Hamburg Water Works", country="DE")
        contacts.create_contact(
            s, family_name="Schmidt", given_name="Anna", organisation_id=org.id, start_date=DAY
        )
    window.refresh_all()
    people = window.show_page("contacts")
    orgs = window.page("organisations")
    assert isinstance(orgs, RecordListPage)
    qtbot.waitUntil(lambda: people.model.index(0, 2).data() == "Hamburg Water Works", timeout=5000)
    qtbot.waitUntil(lambda: " 1 contact" in window.status_label.text(), timeout=5000)

    # Rename on the organisations page: the contacts page shows the new name, nobody wired it.
    orgs.table.selectRow(0)
    orgs.announce_write(
        lambda s: organisations.update_organisation(s, org.id, name_en="Hamburg Wasser"),
        ids=lambda _r: [org.id],
    )
    qtbot.waitUntil(lambda: people.model.index(0, 2).data() == "Hamburg Wasser", timeout=5000)
    # Delete on the contacts page: the status bar counts again (off the GUI thread).
    people.table.selectRow(0)
    people.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: " 0 contact" in window.status_label.text(), timeout=5000)


def test_filters_saved_views_and_columns_on_the_list_pages(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with db.transaction() as s:
        cn = organisations.create_organisation(s, name_en="Qingdao Water", country="CN").id
        de = organisations.create_organisation(s, name_en="Stadtwerke Köln", country="DE").id
        for i in range(3):
            contacts.create_contact(
                s, family_name="Wang", given_name=f"N{i}", organisation_id=cn, tags=["water"]
            )
        contacts.create_contact(s, family_name="Weber", given_name="Jo", organisation_id=de, tags=["water"])
        contacts.create_contact(s, family_name="Wu", given_name="Li", organisation_id=cn)
        visits.create_visit(
            s, title_en="Spring", start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 3, 4)
        )
        visits.create_visit(s, title_en="Autumn", start_date=DAY, end_date=DAY)

    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.filter_widgets["country"].findData("CN") >= 0, timeout=5000)
    page.set_filters({"country": "CN", "tag": "water"})
    _settled(qtbot, page)
    assert page.model.total == 3 and page.model.filters == {"country": "CN", "tag": "water"}

    # "All N matching" with filters tags exactly the filtered records.
    page.table.selectAll()
    assert page.all_matching_selected()
    page.tag_selected(["qingdao-water"])
    qtbot.waitUntil(lambda: _tagged(db, "qingdao-water") == 3, timeout=10_000)

    # A saved view keeps search, filters, sort and hidden columns; it lives in the file.
    page.set_hidden_columns(["phone"])
    assert "phone" in page.hidden_columns()
    page.save_view("CN water")
    qtbot.waitUntil(lambda: [v.name for v in page.saved_views] == ["CN water"], timeout=5000)
    page.set_filters({})
    page.set_hidden_columns([])
    _settled(qtbot, page)
    assert page.model.total == 5
    page.apply_view(page.saved_views[0])
    _settled(qtbot, page)
    assert page.model.total == 3 and page.hidden_columns() == ["phone"]

    # The column chooser: one checkable entry per column; unchecking hides the column.
    menu = page.column_menu()
    email = next(a for a in menu.actions() if a.text() == "E-mail")
    email.setChecked(False)
    assert page.hidden_columns() == ["email", "phone"]

    # Visits filter by status, kind and a date range.
    visits_page = window.show_page("visits")
    visits_page.set_filters({"from": "2026-12-01", "to": "2026-12-31"})
    _settled(qtbot, visits_page)
    record = visits_page.model.record(0)
    assert visits_page.model.total == 1 and record is not None and record[1][2] == "Autumn"
    visits_page.set_filters({"status": "cancelled"})
    _settled(qtbot, visits_page)
    assert visits_page.model.total == 0


@pytest.mark.parametrize("key", ["visits", "trainings"])
def test_the_plain_detail_pane_is_not_squeezed_to_a_strip(
    qtbot: QtBot, window: MainWindow, db: Database, key: str
) -> None:
    """The plain summary pane (a word-wrapped label) is not squeezed to its hint of a few dozen
    pixels, which wrapped a visit's dates a word or a character a line."""
    with db.transaction() as s:
        visits.create_visit(s, title_en="Port visit", start_date=DAY, end_date=DAY)
        trainings.create_training(s, title_en="Port course", start_date=DAY, end_date=DAY)
    window.resize(1400, 900)
    window.refresh_all()
    page = window.show_page(key)
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    _, detail = page.splitter.sizes()
    assert detail >= 280


def test_the_detail_pane_gets_two_fifths_and_keeps_the_user_s_split(qtbot: QtBot, db: Database) -> None:
    """The splitter's stretch factors share only the room beyond the list's size hint: the detail
    pane was left 290 px of a 1,366 px window, its tables a word a column."""
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.show_page("organisations")
    qtbot.waitUntil(lambda: page.splitter.sizes()[1] > 0, timeout=3000)
    list_width, detail_width = page.splitter.sizes()
    assert detail_width >= 0.35 * (list_width + detail_width), (list_width, detail_width)
    page.splitter.moveSplitter(list_width + 100, 1)  # the user drags the pane narrower
    narrower = page.splitter.sizes()[1]
    assert narrower < detail_width
    win.close()
    again = MainWindow(db, locale="en")
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    page = again.show_page("organisations")
    qtbot.waitUntil(lambda: page.splitter.sizes()[1] > 0, timeout=3000)
    assert abs(page.splitter.sizes()[1] - narrower) <= 2


@pytest.mark.parametrize(
    ("key", "hint"),
    [
        ("contacts", "Select a contact to see the details."),
        ("visits", "Select a visit to see the details."),
        ("trainings", "Select a training to see the details."),
    ],
)
def test_a_delete_keeps_the_split_and_the_empty_pane_says_what_to_select(
    qtbot: QtBot, db: Database, key: str, hint: str
) -> None:
    """Field test 2, item 11: after a delete the list pane jumped 150-180 px narrower, and the
    empty detail pane read "Nothing selected." on visits and trainings, "Select a contact to see
    the details." on contacts."""
    from petdesk.gui.qt import QLabel

    with db.transaction() as s:
        for n in range(3):
            if key == "contacts":
                s.add(m.Contact(family_name=f"Lindqvist{n}", given_name="Anna"))
            elif key == "visits":
                visits.create_visit(s, title_en=f"Port visit {n}", start_date=DAY, end_date=DAY)
            else:
                trainings.create_training(s, title_en=f"Port course {n}", start_date=DAY, end_date=DAY)
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.show_page(key)
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.splitter.sizes()[1] > 0, timeout=5000)

    def shown() -> list[str]:
        texts = [w.text() for w in page.detail.findChildren(QLabel) if w.isVisible()]
        return [*texts, page.detail.text()] if isinstance(page.detail, QLabel) else texts

    page.table.selectRow(1)
    qtbot.waitUntil(lambda: hint not in shown(), timeout=5000)  # the detail pane shows the record
    split = page.splitter.sizes()
    below = page.model.row_id(2)
    page.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.undo_bar.isVisible(), timeout=5000)
    # The row that took its place is current (round 62): the pane shows it, at the same split.
    qtbot.waitUntil(lambda: page.current_id() == below, timeout=5000)
    settle_until(qtbot, lambda: hint not in shown())
    assert page.splitter.sizes() == split
    page.table.selectAll()  # the rest too: nothing is left to show
    page.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.undo_bar.isVisible(), timeout=5000)
    settle_until(qtbot, lambda: hint in shown())  # the detail pane empties (a posted load)
    assert page.splitter.sizes() == split
    assert hint in shown()
