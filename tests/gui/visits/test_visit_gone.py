"""Field defect 18: a visit editor whose visit no longer exists (deleted elsewhere, by an undo, or
by another office's package) says so in one sentence and disables its editing, instead of failing
on each click (AssertionError from "Add item…")."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QPushButton
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GONE = "This visit no longer exists"


def _visit(db: Database) -> str:
    with db.transaction() as s:
        return vs.create_visit(
            s, title_en="Chongqing tour", start_date=dt.date(2026, 12, 14), end_date=dt.date(2026, 12, 18)
        ).id


def _delete(db: Database, vid: str) -> None:
    with db.transaction() as s:
        vs.delete_visit(s, vid)


def _editing_disabled(editor: VisitEditor) -> bool:
    return not editor.tabs.isEnabled() and not any(a.isEnabled() for a in editor.toolbar.actions())


def test_an_editor_opened_on_a_deleted_visit_says_it_is_gone(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    vid = _visit(db)
    _delete(db, vid)
    editor = VisitEditor(db, locale="en", visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: GONE in editor.message.text(), timeout=10000)
    assert _editing_disabled(editor)
    editor.add_item()  # raised AssertionError: nothing happens now
    assert not editor.findChild(QPushButton, "add_item").isEnabled()


def test_a_visit_deleted_while_its_editor_is_open(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    vid = _visit(db)
    editor = VisitEditor(db, locale="en", visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    _delete(db, vid)  # at another office (a package), or by an undo in the list

    # a held change is checked against the visit: refused with the sentence, nothing raised
    assert not editor.set_status("confirmed")
    assert GONE in editor.message.text() and _editing_disabled(editor)


def test_saving_a_deleted_visit_says_it_is_gone(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    vid = _visit(db)
    editor = VisitEditor(db, locale="en", visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.title_en.setText("Chongqing and Chengdu tour")
    _delete(db, vid)
    assert not editors.save(qtbot, editor)
    assert GONE in editor.message.text() and _editing_disabled(editor)


def test_the_sentence_is_in_the_window_language(qtbot, db: Database, translators) -> None:  # type: ignore[no-untyped-def]
    translators("zh_CN")
    vid = _visit(db)
    _delete(db, vid)
    editor = VisitEditor(db, locale="zh_CN", visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: "此访问已不存在" in editor.message.text(), timeout=10000)
    assert "no visit" not in editor.message.text()
