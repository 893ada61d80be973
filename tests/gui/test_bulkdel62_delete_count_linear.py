"""Issue 17 (round 62): a delete of N selected rows adjusted the list's count by looking each deleted
id up on the loaded pages, one scan per id: N times the loaded rows, which at a select-all of
thousands of rows ran on the window's thread. The adjustment reads the loaded rows once; and the
ids of a select-all are read off the window's thread."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import record_list
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PAGE = 10
PEOPLE = 40


class CountedPage(list[Any]):
    """A loaded page that counts the rows read from it."""

    visits = 0

    def __iter__(self) -> Iterator[Any]:
        for row in super().__iter__():
            CountedPage.visits += 1
            yield row


@pytest.fixture
def contacts(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> ContactsPage:
    monkeypatch.setattr(record_list, "PAGE_SIZE", PAGE)
    with db.transaction() as s:
        s.add_all(m.Contact(family_name=f"Fam{n:03d}", given_name="Anna") for n in range(PEOPLE))
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: page.model.total == PEOPLE, timeout=5000)
    for row in range(0, PEOPLE, PAGE):  # every page loaded, as after scrolling through them
        page.model.record(row)
    return page


def test_bulkdel62_count_after_deleting_n_rows_reads_each_loaded_row_once(contacts: ContactsPage) -> None:
    model = contacts.model
    ids = [rid for row in range(PEOPLE) if (rid := model.row_id(row))]
    assert len(ids) == PEOPLE
    model._pages = {n: CountedPage(rows) for n, rows in model._pages.items()}
    CountedPage.visits = 0
    assert contacts._deleted_from_count(ids) == -PEOPLE
    # One pass: each loaded row read once, not once per deleted id (820 reads before).
    assert CountedPage.visits <= PEOPLE


def test_bulkdel62_a_deleted_row_not_loaded_still_means_counting_again(contacts: ContactsPage) -> None:
    model = contacts.model
    ids = [rid for row in range(PEOPLE) if (rid := model.row_id(row))]
    del model._pages[max(model._pages)]
    assert contacts._deleted_from_count(ids) is None
    assert contacts._deleted_from_count(ids[:PAGE]) == -PAGE


def test_bulkdel62_select_all_delete_reads_the_ids_off_the_gui_thread(
    qtbot: QtBot, contacts: ContactsPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    source = contacts.model.source
    real = source.matching_ids
    threads: list[bool] = []

    def watched(session: Any, text: str) -> list[str]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(session, text)

    monkeypatch.setattr(source, "matching_ids", watched)
    contacts.table.selectAll()
    assert contacts.all_matching_selected()
    contacts.delete_selected(confirm=False)
    qtbot.waitUntil(contacts.undo_offered, timeout=10_000)
    assert threads == [False]  # read once, in a worker
    with db.reading() as s:
        assert s.query(m.Contact).filter(m.Contact.deleted_at.is_(None)).count() == 0
