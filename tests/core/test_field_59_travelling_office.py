"""Field test 59: the office manager of a small hub office whose laptop travels, on the command line.

He encrypts the database and keeps backups on a USB stick; a colleague's laptop dies and her office
comes back from the newest backup onto a new laptop (a fresh home folder); a former partner asks to
be erased, here and at the other office through sync; then the disk fills during an export and
during a sync import. Nothing is lost, every error is one plain sentence, and the commands work
again afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from tests.helpers.file_limit import file_size_limit, no_room_to_rewrite
from tests.helpers.tt61d_cheap_package_key import cheap_package_key

__all__ = ["cheap_package_key"]  # the fixture, imported to be used here
#: The packages' key derivation is not what this story tests (scrypt at the full cost, a second
#: each under load): they are written at the sync tests' cost.
pytestmark = pytest.mark.usefixtures("cheap_package_key")

DB_PASSPHRASE = "amber kettle 48 monsoon"
SYNC_PASSPHRASE = "granite willow 62 harbour"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _plain(path: Path, sql: str, *args: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _org_of(path: Path, person_id: str) -> str:
    """The id of an organisation the person does not work at (their activity there is not theirs)."""
    ((org_id,),) = _plain(
        path,
        "SELECT id FROM organisation WHERE id NOT IN (SELECT organisation_id FROM affiliation "
        "WHERE contact_id = ?) ORDER BY id LIMIT 1",
        person_id,
    )
    return str(org_id)


@pytest.fixture
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.delenv("PETDESK_DB_PASSPHRASE", raising=False)
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", SYNC_PASSPHRASE)
    return home


def test_travelling_office_manager(
    tmp_path: Path, fresh_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = tmp_path / "laptop" / "hub.sqlite"
    hub.parent.mkdir()
    usb = tmp_path / "usb"
    usb.mkdir()
    secret = tmp_path / "db-passphrase.txt"
    secret.write_text(DB_PASSPHRASE + "\n", encoding="utf-8")
    enc = ["--db", str(hub), "--passphrase-file", str(secret)]

    # The hub office: demo data, encrypted, backups on the USB stick.
    assert _run(capsys, "--db", str(hub), "demo", "--contacts", "40")[0] == 0
    code, out, _err = _run(capsys, *enc, "encrypt")
    assert code == 0 and out.startswith(f"Encrypted {hub}.")
    assert b"SQLite format 3" not in hub.read_bytes()[:16]
    assert _run(capsys, *enc, "backups", "--folder", str(usb))[0] == 0
    code, out, _err = _run(capsys, *enc, "backup")
    assert code == 0 and "Backup written" in out and "40 contacts" in out
    (newest,) = [p for p in usb.glob("*.gz")]

    # The colleague's laptop died: her office comes back from the newest backup on the stick.
    new_laptop = tmp_path / "new-laptop" / "office.sqlite"
    new_laptop.parent.mkdir()
    code, out, err = _run(
        capsys, "--db", str(new_laptop), "--passphrase-file", str(secret), "restore", str(newest)
    )
    assert code == 0 and "40 contacts" in out and "This installation is now office" in out
    code, out, _err = _run(capsys, "--db", str(new_laptop), "--passphrase-file", str(secret), "stats")
    assert code == 0 and " 40\n" in out.split("contacts", 1)[1][:40]

    # A second office learns everything from the hub.
    other = tmp_path / "other" / "dubai.sqlite"
    other.parent.mkdir()
    assert _run(capsys, "--db", str(other), "office", "--name", "Dubai Hub")[0] == 0
    full = tmp_path / "hub-all.petdesk-sync"
    assert _run(capsys, *enc, "sync", "export", "--all", "--out", str(full))[0] == 0
    assert _run(capsys, "--db", str(other), "sync", "import", str(full))[0] == 0
    back = tmp_path / "dubai-all.petdesk-sync"
    assert _run(capsys, "--db", str(other), "sync", "export", "--all", "--out", str(back))[0] == 0
    assert _run(capsys, *enc, "sync", "import", str(back))[0] == 0
    person_id, email = _plain(
        other,
        "SELECT c.id, m.value FROM contact c JOIN contact_method m ON m.contact_id = c.id "
        "WHERE m.channel = 'email' ORDER BY c.id LIMIT 1",
    )[0]
    assert isinstance(person_id, str) and isinstance(email, str)
    code, out, _err = _run(capsys, *enc, "followups", "add", "--contact", person_id, "--title", "Send MoU")
    assert code == 0
    code, out, _err = _run(capsys, *enc, "activities", "add", "--contact", person_id, "--subject", "Call")
    assert code == 0
    # One person's activities, each time named with its zone (the laptop travels).
    code, out, err = _run(capsys, *enc, "activities", "--contact", person_id[:8], "--tz", "Asia/Dubai")
    assert code == 0 and "  Call — " in out, err
    assert all(" Asia/Dubai  " in line for line in out.splitlines() if not line.startswith("    "))
    # Someone else's record names the person in passing: the erasure lists it to be edited.
    ((given, family),) = _plain(other, "SELECT given_name, family_name FROM contact WHERE id = ?", person_id)
    code, out, _err = _run(
        capsys, *enc, "activities", "add", "--organisation", _org_of(other, person_id),
        "--subject", f"Met {given} {family} and team",
    )  # fmt: skip
    assert code == 0
    assert (
        _run(capsys, *enc, "sync", "export", "--to", "Dubai Hub", "--out", str(tmp_path / "p1.sync"))[0] == 0
    )
    assert _run(capsys, "--db", str(other), "sync", "import", str(tmp_path / "p1.sync"))[0] == 0

    # The former partner asks to be erased: here, in the backups' warning, and at the other office.
    code, out, err = _run(capsys, *enc, "person", "erase", "--yes", person_id)
    assert code == 0, err
    assert "Activity: 1" in out and "Follow-up action: 1" in out
    assert "still hold the person" in out and newest.name in out
    assert "other record" in out and f"Met {given} {family} and team" in out
    code, out, _err = _run(capsys, *enc, "person", "backups", person_id)
    assert newest.name in out
    erasure = tmp_path / "p2.sync"
    assert _run(capsys, *enc, "sync", "export", "--to", "Dubai Hub", "--out", str(erasure))[0] == 0
    code, out, err = _run(capsys, "--db", str(other), "sync", "import", str(erasure))
    assert code == 0 and "erases" in out and "backups --delete" in out, err
    assert _plain(other, "SELECT count(*) FROM contact WHERE id = ?", person_id) == [(0,)]
    assert _plain(other, "SELECT count(*) FROM follow_up WHERE contact_id = ?", person_id) == [(0,)]
    assert _plain(other, "SELECT count(*) FROM activity WHERE contact_id = ?", person_id) == [(0,)]
    assert email.encode() not in other.read_bytes()

    # The disk fills: an export to a full disk, and a sync import whose backup does not fit.
    code, out, err = _run(capsys, *enc, "export-contacts", "--format", "csv", "--out", "/dev/full")
    if Path("/dev/full").exists():
        assert code == 1 and "the disk is full: free some space" in err and "No space left" not in err
    before = _plain(other, "SELECT count(*) FROM contact")
    again = tmp_path / "hub-all-2.petdesk-sync"
    assert _run(capsys, *enc, "sync", "export", "--all", "--out", str(again))[0] == 0
    with file_size_limit(no_room_to_rewrite(other)):
        code, out, err = _run(capsys, "--db", str(other), "sync", "import", "--new-office", str(again))
    assert code == 1 and "nothing was imported" in err and "disk I/O error" not in err, err
    assert _plain(other, "SELECT count(*) FROM contact") == before
    # Room again: everything works, nothing was damaged.
    assert _run(capsys, "--db", str(other), "check")[0] == 0
    assert _run(capsys, *enc, "check")[0] == 0
