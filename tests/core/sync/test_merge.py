"""Field-level merge, conflicts, deletions, idempotence and relaying between offices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import insert

from petdesk.db import Database
from petdesk.models import Contact, Organisation
from petdesk.models.types import new_id
from petdesk.sync import service
from petdesk.sync.service import canonical_dump
from tests.core.sync.helpers import PASSPHRASE, export, office_id, send, values


def add_contact(db: Database, **fields: object) -> str:
    with db.transaction() as session:
        contact = Contact(family_name="Zhang", given_name="Wei", family_name_zh="张", given_name_zh="伟")
        for key, value in fields.items():
            setattr(contact, key, value)
        session.add(contact)
        session.flush()
        return contact.id


def edit(db: Database, contact_id: str, **fields: object) -> None:
    with db.transaction() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        for key, value in fields.items():
            setattr(contact, key, value)


def delete(db: Database, contact_id: str) -> None:
    with db.transaction() as session:
        session.get(Contact, contact_id).soft_delete()


def test_edits_of_different_fields_in_two_offices_both_survive(offices, packages: Path) -> None:
    a, b, _ = offices
    cid = add_contact(a)
    send(a, b, packages)
    edit(a, cid, dietary_needs="halal")
    edit(b, cid, notes="met in Bonn")
    send(b, a, packages)
    send(a, b, packages)
    for db in (a, b):
        row = values(db, "contact", cid)
        assert (row["dietary_needs"], row["notes"]) == ("halal", "met in Bonn")
    assert canonical_dump(a) == canonical_dump(b)
    assert service.list_conflicts(a) == [] and service.list_conflicts(b) == []


def test_same_field_conflict_keeps_loser_and_choosing_it_travels(offices, packages: Path) -> None:
    a, b, _ = offices
    cid = add_contact(a)
    send(a, b, packages)
    edit(a, cid, notes="from Beijing")
    edit(b, cid, notes="from Bonn")  # later clock value: wins everywhere
    result = send(b, a, packages)
    assert result.new_conflicts == 1 and result.counts["contact"].conflicts == 1
    send(a, b, packages)
    assert values(a, "contact", cid)["notes"] == values(b, "contact", cid)["notes"] == "from Bonn"
    [conflict] = service.list_conflicts(a)
    assert conflict.field == "notes"
    assert (conflict.winner_value, conflict.loser_value) == ("from Bonn", "from Beijing")
    # The person named as the lists name them, in the language asked for.
    assert conflict.record == "Wei Zhang (张伟)"
    assert service.list_conflicts(a, locale="zh_CN")[0].record == "张伟（Wei Zhang）"

    service.resolve_conflict(a, conflict.id, choose_other=True)
    assert service.list_conflicts(a) == []
    send(a, b, packages)
    assert values(b, "contact", cid)["notes"] == "from Beijing"
    assert canonical_dump(a) == canonical_dump(b)
    assert service.list_conflicts(b) == []


def test_delete_versus_edit_is_surfaced_and_can_restore(offices, packages: Path) -> None:
    a, b, _ = offices
    cid = add_contact(a)
    send(a, b, packages)
    delete(a, cid)
    edit(b, cid, notes="new phone number given at the banquet")
    result = send(a, b, packages)  # the deletion reaches the office that edited
    assert result.counts["contact"].deleted == 1
    [conflict] = service.list_conflicts(b)
    assert conflict.kind == "delete_edit"
    send(b, a, packages)
    # Bonn saw both first and keeps the conflict; Beijing receives a record Bonn already merged.
    assert service.list_conflicts(a) == []
    # Deleted everywhere, with the edit kept inside the tombstone.
    for db in (a, b):
        row = values(db, "contact", cid)
        assert row["deleted_at"] is not None and row["notes"] == "new phone number given at the banquet"
    service.resolve_conflict(b, conflict.id, choose_other=True)
    send(b, a, packages)
    assert values(a, "contact", cid)["deleted_at"] is None
    assert canonical_dump(a) == canonical_dump(b)


def test_deleted_records_do_not_come_back_from_old_packages(offices, packages: Path) -> None:
    a, b, _ = offices
    cid = add_contact(a, notes="v1")
    old = packages / "old.pkg"
    export(a, old)
    service.import_package(b, old, PASSPHRASE, backup=False)
    delete(a, cid)
    send(a, b, packages)
    before = canonical_dump(b)
    result = service.import_package(b, old, PASSPHRASE, backup=False)
    assert result.changes == 0
    assert canonical_dump(b) == before
    assert values(b, "contact", cid)["deleted_at"] is not None


def test_import_twice_and_older_after_newer_change_nothing(offices, packages: Path) -> None:
    a, b, _ = offices
    cid = add_contact(a, notes="first")
    first = packages / "first.pkg"
    export(a, first)
    edit(a, cid, notes="second")
    second = packages / "second.pkg"
    export(a, second)
    service.import_package(b, second, PASSPHRASE, backup=False)
    dump = canonical_dump(b)
    again = service.import_package(b, second, PASSPHRASE, backup=False)
    assert again.already_imported and not again.applied
    older = service.import_package(b, first, PASSPHRASE, backup=False)
    assert older.changes == 0 and older.conflicts == 0
    assert canonical_dump(b) == dump
    assert values(b, "contact", cid)["notes"] == "second"


def test_relay_carries_changes_once_and_incremental_exports_shrink(offices, packages: Path) -> None:
    a, b, c = offices
    cids = [add_contact(a, notes=f"contact {i}") for i in range(5)]
    send(a, b, packages)
    send(b, c, packages)  # A's records reach C through B
    assert canonical_dump(a)[:0] == [] and all(values(c, "contact", cid) for cid in cids)
    send(c, a, packages)
    send(a, c, packages)  # A now knows C
    edit(a, cids[0], notes="changed")
    incremental = export(a, packages / "inc.pkg", to=office_id(c))
    assert incremental.incremental and incremental.counts == {"contact": 1}
    service.import_package(c, packages / "inc.pkg", PASSPHRASE, backup=False)
    # C relays A's change to B once; B gets it again directly from A without any effect.
    send(c, b, packages)
    assert values(b, "contact", cids[0])["notes"] == "changed"
    direct = send(a, b, packages)
    assert direct.changes == 0 and direct.conflicts == 0
    assert canonical_dump(a) == canonical_dump(b) == canonical_dump(c)


def test_office_offline_for_months_catches_up_from_one_package(offices, packages: Path) -> None:
    a, b, c = offices
    cid = add_contact(a)
    send(a, c, packages)
    send(c, a, packages)
    for month in range(6):
        edit(a, cid, notes=f"month {month}")
        send(a, b, packages)
        send(b, a, packages)
        edit(b, cid, dietary_needs=f"need {month}")
        send(b, a, packages)
    result = send(a, c, packages)
    assert result.applied and canonical_dump(a) == canonical_dump(c)


def test_rows_inserted_without_the_orm_travel_too(offices, packages: Path) -> None:
    a, b, _ = offices
    now = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    org_id = new_id()
    with a.transaction() as session:
        session.execute(
            insert(Organisation),
            [{"id": org_id, "name_en": "Bulk Org", "created_at": now, "updated_at": now}],
        )
    send(a, b, packages)
    assert values(b, "organisation", org_id)["name_en"] == "Bulk Org"
    # A second bulk insert with an old updated_at still travels incrementally.
    later_id = new_id()
    with a.transaction() as session:
        session.execute(
            insert(Organisation),
            [{"id": later_id, "name_en": "Later Org", "created_at": now, "updated_at": now}],
        )
    send(b, a, packages)
    result = send(a, b, packages)
    assert result.counts["organisation"].added == 1
    assert canonical_dump(a) == canonical_dump(b)


def test_conflicts_make_exit_and_journal_entries(offices, packages: Path) -> None:
    a, b, _ = offices
    cid = add_contact(a)
    send(a, b, packages)
    edit(a, cid, notes="A")
    edit(b, cid, notes="B")
    send(b, a, packages)
    entries = service.journal(a)
    assert [e.direction for e in entries].count("import") == 1
    assert entries[0].peer_name == "Bonn" and entries[0].conflicts == 1
    assert service.list_offices(a)[0].is_self


def test_a_package_for_another_office_with_missing_parents_is_rejected(offices, packages: Path) -> None:
    a, b, c = offices
    cid = add_contact(a)
    send(a, b, packages)
    send(b, a, packages)
    with a.transaction() as session:
        from petdesk.models import ContactMethod

        session.add(ContactMethod(contact_id=cid, channel="email", value="w.zhang@example.cn"))
    path = packages / "for-bonn.pkg"
    export(a, path, to=office_id(b))  # incremental: the contact itself is not inside
    before = canonical_dump(c)
    try:
        service.import_package(c, path, PASSPHRASE, backup=False)
    except service.RejectedPackage as exc:
        assert "does not have" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected a rejection")
    assert canonical_dump(c) == before


def test_records_of_both_id_forms_travel_and_merge_alike(offices, packages: Path) -> None:
    """A file holds rows made before ids became compact (36 characters) beside new ones (22,
    petdesk.ids); both travel as they are stored, and edits of each merge between offices."""
    a, b, _ = offices
    old = add_contact(a, id="0b7f8e2a-5c1d-4e3f-9a8b-7c6d5e4f3a21", family_name="Old")
    new = add_contact(a, family_name="New")
    assert len(old) == 36 and len(new) == 22
    with a.transaction() as session:
        org = Organisation(name_en="Bonn office", kind="hub_office")
        session.add(org)
    send(a, b, packages)
    for cid in (old, new):
        edit(a, cid, dietary_needs="halal")
        edit(b, cid, notes="met in Bonn")
    send(b, a, packages)
    send(a, b, packages)
    for db in (a, b):
        for cid in (old, new):
            row = values(db, "contact", cid)
            assert (row["dietary_needs"], row["notes"]) == ("halal", "met in Bonn")
        assert values(db, "organisation", org.id)["name_en"] == "Bonn office"
    assert canonical_dump(a) == canonical_dump(b)
    assert service.list_conflicts(a) == [] and service.list_conflicts(b) == []


def test_an_office_is_found_by_the_first_characters_of_its_id(offices, packages: Path) -> None:
    a, b, _ = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    b_id = office_id(b)
    assert len(b_id) == 22  # compact (petdesk.ids): upper and lower case differ
    assert service.find_office(a, b_id[:8]).id == b_id
    assert service.find_office(a, b_id).id == b_id


def test_an_office_is_found_by_the_short_id_its_message_shows(offices, packages: Path) -> None:
    """Field test 16, §5: "--to 2HPQ" was refused with "(known: 成都办公室 (2HPQ-YXU)); the first
    exchange with a new office uses --all", although the office was known."""
    a, b, _ = offices
    send(b, a, packages, full=True)
    b_id = office_id(b)
    assert service.find_office(a, b_id[:4]).id == b_id  # as projects and needs take 4 characters
    assert export(a, packages / "to-bonn.petdesk-sync", to=b_id[:5]).recipient.id == b_id  # type: ignore[union-attr]
    nearly = b_id[:3]  # the office is known: no word of a first exchange
    with pytest.raises(service.SyncError) as refused:
        service.find_office(a, nearly)
    assert str(refused.value) == (
        f"“{nearly}” does not name one office; it could be Bonn (id {b_id[:8]}): give the office's "
        "name or at least 4 characters of its id"
    )
    # the beginning of the name of the one office whose name starts so (field test 53, §8)
    assert service.find_office(a, "bon").id == b_id
    with pytest.raises(service.SyncError, match="first exchange with a new office uses --all"):
        service.find_office(a, "Nairobi")  # not known here yet


def test_a_pair_merged_both_ways_at_two_offices_keeps_one_person_with_everything(
    offices, packages: Path
) -> None:
    """Beijing merged Y into X while Bonn merged X into Y: X and Y were both deleted at both offices,
    the e-mail both held was retired twice, and no conflict said so."""
    from petdesk.services import contacts as contact_service
    from petdesk.services import merge as merge_service
    from petdesk.services.contacts import Method

    a, b, _ = offices
    ids = []
    for db, phone in ((a, "+86 10 5555 0101"), (b, "+49 228 555 0102")):
        with db.transaction() as s:
            person = contact_service.create_contact(
                s,
                family_name="Okafor",
                given_name="Chidi",
                methods=[Method("email", "chidi@lagos.example"), Method("phone", phone)],
            )
            ids.append(person.id)
    x, y = ids
    send(a, b, packages)
    send(b, a, packages)
    with a.transaction() as s:
        merge_service.merge(s, "contact", x, y)
    with b.transaction() as s:
        merge_service.merge(s, "contact", y, x)
    send(a, b, packages)
    send(b, a, packages)
    send(a, b, packages)
    kept = min(x, y)
    for db in (a, b):
        assert values(db, "contact", kept)["deleted_at"] is None
        assert values(db, "contact", max(x, y))["deleted_at"] is not None
        with db.reading() as s:
            detail = contact_service.get_contact(s, kept)
            live = sorted(mm.value for mm in detail.methods if mm.deleted_at is None)
        assert live == ["+49 228 555 0102", "+86 10 5555 0101", "chidi@lagos.example"], live
        assert service.list_conflicts(db) == []
    assert canonical_dump(a) == canonical_dump(b)


def test_an_office_is_found_by_the_beginning_of_its_name_in_either_language(offices, packages: Path) -> None:
    """Field test 53, §8: "--to Stuttgart" was refused although only Stuttgart Hub matched."""
    from petdesk.services import office as office_service

    a, b, c = offices
    with b.transaction() as s:
        office_service.set_identity(s, name="Stuttgart Hub", name_zh="斯图加特中心")
    with c.transaction() as s:
        office_service.set_identity(s, name="Stuttgart Office", name_zh="斯图加特办公室")
    send(b, a, packages, full=True)
    b_id = office_id(b)
    assert service.find_office(a, "Stuttgart").id == b_id
    assert service.find_office(a, "斯图加特").id == b_id
    assert export(a, packages / "to-stuttgart.petdesk-sync", to="stuttgart").recipient.id == b_id  # type: ignore[union-attr]
    send(c, a, packages, full=True)
    with pytest.raises(service.SyncError, match="does not name one office; it could be Stuttgart Hub"):
        service.find_office(a, "Stuttgart")  # two offices start so: neither is guessed
