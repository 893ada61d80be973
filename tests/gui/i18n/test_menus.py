"""Menus: every entry has an accelerator no other entry of its menu uses, in both languages; and the
Edit menu works on what has the focus (a text field's undo, redo, copy, select all; a table's rows)."""

from __future__ import annotations

import re

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QLineEdit, QTableView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def accelerator(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_menu_accelerators_are_unique(qtbot, translators, db: Database, locale: str) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    tops = window.menuBar().actions()
    keys = [accelerator(a.text()) for a in tops]
    assert None not in keys and len(set(keys)) == len(keys), [a.text() for a in tops]
    for top in tops:
        texts = [a.text() for a in top.menu().actions() if not a.isSeparator()]
        keys = [accelerator(t) for t in texts]
        assert None not in keys, texts
        assert len(set(keys)) == len(keys), f"{top.text()}: {texts}"


def test_edit_menu_acts_on_the_focused_widget(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        for family, given in [("Zhang", "Wei"), ("Berg", "Anna")]:
            s.add(m.Contact(family_name=family, given_name=given))
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    menu = window.menu("edit")

    def choose(name: str) -> None:
        """As from the menu: it opens (enabling what applies), then the entry is chosen."""
        menu.aboutToShow.emit()
        assert edit[name].isEnabled(), name
        edit[name].trigger()

    edit = window.edit_actions
    page = window.show_page("contacts")
    search = page.findChild(QLineEdit, "search")
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    qtbot.keyClicks(search, "Berg")
    window.menu("edit").aboutToShow.emit()
    assert edit["edit_undo"].isEnabled() and edit["edit_paste"].isEnabled()
    choose("edit_select_all")
    assert search.selectedText() == "Berg"
    choose("edit_copy")
    assert QApplication.clipboard().text() == "Berg"
    choose("edit_undo")
    assert search.text() == ""
    choose("edit_redo")
    assert search.text() == "Berg"
    search.clear()
    # In the table: Select All selects every row, Copy copies them as tab-separated lines.
    table = page.findChild(QTableView, "table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    window.menu("edit").aboutToShow.emit()
    assert edit["edit_select_all"].isEnabled() and not edit["edit_paste"].isEnabled()
    choose("edit_select_all")
    assert len(table.selectionModel().selectedRows()) == 2
    choose("edit_copy")
    copied = QApplication.clipboard().text().splitlines()
    assert len(copied) == 2 and any("Anna Berg" in line or "Berg" in line for line in copied)
    assert all("\t" in line for line in copied)


def test_chinese_shortcut_list_has_no_mnemonic_suffixes(qtbot, db, translators) -> None:  # type: ignore[no-untyped-def]
    """A Chinese menu text carries its key after it ("全选(&A)"): the list of shortcuts shows the
    text alone, and the list's own shortcuts in Chinese."""
    from petdesk.gui import help as help_menu

    translators("zh_CN")
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    window.show_page("contacts")
    html = help_menu.shortcuts_html(window)
    rows = dict(re.findall(r"<tr><td><b>(.*?)</b></td><td>(.*?)</td></tr>", html))
    assert rows and not any("(" in text and ")" in text and text.endswith(")") for text in rows.values())
    assert rows["Ctrl+F"] == "搜索列表"


def test_the_tag_filter_is_labelled_tag_not_add_tag_in_chinese(translators, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """The filter and the Tag… dialog shared one message, translated for the dialog ("添加标签")."""
    from petdesk.gui.contacts.list import ContactsPage
    from petdesk.gui.qt import QLabel

    translators("zh_CN")
    page = ContactsPage(db, "zh_CN")
    qtbot.addWidget(page)
    combo = page.filter_widgets["tag"]
    (label,) = [w for w in page.findChildren(QLabel) if w.buddy() is combo]
    assert label.text() == "标签"
