"""Field test 70's leftover: the second officer may open a file that is open in petdesk on another
computer to look at only, and a read-only window (that, or a write-protected stick: one switch)
disables what would change the file instead of letting it fail at saving."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import connection, i18n
from petdesk.db import Database, open_database
from petdesk.gui.backups.lock import already_open_box, chose_to_look
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.follow_ups.panel import FollowUpPanel
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAbstractButton, QAction, QDialogButtonBox, QMenu, QPushButton
from petdesk.lock_owner import lock_file
from petdesk.services import contacts as contact_service
from tests.helpers import editors
from tests.helpers.read_only_place import read_only
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: File menu actions that change the database.
WRITING_MENU = ("action_import_contacts", "action_sync_import", "action_forget_office", "action_encrypt")


@pytest.fixture
def shared(db: Database) -> Iterator[Path]:
    """A file with one person, open in petdesk on Anke's computer (her lock file beside it)."""
    with db.transaction() as session:
        contact_service.create_contact(session, family_name="Krüger", given_name="Thomas")
    db.close()
    lock_file(db.path).write_text("4242\npetdesk\nanke-pc\n3d1219c7\ncb9842e0\n", encoding="utf-8")
    yield db.path
    connection.look_only(db.path, looking=False)


def _button(box: object) -> QAbstractButton | None:
    return box.findChild(QAbstractButton, "open_read_only")  # type: ignore[attr-defined]


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_refusal_offers_to_open_read_only(  # type: ignore[no-untyped-def]
    qtbot, shared: Path, locale: str, translators, tree_catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)
    translators(locale)
    box = already_open_box(shared)
    qtbot.addWidget(box)
    look = _button(box)
    assert look is not None
    assert look.text() == ("Open &Read-Only" if locale == "en" else "以只读方式打开(&R)")
    assert "anke-pc" in box.text()
    box.open()
    qtbot.mouseClick(look, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert chose_to_look(box, shared) and connection.looking_only(shared)


def test_closing_the_refusal_opens_nothing(qtbot, shared: Path) -> None:  # type: ignore[no-untyped-def]
    box = already_open_box(shared)
    qtbot.addWidget(box)
    box.open()
    box.reject()
    assert not chose_to_look(box, shared) and not connection.looking_only(shared)


def test_a_window_on_this_computer_is_not_offered(qtbot, shared: Path) -> None:  # type: ignore[no-untyped-def]
    lock_file(shared).write_text(f"4242\npetdesk\n{socket.gethostname()}\n", encoding="utf-8")
    box = already_open_box(shared)
    qtbot.addWidget(box)
    assert _button(box) is None


def _writing_enabled(window: MainWindow) -> dict[str, bool]:
    page = window.show_page("contacts")
    found = {name: window.findChild(QAction, name) for name in WRITING_MENU}
    found |= {f"contacts_{n}": page.findChild(QAction, f"action_{n}") for n in ("new", "delete")}
    return {name: action.isEnabled() for name, action in found.items() if action is not None}


def _select_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)  # type: ignore[attr-defined]
    page.table.selectRow(0)  # type: ignore[attr-defined]


def test_a_file_opened_to_look_at_disables_what_writes(qtbot, shared: Path) -> None:  # type: ignore[no-untyped-def]
    # Opened as usual, the writing actions are there (the test below could not fail otherwise).
    db = open_database(shared)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    _select_first(qtbot, window)
    assert all(_writing_enabled(window).values()), _writing_enabled(window)
    assert window.show_page("contacts").findChild(QPushButton, "erase_person").isEnabled()
    window.close()
    db.close()

    connection.look_only(shared)
    db = open_database(shared)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: "read only" in window.windowTitle(), timeout=10_000)
        assert "open in petdesk on another computer" in window.statusBar().currentMessage()
        _select_first(qtbot, window)  # a selection enables Edit and Delete on a writable file
        enabled = _writing_enabled(window)
        assert len(enabled) == len(WRITING_MENU) + 2 and not any(enabled.values()), enabled
        page = window.show_page("contacts")
        page.create_new()  # type: ignore[attr-defined]
        assert not [w for w in window.findChildren(object) if type(w).__name__ == "ContactEditDialog"]
        # buttons of a page's parts, and of a page built later
        assert not page.findChild(QPushButton, "log_activity").isEnabled()
        assert not page.findChild(QPushButton, "erase_person").isEnabled()  # shots50: it stayed on
        panel = page.findChild(FollowUpPanel)
        assert panel is not None and not panel.add_button.isEnabled()
        assert not window.show_page("projects").findChild(QPushButton, "new_project").isEnabled()
        # an editor reached otherwise (a visit's people, a search result) shows the record, Save off
        editor = ContactEditDialog(db, "en", page.current_id(), parent=window)  # type: ignore[attr-defined]
        qtbot.addWidget(editor)
        editors.loaded(qtbot, editor)
        box = editor.findChild(QDialogButtonBox)
        assert editor.family_name.text() == "Krüger"
        assert not box.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        assert box.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
        editor.reject()
    finally:
        window.close()
        db.close()


def test_the_read_only_stick_uses_the_same_switch(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        contact_service.create_contact(session, family_name="Krüger", given_name="Thomas")
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source = tmp_path / "stick"
    source.mkdir()
    shutil.copy(db.path, source / "colleague.sqlite")
    if os.geteuid() != 0:
        (source / "colleague.sqlite").chmod(0o444)
    with read_only(source) as place:
        stick = open_database(place / "colleague.sqlite")
        window = MainWindow(stick, locale="en")
        qtbot.addWidget(window)
        try:
            _select_first(qtbot, window)
            enabled = _writing_enabled(window)
            assert enabled and not any(enabled.values()), enabled
        finally:
            window.close()
            stick.close()


@pytest.fixture
def shared_with_work(shared: Path) -> Path:
    """The shared file with something behind each dialog a page opens: a second Thomas Krüger (a
    duplicate pair), a change in his history, a shortlisted match, a training with a session and a
    participant, a project on the board and an activity in the log."""
    import datetime as dt

    from petdesk.services import activities, needs, projects, tech_matching, technologies, trainings

    db = open_database(shared)
    with db.transaction() as s:
        twin = contact_service.create_contact(s, family_name="Krüger", given_name="Thomas").id
    with db.transaction() as s:
        contact_service.update_contact(s, twin, dietary_needs="halal")
        tech = technologies.create_technology(s, name_en="Acoustic leak detection", sector="water")
        need = needs.create_need(s, title_en="Leaking pipes", sector="water")
        tech_matching.shortlist(s, need.id, tech.id)
        course = trainings.create_training(
            s, title_en="Sludge", start_date=dt.date(2026, 5, 4), end_date=dt.date(2026, 5, 4)
        )
        trainings.add_session(
            s, course.id, start=dt.datetime(2026, 5, 4, 9), end=dt.datetime(2026, 5, 4, 12), title_en="Intro"
        )
        trainings.register(s, course.id, twin)
        projects.create_project(s, title_en="Sponge city")
        activities.add_activity(s, subject="Call about the visit", contact_id=twin)
    db.close()
    return shared


def _push(dialog: object, text: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if b.text() == text]  # type: ignore[attr-defined]
    assert len(found) == 1, text
    return found[0]


def _one_id(db: Database, sql: str) -> str:
    with db.raw() as conn:
        return str(conn.execute(sql).fetchone()[0])


def _dialogs_writing(qtbot, window: MainWindow) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Open each dialog a page offers and tell whether what it writes with is enabled."""
    from petdesk.gui.activities import open_activity_log
    from petdesk.gui.contacts.merge_dialog import MergeDialog
    from petdesk.gui.history.dialog import HistoryDialog
    from petdesk.gui.trainings.edit import TrainingEditor

    db = window.db
    enabled: dict[str, bool] = {}
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)  # type: ignore[attr-defined]
    page.table.selectRow(0)  # type: ignore[attr-defined]
    # "Find Duplicates of This…" of the detail pane: the pair shown, Merge and Not duplicates off
    duplicates = page.findChild(QPushButton, "duplicates_of")
    qtbot.waitUntil(lambda: bool(page.current_id()))  # type: ignore[attr-defined]
    page.detail.show_entity(page.current_id())  # type: ignore[attr-defined]  # (a hidden window defers it)
    duplicates.click()  # not a writing button: it shows the pairs
    qtbot.waitUntil(lambda: bool(window.findChildren(MergeDialog)))
    merge = window.findChildren(MergeDialog)[0]
    qtbot.waitUntil(lambda: merge.pairs_model.rowCount() == 1, timeout=10_000)
    merge.pairs_view.selectRow(0)
    enabled |= {"merge": merge.merge_button.isEnabled(), "not duplicates": merge.dismiss_button.isEnabled()}
    merge.close()
    # History…: a change selected, its reverts off
    tom = _one_id(db, "SELECT id FROM contact WHERE dietary_needs = 'halal'")
    history = HistoryDialog(db, "contact", tom, locale="en", parent=window)
    qtbot.addWidget(history)
    history.table.selectRow(0)
    enabled["revert field"] = history.revert_field_button.isEnabled()
    history.close()
    # the match view: Shortlist and the shortlist's state off
    needs = window.show_page("needs")
    qtbot.waitUntil(lambda: needs.list.model.rowCount() == 1, timeout=10_000)  # type: ignore[attr-defined]
    needs.list.table.selectRow(0)  # type: ignore[attr-defined]
    view = needs.match_view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.matches.rowCount() == 1 and view.ranked.rowCount() == 1, timeout=10_000)
    view.ranked.selectRow(0)
    enabled["shortlist"] = view.shortlist_button.isEnabled()
    enabled["state"] = view.matches.cellWidget(0, 1).isEnabled()
    # the catalogue's import (its empty page's button)
    catalogue = window.show_page("technologies")
    enabled["import catalogue"] = catalogue.list.empty_hint.buttons["import"].isEnabled()  # type: ignore[attr-defined]
    # the training editor's session and participant buttons
    course = _one_id(db, "SELECT id FROM training")
    editor = TrainingEditor(db, locale="en", training_id=course, parent=window)
    qtbot.addWidget(editor)
    editors.loaded(qtbot, editor)
    for text in ("Add session…", "Delete", "Register", "Replace with substitute…"):
        enabled[f"training {text}"] = _push(editor, text).isEnabled()
    # and a click on an attendance cell (its mark is written at once)
    marks = editor.attendance_model
    qtbot.waitUntil(lambda: marks.sheet is not None and marks.rowCount() == 1, timeout=10_000)
    before = marks.status_at(0, 0)
    editor._cycle_attendance(marks.index(0, 0))
    enabled["attendance mark"] = marks.status_at(0, 0) != before
    qtbot.waitUntil(lambda: not editor._writing_marks and not editor._held_marks, timeout=10_000)
    editor.close()
    # the board: cards are dragged to another stage
    board = window.show_page("projects").board  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: board.filled, timeout=10_000)
    column = next(iter(board.columns.values()))
    enabled["board drag"] = column.dragDropMode() != type(column.dragDropMode()).NoDragDrop
    # the Activity Log: its Delete, and an entry opened from it
    log = open_activity_log(window)
    qtbot.waitUntil(lambda: log.list.model.rowCount() == 1, timeout=10_000)
    log.list.table.selectRow(0)
    enabled["log delete"] = log.list.findChild(QAction, "action_delete").isEnabled()
    entry = log.open_entry(log.list.model.row_id(0))
    save = entry.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    enabled["log entry save"] = save.isEnabled()
    entry.reject()
    log.close()
    return enabled


def test_the_dialogs_a_read_only_window_opens_offer_nothing_that_writes(  # type: ignore[no-untyped-def]
    qtbot, shared_with_work: Path
) -> None:
    # Field test 70's leftovers: these stayed enabled and failed only at saving.
    db = open_database(shared_with_work)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    try:
        writable = _dialogs_writing(qtbot, window)
        assert all(writable.values()), writable  # they write on a file of one's own
    finally:
        window.close()
        db.close()

    connection.look_only(shared_with_work)
    db = open_database(shared_with_work)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: "read only" in window.windowTitle(), timeout=10_000)
        looked = _dialogs_writing(qtbot, window)
        assert looked.keys() == writable.keys() and not any(looked.values()), looked
        # a drop that reached the board anyway moves nothing
        board = window.show_page("projects").board  # type: ignore[attr-defined]
        project, stage = next((it.data(256), s) for s, c in board.columns.items() for it in [c.item(0)] if it)
        other = next(s for s in board.columns if s != stage)
        board.move(project, other)
        assert board.last_operation is None
        # nor does the card's menu offer to move or delete it (Open stays)
        menu = window.show_page("projects").project_menu(project)  # type: ignore[attr-defined]
        qtbot.addWidget(menu)
        offered = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
        offered |= {a.text(): a.isEnabled() for a in menu.findChild(QMenu, "move_to").actions()}
        assert offered.pop("Open") and offered and not any(offered.values()), offered
    finally:
        window.close()
        db.close()
