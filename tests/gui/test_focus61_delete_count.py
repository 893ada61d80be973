"""Field test 61 at 100,000 contacts: deleting one contact, and undoing it, showed the old count
for 0.1-1.7 s while the list counted every row again behind its other reads. A delete of rows the
list shows takes them off the count at once, their Undo puts them back, and neither counts again;
when the list cannot be sure (rows not loaded, another read under way, other filters), it counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import plurals, record_list
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.record_list import Column, RecordsModel, RecordSource, Row
from petdesk.services import search as search_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: Small pages, so that five rows need a count as 100,000 do.
PAGE = 2


@pytest.fixture(autouse=True)
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_list, "PAGE_SIZE", PAGE)


class Names(RecordSource):
    """Five names in memory; ``counts`` says how often the list counted them."""

    kind = "contact"
    columns = (Column("name", "name", "Name"),)
    default_sort = "name"

    def __init__(self) -> None:
        self.names = ["Anna", "Bo", "Chen", "Dora", "Emil"]
        self.counts = 0

    def count(self, session: Any, text: str) -> int:
        self.counts += 1
        return len(self.names)

    def page(
        self, session: Any, text: str, sort: str, descending: bool, offset: int, limit: int
    ) -> list[Row]:
        return [(n, (n,)) for n in self.names[offset : offset + limit]]


@pytest.fixture
def model(qtbot: QtBot, db: Database) -> Iterator[tuple[RecordsModel, Names]]:
    source = Names()
    model = RecordsModel(db, source)
    qtbot.waitUntil(lambda: model.total == 5, timeout=5000)
    yield model, source


def test_focus61_a_shown_row_deleted_is_taken_off_the_count_without_counting(
    qtbot: QtBot, model: tuple[RecordsModel, Names]
) -> None:
    rows, source = model
    counted = source.counts
    source.names.remove("Anna")
    with qtbot.waitSignal(rows.counted, timeout=5000) as shown:  # with the rows (round 62)
        rows.reload(total_change=-1)
    assert shown.args == [4] and rows.row_id(0) == "Bo"
    assert rows.rowCount() == rows.total == 4
    assert source.counts == counted  # no COUNT for one row


def test_focus61_with_a_read_under_way_the_list_counts_again(
    qtbot: QtBot, model: tuple[RecordsModel, Names]
) -> None:
    rows, source = model
    counted = source.counts
    rows.reload()  # another change, its rows not read yet: the total shown may be old
    source.names.remove("Anna")
    rows.reload(total_change=-1)
    qtbot.waitUntil(lambda: rows.row_id(0) == "Bo", timeout=5000)
    assert rows.total == 4 and source.counts > counted


def shown(contacts: ContactsPage, n: int) -> str:
    """The count as the page words it ("4 contacts")."""
    return plurals.ListCount().of(contacts.noun(n))


@pytest.fixture
def page(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> tuple[ContactsPage, list[str]]:
    with db.transaction() as s:
        s.add_all(
            m.Contact(family_name=name, given_name="Anna") for name in ("Bai", "Cao", "Du", "Fan", "Gu")
        )
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    contacts = window.show_page("contacts")
    assert isinstance(contacts, ContactsPage)
    qtbot.waitUntil(lambda: contacts.count_label.text() == shown(contacts, 5), timeout=5000)
    counts: list[str] = []
    real = search_service.count
    monkeypatch.setattr(search_service, "count", lambda *a, **k: counts.append("count") or real(*a, **k))
    return contacts, counts


def test_focus61_delete_and_undo_show_the_count_at_once(
    qtbot: QtBot, page: tuple[ContactsPage, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts, counts = page
    seen: list[str] = []  # the count as the Undo bar comes up
    offer = contacts.offer_undo
    monkeypatch.setattr(
        contacts, "offer_undo", lambda *a, **k: seen.append(contacts.count_label.text()) or offer(*a, **k)
    )
    contacts.table.selectRow(0)
    first = contacts.model.row_id(0)
    contacts.delete_selected(confirm=False)
    qtbot.waitUntil(contacts.undo_offered, timeout=5000)
    qtbot.waitUntil(lambda: contacts.model.row_of(first or "") < 0, timeout=5000)
    assert contacts.count_label.text() == shown(contacts, 4)  # with the rows, not ahead (round 62)
    contacts.undo_delete()
    qtbot.waitUntil(lambda: contacts.model.row_of(first or "") >= 0, timeout=5000)
    assert contacts.count_label.text() == shown(contacts, 5)
    assert counts == []  # neither counted the contacts again

    # The filters changed since the delete: the list is not sure what an Undo brings back, it counts.
    contacts.table.selectRow(0)
    contacts.delete_selected(confirm=False)
    qtbot.waitUntil(contacts.undo_offered, timeout=5000)
    contacts.model.set_filters({"unchanged": "1"})  # nobody is: the list is empty
    qtbot.waitUntil(lambda: contacts.count_label.text() == shown(contacts, 0), timeout=5000)
    asked: list[int | None] = []
    reload = contacts.model.reload
    monkeypatch.setattr(
        contacts.model, "reload", lambda *a, **k: asked.append(k.get("total_change")) or reload(*a, **k)
    )
    contacts.undo_delete()
    qtbot.waitUntil(lambda: asked == [None] and not contacts.model.refreshing, timeout=5000)
    assert contacts.count_label.text() == shown(contacts, 0)
