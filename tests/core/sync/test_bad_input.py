"""Every kind of bad package file is rejected with a clear reason and leaves the database as it was."""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.models import Contact
from petdesk.sync import package as pkg
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, export, full_dump, send


@pytest.fixture
def scene(offices, packages: Path) -> tuple[Database, Path]:
    """Bonn, after a first exchange with Beijing, and a good package from Beijing with news."""
    a, b, _ = offices
    with a.transaction() as session:
        session.add_all(Contact(family_name=f"Li{i}", given_name="Na") for i in range(20))
    send(a, b, packages)
    with a.transaction() as session:
        session.add(Contact(family_name="Wang", given_name="Fang", notes="new"))
    good = packages / "good.petdesk-sync"
    export(a, good)
    return b, good


def _rewrite_header(data: bytes, change: dict) -> bytes:
    start = len(pkg.MAGIC)
    (length,) = struct.unpack(">I", data[start : start + 4])
    header = json.loads(data[start + 4 : start + 4 + length])
    header.update(change)
    new = json.dumps(header).encode()
    return data[:start] + struct.pack(">I", len(new)) + new + data[start + 4 + length :]


def _flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x40]) + data[index + 1 :]


def _encode_with_manifest(change: dict, body: dict | None = None) -> bytes:
    manifest = {
        "package_id": "00000000-0000-4000-8000-000000000000",
        "schema": ["0001_initial", "0003_sync"],
        "sender": {"id": "00000000-0000-4000-8000-00000000beef", "name": "Elsewhere"},
        "knowledge": {},
        "base": {},
        **change,
    }
    return pkg.encode(manifest, body or {"offices": [], "entities": {}}, PASSPHRASE, kdf_n=TEST_KDF_N)


CASES = {
    "empty file": lambda good: b"",
    "random bytes": lambda good: os.urandom(4096),
    "random bytes, short": lambda good: os.urandom(7),
    "a CSV file": lambda good: b"family_name,given_name\nZhang,Wei\n",
    "a ZIP file": lambda good: b"PK\x03\x04" + os.urandom(200),
    "an SQLite file": lambda good: b"SQLite format 3\x00" + bytes(200),
    "truncated in the magic": lambda good: good[:6],
    "truncated in the header": lambda good: good[: len(pkg.MAGIC) + 10],
    "truncated in the data": lambda good: good[: len(good) // 2],
    "truncated by one byte": lambda good: good[:-1],
    "extra bytes": lambda good: good + b"\x00",
    "corrupted header": lambda good: _flip(good, len(pkg.MAGIC) + 6),
    "corrupted data": lambda good: _flip(good, len(good) - 40),
    "tampered data (same length)": lambda good: good[:-64] + bytes(64),
    "tampered header (ciphertext length)": lambda good: _rewrite_header(good, {"nonce": "AAAAAAAAAAAAAAAA"}),
    "newer package format": lambda good: _rewrite_header(good, {"format": 99}),
    "absurd key derivation cost": lambda good: _rewrite_header(
        good, {"kdf": {"name": "scrypt", "salt": "AAAAAAAAAAAAAAAAAAAAAA==", "n": 2**30, "r": 8, "p": 1}}
    ),
    "newer schema": lambda good: _encode_with_manifest({"schema": ["0001_initial", "9999_future"]}),
    "unknown table": lambda good: _encode_with_manifest(
        {}, {"offices": ["x"], "entities": {"spaceship": {"columns": [], "rows": [], "versions": []}}}
    ),
    "unknown column": lambda good: _encode_with_manifest(
        {},
        {
            "offices": ["00000000-0000-4000-8000-00000000beef"],
            "entities": {
                "contact": {
                    "columns": ["warp_speed"],
                    "rows": [["11111111-1111-4111-8111-111111111111", 9]],
                    "versions": [["1764374400000.000000", 0, None]],
                }
            },
        },
    ),
    "bad clock values": lambda good: _encode_with_manifest({"knowledge": {"x": "tomorrow"}}),
    "manifest without sender": lambda good: pkg.encode(
        {"schema": []}, {"offices": []}, PASSPHRASE, kdf_n=TEST_KDF_N
    ),
}

EXPECTED_WORDS = {
    "empty file": "not a petdesk sync package",
    "random bytes": "not a petdesk sync package",
    "random bytes, short": "not a petdesk sync package",
    "a CSV file": "not a petdesk sync package",
    "a ZIP file": "not a petdesk sync package",
    "an SQLite file": "this is a database file, not a sync package",  # field test 70
    "truncated in the magic": "truncated",
    "truncated in the header": "truncated",
    "truncated in the data": "truncated",
    "truncated by one byte": "truncated",
    "extra bytes": "extra bytes",
    "corrupted header": "header is damaged",
    "corrupted data": "altered",
    "tampered data (same length)": "altered",
    "tampered header (ciphertext length)": "",
    "newer package format": "newer petdesk",
    "absurd key derivation cost": "header is damaged",
    "newer schema": "newer database schema",
    "unknown table": "tables this petdesk does not know",
    "unknown column": "fields this petdesk does not know",
    "manifest without sender": "incomplete",
    "bad clock values": "bad knowledge vector",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_package_is_rejected_and_database_unchanged(scene, tmp_path: Path, case: str) -> None:
    db, good = scene
    bad = tmp_path / "bad.petdesk-sync"
    bad.write_bytes(CASES[case](good.read_bytes()))
    before = full_dump(db)
    file_before = db.path.read_bytes()
    with pytest.raises(pkg.PackageError) as excinfo:
        service.import_package(db, bad, PASSPHRASE)
    assert EXPECTED_WORDS[case] in str(excinfo.value)
    assert full_dump(db) == before
    assert db.path.read_bytes() == file_before


def test_wrong_passphrase_is_named(scene) -> None:
    db, good = scene
    before = full_dump(db)
    with pytest.raises(pkg.PackageError, match="wrong passphrase"):
        service.import_package(db, good, "not the shared passphrase")
    assert full_dump(db) == before


def test_own_package_is_rejected(offices, packages: Path) -> None:
    a, _, _ = offices
    path = packages / "own.pkg"
    export(a, path)
    before = full_dump(a)
    with pytest.raises(pkg.PackageError, match="this office itself"):
        service.import_package(a, path, PASSPHRASE)
    assert full_dump(a) == before


def test_dry_run_changes_nothing_but_previews(scene) -> None:
    db, good = scene
    before = full_dump(db)
    result = service.import_package(db, good, PASSPHRASE, dry_run=True)
    assert result.counts["contact"].added == 1 and not result.applied
    assert full_dump(db) == before


def test_good_package_still_imports_after_all_that(scene) -> None:
    db, good = scene
    result = service.import_package(db, good, PASSPHRASE)
    assert result.applied and result.counts["contact"].added == 1
    assert result.backup_path is not None and result.backup_path.exists()


def test_a_package_with_nothing_new_keeps_no_backup(offices, packages: Path) -> None:
    """Each package with nothing new left a backup, pushing the ones worth keeping (before a merge,
    before a restore) out of the last ten."""
    from petdesk.services import backups

    a, b, _ = offices
    with a.transaction() as session:
        session.add(Contact(family_name="Li", given_name="Na"))
    full = packages / "full.petdesk-sync"
    export(a, full)
    assert service.import_package(b, full, PASSPHRASE).backup_path is not None
    kept = backups.backups_of(b.path)
    again = packages / "again.petdesk-sync"
    export(a, again)  # a new package, with the same records: nothing new for Bonn
    result = service.import_package(b, again, PASSPHRASE)
    assert result.applied and not result.changed_data and result.backup_path is None
    assert backups.backups_of(b.path) == kept
