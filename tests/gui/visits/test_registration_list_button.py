"""The Delegation tab's "Registration list…" button (round 52) says that a dialog follows and stands as
wide as the buttons above it, in English and Chinese; it waits for the visit to be saved first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui import csv_separator
from petdesk.gui.qt import QAbstractButton, QFileDialog, Qt
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.helpers import editors, german_excel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(("locale", "words"), [("en", "Registration list…"), ("zh_CN", "登记名单…")])
def test_the_button_says_a_dialog_follows_and_opens_it(  # type: ignore[no-untyped-def]
    qtbot,
    db: Database,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    words: str,
) -> None:
    """shots52: a tool button on the action showed its icon text, which Qt strips of the "…"."""
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")  # this tree's Chinese window
    with db.transaction() as s:
        day = dt.date(2027, 3, 16)
        visit_id = vs.create_visit(s, title_en="Study tour", start_date=day, end_date=day).id
    editor = VisitEditor(db, locale=locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.resize(1024, 640)
    editor.show()
    editors.loaded(qtbot, editor)
    editor.tabs.setCurrentIndex(1)  # the delegation
    button = editor.findChild(QAbstractButton, "registration_list")
    assert isinstance(button, QAbstractButton)
    qtbot.waitUntil(button.isVisible)
    assert button.text() == words
    assert button.width() == editor.add_person.width()  # in line with the buttons above it
    asked: list[str] = []

    def save_name(_parent, title, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(title)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1


def test_a_new_visit_has_it_disabled_until_saved(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor = VisitEditor(db, locale="en")
    qtbot.addWidget(editor)
    editor.show()
    button = editor.findChild(QAbstractButton, "registration_list")
    assert isinstance(button, QAbstractButton)
    assert not button.isEnabled() and not editor.registration_action.isEnabled()


def test_a_csv_list_asks_the_separator_and_takes_it(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """csv53: the list's CSV asks the field separator as the other exports do; a semicolon file
    is one a hotel's Excel in Germany splits into columns. Cancelling the question writes nothing."""
    with db.transaction() as s:
        day = dt.date(2027, 3, 16)
        visit_id = vs.create_visit(s, title_en="Study tour", start_date=day, end_date=day).id
        guest = cs.create_contact(s, family_name="Berg", given_name="Lars", passport_number="NB7654321")
        vs.add_participant(s, visit_id, guest.id)
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editors.loaded(qtbot, editor)
    out = tmp_path / "anmeldung.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), "CSV files (*.csv)"))
    monkeypatch.setattr(csv_separator, "ask_separator", lambda _parent: None)  # cancelled
    editor.export_registration_list_dialog()
    assert not out.exists()
    monkeypatch.setattr(csv_separator, "ask_separator", lambda _parent: ";")
    editor.export_registration_list_dialog()
    qtbot.waitUntil(out.exists)
    (row,) = german_excel.rows(out)
    assert (row["Name / 姓名"], row["Passport number / 护照号码"]) == ("Lars Berg", "NB7654321")
    assert "anmeldung.csv" in editor.message.text()
