"""Field test 61 (round 61): a programme officer of the Chengdu hub office who cannot use a mouse
well works the Chinese window, sometimes the English one. The contact, organisation and visit
editors' form labels had no Alt letter: every field was reached by Tab alone (up to 50 presses in
the contact editor). Each label now has one ("&Phone" / "电话(&P)", the Qt convention for Chinese),
names its field (its buddy), and no two labels shown together share a letter, in either language.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    Qt,
    QTabWidget,
    QWidget,
)
from petdesk.gui.technologies.editors import NeedEditor, TechnologyEditor
from petdesk.gui.visits.edit import VisitEditor
from tests.helpers.accessible_names import spoken_name
from tests.helpers.editors import loaded
from tests.helpers.shortcut_map import ambiguous_keys
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
LOCALES = ["zh_CN", "en"]
#: The project, technology and city need editors' forms had none until round 62.
KINDS = ["contact", "organisation", "visit", "project", "technology", "city_need"]

#: Latin "&P" in English; "电话(&P)" in Chinese, the letter in brackets after the label.
LETTER = {"en": re.compile(r"^[^&]*&(\w)"), "zh_CN": re.compile(r"^[^&]*\(&([A-Z])\)$")}


@pytest.fixture
def speak(translators, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``translators`` reading this tree's window catalogue (the installed checkout's lacks new strings)."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)
    return translators


def _editor(qtbot: QtBot, db: Database, kind: str, locale: str) -> QWidget:
    with db.reading() as s:
        record_id = s.execute(text(f"select id from {kind} where deleted_at is null limit 1")).scalar_one()
    if kind == "contact":
        editor: QWidget = ContactEditDialog(db, locale, record_id)
    elif kind == "organisation":
        editor = OrganisationEditDialog(db, locale, record_id)
    elif kind == "project":
        editor = ProjectDialog(db, locale, project_id=record_id)
    elif kind == "technology":
        editor = TechnologyEditor(db, locale, record_id)
    elif kind == "city_need":
        editor = NeedEditor(db, locale, record_id)
    else:
        editor = VisitEditor(db, locale=locale, visit_id=record_id)
    qtbot.addWidget(editor)
    loaded(qtbot, editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _page(editor: QWidget, widget: QWidget) -> QWidget:
    """The tab page ``widget`` is shown on (Alt letters of hidden pages do not answer), else the editor."""
    for tabs in editor.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if tabs.widget(i).isAncestorOf(widget):
                return tabs.widget(i)
    return editor


def _form_labels(editor: QWidget) -> list[QLabel]:
    """The labels of the editor's forms shown at first (the visit editor: its Details tab)."""
    return [
        label
        for form in editor.findChildren(QFormLayout)
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(label := item.widget(), QLabel)
        and label.text()
        and label.isVisibleTo(editor)
    ]


def _letters(editor: QWidget, locale: str) -> dict[QWidget, dict[str, list[str]]]:
    """Per page: each Alt letter and the texts of the labels, buttons and groups that use it."""
    pages: dict[QWidget, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for widget in editor.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox) and widget.isVisibleTo(editor):
            shown = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            if (match := re.search(r"&(\w)", shown.replace("&&", ""))) is not None:
                pages[_page(editor, widget)][match.group(1).upper()].append(shown)
    return pages


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_form_label_has_its_own_alt_letter(
    qtbot: QtBot, speak, demo_db: Database, kind: str, locale: str
) -> None:  # type: ignore[no-untyped-def]
    speak(locale)
    editor = _editor(qtbot, demo_db, kind, locale)
    labels = _form_labels(editor)
    assert len(labels) >= 8
    without = [label.text() for label in labels if not LETTER[locale].search(label.text())]
    assert without == []
    unnamed = [label.text() for label in labels if label.buddy() is None]
    assert unnamed == []
    # a screen reader reads the field by its label without the letter: "电话", not "电话(P)"
    spoken = [spoken_name(label.buddy()) for label in labels]  # type: ignore[arg-type]
    assert [name for name in spoken if "&" in name or re.search(r"\(\w\)$", name)] == []
    for page, letters in _letters(editor, locale).items():
        twice = {letter: texts for letter, texts in letters.items() if len(texts) > 1}
        assert twice == {}, page.objectName()


@pytest.mark.parametrize("kind", KINDS)
def test_a_field_has_the_same_letter_in_both_languages(
    qtbot: QtBot, speak, demo_db: Database, kind: str
) -> None:  # type: ignore[no-untyped-def]
    by_locale = {}
    for locale in LOCALES:
        speak(locale)
        editor = _editor(qtbot, demo_db, kind, locale)
        by_locale[locale] = [
            match.group(1).upper() if (match := LETTER[locale].search(label.text())) else ""
            for label in _form_labels(editor)
        ]
        editor.close()
    assert by_locale["zh_CN"] == by_locale["en"]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("kind", "key", "field"),
    [
        ("contact", Qt.Key.Key_P, "position_en"),
        ("contact", Qt.Key.Key_V, "visa_note"),
        ("organisation", Qt.Key.Key_P, "phone"),
        ("visit", Qt.Key.Key_C, "country"),
        ("contact", Qt.Key.Key_Z, "family_name_zh"),
        ("contact", Qt.Key.Key_Q, "honorific_en"),
        ("project", Qt.Key.Key_R, "programme_en"),
        ("technology", Qt.Key.Key_K, "key_figures_en"),
        ("city_need", Qt.Key.Key_B, "budget_min"),
    ],
)
def test_alt_and_the_letter_go_to_the_field(
    qtbot: QtBot, speak, demo_db: Database, locale: str, kind: str, key: Qt.Key, field: str
) -> None:  # type: ignore[no-untyped-def]
    speak(locale)
    editor = _editor(qtbot, demo_db, kind, locale)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    QTest.keyClick(QApplication.focusWidget() or editor, key, Qt.KeyboardModifier.AltModifier)
    focus = QApplication.focusWidget()
    target = editor.findChild(QWidget, field) or getattr(editor, field, None)
    assert target is not None
    assert focus is target or target.isAncestorOf(focus)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_name_grid_rows_typed_most_have_a_letter(
    qtbot: QtBot, speak, demo_db: Database, locale: str
) -> None:  # type: ignore[no-untyped-def]
    """Round 62: the grid's own words leave no letter free (22 of 26 are the form's), so the native
    name and the title rows take Z and Q in brackets ("中文(&Z)", "Chinese (&Z)"), read without it."""
    speak(locale)
    editor = _editor(qtbot, demo_db, "contact", locale)
    assert isinstance(editor, ContactEditDialog)
    rows = {editor.native_label: "family_name_zh", editor.honorific_label: "honorific_en"}
    for label, field in rows.items():
        assert re.search(r"\(&[ZQ]\)$", label.text()), label.text()
        assert label.buddy() is editor.findChild(QWidget, field)
        assert "&" not in spoken_name(label.buddy()) and "(Z)" not in spoken_name(label.buddy())  # type: ignore[arg-type]
    editor.family_name_zh.setText("이")  # a Korean name: the row and the position are named again
    assert re.search(r"\(&Z\)$", editor.native_label.text())
    for letters in _letters(editor, locale).values():
        assert {letter: texts for letter, texts in letters.items() if len(texts) > 1} == {}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_tab_of_the_project_editor_has_its_own_letters(
    qtbot: QtBot, speak, demo_db: Database, locale: str
) -> None:  # type: ignore[no-untyped-def]
    """Round 62: the Funding and Description tabs' forms too, each letter unique while its tab is shown."""
    speak(locale)
    editor = _editor(qtbot, demo_db, "project", locale)
    assert isinstance(editor, ProjectDialog)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        qtbot.waitUntil(editor.tabs.widget(index).isVisible)
        page = editor.tabs.widget(index)
        labels = [label for label in _form_labels(editor) if page.isAncestorOf(label)]
        assert [label.text() for label in labels if not LETTER[locale].search(label.text())] == []
        assert [label.text() for label in labels if label.buddy() is None] == []
        assert ambiguous_keys(editor, [editor]) == {}, editor.tabs.tabText(index)
