"""Field test 61, follow-up: the visit editor's Follow-ups tab had no Alt letter on its form (Action
(English), Action (Chinese), Owner, Due, Note): a keyboard-only officer reached the owner by Tab
alone. Each label has one now ("&Owner" / "负责人(&O)"), names its field, shares no letter with the
tab's buttons, is the same in both languages and is read without the letter."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from petdesk import i18n
from petdesk.db import Database
from petdesk.enums import FollowUpStatus
from petdesk.gui.follow_ups.panel import FollowUpDialog
from petdesk.gui.projects.parts import MilestoneDialog, PartnerPickDialog
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QApplication, QDialog, QFormLayout, QLabel, Qt, QWidget
from petdesk.gui.trainings.edit import SessionDialog, TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.gui.visits.item import ItemDialog
from petdesk.gui.visits.logistics import VehicleItemsDialog, VehicleRidersDialog
from petdesk.gui.visits.widgets import PickDialog
from petdesk.services.follow_up_list import FollowUpRow
from petdesk.services.visits import find_organisations
from tests.helpers.accessible_names import spoken_name
from tests.helpers.editors import loaded
from tests.helpers.fixtures import copy_into, module_database
from tests.helpers.shortcut_map import ambiguous_keys
from tests.helpers.tree_catalogue import TREE_CATALOGUES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
LOCALES = ["zh_CN", "en"]
#: Latin "&O" in English; "负责人(&O)" in Chinese, the letter in brackets after the label.
LETTER = {"en": re.compile(r"^[^&]*&(\w)"), "zh_CN": re.compile(r"^[^&]*\(&([A-Z])\)$")}


def _follow_ups_tab(qtbot: QtBot, db: Database, locale: str, *, keep: bool = False) -> VisitEditor:
    """The editor of a visit on its Follow-ups tab; ``keep``: closed by the caller, not the test."""
    with db.reading() as s:
        visit_id = s.execute(text("select id from visit where deleted_at is null limit 1")).scalar_one()
    editor = VisitEditor(db, locale=locale, visit_id=visit_id)
    if not keep:
        qtbot.addWidget(editor)
    loaded(qtbot, editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.follow_ups))
    qtbot.waitUntil(editor.follow_ups.isVisible)
    return editor


def _labels(editor: VisitEditor | ProjectDialog) -> list[QLabel]:
    form = editor.follow_ups.findChild(QFormLayout)
    assert form is not None
    items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
    return [item.widget() for item in items if item is not None and isinstance(item.widget(), QLabel)]


@pytest.fixture
def speak(translators, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``translators`` reading this tree's window catalogue (the installed checkout's lacks new strings)."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: TREE_CATALOGUES.parent)
    return translators


def test_the_follow_ups_form_has_the_same_alt_letters_in_both_languages(
    qtbot: QtBot, speak, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    letters = {}
    for locale in LOCALES:
        speak(locale)
        editor = _follow_ups_tab(qtbot, demo_db, locale)
        labels = _labels(editor)
        assert len(labels) == 5
        found = [LETTER[locale].search(label.text()) for label in labels]
        assert [label.text() for label, match in zip(labels, found, strict=True) if match is None] == []
        letters[locale] = [match.group(1).upper() for match in found if match is not None]
        assert [label.text() for label in labels if label.buddy() is None] == []
        # read as "负责人", not "负责人(O)"
        spoken = [spoken_name(label.buddy()) for label in labels]  # type: ignore[arg-type]
        assert [name for name in spoken if "&" in name or re.search(r"\(\w\)$", name)] == []
        # no letter shared with the tab's buttons (Add, Mark done …) or anything else shown
        assert ambiguous_keys(editor, [editor]) == {}
        editor.close()
    assert letters["zh_CN"] == letters["en"]
    assert len(set(letters["en"])) == 5


@pytest.mark.parametrize("locale", LOCALES)
def test_alt_o_goes_to_the_owner(qtbot: QtBot, speak, demo_db: Database, locale: str) -> None:  # type: ignore[no-untyped-def]
    speak(locale)
    editor = _follow_ups_tab(qtbot, demo_db, locale)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    editor.follow_ups.view.setFocus()
    QTest.keyClick(editor.follow_ups.view, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    focus = QApplication.focusWidget()
    owner = editor.follow_ups.owner
    assert focus is owner or owner.isAncestorOf(focus)


def _project_follow_ups_tab(qtbot: QtBot, db: Database, locale: str) -> ProjectDialog:
    with db.reading() as s:
        project_id = s.execute(text("select id from project where deleted_at is null limit 1")).scalar_one()
    editor = ProjectDialog(db, locale, project_id=project_id)
    qtbot.addWidget(editor)
    loaded(qtbot, editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.follow_ups))
    qtbot.waitUntil(editor.follow_ups.isVisible)
    return editor


def test_the_project_follow_ups_form_has_letters_its_tabs_leave_free(
    qtbot: QtBot, speak, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    """Round 62: the project editor's tab had none. Its tabs hold D (Description) and C (Documents),
    so its letters differ from the visit's: I, H, O, E, N (Funding is Fundin&g, so N is free)."""
    letters = {}
    for locale in LOCALES:
        speak(locale)
        editor = _project_follow_ups_tab(qtbot, demo_db, locale)
        labels = _labels(editor)
        assert len(labels) == 5
        found = [LETTER[locale].search(label.text()) for label in labels]
        assert [label.text() for label, match in zip(labels, found, strict=True) if match is None] == []
        letters[locale] = [match.group(1).upper() for match in found if match is not None]
        spoken = [spoken_name(label.buddy()) for label in labels]  # type: ignore[arg-type]
        assert [name for name in spoken if "&" in name or re.search(r"\(\w\)$", name)] == []
        assert ambiguous_keys(editor, [editor]) == {}
        editor.close()
    assert letters["zh_CN"] == letters["en"] == ["I", "H", "O", "E", "N"]


@pytest.mark.parametrize("locale", LOCALES)
def test_alt_e_goes_to_the_project_follow_ups_due_date(
    qtbot: QtBot, speak, demo_db: Database, locale: str
) -> None:  # type: ignore[no-untyped-def]
    speak(locale)
    editor = _project_follow_ups_tab(qtbot, demo_db, locale)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    editor.follow_ups.view.setFocus()
    QTest.keyClick(editor.follow_ups.view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    due = editor.follow_ups.due
    focus = QApplication.focusWidget()
    assert focus is due or due.isAncestorOf(focus)


def _dialog(db: Database, kind: str, locale: str) -> QDialog:
    if kind == "milestone":
        return MilestoneDialog(locale)
    row = FollowUpRow(
        "f1", "Send the report", "发送报告", "", None, FollowUpStatus.OPEN, None, "", "", "", "", "", ""
    )
    return FollowUpDialog(db, row, locale=locale)


@pytest.mark.parametrize("kind", ["follow-up", "milestone"])
def test_the_follow_up_and_milestone_dialogs_have_letters(
    qtbot: QtBot, speak, demo_db: Database, kind: str
) -> None:  # type: ignore[no-untyped-def]
    """Round 62: a follow-up's Edit dialog (the follow-up tab's letters) and the milestone dialog had none."""
    letters = {}
    for locale in LOCALES:
        speak(locale)
        dialog = _dialog(demo_db, kind, locale)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        form = dialog.findChild(QFormLayout)
        assert form is not None
        items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
        labels = [item.widget() for item in items if item is not None and isinstance(item.widget(), QLabel)]
        labels = [label for label in labels if label.text() and label.isVisibleTo(dialog)]
        assert len(labels) >= 4
        found = [LETTER[locale].search(label.text()) for label in labels]
        assert [label.text() for label, match in zip(labels, found, strict=True) if match is None] == []
        letters[locale] = [match.group(1).upper() for match in found if match is not None]
        spoken = [spoken_name(label.buddy()) for label in labels]  # type: ignore[arg-type]
        assert [name for name in spoken if "&" in name or re.search(r"\(\w\)$", name)] == []
        assert ambiguous_keys(dialog, [dialog]) == {}
        dialog.close()
    assert letters["zh_CN"] == letters["en"]
    assert len(set(letters["en"])) == len(letters["en"])


# --- round 62 audit, second part: the editors and dialogs still without letters ------------------


def _letter_labels(root: QWidget, page: QWidget | None = None) -> list[QLabel]:
    """The labels shown on ``page`` (else ``root``) that name a field the focus can reach."""
    return [
        label
        for label in (page or root).findChildren(QLabel)
        if label.text()
        and label.isVisibleTo(root)
        and (buddy := label.buddy()) is not None
        and buddy.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def _checked_letters(root: QWidget, labels: list[QLabel], locale: str) -> list[str]:
    """Each label's letter, after checking it has one, is read without it and clashes with nothing."""
    assert labels
    found = [LETTER[locale].search(label.text()) for label in labels]
    assert [label.text() for label, match in zip(labels, found, strict=True) if match is None] == []
    spoken = [spoken_name(label.buddy()) for label in labels]  # type: ignore[arg-type]
    assert [name for name in spoken if "&" in name or re.search(r"\(\w\)$", name)] == []
    assert ambiguous_keys(root, [root]) == {}
    return [match.group(1).upper() for match in found if match is not None]


DIALOGS = [
    "session",
    "itinerary item",
    "partner pick",
    "vehicle items",
    "vehicle riders",
    "organisation pick",
]


def _plain_dialog(db: Database, kind: str, locale: str) -> QDialog:
    day = dt.date(2026, 12, 7)
    if kind == "session":
        return SessionDialog(timezone="Asia/Shanghai", day=day, trainers=[], locale=locale)
    if kind == "itinerary item":
        return ItemDialog(locale=locale, timezone="Asia/Shanghai", day=day, people=[("c1", "Lei Li")])
    if kind == "partner pick":
        return PartnerPickDialog(db, locale)
    if kind == "vehicle items":
        return VehicleItemsDialog([("i1", "09:00 Meeting")], set())
    if kind == "organisation pick":  # behind "Choose…" and "Link organisation…" (review 62)
        return PickDialog(db, find_organisations, "Organisation", locale=locale)
    return VehicleRidersDialog([("c1", "Lei Li")], set(), [("i1", "09:00 Meeting")])


@pytest.mark.parametrize("kind", DIALOGS)
def test_the_remaining_dialogs_have_letters(qtbot: QtBot, speak, demo_db: Database, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Round 62 audit: the training session, itinerary item, partner pick and vehicle dialogs had none."""
    letters = {}
    for locale in LOCALES:
        speak(locale)
        dialog = _plain_dialog(demo_db, kind, locale)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        letters[locale] = _checked_letters(dialog, _letter_labels(dialog), locale)
        dialog.close()
    assert letters["zh_CN"] == letters["en"]
    assert len(set(letters["en"])) == len(letters["en"])


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("kind", "key", "field"),
    [("itinerary item", Qt.Key.Key_G, "seating_note"), ("vehicle riders", Qt.Key.Key_I, "items")],
)
def test_alt_and_the_letter_reach_the_dialogs_field(
    qtbot: QtBot, speak, demo_db: Database, locale: str, kind: str, key: Qt.Key, field: str
) -> None:  # type: ignore[no-untyped-def]
    speak(locale)
    dialog = _plain_dialog(demo_db, kind, locale)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    QTest.keyClick(QApplication.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is getattr(dialog, field)


def _training_details(qtbot: QtBot, db: Database, locale: str) -> TrainingEditor:
    with db.reading() as s:
        training_id = s.execute(text("select id from training where deleted_at is null limit 1")).scalar_one()
    editor = TrainingEditor(db, locale=locale, training_id=training_id)
    qtbot.addWidget(editor)
    loaded(qtbot, editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_the_training_details_tab_has_letters(qtbot: QtBot, speak, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    """Round 62 audit: the training editor's Details had none; its letters are the visit's where
    the words are (&Title, &Dates, Time &zone …)."""
    letters = {}
    for locale in LOCALES:
        speak(locale)
        editor = _training_details(qtbot, demo_db, locale)
        page = editor.tabs.widget(0)
        letters[locale] = _checked_letters(editor, _letter_labels(editor, page), locale)
        assert len(letters[locale]) >= 9
        editor.close()
    assert letters["zh_CN"] == letters["en"]
    assert len(set(letters["en"])) == len(letters["en"])


#: The visit editor's logistics sheets the audit found without letters, by their sub-tab (Hotels
#: and Gifts: review 62).
SHEETS = {"Travel": 0, "Hotels": 1, "Vehicles": 2, "Gifts": 3, "Emergency sheet": 4}


@pytest.fixture(scope="module")
def sheet_editors(
    tmp_path_factory: pytest.TempPathFactory, empty_template: Path, demo_template: Path
) -> Iterator[tuple[Database, dict[str, VisitEditor]]]:
    """One visit editor a language for the five sheets' tests, which only look at it: opening the
    editor (about 0.9 s) was most of each test. Its labels are not retranslated by a later
    ``speak``, so each keeps the language it was opened in."""
    db = copy_into(demo_template, module_database(tmp_path_factory, empty_template, "sheets"))
    editors: dict[str, VisitEditor] = {}
    yield db, editors
    for editor in editors.values():
        editor.set_clean()
        editor.close()
        editor.deleteLater()
    db.close()


@pytest.mark.parametrize("sheet", SHEETS)
def test_the_visits_logistics_sheets_have_letters(qtbot: QtBot, speak, sheet_editors, sheet: str) -> None:  # type: ignore[no-untyped-def]
    """Round 62 audit: Travel, Vehicles and Emergency sheet had none; each letter is unique in the
    whole visit editor while its sheet is shown (the toolbar, tabs and buttons count too)."""
    db, editors = sheet_editors
    letters = {}
    for locale in LOCALES:
        speak(locale)
        if locale not in editors:  # not qtbot.addWidget: the module's fixture closes it
            editors[locale] = _follow_ups_tab(qtbot, db, locale, keep=True)
        editor = editors[locale]
        if not editor.isVisible():  # hidden between tests by tests/gui/conftest.py
            editor.show()
            qtbot.waitExposed(editor)
        editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.logistics))
        sections = editor.logistics.sections
        sections.setCurrentIndex(SHEETS[sheet])
        page = sections.widget(SHEETS[sheet])
        qtbot.waitUntil(page.isVisible)
        letters[locale] = _checked_letters(editor, _letter_labels(editor, page), locale)
    assert letters["zh_CN"] == letters["en"]
    assert len(set(letters["en"])) == len(letters["en"])


@pytest.mark.parametrize("locale", LOCALES)
def test_alt_h_goes_to_the_duty_officers_phone(qtbot: QtBot, speak, demo_db: Database, locale: str) -> None:  # type: ignore[no-untyped-def]
    speak(locale)
    editor = _follow_ups_tab(qtbot, demo_db, locale)
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.logistics))
    editor.logistics.sections.setCurrentIndex(SHEETS["Emergency sheet"])
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    place = editor.logistics.sheet_place
    place.setFocus()
    QTest.keyClick(place, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.logistics.emergency["duty_officer_phone"]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_travel_sheets_zone_boxes_are_told_apart(
    qtbot: QtBot, speak, demo_db: Database, locale: str
) -> None:  # type: ignore[no-untyped-def]
    """Review 62: both zone boxes were read as "Zone" (their labels' words). An editable box's
    spoken name on Linux is its text, so the name given is what is compared."""
    speak(locale)
    editor = _follow_ups_tab(qtbot, demo_db, locale)
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.logistics))
    editor.logistics.sections.setCurrentIndex(SHEETS["Travel"])
    tab = editor.logistics
    spoken = (tab.leg_departs_zone.accessibleName(), tab.leg_arrives_zone.accessibleName())
    expected = {"en": ("Departure zone", "Arrival zone"), "zh_CN": ("出发时区", "到达时区")}
    assert spoken == expected[locale]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("sheet", "key", "field"),
    [("Hotels", Qt.Key.Key_E, "room_person"), ("Gifts", Qt.Key.Key_V, "gift_giver")],
)
def test_alt_and_the_letter_reach_the_hotels_and_gifts_fields(
    qtbot: QtBot, speak, demo_db: Database, locale: str, sheet: str, key: Qt.Key, field: str
) -> None:  # type: ignore[no-untyped-def]
    speak(locale)
    editor = _follow_ups_tab(qtbot, demo_db, locale)
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.logistics))
    editor.logistics.sections.setCurrentIndex(SHEETS[sheet])
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    start = editor.logistics.stays_view if sheet == "Hotels" else editor.logistics.gifts_view
    start.setFocus()
    QTest.keyClick(start, key, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is getattr(editor.logistics, field)
