"""Packages are written and read a part at a time (format 2); format 1 packages still import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.models import Contact, ContactMethod
from petdesk.models.enums import ContactChannel
from petdesk.sync import changes, service
from petdesk.sync import package as pkg
from petdesk.sync.service import canonical_dump
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, export, full_dump


def _fill(db: Database, n: int) -> None:
    """``n`` people with an e-mail each; one deleted, one edited after creation (a history row)."""
    with db.transaction() as session:
        people = [Contact(family_name=f"Li{i:03d}", given_name="Na", notes=f"note {i}") for i in range(n)]
        session.add_all(people)
        session.flush()
        session.add_all(
            ContactMethod(
                contact_id=c.id,
                channel=ContactChannel.EMAIL,
                value=f"na{i}@example.org",
                normalized=f"na{i}@example.org",
            )
            for i, c in enumerate(people)
        )
    with db.transaction() as session:
        first, second = session.query(Contact).order_by(Contact.family_name).limit(2).all()
        first.notes = "edited"
        second.soft_delete()


def _people(db: Database) -> list[tuple[Any, ...]]:
    """Every exchanged field of the people and their methods (each office keeps its own office row)."""
    return [r for r in canonical_dump(db) if r[0] in ("contact", "contact_method")]


def _history(db: Database) -> list[tuple[Any, ...]]:
    import sqlite3

    con = sqlite3.connect(db.path)
    try:
        return con.execute(
            "SELECT id, row_id, field, new_value, hlc FROM sync_change WHERE entity = 'contact' ORDER BY id"
        ).fetchall()
    finally:
        con.close()


def _parts(path: Path) -> list[dict[str, Any]]:
    return list(pkg.read(path, PASSPHRASE).records())


def test_parts_and_the_old_format_give_the_same_records(
    offices: tuple[Database, Database, Database], packages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    beijing, bonn, nairobi = offices
    _fill(beijing, 30)
    monkeypatch.setattr(changes, "PART_ROWS", 7)
    new = packages / "new.petdesk-sync"
    export(beijing, new)
    assert pkg.peek_header(new)["format"] == pkg.FORMAT_VERSION == 2
    parts = _parts(new)
    contact_parts = [p for p in parts if p.get("entity") == "contact"]
    assert [len(p["rows"]) for p in contact_parts] == [7, 7, 7, 7, 2]
    assert parts[0] == {"offices": []} and any("offices" in p and p["offices"] for p in parts)

    # The same content in format 1 (one JSON object), as an older petdesk wrote it.
    opened = pkg.read(new, PASSPHRASE)
    old = packages / "old.petdesk-sync"
    pkg.write(old, opened.manifest, opened.body, PASSPHRASE, kdf_n=TEST_KDF_N, durable=False)
    assert pkg.peek_header(old)["format"] == pkg.LEGACY_FORMAT
    assert len(opened.body["entities"]["contact"]["rows"]) == 30

    from_new = service.import_package(bonn, new, PASSPHRASE, backup=False)
    from_old = service.import_package(nairobi, old, PASSPHRASE, backup=False)
    assert from_new.applied and from_old.applied
    assert {k: v.as_dict() for k, v in from_new.counts.items()} == {
        k: v.as_dict() for k, v in from_old.counts.items()
    }
    assert from_new.counts["contact"].added == 29 and from_new.counts["contact"].deleted == 1
    assert _people(bonn) == _people(nairobi) == _people(beijing)
    assert len(_people(bonn)) == 60
    # the change log came along in both
    assert _history(bonn) == _history(nairobi) == _history(beijing)
    assert any(r[2] == "notes" and "edited" in (r[3] or "") for r in _history(bonn))
    # and importing it again changes nothing
    again = service.import_package(bonn, new, PASSPHRASE, backup=False)
    assert again.already_imported and again.changes == 0 and not again.applied


def _rewrite(path: Path, target: Path, change: Any) -> Path:
    """The package at ``path`` with its parts passed through ``change`` (a list -> list)."""
    opened = pkg.read(path, PASSPHRASE)
    with pkg.PackageWriter(target, PASSPHRASE, kdf_n=TEST_KDF_N, durable=False) as writer:
        for part in change(list(opened.records())):
            writer.add(part)
        writer.finish({k: v for k, v in opened.manifest.items() if k not in ("body_sha256", "body_size")})
    return target


def _broken_last_contact_part(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    last = max(i for i, p in enumerate(parts) if p.get("entity") == "contact")
    rows = [list(r) for r in parts[last]["rows"]]
    rows[-1][1] = {"not": "a plain value"}
    parts[last] = {**parts[last], "rows": rows}
    return parts


def _erasures_at_the_end(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    first = next(p for p in parts if p.get("entity") == "contact")["rows"][0]
    return [*parts, {"erasures": [["contact", first[0], "1764374400000.000000", 0, "2026-01-01", first[0]]]}]


@pytest.mark.parametrize(
    ("change", "words"),
    [(_broken_last_contact_part, "not valid"), (_erasures_at_the_end, "erasure markers come after")],
)
def test_a_bad_later_part_leaves_the_database_as_it_was(
    offices: tuple[Database, Database, Database],
    packages: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: Any,
    words: str,
) -> None:
    beijing, bonn, _ = offices
    _fill(beijing, 20)
    monkeypatch.setattr(changes, "PART_ROWS", 6)
    good = packages / "good.petdesk-sync"
    export(beijing, good)
    bad = _rewrite(good, packages / "bad.petdesk-sync", change)
    before = full_dump(bonn)
    with pytest.raises(pkg.PackageError, match=words) as refused:
        service.import_package(bonn, bad, PASSPHRASE)
    assert "\n" not in str(refused.value)
    assert full_dump(bonn) == before
    assert not list((bonn.path.parent / "backups").glob("*before-sync-import*"))
    # the untouched package still imports
    assert service.import_package(bonn, good, PASSPHRASE, backup=False).counts["contact"].added == 19


def test_a_package_changed_after_it_was_opened_fails_before_commit(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    beijing, bonn, _ = offices
    _fill(beijing, 12)
    path = packages / "p.petdesk-sync"
    export(beijing, path)
    opened = service.read_package(path, PASSPHRASE)
    data = bytearray(path.read_bytes())
    data[-40] ^= 0x01  # inside the body: only the end-of-stream tag check can notice
    path.write_bytes(bytes(data))
    before = full_dump(bonn)
    with pytest.raises(pkg.PackageError, match=r"altered|damaged"):
        service.import_package(bonn, path, PASSPHRASE, backup=False, package=opened)
    assert full_dump(bonn) == before


def _signed_body(path: Path, manifest: dict[str, Any], compressed: bytes) -> Path:
    """A format-2 package holding ``compressed`` as its body, encrypted and checksummed as a
    petdesk with the passphrase would: it passes authentication, whatever the body is."""
    import hashlib
    import json
    import os
    import struct

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = pkg._derive(PASSPHRASE, salt, TEST_KDF_N, 8, 1)
    manifest = {
        **manifest,
        "format": pkg.FORMAT_VERSION,
        "body_sha256": hashlib.sha256(compressed).hexdigest(),
        "body_size": len(compressed),
    }
    head = json.dumps(manifest, sort_keys=True).encode("utf-8")
    plaintext = struct.pack(">I", len(head)) + head + compressed
    prefix = pkg._prefix(pkg.FORMAT_VERSION, salt, nonce, check, TEST_KDF_N, len(plaintext) + 16)
    path.write_bytes(prefix + AESGCM(key).encrypt(nonce, plaintext, prefix))
    return path


def _blank_bomb() -> bytes:
    """Blank lines (skipped unparsed) beyond what a body of this compressed size may unpack to."""
    import zlib

    packer = zlib.compressobj(9)
    line = b" " * (1024 * 1024 - 1) + b"\n"
    out = [packer.compress(b'{"offices": []}\n')]
    out += [packer.compress(line) for _ in range(pkg.MIN_BODY_CAP // len(line) + 2)]
    return b"".join([*out, packer.flush()])


def _broken_stream() -> bytes:
    import zlib

    whole = zlib.compress(b'{"offices": []}\n' * 5000, 6)
    return b"\x00\x00" + whole[2:]  # no zlib header: not a zlib stream


@pytest.mark.parametrize(
    ("body", "words"),
    [(_blank_bomb, "too large|larger|unpack"), (_broken_stream, "damaged")],
    ids=["bomb", "broken-zlib"],
)
def test_an_authentic_body_that_does_not_unpack_is_refused_before_commit(
    offices: tuple[Database, Database, Database], packages: Path, body: Any, words: str
) -> None:
    """The authenticating pass does not unpack a format-2 body: the streaming pass bounds what it
    unpacks to and refuses a broken stream, and nothing of the import stays."""
    beijing, bonn, _ = offices
    _fill(beijing, 5)
    good = packages / "good.petdesk-sync"
    export(beijing, good)
    manifest = {k: v for k, v in pkg.read(good, PASSPHRASE).manifest.items() if k != "package_id"}
    crafted = _signed_body(packages / "crafted.petdesk-sync", {**manifest, "package_id": "crafted"}, body())
    opened = service.read_package(crafted, PASSPHRASE)  # authentic: the first pass accepts it
    assert opened.manifest["package_id"] == "crafted"
    before = full_dump(bonn)
    with pytest.raises(pkg.PackageError, match=words) as refused:
        service.import_package(bonn, crafted, PASSPHRASE)
    assert "\n" not in str(refused.value)
    assert full_dump(bonn) == before
    assert not list((bonn.path.parent / "backups").glob("*before-sync-import*"))


def _time_of_last_contact(value: Any, first: Any = None) -> Any:
    """A change of the parts: the last contact's creation time set to ``value`` (and the first
    contact's of that part to ``first``, when given)."""

    def change(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        last = max(i for i, p in enumerate(parts) if p.get("entity") == "contact")
        pos = parts[last]["columns"].index("created_at") + 1
        rows = [list(r) for r in parts[last]["rows"]]
        rows[-1][pos] = value
        if first is not None:
            rows[0][pos] = first
        parts[last] = {**parts[last], "rows": rows}
        return parts

    return change


@pytest.mark.parametrize(
    "change",
    [_time_of_last_contact("yesterday"), _time_of_last_contact(1.0, first=1)],
    ids=["text", "float-beside-equal-int"],
)
def test_a_new_record_whose_time_is_no_time_is_refused(
    offices: tuple[Database, Database, Database], packages: Path, monkeypatch: pytest.MonkeyPatch, change: Any
) -> None:
    """New records' times are converted a column at a time: a value that is no time is still
    named, and refused with nothing written."""
    beijing, bonn, _ = offices
    _fill(beijing, 12)
    monkeypatch.setattr(changes, "PART_ROWS", 5)
    good = packages / "good.petdesk-sync"
    export(beijing, good)
    bad = _rewrite(good, packages / "bad.petdesk-sync", change)
    before = full_dump(bonn)
    with pytest.raises(pkg.PackageError, match=r"contact records is not a time \((1\.0|'yesterday')\)"):
        service.import_package(bonn, bad, PASSPHRASE, backup=False)
    assert full_dump(bonn) == before


def test_a_package_imported_before_is_told_from_its_manifest(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    """Field test 10: importing a full package again compared all its records (32 s at 100,000
    contacts) to write nothing. Now no backup is taken and no record is read."""
    beijing, bonn, _nairobi = offices
    _fill(beijing, 30)
    path = packages / "full.petdesk-sync"
    export(beijing, path)
    assert service.import_package(bonn, path, PASSPHRASE, backup=False).applied
    before = canonical_dump(bonn)
    steps: list[str] = []
    again = service.import_package(bonn, path, PASSPHRASE, progress=steps.append)
    assert again.already_imported and again.changes == 0 and not again.applied
    assert again.backup_path is None
    assert steps == ["verifying the package"]  # neither backing up nor comparing its records
    assert canonical_dump(bonn) == before
