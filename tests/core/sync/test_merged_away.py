"""Edits to a record another office merged away follow the merge; a person's e-mail address added
at two offices is kept once (field report items 4 and 10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args

import pytest

from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import merge as merge_service
from petdesk.services.contacts import Method
from petdesk.sync import service
from petdesk.sync.service import canonical_dump
from tests.core.sync.helpers import PASSPHRASE, send, values


def _person(db: Database, email: str, **fields: object) -> str:
    with db.transaction() as s:
        return contact_service.create_contact(
            s, family_name="Okafor", given_name="Chidi", methods=[Method("email", email)], **fields
        ).id


def _live_methods(db: Database, contact_id: str) -> list[tuple[str, str]]:
    with db.reading() as s:
        return sorted((str(m.channel.value), m.value) for m in contact_service.live_methods(s, contact_id))


def _add_method(db: Database, contact_id: str, channel: str, value: str) -> None:
    with db.transaction() as s:
        contact = contact_service.get_contact(s, contact_id)
        now = [Method(m.channel, m.value, m.label) for m in contact_service.live_methods(s, contact_id)]
        contact_service.update_contact(s, contact.id, methods=[*now, Method(channel, value)])


def _round_trip(a: Database, b: Database, packages: Path) -> None:
    send(a, b, packages)
    send(b, a, packages)
    send(a, b, packages)
    send(b, a, packages)


def _pair(offices: tuple[Database, ...], packages: Path, **dup_fields: object) -> tuple[str, str]:
    a, b, _ = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    keep = _person(a, "chidi@lagos.example")
    dup = _person(a, "c.okafor@gmail.example", **dup_fields)
    send(a, b, packages)
    return keep, dup


def test_edits_to_a_duplicate_merged_away_elsewhere_reach_the_kept_record(offices, packages: Path) -> None:
    a, b, _ = offices
    keep, dup = _pair(offices, packages)
    with b.transaction() as s:  # Bonn edits the duplicate ...
        contact_service.update_contact(s, dup, notes="Met him in Shanghai: wants a training slot")
    _add_method(b, dup, "wechat", "chidi_wx")
    with a.transaction() as s:  # ... while Beijing merges it away
        merge_service.merge(s, "contact", keep, dup)
    _round_trip(a, b, packages)
    for db in (a, b):
        kept = values(db, "contact", keep)
        assert kept["deleted_at"] is None
        assert kept["notes"] == "Met him in Shanghai: wants a training slot"
        assert values(db, "contact", dup)["deleted_at"] is not None  # not brought back
        assert _live_methods(db, keep) == [
            ("email", "c.okafor@gmail.example"),
            ("email", "chidi@lagos.example"),
            ("wechat", "chidi_wx"),
        ]
        assert _live_methods(db, dup) == []
        assert service.list_conflicts(db) == []  # nothing left to decide
    assert canonical_dump(a) == canonical_dump(b)


def test_the_merging_office_carries_them_when_the_edit_arrives_first(offices, packages: Path) -> None:
    a, b, _ = offices
    keep, dup = _pair(offices, packages)
    with b.transaction() as s:
        contact_service.update_contact(s, dup, notes="Prefers WeChat")
    _add_method(b, dup, "wechat", "chidi_wx")
    with a.transaction() as s:
        merge_service.merge(s, "contact", keep, dup)
    result = send(b, a, packages)  # Beijing hears of the edit first
    assert result.new_conflicts == 0
    assert values(a, "contact", keep)["notes"] == "Prefers WeChat"
    assert ("wechat", "chidi_wx") in _live_methods(a, keep)
    _round_trip(a, b, packages)
    assert canonical_dump(a) == canonical_dump(b)
    assert service.list_conflicts(a) == service.list_conflicts(b) == []


def test_a_text_both_hold_is_joined_and_a_different_value_is_offered(offices, packages: Path) -> None:
    a, b, _ = offices
    keep, dup = _pair(offices, packages)
    with a.transaction() as s:
        contact_service.update_contact(s, keep, notes="Speaker 2025", honorific_en="Dr")
    send(a, b, packages)
    with b.transaction() as s:
        contact_service.update_contact(s, dup, notes="Wants a training slot", honorific_en="Prof")
    with a.transaction() as s:
        merge_service.merge(s, "contact", keep, dup)
    _round_trip(a, b, packages)
    for db in (a, b):
        kept = values(db, "contact", keep)
        assert kept["notes"] == "Speaker 2025\n\nWants a training slot"
        assert kept["honorific_en"] == "Dr"
        [offered] = service.list_conflicts(db)
        assert (offered.row_id, offered.field) == (keep, "honorific_en")
        assert (offered.winner_value, offered.loser_value) == ("Dr", "Prof")
    assert canonical_dump(a) == canonical_dump(b)
    # choosing the offered value travels, and is not offered again
    service.resolve_conflict(b, service.list_conflicts(b)[0].id, choose_other=True)
    _round_trip(a, b, packages)
    for db in (a, b):
        assert values(db, "contact", keep)["honorific_en"] == "Prof"
        assert values(db, "contact", keep)["notes"] == "Speaker 2025\n\nWants a training slot"
        assert service.list_conflicts(db) == []
    assert canonical_dump(a) == canonical_dump(b)


def test_a_merge_of_the_kept_record_takes_the_edit_on_to_the_record_kept_last(
    offices, packages: Path
) -> None:
    """Beijing merges Y into X, then X into Z, while Bonn edits Y: Bonn's package names Y only, and
    the edit reaches Z through both merges."""
    a, b, _ = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    z, x, y = (_person(a, f"{name}@lagos.example") for name in ("z", "x", "y"))
    send(a, b, packages)
    with b.transaction() as s:
        contact_service.update_contact(s, y, notes="Wants a training slot")
    with a.transaction() as s:
        merge_service.merge(s, "contact", x, y)
        merge_service.merge(s, "contact", z, x)
    send(b, a, packages)
    assert values(a, "contact", z)["notes"] == "Wants a training slot"
    _round_trip(a, b, packages)
    for db in (a, b):
        assert values(db, "contact", z)["notes"] == "Wants a training slot"
        assert values(db, "contact", z)["deleted_at"] is None
        assert service.list_conflicts(db) == []
    assert canonical_dump(a) == canonical_dump(b)


@pytest.mark.parametrize("listed", [True, False], ids=["records listed", "too many to list"])
def test_an_import_looks_only_at_the_merges_its_records_concern(
    offices, packages: Path, monkeypatch: pytest.MonkeyPatch, listed: bool
) -> None:
    """A hub with many merges imports a package naming none of them without looking at them; a
    package that edits one merged record looks at that merge alone. A package with more records than
    an import lists has every merge looked at, as before."""
    from petdesk.sync import changes, merged_away

    a, b, _ = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    pairs = [(_person(a, f"keep{i}@x.example"), _person(a, f"dup{i}@x.example")) for i in range(12)]
    send(a, b, packages)
    with a.transaction() as s:
        for keep, dup in pairs:
            merge_service.merge(s, "contact", keep, dup)
    looked_at: list[str] = []
    real_deleted = merged_away._deleted

    def deleted(cursor: Any, entity: str, row_id: str) -> bool:
        looked_at.append(row_id)
        return real_deleted(cursor, entity, row_id)

    monkeypatch.setattr(merged_away, "_deleted", deleted)
    if not listed:
        monkeypatch.setattr(changes, "WRITTEN_LISTED", 0)
    _person(b, "someone.else@x.example")  # nothing to do with the merges
    send(b, a, packages)
    assert looked_at == ([] if listed else [dup for _keep, dup in pairs])
    looked_at.clear()
    keep, dup = pairs[5]
    with b.transaction() as s:
        contact_service.update_contact(s, dup, notes="Prefers WeChat")
    send(b, a, packages)
    assert looked_at == ([dup] if listed else [d for _k, d in pairs])
    assert values(a, "contact", keep)["notes"] == "Prefers WeChat"


def test_an_import_naming_no_merge_reads_merge_records_only_through_their_indexes(
    offices, packages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an import, edits are followed to kept records and crossed merges settled: neither may
    walk every merge there is (a hub's file holds tens of thousands)."""
    import sqlite3

    from petdesk.db import Database
    from tests.core.sync.helpers import export

    a, b, _ = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    pairs = [(_person(a, f"keep{i}@x.example"), _person(a, f"dup{i}@x.example")) for i in range(3)]
    with a.transaction() as s:
        for keep, dup in pairs:
            merge_service.merge(s, "contact", keep, dup)
    _person(b, "someone.else@x.example")
    package = packages / "from-bonn.petdesk-sync"
    export(b, package)
    statements: list[str] = []
    plain_raw = Database.raw

    def traced_raw(self: Database) -> sqlite3.Connection:
        conn = plain_raw(self)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(Database, "raw", traced_raw)
    result = service.import_package(a, package, PASSPHRASE, backup=False)
    monkeypatch.undo()
    assert result.applied and result.counts["contact"].added == 1
    read = [sql for sql in statements if "merge_record" in sql and sql.lstrip().upper().startswith("SELECT")]
    assert read  # the merges are looked for
    conn = a.raw()
    try:
        scans = {
            sql: step
            for sql in read
            for *_, step in conn.execute(f"EXPLAIN QUERY PLAN {sql}")
            if step.startswith("SCAN") and "json_each" not in step
        }
    finally:
        conn.close()
    assert scans == {}


def test_the_same_address_added_at_two_offices_is_kept_once(offices, packages: Path) -> None:
    a, b, _ = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    person = _person(a, "chidi@lagos.example")
    send(a, b, packages)
    _add_method(a, person, "email", "new.address@shared.example")
    _add_method(b, person, "email", "New.Address@shared.example ")
    _round_trip(a, b, packages)
    for db in (a, b):
        live = _live_methods(db, person)
        assert sorted(v.casefold() for _channel, v in live) == [
            "chidi@lagos.example",
            "new.address@shared.example",
        ], live
        assert service.list_conflicts(db) == []
    assert canonical_dump(a) == canonical_dump(b)


def test_the_field_kinds_are_the_merges() -> None:
    """merged_away names the merge's fields without loading the models: the same."""
    from petdesk.sync import merged_away

    assert get_args(merge_service.Entity) == merged_away.ENTITIES
    for entity in merged_away.ENTITIES:
        fields = merge_service.fields_for(entity)  # type: ignore[arg-type]
        texts = {a for f in fields if f.kind == "text" for a in f.attrs}
        assert texts <= merged_away.TEXT_FIELDS
        groups = {f.taken for f in fields if len(f.taken) > 1}
        assert groups == set(merged_away.GROUPS[entity])


def test_conflict_values_are_described_in_words(offices, packages: Path) -> None:
    from petdesk.models import Organisation

    a, b, _ = offices
    with a.transaction() as s:
        org = Organisation(name_en="Haikou Bureau", is_member_city=False)
        s.add(org)
        s.flush()
        org_id = org.id
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    for db, member in ((a, True), (b, False)):
        with db.transaction() as s:
            found = s.get(Organisation, org_id)
            found.is_member_city = True
            s.flush()
            found.is_member_city = member  # Bonn changes its mind
            found.technology_areas = ["green_finance", "solar"] if member else ["waste"]
    send(a, b, packages)
    described = {c.field: (c.winner_text, c.loser_text) for c in service.list_conflicts(b)}
    assert sorted(described["is_member_city"]) == ["no", "yes"]
    # codes by their labels; one no office knows ("solar") as it is
    assert sorted(described["technology_areas"]) == [
        "“Green investment and financing, solar”",
        "“Solid waste management”",
    ]
    chinese = {c.field: c.winner_text for c in service.list_conflicts(b, locale="zh_CN")}
    assert chinese["is_member_city"] in ("是", "否")


def test_an_edit_carried_to_the_kept_record_is_not_counted_as_a_conflict(offices, packages: Path) -> None:
    """Field test 18 §5: the per-table count said 1 conflict that ``sync conflicts`` never showed."""
    a, b, _ = offices
    keep, dup = _pair(offices, packages)
    with b.transaction() as s:
        contact_service.update_contact(s, dup, notes="Prefers WeChat")
    with a.transaction() as s:
        merge_service.merge(s, "contact", keep, dup)
    result = send(a, b, packages)  # Bonn hears of the merge after editing the merged-away record
    assert values(b, "contact", keep)["notes"] == "Prefers WeChat"
    assert service.list_conflicts(b) == []
    assert result.counts["contact"].conflicts == 0
    assert result.conflicts == result.new_conflicts == 0
