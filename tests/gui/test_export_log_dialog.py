"""File › Export Log… (field test 84): a file of contacts written from the window is listed with who,
what, which file and how many, in the window's language."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.gui.contacts import import_dialog
from petdesk.gui.export_log import ExportLogDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAction, QApplication
from petdesk.gui.translation import register_fonts
from petdesk.services import export_log
from petdesk.sync.tracking import STAFF_SETTING
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

#: What each language's window shows: the dialog's title and the export's line.
WORDS = {
    "en": ("Export Log", "Wang Lei exported 2 contacts to partners.csv"),
    "zh_CN": ("导出记录", "Wang Lei 将 2 位联系人导出到 partners.csv"),
}


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_windows_export_is_in_the_export_log(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    translators: Any,
    tree_catalogue: Path,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators(locale)
    with db.transaction() as s:
        s.merge(m.Setting(key=STAFF_SETTING, value="Wang Lei"))
        people = [m.Contact(family_name=name, given_name="Anna") for name in ("Alt", "Bär", "Chen")]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people[:2]]
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    op = import_dialog.export_contacts_to(window, db, tmp_path / "partners.csv", "csv", ids=ids)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass

    action = window.findChild(QAction, "action_export_log")
    assert action in window.menu("file").actions()
    action.trigger()
    dialog = window.export_log  # type: ignore[attr-defined]
    assert isinstance(dialog, ExportLogDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    title, line = WORDS[locale]
    assert dialog.windowTitle() == title
    (shown,) = dialog.text.toPlainText().splitlines()
    assert shown.endswith(line)
    assert dialog.width() <= 1024 and dialog.height() <= 640
    if shots := os.environ.get("PETDESK_SHOTS"):
        register_fonts(QApplication.instance())  # type: ignore[arg-type]
        dialog.grab().save(str(Path(shots) / f"export_log_{locale}.png"))


@pytest.mark.parametrize(("locale", "said"), [("en", "Sent in 2 exports"), ("zh_CN", "已在 2 次导出中发出")])
def test_the_contact_pane_says_how_often_the_persons_data_was_sent(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    said: str,
    translators: Any,
    tree_catalogue: Path,
) -> None:
    from petdesk.gui.contacts.detail import ContactDetailView
    from petdesk.services import exporting

    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators(locale)
    with db.transaction() as s:
        alt, baer = (
            m.Contact(family_name="Alt", given_name="Anna"),
            m.Contact(family_name="Bär", given_name="Jo"),
        )
        s.add_all([alt, baer])
        s.flush()
        ids = (alt.id, baer.id)
    with db.reading() as s:
        exporting.export_contacts(s, tmp_path / "one.vcf", "vcf", ids=ids[:1])
        exporting.export_contacts(s, tmp_path / "all.csv", "csv")
    pane = ContactDetailView(db, locale)
    qtbot.addWidget(pane)
    pane.show_entity(ids[0])
    qtbot.waitUntil(lambda: said in pane.info.text(), timeout=5000)
    pane.show_entity(ids[1])
    qtbot.waitUntil(lambda: "Bär" in pane.title.text() and "Anna" not in pane.title.text(), timeout=5000)
    assert ("Sent in 1 export" if locale == "en" else "已在 1 次导出中发出") in pane.info.text()


@pytest.fixture
def quick_lock_wait_db(
    monkeypatch: pytest.MonkeyPatch, new_database_file: Callable[[Path], Path], tmp_path: Path
) -> Iterator[Database]:
    """A database whose connections give up on a held lock after 0.3 s, not 5 s (the core's tests
    of a busy file patch it alike): the lock outlasts either; waiting it out is not what is tested."""
    from petdesk import db as db_module

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)  # before any connection is made
    database = open_database(new_database_file(tmp_path / "petdesk.sqlite"))
    yield database
    database.close()


def test_an_export_while_another_program_holds_the_lock_is_done_with_a_note(
    qtbot: QtBot, quick_lock_wait_db: Database, tmp_path: Path, translators: Any
) -> None:
    """The file is written, the log's line is not (another program's write transaction): the window
    reports the export done, as ever, and a note that the log missed it (it said "Export failed")."""
    db = quick_lock_wait_db
    import sqlite3

    translators("en")
    with db.transaction() as s:
        people = [m.Contact(family_name=name, given_name="Anna") for name in ("Alt", "Bär")]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    done: list[int] = []
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing, for longer than the busy timeout
    try:
        out = tmp_path / "partners.vcf"
        import_dialog.export_contacts_to(window, db, out, "vcf", ids=ids, on_done=done.append)
        qtbot.waitUntil(lambda: done == [2], timeout=30000)
        qtbot.waitUntil(lambda: getattr(window, "export_log_missed", None) is not None, timeout=10000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    box = window.export_log_missed  # type: ignore[attr-defined]
    assert out.is_file()
    assert box.text().startswith("partners.vcf was written, but the export log could not note it")
    assert box.isVisible() and box.width() <= 1024
    box.close()
    with db.reading() as s:
        assert export_log.lines(s) == []
