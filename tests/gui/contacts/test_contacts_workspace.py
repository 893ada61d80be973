"""The contacts workspace driven through its widgets: create (with a validation error first),
search as you type, edit, tag, log an activity, delete with confirmation and undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, Qt, QTimer
from petdesk.services import organisations

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    with db.transaction() as s:
        organisations.create_organisation(
            s,
            name_en="Qingdao Municipal Bureau of Ecology and Environment",
            name_zh="青岛市生态环境局",
            country="CN",
        )
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    return win


def _in_dialog(qtbot: QtBot, fill: Callable[[ContactEditDialog], None]) -> None:
    """Run ``fill`` on the modal dialog as soon as it is open."""

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ContactEditDialog)
        if dialog.is_busy():  # an existing contact is read off the GUI thread
            with qtbot.waitSignal(dialog.loaded):
                pass
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():  # never leave a modal loop running after a failure
                dialog.reject()

    QTimer.singleShot(0, later)


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type ``text``: key clicks for ASCII; Chinese arrives as committed input-method text."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def _save(qtbot: QtBot, dialog: ContactEditDialog) -> None:
    """Click Save and wait for the background save to finish (saved or refused)."""
    box = dialog.findChild(QDialogButtonBox, "buttons")
    with qtbot.waitSignal(dialog.save_finished, timeout=10000):
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _contact(db: Database, given_zh: str) -> m.Contact | None:
    with db.reading() as s:
        return s.scalars(select(m.Contact).where(m.Contact.given_name_zh == given_zh)).first()


def test_create_search_edit_tag_log_delete_undo(
    qtbot: QtBot, db: Database, window: MainWindow, monkeypatch
) -> None:
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    attempts: list[str] = []

    def fill(dialog: ContactEditDialog) -> None:
        qtbot.keyClicks(dialog.family_name, "Zhang")
        qtbot.keyClicks(dialog.given_name, "Wei")
        dialog.name_order.setCurrentIndex(dialog.name_order.findData("family_first"))
        _type(qtbot, dialog.family_name_zh, "张")
        _type(qtbot, dialog.given_name_zh, "伟")
        qtbot.keyClicks(dialog.method_rows[0].value, "zhang.wei@qingdao")  # no domain ending
        qtbot.keyClicks(dialog.method_rows[1].value, "+86 532 8591 2345")
        dialog.organisation.setText("")
        _type(qtbot, dialog.organisation, "青岛市生态")
        with qtbot.waitSignal(dialog.organisation.searched, timeout=5000):
            dialog.organisation.search_now()
        dialog.organisation.setText("Qingdao Municipal Bureau of Ecology and Environment")
        qtbot.keyClicks(dialog.position_en, "Director")
        _save(qtbot, dialog)
        # The bad e-mail keeps the dialog open with a clear message on the field.
        assert dialog.isVisible()
        attempts.append(dialog.error.text())
        dialog.method_rows[0].value.setText("")
        qtbot.keyClicks(dialog.method_rows[0].value, "zhang.wei@qingdao.gov.cn")
        _save(qtbot, dialog)

    _in_dialog(qtbot, fill)
    page.actions_by_name["new"].trigger()
    assert attempts and "not an e-mail address" in attempts[0]

    contact = _contact(db, "伟")
    assert (
        contact is not None and contact.family_name == "Zhang" and contact.name_order.value == "family_first"
    )
    with db.reading() as s:
        methods = {cm.channel.value: cm.normalized for cm in s.scalars(select(m.ContactMethod))}
        affiliation = s.scalars(select(m.Affiliation)).one()
    assert methods == {"email": "zhang.wei@qingdao.gov.cn", "phone": "8653285912345"}
    assert affiliation.position_en == "Director"

    # Search as you type: pinyin without spaces, then Chinese, then phone digits.
    for query in ("zhangwei", "张伟", "8591 2345", "青岛"):
        page.search.clear()
        _type(qtbot, page.search, query)
        qtbot.waitUntil(
            lambda q=query: page.model.search_text == q
            and not page.model.refreshing
            and page.model.rowCount() == 1,
            timeout=3000,
        )
    page.search.clear()
    qtbot.keyClicks(page.search, "nobody here")
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 0, timeout=3000)
    page.search.clear()
    qtbot.keyClicks(page.search, "zhang")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    # The search's rows are read off the GUI thread; Enter selects the first once they are there.
    qtbot.waitUntil(lambda: page.current_id() == contact.id, timeout=3000)
    qtbot.waitUntil(lambda: "Zhang Wei" in page.detail.title.text(), timeout=3000)

    # Edit through the dialog: change the Chinese given name.
    def rename(dialog: ContactEditDialog) -> None:
        assert dialog.family_name.text() == "Zhang"
        dialog.given_name_zh.clear()
        _type(qtbot, dialog.given_name_zh, "伟明")
        dialog.given_name.clear()
        qtbot.keyClicks(dialog.given_name, "Weiming")
        _save(qtbot, dialog)

    _in_dialog(qtbot, rename)
    assert page.actions_by_name["edit"].shortcut().toString() == "F2"
    page.actions_by_name["edit"].trigger()
    assert _contact(db, "伟明") is not None
    page.search.clear()
    _type(qtbot, page.search, "张伟明")
    qtbot.waitUntil(
        lambda: page.model.search_text == "张伟明"
        and not page.model.refreshing
        and page.model.rowCount() == 1,
        timeout=3000,
    )

    # Bulk tag and an activity from the detail pane.
    page.table.selectRow(0)
    page.tag_selected(["VIP", "water"])  # writes run off the GUI thread
    qtbot.waitUntil(lambda: _tags(db, contact.id) == ["VIP", "water"], timeout=5000)
    page.untag_selected(["vip"])
    qtbot.waitUntil(lambda: _tags(db, contact.id) == ["water"], timeout=5000)
    # The tag change refreshes the list in the background: select once it has its rows again.
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.contact_id == contact.id, timeout=5000)
    dialog = page.detail.log_activity()
    qtbot.keyClicks(dialog.subject, "Call about the sludge project")
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
    dialog.save()
    with db.reading() as s:
        activity = s.scalars(select(m.Activity)).one()
    assert activity.contact_id == contact.id and activity.organisation_id == affiliation.organisation_id
    assert activity.kind.value == "call"
    qtbot.waitUntil(lambda: page.detail.timeline.topLevelItemCount() == 1, timeout=3000)

    # Delete asks first, then offers undo.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    page.actions_by_name["delete"].trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.undo_bar.isVisible(), timeout=5000)
    with db.reading() as s:
        assert s.get(m.Contact, contact.id).deleted_at is not None
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    with db.reading() as s:
        assert s.get(m.Contact, contact.id).deleted_at is None


def test_sorting_by_column_happens_in_sql_per_language(qtbot: QtBot, db: Database) -> None:
    from petdesk.services import contacts

    with db.transaction() as s:
        for fam, giv, fzh, gzh in [
            ("Zhang", "Wei", "张", "伟"),
            ("Li", "Na", "李", "娜"),
            ("Adams", "Zoe", "", ""),
        ]:
            contacts.create_contact(s, family_name=fam, given_name=giv, family_name_zh=fzh, given_name_zh=gzh)
    en = ContactsPage(db, "en")
    zh = ContactsPage(db, "zh_CN")
    qtbot.addWidget(en)
    qtbot.addWidget(zh)
    qtbot.waitUntil(lambda: en.model.total == 3 and zh.model.total == 3, timeout=5000)
    names_en = [en.model.data(en.model.index(r, 0)) for r in range(3)]
    names_zh = [zh.model.data(zh.model.index(r, 0)) for r in range(3)]
    assert names_en == ["Zoe Adams", "Na Li", "Wei Zhang"]
    assert names_zh == ["Zoe Adams", "李娜", "张伟"]
    en.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # read again off the GUI thread
    qtbot.waitUntil(
        lambda: [en.model.data(en.model.index(r, 0)) for r in range(3)] == names_en[::-1], timeout=5000
    )


def test_organisation_page_create_and_validation(qtbot: QtBot, db: Database, window: MainWindow) -> None:
    from petdesk.gui.organisations.edit import OrganisationEditDialog

    page = window.show_page("organisations")
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OrganisationEditDialog)
        qtbot.keyClicks(dialog.country.lineEdit(), "XX")
        with qtbot.waitSignal(dialog.save_finished, timeout=5000):  # saved off the GUI thread
            dialog.save()
        seen.append(dialog.error.text())
        dialog.country.lineEdit().clear()
        qtbot.keyClicks(dialog.country.lineEdit(), "Germany")  # the name shown, the code stored
        qtbot.keyClicks(dialog.edits["name_en"], "Hamburg Water Works")
        dialog.save()

    QTimer.singleShot(0, fill)
    page.actions_by_name["new"].trigger()
    assert "Enter the organisation's name" in seen[0] and "two-letter country code" in seen[0]
    with db.reading() as s:
        org = s.scalars(select(m.Organisation).where(m.Organisation.name_en == "Hamburg Water Works")).one()
    assert org.country == "DE"
    qtbot.keyClicks(page.search, "hamburg")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert isinstance(page.search, QLineEdit)


def _tags(db: Database, contact_id: str) -> list[str]:
    with db.reading() as s:
        return list(s.get(m.Contact, contact_id).tags)
