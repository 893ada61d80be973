"""Every page and editor names its inputs, lists, tables and icon-only buttons for a screen reader,
in English and in Chinese (field test 19 §4: search boxes, tables and many fields were read as nothing,
and the visit editor's two Choose…/Clear pairs could not be told apart)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QDialog, QPushButton, QTabWidget, QWidget
from petdesk.gui.quick_search import QuickSearch
from petdesk.gui.technologies.editors import NeedEditor, TechnologyEditor
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from tests.helpers.accessible_names import spoken_name, unnamed
from tests.helpers.editors import loaded

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]
LOCALES = ["en", "zh_CN"]


def first_id(db: Database, table: str) -> str:
    with db.reading() as s:
        return str(s.execute(text(f"select id from {table} where deleted_at is null limit 1")).scalar_one())


def unnamed_in_every_tab(qtbot: QtBot, dialog: QWidget) -> list[str]:
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.findChild(QTabWidget)
    found = unnamed(dialog)
    for index in range(tabs.count() if tabs else 0):
        if tabs is not None and tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)
            found += [f"{tabs.tabText(index)}: {what}" for what in unnamed(dialog)]
    return sorted(set(found))


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_names_its_fields(qtbot: QtBot, translators, demo_db: Database, locale: str) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    problems = {}
    for key in window.page_keys:
        window.show_page(key)
        if found := unnamed(window):
            problems[key] = found
    search = QuickSearch(demo_db, locale, lambda: [], window)
    qtbot.addWidget(search)
    search.box.setText("x")  # the clear button shows
    problems["quick search"] = unnamed_in_every_tab(qtbot, search)
    assert not {key: found for key, found in problems.items() if found}


def all_editors(db: Database, locale: str) -> list[Callable[[], QDialog]]:
    """Makers of every record editor, each on the demo's first record of its kind."""
    return [
        lambda: VisitEditor(db, locale=locale, visit_id=first_id(db, "visit")),
        lambda: TrainingEditor(db, locale=locale, training_id=first_id(db, "training")),
        lambda: ContactEditDialog(db, locale, first_id(db, "contact")),
        lambda: OrganisationEditDialog(db, locale, first_id(db, "organisation")),
        lambda: ProjectDialog(db, locale, project_id=first_id(db, "project")),
        lambda: TechnologyEditor(db, locale, first_id(db, "technology")),
        lambda: NeedEditor(db, locale, first_id(db, "city_need")),
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_editor_names_its_fields(qtbot: QtBot, translators, demo_db: Database, locale: str) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    db = demo_db
    editors = [make() for make in all_editors(db, locale)]
    problems = {}
    for editor in editors:
        qtbot.addWidget(editor)
        if hasattr(editor, "is_busy"):
            loaded(qtbot, editor)
        if found := unnamed_in_every_tab(qtbot, editor):
            problems[type(editor).__name__] = found
        editor.close()
    assert not problems


@pytest.mark.parametrize("locale", LOCALES)
def test_the_visit_editors_choose_and_clear_buttons_differ(
    qtbot: QtBot, translators, db: Database, locale: str
) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    editor = VisitEditor(db, locale=locale)
    qtbot.addWidget(editor)
    names = [
        spoken_name(button)
        for field in (editor.host, editor.visiting)
        for button in field.findChildren(QPushButton)
    ]
    assert len(names) == 4 and len(set(names)) == 4, names


def keyboard_dialogs(db: Database, locale: str) -> list[Callable[[], QDialog]]:
    """The dialogs field test 32 found unnamed fields and missing Alt+letters in."""
    from petdesk.gui.backups.dialog import BackupsDialog
    from petdesk.gui.dossier.dialog import DossierDialog
    from petdesk.gui.dossier.namecards import NameCardsDialog

    visit_id = first_id(db, "visit")
    return [
        lambda: DossierDialog(db, visit_id=visit_id, locale=locale),
        lambda: NameCardsDialog(db, visit_id, locale=locale),
        lambda: BackupsDialog(db.path),
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_keyboard_dialogs_name_their_fields(
    qtbot: QtBot, translators, demo_db: Database, locale: str
) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    problems = {}
    for make in keyboard_dialogs(demo_db, locale):
        dialog = make()
        qtbot.addWidget(dialog)
        if found := unnamed_in_every_tab(qtbot, dialog):
            problems[type(dialog).__name__] = found
        dialog.close()
    assert not problems
