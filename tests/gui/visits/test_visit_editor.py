"""Create a visit with an itinerary through the window, produce a clash, see it reported, read the
database back; the calendar shows and opens the items; the training editor records attendance."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.calendar.page import AGENDA, MONTH, WEEK, CalendarPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QDate, QDateTime, QDialogButtonBox, QInputMethodEvent, Qt, QTime
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.gui.visits.list import VisitsPage
from petdesk.models import ItineraryItem, Visit, VisitParticipant
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers import editors

#: The offscreen platform cannot resize native windows to fit a toolbar; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        anna = person(s, "Anna", "Schmidt")
        li = person(s, "Lei", "Li", "李雷", family_first=True)
        return {"anna": anna.id, "li": li.id}


@pytest.fixture
def window(qtbot, db: Database, people: dict[str, str], monkeypatch) -> MainWindow:
    monkeypatch.setenv("PETDESK_TZ", "Europe/Berlin")
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    return win


def type_text(qtbot, widget, text: str) -> None:
    """Keys for Latin text; Chinese arrives as an input method's commit, as from a real IME
    (QTest can only press keys that exist on a keyboard)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _add_person(qtbot, editor: VisitEditor, name: str, role: str) -> None:
    editor.tabs.setCurrentIndex(1)
    editor.person_search.edit.clear()
    with qtbot.waitSignal(editor.person_search.searched, timeout=5000):
        type_text(qtbot, editor.person_search.edit, name)
    editor.role.setCurrentIndex(editor.role.findData(role))
    qtbot.mouseClick(editor.add_person, Qt.MouseButton.LeftButton)


def _add_item(
    qtbot,
    editor: VisitEditor,
    title: str,
    start: tuple[int, int],
    end: tuple[int, int],
    city: str,
    attendee_rows: tuple[int, ...] = (),
) -> None:
    editor.tabs.setCurrentIndex(2)
    dialog = editor.item_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_en, title)
    day = QDate(2026, 12, 7)
    dialog.start.setDateTime(QDateTime(day, QTime(*start)))
    dialog.end.setDateTime(QDateTime(day, QTime(*end)))
    qtbot.keyClicks(dialog.city_en, city)
    for row in attendee_rows:
        dialog.attendees.item(row).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert editor.save_item(dialog), editor.message.text()


def test_create_visit_with_itinerary_and_see_the_clash(
    qtbot, window: MainWindow, db: Database, people: dict[str, str]
) -> None:
    page = window.show_page("visits")
    assert isinstance(page, VisitsPage)
    page.new_action.trigger()
    editor = page.editors[-1]
    qtbot.keyClicks(editor.title_en, "Hamburg delegation")
    type_text(qtbot, editor.title_zh, "汉堡代表团")
    editor.start_date.setDate(QDate(2026, 12, 7))
    editor.end_date.setDate(QDate(2026, 12, 9))
    assert not editor.tabs.isTabEnabled(2)  # nothing to attach an itinerary to yet
    with qtbot.waitSignal(editor.save_finished):  # saved off the GUI thread
        editor.save_action.trigger()
    assert editor.visit_id is not None and editor.tabs.isTabEnabled(2)

    qtbot.keyClicks(editor.title_en, " 2026")  # typed, not saved yet
    _add_person(qtbot, editor, "Anna", "head")
    _add_person(qtbot, editor, "李", "interpreter")
    assert editor.people_model.rowCount() == 2
    assert editor.title_en.text() == "Hamburg delegation 2026"  # other changes keep unsaved typing

    # In the zone of the visit (Asia/Shanghai): 09:00-11:00, then Li alone 10:30-12:00 elsewhere.
    _add_item(qtbot, editor, "Meeting with the Ecology Bureau", (9, 0), (11, 0), "Beijing")
    assert editor.clash_texts() == []
    assert "No clashes" in editor.clash_title.text()
    assert editor.clashes.isHidden()  # no empty box under "No clashes"
    assert editor.items_model.cell(0, 1) == "09:00–11:00"
    assert editor.items_model.cell(0, 3) == "02:00–04:00"  # the viewer in Berlin
    _add_item(qtbot, editor, "Plant visit", (10, 30), (12, 0), "Tianjin", attendee_rows=(1,))

    clashes = editor.clash_texts()
    assert len(clashes) == 1
    assert "Li Lei (李雷) is in two items at once" in clashes[0]
    assert "Meeting with the Ecology Bureau" in clashes[0] and "Plant visit" in clashes[0]
    assert editor.items_model.cell(0, 5).startswith("⚠")
    assert "Clashes: 1" in editor.clash_title.text() and not editor.clashes.isHidden()
    assert window.page("visits").list.model.rowCount() == 1

    # One save model: the delegation and itinerary are held with the typed title until Save.
    with db.reading() as s:
        assert s.query(ItineraryItem).count() == 0 and s.query(VisitParticipant).count() == 0
        assert s.query(Visit).one().title_en == "Hamburg delegation"
    assert editor.is_dirty()
    editor.title_en.setText("Hamburg delegation")
    assert editors.save(qtbot, editor) and not editor.is_dirty()

    with db.reading() as s:
        visit = s.query(Visit).one()
        assert (visit.title_en, visit.title_zh, visit.status.value) == (
            "Hamburg delegation",
            "汉堡代表团",
            "planned",
        )
        items = s.query(ItineraryItem).order_by(ItineraryItem.starts_at).all()
        assert [i.starts_at for i in items] == [
            dt.datetime(2026, 12, 7, 1, 0, tzinfo=dt.UTC),
            dt.datetime(2026, 12, 7, 2, 30, tzinfo=dt.UTC),
        ]
        assert {i.timezone for i in items} == {"Asia/Shanghai"}
        assert [a.contact_id for a in items[1].attendees] == [people["li"]]
        roles = {p.contact_id: p.role.value for p in s.query(VisitParticipant)}
        assert roles == {people["anna"]: "head", people["li"]: "interpreter"}

    # Warnings do not block: the visit can still be confirmed from the toolbar (saved with Save).
    editor.confirm_action.trigger()
    assert editor.status_label.text() == "Confirmed" and editor.is_dirty()
    with db.reading() as s:
        assert s.query(Visit).one().status.value == "planned"
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        assert s.query(Visit).one().status.value == "confirmed"
    # A clear place for other features' actions (the dossier adds "Dossier…" there).
    assert editor.extension_separator in editor.toolbar.actions()


def test_calendar_shows_and_opens_items(qtbot, window: MainWindow, db: Database, people: dict) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Nordic delegation", start_date=dt.date(2026, 12, 7), end_date=dt.date(2026, 12, 8)
        )
        vs.add_participant(s, v.id, people["anna"], "staff")
        item = vs.add_item(
            s,
            v.id,
            title_en="Port visit",
            start=dt.datetime(2026, 12, 7, 9),
            end=dt.datetime(2026, 12, 7, 10),
        )
        other = vs.create_visit(
            s, title_en="Other visit", start_date=dt.date(2026, 12, 7), end_date=dt.date(2026, 12, 7)
        )
        vs.add_item(
            s,
            other.id,
            title_en="Elsewhere",
            start=dt.datetime(2026, 12, 7, 14),
            end=dt.datetime(2026, 12, 7, 15),
        )
        item_id, visit_id = item.id, v.id
    page = window.page("calendar")
    assert isinstance(page, CalendarPage)
    window.show_page("calendar")
    with qtbot.waitSignal(page.filters_filled, timeout=5000):  # the filters fill in the background
        page.refresh()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.go_to(dt.date(2026, 12, 1))
    model = page.month_model
    first_day = model.weeks[0][0]
    assert first_day.weekday() == page.first_weekday
    day = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(7)
        if model.weeks[r][c] == dt.date(2026, 12, 7)
    )
    titles = [e.title_en for e in day.data(Qt.ItemDataRole.UserRole + 10)]
    assert titles == ["Nordic delegation", "Other visit", "Port visit", "Elsewhere"]
    # Filter by the staff member: only their visit remains.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.staff.setCurrentIndex(page.staff.findData(people["anna"]))
    titles = [e.title_en for e in day.data(Qt.ItemDataRole.UserRole + 10)]
    assert titles == ["Nordic delegation", "Port visit"]
    # Double-click the line of the item in the cell opens its visit at that item.
    rect = page.month_view.visualRect(day)
    line = page.month_view.fontMetrics().height() + 2
    point = rect.topLeft() + type(rect.topLeft())(20, line * 2 + line // 2)
    with qtbot.waitSignal(page.opened, timeout=5000) as opened:
        qtbot.mouseClick(page.month_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(page.month_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args[0].id == item_id
    editor = editors.loaded(qtbot, page.editors[-1])  # the item is chosen once the visit is read
    assert isinstance(editor, VisitEditor) and editor.visit_id == visit_id
    assert editor.tabs.currentIndex() == 2
    # Below the day's events (or on "+n more"): the agenda of that day lists everything.
    bottom = rect.bottomLeft() + type(rect.topLeft())(20, -3)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.month_view.viewport(), Qt.MouseButton.LeftButton, pos=bottom)
        qtbot.mouseDClick(page.month_view.viewport(), Qt.MouseButton.LeftButton, pos=bottom)
    assert page.mode == AGENDA and page.current == dt.date(2026, 12, 7)
    assert [e.title_en for e in page.agenda_model.events][:2] == ["Nordic delegation", "Port visit"]
    page.set_mode(WEEK)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.go_to(dt.date(2026, 12, 7))
    assert [e.title_en for e in page.week_model.events] == ["Nordic delegation", "Port visit"]
    page.set_mode(MONTH)


def test_training_attendance_grid_and_sign_in_sheet(qtbot, db: Database, people: dict) -> None:
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Sponge city",
            title_zh="海绵城市",
            start_date=dt.date(2026, 12, 9),
            end_date=dt.date(2026, 12, 9),
        )
        sess = ts.add_session(
            s,
            t.id,
            title_en="Principles",
            start=dt.datetime(2026, 12, 9, 9),
            end=dt.datetime(2026, 12, 9, 12),
        )
        for cid in people.values():
            ts.register(s, t.id, cid)
        tid, sid = t.id, sess.id
    editor = TrainingEditor(db, locale="en", training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded):  # read off the GUI thread
        editor.show()
    editor.tabs.setCurrentIndex(3)
    view = editor.attendance_view
    cell = editor.attendance_model.index(0, 0)  # Anna Schmidt, first session
    # Each click shows at once and is written off the GUI thread.
    with qtbot.waitSignal(editor.attendance_stored):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())
    assert editor.attendance_model.index(0, 0).data() == "✓"
    with qtbot.waitSignal(editor.attendance_stored):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())
    assert editor.attendance_model.index(0, 0).data() == "✗"
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, tid)
    assert sheet.rows[0].attendance == {sid: "absent"}
    qtbot.waitUntil(lambda: "✗" in editor.sheet_view.toPlainText())  # the sheet is read again
    html = editor.sheet_view.toHtml()
    assert "签到表" in html and "李雷" in html and "Anna Schmidt" in html


def test_discarding_drops_held_delegation_and_itinerary_changes(
    qtbot, window: MainWindow, db: Database, people: dict[str, str], monkeypatch
) -> None:
    from petdesk.gui import record_editor

    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Tour", start_date=dt.date(2026, 12, 7), end_date=dt.date(2026, 12, 9)
        )
    editor = editors.loaded(qtbot, window.show_page("visits").open_visit(visit.id))
    qtbot.addWidget(editor)
    _add_person(qtbot, editor, "Anna", "head")
    _add_item(qtbot, editor, "Site visit", (9, 0), (10, 0), "Beijing")
    # An item added and not saved can be edited and deleted before Save.
    editor.items_view.selectRow(0)
    assert editor.people_model.rowCount() == 1 and editor.items_model.rowCount() == 1
    asked: list[str] = []

    def discard(_editor):  # type: ignore[no-untyped-def]
        asked.append("asked")
        return record_editor.Unsaved.DISCARD

    monkeypatch.setattr(record_editor, "ask_unsaved", discard)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["asked"] and not editor.isVisible()
    with db.reading() as s:
        assert s.query(ItineraryItem).count() == 0 and s.query(VisitParticipant).count() == 0


def test_an_unsaved_item_can_be_edited_and_deleted_before_save(
    qtbot, window: MainWindow, db: Database, people: dict[str, str]
) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Tour", start_date=dt.date(2026, 12, 7), end_date=dt.date(2026, 12, 9)
        )
    editor = editors.loaded(qtbot, window.show_page("visits").open_visit(visit.id))
    qtbot.addWidget(editor)
    _add_item(qtbot, editor, "Site visit", (9, 0), (10, 0), "Beijing")
    _add_item(qtbot, editor, "Dinner", (18, 0), (20, 0), "Beijing")
    editor.items_view.selectRow(0)
    held_id = editor.items_model.row_id(0)
    dialog = editor.item_dialog(held_id)
    qtbot.addWidget(dialog)
    dialog.title_en.setText("Site visit, Tianjin")
    assert editor.save_item(dialog, held_id), editor.message.text()
    assert len(editor.pending) == 2  # the addition was changed, not followed by an update
    titles = {editor.items_model.cell(r, 5) for r in range(editor.items_model.rowCount())}
    assert titles == {"Site visit, Tianjin", "Dinner"}
    editor.items_view.selectRow(1)
    editor.delete_item()
    assert editor.items_model.rowCount() == 1 and len(editor.pending) == 1
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        assert [i.title_en for i in s.query(ItineraryItem)] == [editor.items_model.cell(0, 5)]


def test_details_fields_share_one_left_edge(qtbot, db: Database) -> None:
    """The form, the texts in both languages and the notes were three layouts with three edges."""
    editor = VisitEditor(db, locale="en")
    qtbot.addWidget(editor)
    editor.resize(1100, 760)
    editor.show()
    qtbot.waitExposed(editor)

    def left(widget) -> int:  # type: ignore[no-untyped-def]
        return widget.mapTo(editor, widget.rect().topLeft()).x()

    assert left(editor.title_en) == left(editor.purpose_en) == left(editor.outcomes_en) == left(editor.notes)


def test_two_items_of_the_whole_delegation_are_one_clash_line(
    qtbot, window: MainWindow, db: Database, people: dict[str, str]
) -> None:
    """Field test 6, defect 13: parallel items without attendees ticked were one warning per
    delegate; the clash list has one line naming both items and the whole delegation."""
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="Sichuan and Chongqing",
            start_date=dt.date(2026, 12, 7),
            end_date=dt.date(2026, 12, 9),
            timezone="Asia/Shanghai",
        )
        for contact_id in people.values():
            vs.add_participant(s, v.id, contact_id, "delegate")
        visit_id = v.id
    page = window.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    _add_item(qtbot, editor, "Chongqing meeting", (10, 0), (12, 0), "Chongqing")
    _add_item(qtbot, editor, "Chengdu talk", (11, 0), (12, 30), "Chengdu")
    assert editor.clash_texts() == [
        "⚠ The whole delegation (2 people) is in two items at once: “Chongqing meeting” (7 Dec 2026, 10:00) "
        "and “Chengdu talk” (7 Dec 2026, 11:00)"
    ]
    assert "Clashes: 1" in editor.clash_title.text()
