"""Offices update petdesk one at a time: a package written by an older petdesk must import into a
newer one exactly. ``tests/data/sync_package_v2.petdesk-sync`` was written by main's code of
2026-12-02 (see tests/data/make_sync_package.py), beside the records it holds."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.sync import bulk, service
from petdesk.sync import package as pkg
from petdesk.sync.entities import entities
from tests.core.sync.helpers import PASSPHRASE, export, office_id

DATA = Path(__file__).parents[2] / "data"
PINNED = DATA / "sync_package_v2.petdesk-sync"


#: Columns added since the package was written, by table: where they sit in a dumped row (after
#: the entity's name and the id, each place counted after the ones before it) and their empty
#: values. 0035_substitutes: a training participant's substitute and the session they took over
#: from. 0044_vehicle_riders: a vehicle's seats. 0045_follow_up_partners: a follow-up's contact and
#: project, and its note. 0055_chosen_name_order_hanja: whether a contact's name order was chosen,
#: and a Korean name's Hanja. 0061_travel_documents: a contact's nationality, passport number and
#: expiry, and visa note. 0062_attendance_mode: how a training participant attends.
#: 0069_do_not_contact: whether a person asked not to be contacted. 0070_visit_country_head_count: a
#: visit's delegation country and head count. 0071_organisation_postal_code: an organisation's postal
#: code (None: not known). 0072_project_deadline_time: a project's deadline time and zone ("": a
#: whole day). 0078_organisation_phone_email: an organisation's phone and e-mail.
#: 0079_travel_leg_source_uid: the UID and SEQUENCE of the calendar event a travel leg came from.
#: 0080_training_session_online: whether a training session is held online (None: not said).
ADDED_COLUMNS: dict[str, list[tuple[int, list[Any]]]] = {
    "contact": [(30, [0, "", "", "", "", "", 0])],
    "organisation": [(13, [None]), (15, ["", ""])],
    "training_participant": [(6, [None, None, None, "", None, None, "", "", ""])],
    "vehicle": [(7, [None])],
    "follow_up": [(4, [None, None]), (11, [""])],
    "visit": [(22, [None, None])],
    "project": [(10, ["", ""])],
    "travel_leg": [(13, [None, None])],
    "training_session": [(11, [None])],
}


def _expected() -> list[list[Any]]:
    """The records as the package's office had them, with empty columns added since, in the
    order of the dump (the tables in the order their links ask)."""
    rows = json.loads(gzip.decompress((DATA / "sync_package_v2.json.gz").read_bytes()))
    for row in rows:
        for at, empty in ADDED_COLUMNS.get(row[0], []):
            row[at:at] = empty
    order = {entity.name: n for n, entity in enumerate(entities())}
    return sorted(rows, key=lambda r: order.get(r[0], -1))


def _records(db: Database) -> list[list[Any]]:
    """Every exchanged field of every record, but this office's own office row."""
    own = office_id(db)
    return [list(r) for r in service.canonical_dump(db) if not (r[0] == "office" and r[1] == own)]


@pytest.mark.parametrize("min_rows", [10**9, 50], ids=["row-by-row", "bulk"])
def test_a_package_of_main_of_2026_12_02_imports_exactly(
    offices: tuple[Database, Database, Database],
    packages: Path,
    monkeypatch: pytest.MonkeyPatch,
    min_rows: int,
) -> None:
    bonn, nairobi, _ = offices
    monkeypatch.setattr(bulk, "MIN_ROWS", min_rows)  # the bulk path takes its bigger tables
    assert pkg.peek_header(PINNED)["format"] == 2
    result = service.import_package(bonn, PINNED, PASSPHRASE, backup=False)
    assert result.applied and result.sender_name == "Qingdao office"
    expected = _expected()
    assert len(expected) > 1500 and {r[0] for r in expected} >= {
        "contact",
        "itinerary_item",
        "vehicle_assignment",
    }
    assert _records(bonn) == expected
    assert result.counts["contact"].deleted == 1
    # Passed on by this petdesk's writer, the same records arrive at a third office.
    again = packages / "again.petdesk-sync"
    export(bonn, again)
    service.import_package(nairobi, again, PASSPHRASE, backup=False)
    assert [r for r in _records(nairobi) if r[0] != "office"] == [r for r in expected if r[0] != "office"]


def _carried_versions(path: Path) -> dict[tuple[str, str], tuple[Any, ...]]:
    """The versions a package carries per record, with office ids in place of their indexes."""
    offices: list[str] = []
    out: dict[tuple[str, str], tuple[Any, ...]] = {}
    for record in service.read_package(path, PASSPHRASE).records():
        offices.extend(record.get("offices", []))
        for row, (base_hlc, office, fields) in zip(
            record.get("rows", []), record.get("versions", []), strict=True
        ):
            named = {k: (h, offices[o]) for k, (h, o) in (fields or {}).items()}
            out[(record["entity"], row[0])] = (base_hlc, offices[office], named)
    return out


def test_versions_pass_through_the_compact_table_unchanged(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    """Stored as codes and integers here (0023_sync_versions_compact), versions leave in the form
    main's petdesk of 2026-12-02 wrote and reads: the same clock text and offices for every record."""
    bonn = offices[0]
    service.import_package(bonn, PINNED, PASSPHRASE, backup=False)
    again = packages / "again.petdesk-sync"
    export(bonn, again)
    pinned, passed_on = _carried_versions(PINNED), _carried_versions(again)
    assert any(fields for _h, _o, fields in pinned.values())  # some records carry field versions
    own = office_id(bonn)
    assert {k: v for k, v in passed_on.items() if k != ("office", own)} == pinned


def test_a_package_written_here_names_the_newest_exchanged_schema(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    """Since 0035_substitutes (a training participant's substitute, exchanged) packages name it,
    and main's petdesk of 2026-12-02 refuses them: offices update before exchanging again. Since
    0044_vehicle_riders (a vehicle's seats and riders, exchanged) packages name that instead, and
    since 0047_emergency_entries (the emergency sheet per city) that one, and since
    0054_training_lodging (a training participant's lodging) that one, and since
    0055_chosen_name_order_hanja (a contact's chosen name order and Hanja, exchanged) that one, and
    since 0062_attendance_mode (a training participant's attendance mode, exchanged) that one, and
    since 0069_do_not_contact (a person's "do not contact" mark, exchanged) that one, and since
    0070_visit_country_head_count (a visit's country and head count, exchanged) that one, and since
    0071_organisation_postal_code (an organisation's postal code, exchanged) that one, and since
    0072_project_deadline_time (a project's deadline time and zone, exchanged) that one, and since
    0078_organisation_phone_email (an organisation's phone and e-mail, exchanged) that one, and since
    0079_travel_leg_source_uid (a travel leg's calendar event, exchanged) that one, and since
    0080_training_session_online (whether a training session is held online, exchanged) that one.

    Main's petdesk (schema head 0022_search_compact) refuses a package naming a revision it does
    not know; 0023_sync_versions_compact, 0024_unused_indexes and 0025_name_order_index change no
    exchanged table, so packages do not name them, 0026_phone_trunk_keys and 0027_one_method_key
    recompute a derived key that every office recomputes alike; 0028_retired_offices and 0029_lost_edits
    keep what travels in manifest sections older offices ignore; 0031_foreign_honorifics changes
    values (as recorded edits), not columns; 0030_name_initials, 0032_organisation_initials,
    0033_rare_han_search and 0034_nickname_search rewrite this office's search index."""
    from petdesk.db import known_revisions

    path = packages / "here.petdesk-sync"
    export(offices[0], path)
    schema = pkg.read(path, PASSPHRASE).manifest["schema"]
    assert schema == ["0080_training_session_online"]
    local = {
        "0023_sync_versions_compact",
        "0024_unused_indexes",
        "0025_name_order_index",
        "0026_phone_trunk_keys",
        "0027_one_method_key",
        "0028_retired_offices",
        "0029_lost_edits",
        "0030_name_initials",
        "0031_foreign_honorifics",
        "0032_organisation_initials",
        "0033_rare_han_search",
        "0034_nickname_search",
    }
    assert set(schema) <= set(known_revisions()) - local
    assert service.content_revisions(["0023_sync_versions_compact"]) == ["0022_search_compact"]
    assert service.content_revisions(["0024_unused_indexes"]) == ["0022_search_compact"]
    assert service.content_revisions(["0025_name_order_index"]) == ["0022_search_compact"]
    assert service.content_revisions(["0026_phone_trunk_keys"]) == ["0022_search_compact"]
    assert service.content_revisions(["0027_one_method_key"]) == ["0022_search_compact"]
    assert service.content_revisions(["0028_retired_offices"]) == ["0022_search_compact"]
    assert service.content_revisions(["0029_lost_edits"]) == ["0022_search_compact"]
    assert service.content_revisions(["0030_name_initials"]) == ["0022_search_compact"]
    assert service.content_revisions(["0031_foreign_honorifics"]) == ["0022_search_compact"]
    assert service.content_revisions(["0032_organisation_initials"]) == ["0022_search_compact"]
    assert service.content_revisions(["0033_rare_han_search"]) == ["0022_search_compact"]
    assert service.content_revisions(["0034_nickname_search"]) == ["0022_search_compact"]
    assert service.content_revisions(["0021_compact_times"]) == ["0021_compact_times"]
