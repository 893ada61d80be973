"""A service's refusal reads in the Chinese window's language (errors53b): the encryption offer, the
merge dialog's pair, the itinerary item's "Your time" line and the start's check of an unreadable file
showed the service's English sentence (``str(exc)``); they now say it through ``messages.plain_error``,
as every pane does. Erase Personal Data and Undo of a save take the same path; their services word the
sentence in the reader's language already, which these tests pin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.qt import QMessageBox, QSettings
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (fixture)

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("tree_catalogue"),
]


def _english_words(text: str) -> list[str]:
    """Runs of Latin letters, as an English sentence leaves them (ids and paths are taken out first)."""
    import re

    return re.findall(r"[A-Za-z]{3,}", text)


def test_encrypt_offer_says_a_refusal_in_chinese(qtbot: QtBot, tmp_path: Path, translators) -> None:  # type: ignore[no-untyped-def]
    from petdesk.gui.backups.encrypt_offer import EncryptOfferDialog

    translators("zh_CN")
    missing = tmp_path / "gone.sqlite"  # removed between the offer and the click (a pulled stick)
    dialog = EncryptOfferDialog(missing)
    qtbot.addWidget(dialog)
    dialog.remember.setChecked(False)
    for field in (dialog.first, dialog.second):
        field.setText("correct horse battery staple")
    dialog.encrypt()
    said = dialog.message.text()
    assert said == f"{missing} 不存在", said
    assert dialog.result() != dialog.DialogCode.Accepted


def test_merge_dialog_says_a_deleted_record_in_chinese(qtbot: QtBot, db: Database) -> None:
    from petdesk.gui.contacts.merge_dialog import MergeDialog
    from petdesk.services import contacts as cs
    from tests.gui.contacts.test_merge_dialog import _two_zhangs

    _first, second_id = _two_zhangs(db)
    dialog = MergeDialog(db, "zh_CN")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.pairs_loaded, timeout=10000):
        pass
    assert dialog.pairs_model.rowCount() == 1
    with db.transaction() as s:  # merged or deleted elsewhere while the dialog lists the pair
        cs.delete_contacts(s, [second_id])
    dialog.show_pair(0)
    said = dialog.status_label.text()
    assert said.startswith("联系人 ") and "已被删除（是否已合并？）" in said, said
    assert _english_words(said.replace(second_id, "")) == [], said


def test_item_dialog_says_an_unknown_zone_in_chinese(qtbot: QtBot) -> None:
    from petdesk.gui.viewer_zone import ZONE_KEY, set_viewer_zone
    from petdesk.gui.visits.item import ItemDialog

    assert set_viewer_zone("Asia/Shanghai")
    try:
        dialog = ItemDialog(locale="zh_CN", timezone="Asia/Shanghai", day=dt.date(2026, 10, 26), people=[])
        qtbot.addWidget(dialog)
        dialog.zone.setEditText("Mars/Olympus")
        said = dialog.viewer_time.text()
        assert said == "未知时区“Mars/Olympus”；请使用 IANA 名称，例如 Asia/Shanghai", said
    finally:
        QSettings().remove(ZONE_KEY)


def test_start_check_says_an_unreadable_file_in_chinese(tmp_path: Path) -> None:
    from petdesk.gui.app import _damage

    folder = tmp_path / "petdesk.sqlite"  # a folder where the database file was expected
    folder.mkdir()
    (folder / "x").write_text("x")
    said = _damage(folder, "zh_CN")
    assert said is not None and said.startswith(f"无法读取 {folder}（") and said.endswith("）"), said
    assert "这是文件夹，不是文件" in said, said  # the system's "Is a directory" put plainly too
    assert _english_words(said.replace(str(folder), "")) == [], said


def test_erase_of_a_contact_no_longer_there_says_so_in_chinese(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from petdesk.gui.history import erase_person
    from petdesk.gui.qt import QWidget

    pane = QWidget()
    qtbot.addWidget(pane)
    pane.db, pane.ui_locale = db, "zh_CN"  # type: ignore[attr-defined]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    assert not erase_person(pane, "abc")
    assert said == ["请至少给出联系人编号的前 4 个字符"], said


def test_a_refused_undo_says_why_in_chinese(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from petdesk.gui.contacts.list import ContactsPage
    from petdesk.gui.main_window import MainWindow
    from petdesk.services import contacts as cs
    from petdesk.services.contacts import Method
    from tests.gui.contacts.test_undo_saved_edit import _edit

    with db.transaction() as s:
        cs.create_contact(
            s, family_name="Zhang", given_name="Wei", methods=[Method("phone", "+86 532 8888 1234")]
        )
    win = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    _edit(qtbot, page, "Zhao", "+86 139 0000 1111")
    with db.transaction() as s:
        cs.update_contact(s, s.scalars(select(m.Contact)).one().id, family_name="Zhou")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    page.undo_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "无法整体撤销这次保存" in said[0] and "changed again" not in said[0], said
