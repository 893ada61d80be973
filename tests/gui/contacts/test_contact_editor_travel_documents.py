"""The contact editor's "Travel documents" group: nationality, passport number and expiry and a visa
note, typed through the widgets and saved; shown in Chinese too. The visit editor writes the
delegation's registration list from them."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.qt import QApplication, QGroupBox, QTranslator, QWidget
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.helpers.editors import loaded, save
from tests.helpers.input_method import commit
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@contextmanager
def _tree_catalogue(locale: str) -> Iterator[None]:
    """This tree's window catalogue (the installed checkout's may lack the new labels before a merge)."""
    tree = QTranslator()
    assert tree.load(str(TREE_CATALOGUES.parent / f"petdesk_{locale}.qm"))
    QApplication.installTranslator(tree)
    try:
        yield
    finally:
        QApplication.removeTranslator(tree)


def _fill(qtbot: QtBot, editor: ContactEditDialog) -> None:
    commit(editor.family_name, "Berg")
    commit(editor.given_name, "Lars")
    editor.nationality.lineEdit().clear()
    if editor.ui_locale == "en":
        qtbot.keyClicks(editor.nationality.lineEdit(), "Norway")
    else:
        commit(editor.nationality.lineEdit(), "挪威")  # typed through an input method
    qtbot.keyClicks(editor.passport_number, "nb7654321")
    qtbot.keyClicks(editor.passport_expiry, "2027-07-26")
    qtbot.keyClicks(editor.visa_note, "L visa, single entry")


def test_travel_documents_are_typed_saved_and_shown_again(qtbot: QtBot, db: Database) -> None:
    editor = ContactEditDialog(db, "en")
    qtbot.addWidget(editor)
    assert editor.findChild(QGroupBox, "travel_documents").title() == "Travel documents"
    _fill(qtbot, editor)
    assert save(qtbot, editor), editor.error.text()
    with db.reading() as s:
        c = cs.get_contact(s, editor.saved_id or "")
        assert (c.nationality, c.passport_number, c.passport_expiry, c.visa_note) == (
            "NO",
            "NB7654321",
            "2027-07-26",
            "L visa, single entry",
        )
    again = loaded(qtbot, ContactEditDialog(db, "en", editor.saved_id))
    qtbot.addWidget(again)
    assert (again.nationality.currentText(), again.passport_number.text()) == ("Norway", "NB7654321")
    # a nationality that names no country is refused, and said beside the field
    again.nationality.lineEdit().clear()
    qtbot.keyClicks(again.nationality.lineEdit(), "Atlantis")
    assert not save(qtbot, again)
    assert "Atlantis" in again.error.text()


def test_the_visit_editor_writes_the_registration_list(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, tmp_path: Path, translators
) -> None:
    translators("en")
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Study tour", start_date=dt.date(2027, 3, 20), end_date=dt.date(2027, 3, 26)
        )
        lars = cs.create_contact(
            s, family_name="Berg", given_name="Lars", nationality="NO", passport_number="NB7654321",
            passport_expiry="2027-07-26",
        )  # fmt: skip
        vs.add_participant(s, visit.id, lars.id, role="head")
        vid = visit.id
    with _tree_catalogue("en"):
        editor = loaded(qtbot, VisitEditor(db, locale="en", visit_id=vid))
        qtbot.addWidget(editor)
        qtbot.waitUntil(editor.registration_action.isEnabled)
        path = tmp_path / "registration.csv"
        warnings = editor.export_registration_list(path)
        assert len(warnings) == 1 and "Lars Berg" in warnings[0]
        assert (
            "1 guest written to" in editor.message.text() and "less than six months" in editor.message.text()
        )
        with path.open(encoding="utf-8-sig", newline="") as fh:
            assert list(csv.reader(fh))[1][:4] == ["Lars Berg", "", "Norway", "NB7654321"]


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_screenshot_of_the_travel_documents(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, translators, monkeypatch: pytest.MonkeyPatch, locale: str
) -> None:
    """The group in both languages (its labels checked; the picture when PETDESK_SHOTS names a folder)."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)
    translators(locale)
    with _tree_catalogue(locale):
        editor = ContactEditDialog(db, locale)
        qtbot.addWidget(editor)
        editor.resize(1000, 620)
        editor.show()
        _fill(qtbot, editor)
        group = editor.findChild(QGroupBox, "travel_documents")
        assert group.title() == ("旅行证件" if locale == "zh_CN" else "Travel documents")
        assert editor.nationality.code() == "NO"
        folder = os.environ.get("PETDESK_SHOTS")
        if folder:
            scroll: QWidget = editor.findChild(QWidget, "form_scroll")
            scroll.ensureWidgetVisible(group)  # type: ignore[attr-defined]
            qtbot.waitUntil(group.isVisible)
            assert editor.grab().save(str(Path(folder) / f"editor-travel-documents-{locale}.png"))
