"""Field test 17, §5: a full disk, a folder that is gone (the USB stick pulled out), a read-only disk
or a refused permission, met while writing an export, a sync package or a backup, is said in plain
words with what to do, never as the system's English text ("No space left on device")."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from petdesk import faults
from petdesk.cli import main
from petdesk.db import Database
from petdesk.messages import explain, localize

SYNC_PASSPHRASE = "granite willow 62 harbour"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


@pytest.mark.parametrize(
    ("code", "hint"),
    [
        (errno.ENOSPC, "free some space"),
        (errno.ENOENT, "plug it back in"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "permission denied"),
    ],
)
def test_each_error_has_a_sentence_with_what_to_do(code: int, hint: str) -> None:
    exc = OSError(code, "system words", "/media/usb/contacts.csv")
    text = explain(exc, "en")
    assert hint in text and "system words" not in text and "/media/usb/contacts.csv" in text
    assert faults.describe(exc, "en") == faults.os_problem(exc, "en")


def test_a_service_sentence_with_the_system_text_inside_is_said_plainly() -> None:
    """Services (backups, sync import) put the system's or SQLite's words into their sentences."""
    for message in (
        "cannot back up /x/o.sqlite (database or disk is full)",
        "cannot create the backup folder /ro/backups (Read-only file system)",
        "the database could not be updated (database or disk is full); nothing was imported",
    ):
        text = localize(message, "zh_CN")
        assert "database or disk is full" not in text and "Read-only file system" not in text, text


def test_the_english_sentence_is_as_plain_as_the_chinese() -> None:
    """Field test 28, §7: a full disk during sync import said SQLite's "database or disk is full"
    in English (localize went back at once for English) and the plain sentence in Chinese."""
    said = localize(
        "the database could not be updated (database or disk is full); nothing was imported", "en"
    )
    assert said == (
        "the database could not be updated (the disk is full: free some space or choose another "
        "folder, then try again); nothing was imported"
    )
    said = localize("cannot create the backup folder /ro/backups (Read-only file system)", "en")
    assert "Read-only file system" not in said and "write-protected" in said and "/ro/backups" in said
    # Messages without a system text stay exactly as they are.
    assert localize("no contact with id abcd", "en") == "no contact with id abcd"


def test_contacts_export_into_a_full_disk_or_a_gone_folder(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--lang", "en", "--db", str(db.path)]
    db.close()
    code, text = _run(capsys, *base, "export-contacts", "--out", str(tmp_path / "gone" / "c.csv"))
    assert code == 1
    assert "plug it back in" in text and "No such file" not in text
    if Path("/dev/full").exists():  # a real ENOSPC on every write
        code, text = _run(capsys, *base, "export-contacts", "--format", "csv", "--out", "/dev/full")
        assert code == 1
        assert "free some space" in text and "No space left" not in text


def test_sync_export_into_a_gone_folder(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", SYNC_PASSPHRASE)
    db.close()
    out = tmp_path / "usb" / "p.petdesk-sync"
    code, text = _run(
        capsys, "--lang", "en", "--db", str(db.path), "sync", "export", "--all", "--out", str(out)
    )
    assert code == 1
    assert "plug it back in" in text and "No such file" not in text
