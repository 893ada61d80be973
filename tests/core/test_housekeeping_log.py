"""The office's record of its own bulk actions (round 51): a bulk delete, merge, erasure, bulk
restore or import undo left nothing a colleague could read later. Each adds a line to this
office's ``housekeeping_log``, in both languages when read, naming nobody for an erasure, and
never travelling to other offices."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.services import contacts, history, housekeeping, merge, organisations, privacy
from petdesk.stored_times import utcnow
from petdesk.sync.entities import entities
from petdesk.sync.tracking import STAFF_SETTING
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese


def _people(db: Database, *names: str) -> list[str]:
    with db.transaction() as s:
        s.merge(m.Setting(key=STAFF_SETTING, value="Wang Lei"))
        people = [m.Contact(family_name=name, given_name="Anna") for name in names]
        s.add_all(people)
        s.flush()
        return [p.id for p in people]


def _sentences(db: Database, locale: str = "en") -> list[str]:
    with db.reading() as s:
        return [housekeeping.sentence(line, locale) for line in housekeeping.lines(s)]


@pytest.mark.usefixtures("tree_catalogue")
def test_a_bulk_delete_and_its_undo_are_logged_with_the_filter_years(db: Database) -> None:
    ids = _people(db, "Alt", "Bär", "Chen")
    with db.transaction() as s:
        deleted = contacts.delete_contacts(s, ids, untouched_years=5)
    assert _sentences(db) == ["Wang Lei deleted 3 contacts (untouched for 5 years)"]
    assert _sentences(db, "zh_CN") == ["Wang Lei 删除了 3 位联系人（已 5 年未改动）"]
    with db.transaction() as s:
        contacts.restore_contacts(s, deleted[:1])
    assert _sentences(db)[0] == "Wang Lei restored 1 contact"
    with db.reading() as s:
        assert {line.at.date() for line in housekeeping.lines(s)} == {housekeeping.lines(s)[0].at.date()}


def test_organisations_merge_and_deleted_records_restore_are_logged(db: Database) -> None:
    keep, other = _people(db, "Keep", "Other")
    with db.transaction() as s:
        org = m.Organisation(name_en="Closed Stadtwerke GmbH")
        s.add(org)
        s.flush()
        organisations.delete_organisations(s, [org.id])
    with db.transaction() as s:
        merge.merge(s, "contact", keep, other)
    with db.transaction() as s:
        contacts.delete_contacts(s, [keep])
    history.restore_records(db, [keep])
    assert _sentences(db) == [
        "Wang Lei restored 1 deleted record",
        "Wang Lei deleted 1 contact",
        "Wang Lei merged 1 duplicate contact",
        "Wang Lei deleted 1 organisation",
    ]


@pytest.mark.usefixtures("tree_catalogue")
def test_an_erasure_is_logged_without_the_persons_name(db: Database) -> None:
    (pid,) = _people(db, "Geheimnis")
    privacy.erase(db, pid, look_in_backups=False)
    assert _sentences(db) == ["Wang Lei erased 1 contact at their request"]
    assert _sentences(db, "zh_CN") == ["Wang Lei 应本人要求清除了 1 位联系人"]
    conn = sqlite3.connect(db.path)
    try:
        rows = conn.execute("SELECT * FROM housekeeping_log").fetchall()
    finally:
        conn.close()
    assert len(rows) == 1 and "Geheimnis" not in repr(rows) and pid not in repr(rows)


def test_the_log_never_travels(db: Database) -> None:
    """A table of this office's own: no package carries it, so no other office's activity log or
    dossier can show it (the dossier reads ``activity`` alone)."""
    assert "housekeeping_log" not in {e.name for e in entities()}


@pytest.mark.usefixtures("tree_catalogue")
def test_the_command_line_lists_the_log(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _people(db, "Alt", "Bär")
    with db.transaction() as s:
        contacts.delete_contacts(s, ids, untouched_years=3)
    assert main(["--db", str(db.path), "--lang", "en", "activities", "housekeeping"]) == 0
    out = capsys.readouterr().out
    assert "Wang Lei deleted 2 contacts (untouched for 3 years)" in out
    assert main(["--db", str(db.path), "--lang", "zh_CN", "activities", "housekeeping"]) == 0
    assert "删除了 2 位联系人" in capsys.readouterr().out


def test_nothing_done_nothing_logged(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        contacts.delete_contacts(s, [])
    assert _sentences(db) == []
    assert main(["--db", str(db.path), "--lang", "en", "activities", "housekeeping"]) == 0
    assert "No bulk actions" in capsys.readouterr().out


def _deletion(db: Database, entity: str, row_id: str) -> str:
    """The change id of the record's latest deletion, as its History lists it."""
    with db.reading() as s:
        return (
            s.scalars(
                sa.select(m.SyncChange.id)
                .where(m.SyncChange.entity == entity, m.SyncChange.row_id == row_id)
                .where(m.SyncChange.field == "deleted_at", m.SyncChange.new_value.is_not(None))
                .where(m.SyncChange.new_value != "null")
                .order_by(m.SyncChange.hlc.desc())
            ).first()
            or ""
        )


def test_a_restore_from_a_records_history_is_logged(db: Database) -> None:
    """Round 52: a deleted record brought back one at a time from its History (Revert This Field
    on its deletion, or Revert Record to Before This Change) left no line, unlike a bulk restore."""
    anna, phoned = _people(db, "Alt", "Phoned")
    with db.transaction() as s:
        org = m.Organisation(name_en="Closed Stadtwerke GmbH")
        phone = m.ContactMethod(contact_id=phoned, channel=ContactChannel.PHONE, value="+49 30 1234567")
        s.add_all([org, phone])
        s.flush()
        org_id, phone_id = org.id, phone.id
    with db.transaction() as s:
        contacts.delete_contacts(s, [anna])
        organisations.delete_organisations(s, [org_id])
        s.get(m.ContactMethod, phone_id).deleted_at = utcnow()  # a part removed: no record deleted
    with db.transaction() as s:
        history.revert_change(s, _deletion(db, "contact", anna))
        history.revert_record(s, "organisation", org_id, before=_deletion(db, "organisation", org_id))
        history.revert_change(s, _deletion(db, "contact_method", phone_id))
    with db.reading() as s:
        assert s.get(m.Contact, anna).deleted_at is None
        assert s.get(m.Organisation, org_id).deleted_at is None
        assert s.get(m.ContactMethod, phone_id).deleted_at is None
    assert _sentences(db)[:2] == ["Wang Lei restored 1 organisation", "Wang Lei restored 1 contact"]
    assert len(_sentences(db)) == 4  # and the two deletions; the phone number's return is an edit


def test_merging_pair_after_pair_is_one_line(db: Database) -> None:
    """Working through the duplicates dialog merges one pair per click: the run is one line, each
    pair still listed (and undone) on its own; another action, or a pause, starts a new line."""
    ids = _people(db, *(f"Dup{i}" for i in range(8)))
    for keep, other in zip(ids[0:6:2], ids[1:6:2], strict=True):
        with db.transaction() as s:
            merge.merge(s, "contact", keep, other)
    assert _sentences(db) == ["Wang Lei merged 3 duplicate contacts"]
    with db.reading() as s:
        assert len(merge.list_merges(s, entity="contact")) == 3
    with db.transaction() as s:
        contacts.delete_contacts(s, [ids[0]])
        merge.merge(s, "contact", ids[2], ids[4])
    with db.transaction() as s:  # an hour later, another run
        for line in s.scalars(sa.select(m.HousekeepingEntry)):
            line.at -= housekeeping.GATHER_WITHIN * 2
    with db.transaction() as s:
        merge.merge(s, "contact", ids[6], ids[7])
    assert _sentences(db) == [
        "Wang Lei merged 1 duplicate contact",
        "Wang Lei merged 1 duplicate contact",
        "Wang Lei deleted 1 contact",
        "Wang Lei merged 3 duplicate contacts",
    ]
