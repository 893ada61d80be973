"""Encryption at rest (issue 11): petdesk encrypt / decrypt on a real demo file, a wrong passphrase,
search on the encrypted file, and encrypted backups."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from tests.helpers.fixtures import new_file_at

PASSPHRASE = "tulip harbour 47 lantern"


def _forget() -> None:
    # Passphrases are kept per process; every test (and command line) starts without any.
    connection._passphrases.clear()
    connection._latest = None


@pytest.fixture(autouse=True)
def _forget_passphrases() -> None:
    _forget()


def _rows(path: Path, passphrase: str | None = None) -> list[str]:
    """Every row of every table (the search index's shadow tables included), as SQL text."""
    conn = connection.connect(path, passphrase=passphrase) if passphrase else sqlite3.connect(path)
    try:
        tables = [
            name
            for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
            if not (sql or "").upper().startswith("CREATE VIRTUAL")
        ]
        return sorted(f"{t}: {row!r}" for t in tables for row in conn.execute(f'SELECT * FROM "{t}"'))
    finally:
        conn.close()


def _person(path: Path) -> tuple[str, str, str]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT c.family_name, c.given_name, m.value FROM contact c "
            "JOIN contact_method m ON m.contact_id = c.id AND m.channel = 'email' "
            "WHERE c.deleted_at IS NULL ORDER BY c.rowid LIMIT 1"
        ).fetchone()
    finally:
        conn.close()


def _plaintext_found(data: bytes, texts: list[str]) -> list[str]:
    return [
        f"{t!r} ({enc})"
        for t in texts
        for enc in ("utf-8", "utf-16-le", "utf-16-be")
        if t.encode(enc) in data
    ]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    path = new_file_at(empty_template, tmp_path_factory.mktemp("enc") / "template.sqlite")
    assert main(["--db", str(path), "demo", "--contacts", "30", "--seed", "11"]) == 0
    return path


def pfile_for(folder: Path) -> Path:
    """The right passphrase in a file."""
    path = folder / "pass.txt"
    path.write_text(PASSPHRASE, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_encrypt_hides_every_byte_keeps_search_and_round_trips_every_row(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "petdesk.sqlite"
    shutil.copyfile(demo_file, path)
    family, given, email = _person(path)
    # Ciphertext is random: a 3-byte name like "Liu" turns up in a megabyte of it now and then
    # (about once in 16 runs), so only texts of 6 bytes or more are looked for.
    secrets = [s for s in (family, given, email, f"{family} {given}") if len(s.encode()) >= 6]
    assert not _plaintext_found(b"", secrets)
    assert _plaintext_found(path.read_bytes(), [email]), "the test must see the e-mail in a plain file"
    before = _rows(path)
    pfile = tmp_path / "pass.txt"
    pfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    db = ["--db", str(path), "--passphrase-file", str(pfile)]

    code, out, err = _run(capsys, *db, "encrypt")
    assert code == 0, err
    assert "Encrypted" in out
    assert connection.is_encrypted(path)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    assert _plaintext_found(path.read_bytes(), secrets) == []

    # Every command works on the encrypted file with the passphrase; search uses FTS5.
    _forget()
    code, out, err = _run(capsys, *db, "search", email)
    assert code == 0, err
    assert f"{family} {given}" in out or f"{given} {family}" in out
    code, out, err = _run(capsys, *db, "search", family)
    assert code == 0 and family in out, err
    code, out, err = _run(capsys, *db, "check")
    assert code == 0, out + err
    for name in (path.name + "-wal", path.name):  # writes went to the encrypted file and its WAL
        part = path.with_name(name)
        if part.exists():
            assert _plaintext_found(part.read_bytes(), secrets) == [], name

    # A backup of the encrypted database is encrypted too, and restores.
    code, out, err = _run(capsys, *db, "backup")
    assert code == 0, err
    newest = max((tmp_path / "backups").glob("*-manual.gz"))
    raw = gzip.decompress(newest.read_bytes())
    assert not raw.startswith(connection.SQLITE_HEADER)
    assert _plaintext_found(raw, secrets) == []
    code, out, err = _run(capsys, *db, "restore", "--latest")
    assert code == 0, err
    assert _rows(path, PASSPHRASE) == before

    # Back to plain: every row is there, byte for byte the same SQL.
    code, out, err = _run(capsys, *db, "decrypt")
    assert code == 0, err
    assert not connection.is_encrypted(path)
    assert _rows(path) == before
    code, out, err = _run(capsys, "--db", str(path), "search", email)
    assert code == 0 and family in out, err


def test_wrong_or_missing_passphrase_is_one_sentence_and_changes_nothing(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "petdesk.sqlite"
    shutil.copyfile(demo_file, path)
    monkeypatch.setenv(connection.ENV_PASSPHRASE, PASSPHRASE)
    assert _run(capsys, "--db", str(path), "encrypt")[0] == 0
    monkeypatch.delenv(connection.ENV_PASSPHRASE)
    encrypted = path.read_bytes()
    backups_before = sorted((tmp_path / "backups").iterdir())
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("tulip harbour 47 lanterns", encoding="utf-8")
    cases = {
        "wrong stats": ["--db", str(path), "--passphrase-file", str(wrong), "stats"],
        "wrong decrypt": ["--db", str(path), "--passphrase-file", str(wrong), "decrypt"],
        "wrong backup": ["--db", str(path), "--passphrase-file", str(wrong), "backup"],
        "missing search": ["--db", str(path), "search", "wang"],
    }
    for name, argv in cases.items():
        _forget()  # each command line is a new process
        code, out, err = _run(capsys, *argv)
        assert code == 1, f"{name}: {code} {out} {err}"
        assert err.count("\n") == 1 and "Traceback" not in err, f"{name}: {err!r}"
        expected = "is wrong" if name.startswith("wrong") else "is encrypted: give its passphrase"
        assert expected in err, f"{name}: {err!r}"
        assert path.read_bytes() == encrypted, name
        assert sorted((tmp_path / "backups").iterdir()) == backups_before, name
    # Restoring with no passphrase said "encrypted with another passphrase": none was given.
    _forget()
    assert _run(capsys, "--db", str(path), "--passphrase-file", str(pfile_for(tmp_path)), "backup")[0] == 0
    _forget()
    code, _out, err = _run(capsys, "--db", str(path), "restore", "--latest")
    assert code == 1 and "no passphrase was given" in err and "another passphrase" not in err, err
    assert path.read_bytes() == encrypted
    # A weak new passphrase is refused before anything is written.
    plain = tmp_path / "plain.sqlite"
    shutil.copyfile(demo_file, plain)
    weak = tmp_path / "weak.txt"
    weak.write_text("secret", encoding="utf-8")
    code, _out, err = _run(capsys, "--db", str(plain), "--passphrase-file", str(weak), "encrypt")
    assert code == 1 and "at least 12 characters" in err, err
    assert not connection.is_encrypted(plain)


def test_a_symlinked_database_is_encrypted_restored_and_decrypted_where_it_lives(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rename put a plain file in place of the link: the real file, in the folder the link points
    to, kept every name in clear text, and the link was gone."""
    (tmp_path / "synced").mkdir()
    real = tmp_path / "synced" / "petdesk.sqlite"
    shutil.copyfile(demo_file, real)
    link = tmp_path / "petdesk.sqlite"
    link.symlink_to(real)
    before = _rows(real)
    pfile = tmp_path / "pass.txt"
    pfile.write_text(PASSPHRASE, encoding="utf-8")
    db = ["--db", str(link), "--passphrase-file", str(pfile)]

    assert _run(capsys, *db, "encrypt")[0] == 0
    assert link.is_symlink() and link.resolve() == real and connection.is_encrypted(real)
    assert _rows(real, PASSPHRASE) == before
    assert _run(capsys, *db, "backup")[0] == 0
    assert _run(capsys, *db, "restore", "--latest")[0] == 0
    assert link.is_symlink() and _rows(real, PASSPHRASE) == before
    assert _run(capsys, *db, "decrypt")[0] == 0
    assert link.is_symlink() and not connection.is_encrypted(real) and _rows(real) == before
