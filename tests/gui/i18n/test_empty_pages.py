"""Empty pages (issue 18): on a new database every list page says what belongs there and offers the
first action, in English and in Chinese; the table is back as soon as there is a row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.operations import CONTACT, Changes, announce
from petdesk.gui.qt import QLabel, QPushButton, Qt, QWidget

#: Every list page of the navigation.
LIST_PAGES = ("organisations", "contacts", "visits", "trainings", "projects", "technologies", "needs")
CJK = re.compile(r"[\u4e00-\u9fff]")
#: the offscreen platform's note when a dialog is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def hint_of(page: QWidget) -> QWidget:
    hint = page.findChild(QWidget, "empty_state")
    assert hint is not None, page.objectName()
    return hint


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_every_empty_list_page_says_what_belongs_there(qtbot, db: Database, translators, locale: str) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    for key in LIST_PAGES:
        page = window.show_page(key)
        hint = hint_of(page)
        qtbot.waitUntil(hint.isVisible, timeout=10_000)
        title = hint.findChild(QLabel, "empty_title").text()
        text = hint.findChild(QLabel, "empty_text").text()
        buttons = [b.text() for b in hint.findChildren(QPushButton) if b.objectName().startswith("empty_")]
        assert buttons and all(buttons), key
        assert len(text) > 20, key  # a sentence, not a placeholder
        if locale == "zh_CN":
            for shown in (title, text, *buttons):
                assert CJK.search(shown), f"{key}: {shown!r} is not translated"
        else:
            assert "No " in title and "yet" in title, title
        table = getattr(page, "table", None) or getattr(getattr(page, "list", None), "table", None)
        if table is not None:
            assert not table.isVisible(), key


def test_first_action_and_the_table_coming_back(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    contacts = window.show_page("contacts")
    hint = contacts.empty_state
    qtbot.waitUntil(hint.isVisible, timeout=10_000)
    # the first action: the import dialog opens from the empty page
    qtbot.mouseClick(hint.buttons["import"], Qt.MouseButton.LeftButton)
    assert contacts.import_dialog.isVisible()
    contacts.import_dialog.close()
    # a search on the empty list shows the (empty) table, not the hint
    contacts.search.setText("zhang")
    contacts.apply_search()
    assert not hint.isVisible() and contacts.table.isVisible()
    contacts.search.clear()
    contacts.apply_search()
    qtbot.waitUntil(hint.isVisible, timeout=5_000)
    # a first contact, written anywhere: the table is back
    with db.transaction() as s:
        s.add(m.Contact(family_name="Zhang", given_name="Wei"))
    announce(Changes.of(CONTACT))
    qtbot.waitUntil(lambda: contacts.table.isVisible() and not hint.isVisible(), timeout=10_000)
    assert contacts.model.rowCount() == 1

    # technologies: the catalogue import fills the page and the hint gives way to the table
    from petdesk.gui.technologies.import_file import run_catalogue_import

    catalogue = window.show_page("technologies")
    tech_hint = hint_of(catalogue)
    assert tech_hint.isVisible()
    path = tmp_path / "catalogue.csv"
    path.write_text("name_en,sector,trl\nCompact MBR,wastewater,8\n", encoding="utf-8")
    run_catalogue_import(catalogue, db, path, "technologies", catalogue.refresh)
    qtbot.waitUntil(lambda: not tech_hint.isVisible(), timeout=10_000)
    assert catalogue.list.table.isVisible() and catalogue.list.model.rowCount() == 1


@pytest.mark.parametrize(("locale", "office"), [("en", "Regional Office"), ("zh_CN", "地区办公室")])
def test_a_new_database_s_window_says_what_is_not_there_yet(  # type: ignore[no-untyped-def]
    qtbot, db: Database, translators, locale: str, office: str
) -> None:
    """On a new file the Chinese status bar named the office "Regional Office", the sync page said
    every exchange had merged cleanly before any exchange, and the backups said to choose one of none."""
    from petdesk.gui.backups.dialog import BackupsDialog
    from petdesk.gui.sync.page import ConflictsView

    translators(locale)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.status_label.text().startswith(office + " · "), timeout=10_000)
    conflicts = ConflictsView(db)
    qtbot.addWidget(conflicts)
    assert "exchange" not in conflicts.explanation.text()
    backups = BackupsDialog(db.path)
    qtbot.addWidget(backups)
    assert not backups.model.rows
    said = [conflicts.explanation.text(), backups.preview.text()]
    if locale == "zh_CN":
        assert all(CJK.search(text) for text in said), said
    else:
        assert said[0].startswith("No open conflicts") and said[1].startswith("No backups yet"), said


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_an_empty_market_page_says_what_it_would_chart(qtbot, db: Database, translators, locale: str) -> None:  # type: ignore[no-untyped-def]
    """It showed empty axes with their legends and "Project money (…): " followed by nothing."""
    from petdesk.gui.technologies.market import MarketPage

    translators(locale)
    page = MarketPage(db, locale)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitSignal(page.loaded, timeout=10_000).wait()
    qtbot.waitUntil(page.empty.isVisible, timeout=10_000)
    assert not page.chart.isVisible() and not page.money.isVisible()
    assert len(page.empty.text()) > 40 and (locale == "en" or CJK.search(page.empty.text()))
    with db.transaction() as s:
        s.add(m.Technology(name_en="Acoustic leak detection", sector="water", trl=9))
    page.refresh()
    qtbot.waitUntil(lambda: not page.empty.isVisible(), timeout=10_000)
    assert page.chart.isVisible()
