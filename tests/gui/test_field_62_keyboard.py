"""Field test 62: Mr. Li Wei works by keyboard only with a screen reader and the largest text size in the
Chinese window; a colleague works in the English window. Replayed here: the contact editor's name boxes,
marking attendance by keyboard, the activity log's filters and the history window, each read through
Qt's accessibility interface as a screen reader reads them.

Defects found: the contact editor's eleven name boxes were all read as "Name" (the group's title) and
the Chinese position as "Organisation"; attendance cells were read as "✓", "✗" or nothing; at 150 %
the attendance headers' dates were cut ("1 · 9月17E"); the activity log's From/To date boxes were read
as nothing and the window was 1100 px wide on a 1024 px screen; the history table had no name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui import text_size
from petdesk.gui.activities.log import ActivityLogDialog
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.history.dialog import HistoryDialog
from petdesk.gui.qt import QApplication, Qt
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, screen_room
from petdesk.gui.trainings.edit import AttendanceModel, TrainingEditor
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers.accessible_names import spoken_name, unnamed
from tests.helpers.editors import loaded, tab_of
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
LOCALES = ["zh_CN", "en"]


@pytest.fixture
def speak(translators, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``translators`` reading this tree's window catalogue (the installed checkout's lacks new strings)."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)
    return translators


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """Mr. Li's text size: the largest offered (View › Zoom In to the end)."""
    text_size.apply_text_size(max(text_size.SIZES))
    yield
    text_size.apply_text_size(text_size.ACTUAL_SIZE)


def _training(db: Database) -> str:
    """A two-day training: one attendee, two sessions, nothing marked yet."""
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Sponge city design",
            title_zh="海绵城市设计",
            start_date=dt.date(2026, 9, 17),
            end_date=dt.date(2026, 9, 18),
        )
        ts.register(s, t.id, person(s, "Wei", "Li", "李伟", family_first=True).id)
        for day, (en, zh) in enumerate([("Opening", "开班"), ("Case studies", "案例分析")]):
            start = dt.datetime(2026, 9, 17 + day, 9)
            ts.add_session(s, t.id, title_en=en, title_zh=zh, start=start, end=start + dt.timedelta(hours=2))
        return t.id


@pytest.mark.parametrize("locale", LOCALES)
def test_the_contact_editors_name_boxes_are_told_apart(
    qtbot: QtBot, speak, demo_db: Database, locale: str
) -> None:  # type: ignore[no-untyped-def]
    speak(locale)
    with demo_db.reading() as s:
        from sqlalchemy import text

        contact_id = s.execute(text("select id from contact where deleted_at is null limit 1")).scalar_one()
    editor = loaded(qtbot, ContactEditDialog(demo_db, locale, contact_id))
    qtbot.addWidget(editor)
    boxes = [
        editor.family_name, editor.given_name, editor.family_name_zh, editor.given_name_zh,
        editor.honorific_en, editor.honorific_zh, editor.phonetic_family_name, editor.phonetic_given_name,
        editor.middle_name, editor.name_suffix, editor.position_en, editor.position_zh,
    ]  # fmt: skip
    names = [spoken_name(box) for box in boxes]
    assert len(set(names)) == len(names), names
    group_titles = {"姓名", "所属机构"} if locale == "zh_CN" else {"Name", "Organisation"}
    assert not group_titles & set(names), names
    assert names[0] == ("拉丁字母：姓" if locale == "zh_CN" else "Latin script: Family name")
    assert names[-1] == ("职务（中文）" if locale == "zh_CN" else "Position (Chinese)")


@pytest.mark.parametrize("locale", LOCALES)
def test_attendance_is_marked_and_read_by_keyboard(
    qtbot: QtBot, speak, db: Database, locale: str, large_text: None
) -> None:  # type: ignore[no-untyped-def]
    """Tab to the grid, P on the first cell: the cell is read as "Present", not "✓"; a cell not marked
    is read as "Not recorded"; the dates in the headers are whole at the largest text size."""
    speak(locale)
    training_id = _training(db)
    editor = TrainingEditor(db, locale=locale, training_id=training_id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    editor.tabs.setCurrentIndex(tab_of(editor.tabs, editor.attendance_view))
    view, model = editor.attendance_view, editor.attendance_model
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    accessible = Qt.ItemDataRole.AccessibleTextRole
    assert model.index(0, 0).data(accessible) == ("未记录" if locale == "zh_CN" else "Not recorded")
    with qtbot.waitSignal(editor.attendance_stored, timeout=10000) as stored:
        qtbot.keyClick(view, Qt.Key.Key_P)
    assert stored.args == [True]
    assert model.index(0, 0).data(accessible) == ("出席" if locale == "zh_CN" else "Present")
    with db.reading() as s:
        row = ts.sign_in_sheet(s, training_id).attendees[0]
    assert list(row.attendance.values()).count("present") == 1, row.attendance

    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        first_line = str(model.headerData(column, Qt.Orientation.Horizontal)).split("\n")[0]
        room = header.sectionSize(column) - (AttendanceModel.COLUMN_WIDTH - AttendanceModel.HEADER_TEXT_WIDTH)
        assert header.fontMetrics().horizontalAdvance(first_line) <= room, first_line


@pytest.mark.parametrize("locale", LOCALES)
def test_the_activity_log_names_its_filters_and_fits_the_screen(
    qtbot: QtBot, speak, demo_db: Database, locale: str, large_text: None
) -> None:  # type: ignore[no-untyped-def]
    speak(locale)
    dialog = ActivityLogDialog(demo_db, locale)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    # Qt reads a label's Alt+letter with it in Chinese, "起(F)" (given in field test 63)
    dates = [spoken_name(dialog.since), spoken_name(dialog.until)]
    assert dates == (["起(F)", "止(T)"] if locale == "zh_CN" else ["From", "To"])
    # At the largest text size the filters still fit a 1024 × 640 screen beside the window's frame.
    hint = dialog.minimumSizeHint()
    assert hint.width() + FRAME_WIDTH <= 1024 and hint.height() + FRAME_HEIGHT <= 640, hint
    room = screen_room(dialog)
    assert room is not None and dialog.width() <= room.width() - FRAME_WIDTH


@pytest.mark.parametrize("locale", LOCALES)
def test_the_history_window_names_its_table(qtbot: QtBot, speak, demo_db: Database, locale: str) -> None:  # type: ignore[no-untyped-def]
    speak(locale)
    with demo_db.reading() as s:
        from sqlalchemy import text

        contact_id = s.execute(text("select id from contact where deleted_at is null limit 1")).scalar_one()
    dialog = HistoryDialog(demo_db, "contact", contact_id, locale=locale)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    assert spoken_name(dialog.table) == ("更改记录" if locale == "zh_CN" else "Changes")
