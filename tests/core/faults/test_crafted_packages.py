"""Packages made with the right passphrase but crafted content, and forged headers: each is
refused with one sentence before anything is written, in bounded memory.

The memory cases run ``petdesk sync import`` in a child process that reports its own peak
resident size (VmHWM)."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from petdesk.cli import main
from petdesk.sync import package as pkg
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, make_office

MB = 1024 * 1024


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("crafted")
    beijing = make_office(folder, "Beijing")
    bonn = make_office(folder, "Bonn")
    malmo = make_office(folder, "Malmo")
    # Bonn and Malmö know Beijing; Beijing writes a package addressed to Bonn.
    first = folder / "first.petdesk-sync"
    service.export_changes(beijing, first, PASSPHRASE, kdf_n=TEST_KDF_N)
    service.import_package(beijing, _export(bonn, folder / "b.petdesk-sync"), PASSPHRASE)
    service.import_package(bonn, first, PASSPHRASE)
    service.import_package(malmo, first, PASSPHRASE)
    to_bonn = folder / "to-bonn.petdesk-sync"
    service.export_changes(beijing, to_bonn, PASSPHRASE, to="Bonn", kdf_n=TEST_KDF_N)
    good = pkg.read(first, PASSPHRASE)
    for db in (beijing, bonn, malmo):
        db.close()
    return {
        "folder": folder,
        "target": bonn.path,
        "malmo": malmo.path,
        "manifest": good.manifest,
        "body": good.body,
        "to_bonn": to_bonn,
    }


def _export(db: Any, path: Path) -> Path:
    service.export_changes(db, path, PASSPHRASE, kdf_n=TEST_KDF_N)
    return path


def craft(
    path: Path,
    manifest: dict[str, Any],
    *,
    body: Any = None,
    body_json: bytes | None = None,
    compressed: bytes | None = None,
    header_patch: dict[str, Any] | None = None,
) -> Path:
    """A package encrypted with the right passphrase around whatever content the test wants."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if compressed is None:
        if body_json is None:
            body_json = json.dumps(body).encode()
        compressed = zlib.compress(body_json, 6)
    manifest = {
        **manifest,
        "body_sha256": hashlib.sha256(compressed).hexdigest(),
        "body_size": len(compressed),
    }
    manifest_bytes = json.dumps(manifest).encode()
    plaintext = struct.pack(">I", len(manifest_bytes)) + manifest_bytes + compressed
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = pkg._derive(PASSPHRASE, salt, TEST_KDF_N, 8, 1)
    header: dict[str, Any] = {
        "format": 1,
        "kdf": {"name": "scrypt", "salt": pkg._b64(salt), "n": TEST_KDF_N, "r": 8, "p": 1},
        "cipher": "AES-256-GCM",
        "nonce": pkg._b64(nonce),
        "key_check": pkg._b64(check),
        "ciphertext_length": len(plaintext) + 16,
    }
    header.update(header_patch or {})
    header_bytes = json.dumps(header).encode()  # allow_nan: Infinity stays possible
    prefix = pkg.MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
    path.write_bytes(prefix + AESGCM(key).encrypt(nonce, plaintext, prefix))
    return path


def _bomb(size: int) -> bytes:
    """A JSON body of ``size`` bytes, compressed without ever holding it in memory."""
    packer = zlib.compressobj(1)
    parts = [packer.compress(b'{"offices": [], "entities": {}, "x": "')]
    block = b"a" * MB
    for _ in range(size // MB):
        parts.append(packer.compress(block))
    parts.append(packer.compress(b'"}'))
    parts.append(packer.flush())
    return b"".join(parts)


def _run_import(
    target: Path, package: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("XDG_DATA_HOME", str(target.parent / "data"))
    capsys.readouterr()
    code = main(["--db", str(target), "sync", "import", str(package)])
    out, err = capsys.readouterr()
    return code, out, err


def _snapshot(path: Path) -> bytes:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.read_bytes()


def _variants(manifest: dict[str, Any], body: dict[str, Any]) -> dict[str, tuple[dict[str, Any], Any]]:
    """Wrong types in every field of the manifest and the body (manifest, body) per case."""
    entity = next(iter(body["entities"]))
    data = body["entities"][entity]

    def with_entity(**change: Any) -> dict[str, Any]:
        return {**body, "entities": {**body["entities"], entity: {**data, **change}}}

    row = list(data["rows"][0])
    version = list(data["versions"][0])
    cases: dict[str, tuple[dict[str, Any], Any]] = {}
    for key in ("package_id", "created_at", "petdesk_version", "schema", "sender", "recipient", "base",
                "knowledge", "range", "counts", "total"):  # fmt: skip
        for bad in (12, "x", ["x"], {"x": "y"}, -1):
            if (key, bad) in (
                ("created_at", "x"),
                ("petdesk_version", "x"),
                ("package_id", "x"),
                ("total", 12),
            ):
                continue  # valid values there
            cases[f"manifest.{key}={bad!r}"] = ({**manifest, key: bad}, body)
    cases["manifest.sender.id"] = ({**manifest, "sender": {**manifest["sender"], "id": "../../etc"}}, body)
    cases["manifest.range garbage"] = ({**manifest, "range": {"from": "garbage", "to": 3}}, body)
    cases["body.offices='x'"] = (manifest, {**body, "offices": "x"})
    cases["body.offices bad id"] = (manifest, {**body, "offices": ["a b c"]})
    cases["body.entities list"] = (manifest, {**body, "entities": []})
    cases["body.columns int"] = (manifest, with_entity(columns=[1, 2]))
    cases["body.rows short"] = (manifest, with_entity(rows=[row[:2]], versions=[version]))
    cases["body.row id"] = (manifest, with_entity(rows=[[{"x": 1}, *row[1:]]], versions=[version]))
    cases["body.field object"] = (
        manifest,
        with_entity(rows=[[row[0], {"a": 1}, *row[2:]]], versions=[version]),
    )
    cases["body.version office"] = (manifest, with_entity(rows=[row], versions=[[version[0], 99, None]]))
    cases["body.version hlc"] = (manifest, with_entity(rows=[row], versions=[["soon", 0, None]]))
    cases["body.versions count"] = (manifest, with_entity(rows=[row], versions=[]))
    # The change log and the erasure markers (issue 11) are checked as strictly as the records.
    change = (
        body.get("history")
        or [["c1", entity, row[0], "notes", None, "x", version[0], 0, "", "2026-01-01T00:00:00"]]
    )[0]
    marker = [entity, row[0], version[0], 0, "2026-01-01T00:00:00", row[0]]
    for i, bad in enumerate((None, 7, ["x"], "../../x y", {"a": 1}, 99, "soon", 3.5, True)):
        cases[f"body.history[{i % 10}]={bad!r}"] = (
            manifest,
            {**body, "history": [[*change[: i % 10], bad, *change[i % 10 + 1 :]]]},
        )
    for field_no, bad in ((0, 12), (1, "a b"), (2, "soon"), (3, 99), (4, None), (5, ["x"])):
        cases[f"body.erasures[{field_no}]={bad!r}"] = (
            manifest,
            {**body, "erasures": [[*marker[:field_no], bad, *marker[field_no + 1 :]]]},
        )
    cases["body.history not a list"] = (manifest, {**body, "history": {"a": 1}})
    cases["body.history short"] = (manifest, {**body, "history": [change[:5]]})
    cases["body.history old value object"] = (
        manifest,
        {**body, "history": [[*change[:4], {"a": 1}, *change[5:]]]},
    )
    cases["body.erasures not a list"] = (manifest, {**body, "erasures": "all"})
    cases["body.erasures short"] = (manifest, {**body, "erasures": [marker[:3]]})
    return cases


def test_wrong_types_in_every_field_are_refused_before_any_write(
    offices: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = offices["target"]
    before = _snapshot(target)
    backups = sorted((target.parent / "backups").glob("*.bak"))
    cases = _variants(offices["manifest"], offices["body"])
    # Every case through the reading the import starts with (nothing is written before it) ...
    for name, (manifest, body) in cases.items():
        package = craft(tmp_path / f"{len(name)}.petdesk-sync", manifest, body=body)
        with pytest.raises(pkg.PackageError) as refused:
            service.read_package(package, PASSPHRASE)
        assert "\n" not in str(refused.value), name
    # ... and a few through the command line, which must not write or keep a backup.
    for name in (
        "manifest.range={'x': 'y'}",
        "body.offices='x'",
        "body.version office",
        "body.erasures[3]=99",
    ):
        manifest, body = cases[name]
        code, out, err = _run_import(
            target, craft(tmp_path / "p.petdesk-sync", manifest, body=body), capsys, monkeypatch
        )
        assert code == 3, f"{name}: exit {code} {out} {err}"
        assert "Traceback" not in err and err.count("\n") == 1, f"{name}: {err!r}"
    assert _snapshot(target) == before
    assert sorted((target.parent / "backups").glob("*.bak")) == backups
    print(f"{len(cases)} crafted packages refused")


def test_infinity_nan_and_deep_nesting_are_refused(
    offices: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = offices["target"]
    before = _snapshot(target)
    manifest, body = offices["manifest"], offices["body"]
    cases = {
        "header Infinity": craft(
            tmp_path / "a", manifest, body=body, header_patch={"ciphertext_length": float("inf")}
        ),
        "header NaN n": craft(
            tmp_path / "b",
            manifest,
            body=body,
            header_patch={
                "kdf": {"name": "scrypt", "salt": "AAAAAAAAAAA=", "n": float("nan"), "r": 8, "p": 1}
            },
        ),
        "body NaN": craft(
            tmp_path / "c", manifest, body_json=json.dumps({**body, "x": float("nan")}).encode()
        ),
        "manifest Infinity": craft(tmp_path / "d", {**manifest, "total": float("inf")}, body=body),
        "deep nesting": craft(
            tmp_path / "e", manifest, body_json=b'{"x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
        ),
        "nesting 40": craft(tmp_path / "f", manifest, body_json=b'{"x": ' + b"[" * 40 + b"]" * 40 + b"}"),
    }
    for name, package in cases.items():
        code, _out, err = _run_import(target, package, capsys, monkeypatch)
        assert code == 3, f"{name}: exit {code} {err}"
        assert "Traceback" not in err and err.count("\n") == 1, f"{name}: {err!r}"
    assert _snapshot(target) == before


def test_escape_codes_are_shown_not_obeyed_and_other_office_warned(
    offices: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    manifest = {
        **offices["manifest"],
        "sender": {**offices["manifest"]["sender"], "name": "Evil\x1b[2J\x1b]0;x\x07"},
    }
    package = craft(tmp_path / "esc.petdesk-sync", manifest, body=offices["body"])
    code, out, err = _run_import(offices["target"], package, capsys, monkeypatch)
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out and "\\x1b[2J" in out
    # a package addressed to Bonn, imported at Malmö: imported, with a warning
    code, out, err = _run_import(offices["malmo"], offices["to_bonn"], capsys, monkeypatch)
    assert code == 0, err
    assert "addressed to Bonn" in err and "warning" in err


# VmHWM is the peak of this process's own memory; getrusage's ru_maxrss would also count the
# pytest process it was forked from (Linux keeps the larger value across exec). One child for all
# cases (starting petdesk costs seconds); each case reports its exit code and the peak so far.
MEMORY_SCRIPT = """
import sys
from petdesk.cli import main
db, packages = sys.argv[1], sys.argv[2:]
for package in packages:
    code = main(["--db", db, "sync", "import", package])
    status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
    print(f"PEAK {int(status) / 1024:.0f} EXIT {code}", file=sys.stderr)
"""


def test_oversize_and_bombs_are_refused_in_bounded_memory(offices: dict[str, Any], tmp_path: Path) -> None:
    target = offices["target"]
    before = _snapshot(target)
    manifest = offices["manifest"]
    # A forged length far beyond the file, and a 3 GB file (sparse) of nothing.
    small = craft(
        tmp_path / "len.petdesk-sync",
        manifest,
        body=offices["body"],
        header_patch={"ciphertext_length": 3 * 2**30},
    )
    huge = tmp_path / "huge.petdesk-sync"
    huge.write_bytes(small.read_bytes())
    with open(huge, "r+b") as fh:
        fh.truncate(3 * 2**30)
    # A decompression bomb: a few hundred kB that unpack to 300 MB.
    bomb = craft(tmp_path / "bomb.petdesk-sync", manifest, compressed=_bomb(300 * MB))
    cases = {"declared length": small, "3 GB file": huge, "bomb": bomb}
    env = dict(os.environ, PETDESK_SYNC_PASSPHRASE=PASSPHRASE, XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(target), *map(str, cases.values())],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 2 * len(cases), result.stderr  # one sentence and one figure per case
    peaks = {}
    for (name, _package), sentence, figure in zip(cases.items(), lines[::2], lines[1::2], strict=True):
        _label, peak, _exit, code = figure.split()
        peaks[name] = float(peak)
        assert code == "3", f"{name}: {sentence}"
        assert sentence.startswith("petdesk: error: "), sentence
        assert float(peak) < 300, f"{name}: {peak} MB"
    assert _snapshot(target) == before
    print("peak resident MB:", peaks, "bomb file size", bomb.stat().st_size)
