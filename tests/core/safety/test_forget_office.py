"""Handing the laptop back: ``petdesk forget-office`` removes the office and what petdesk remembers of
it, in a real HOME under tmp_path, and nothing of another office (field test 17 §8)."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from petdesk import faults, secrets
from petdesk.cli import main
from petdesk.db import _checks_path, open_database
from petdesk.paths import default_db_path
from petdesk.services import backups
from petdesk.services import contacts as cs
from petdesk.services.forget_office import settings_path

OTHER_DB = "/elsewhere/other.sqlite"


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default database of a HOME with everything petdesk keeps of an office, and of another."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "PETDESK_DB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PETDESK_LANG", "en")
    path = default_db_path()
    path.parent.mkdir(parents=True)
    db = open_database(path)
    with db.transaction() as s:
        cs.create_contact(s, family_name="Wang", given_name="Fang")
    db.close()
    backups.create(path, backups.MANUAL)
    backups.create(path, "before-encrypt")
    _checks_path().write_text(json.dumps({str(path.resolve()): [1], OTHER_DB: [2]}), encoding="utf-8")
    faults.log_path().write_text(
        "--- 2026-12-05T10:00:00+00:00 petdesk search Wang\nTraceback: Wang\n"
        f"--- 2026-12-05T10:01:00+00:00 petdesk --db {OTHER_DB} stats\nTraceback: other\n",
        encoding="utf-8",
    )
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(
        "[navigation]\nrecent=contact:abc\n\n[window]\npage=contacts\n", encoding="utf-8"
    )
    secrets.put(secrets.SYNC, path, "sync words")
    secrets.put(secrets.SYNC, Path(OTHER_DB), "other words")
    return path


def test_forget_office_removes_the_office_and_what_petdesk_keeps_of_it(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = office.parent.parent / "contacts.csv"
    export.write_text("Wang Fang\n", encoding="utf-8")
    folder = backups.folder_for(office)
    assert len(backups.backups_of(office)) == 2

    assert main(["forget-office", "--yes"]) == 0

    out = capsys.readouterr().out
    assert str(office) in out and "the database: 1 contact\n" in out and "2 backups" in out
    assert "exported or saved elsewhere are yours" in out
    assert not office.exists() and not folder.exists()
    assert not list(office.parent.glob(f"{office.name}*"))
    assert json.loads(_checks_path().read_text(encoding="utf-8")) == {OTHER_DB: [2]}
    log = faults.log_path().read_text(encoding="utf-8")
    assert "Wang" not in log and OTHER_DB in log
    assert settings_path().read_text(encoding="utf-8") == "[navigation]\n\n[window]\npage=contacts\n"
    assert secrets.get(secrets.SYNC, office) is None
    assert secrets.get(secrets.SYNC, Path(OTHER_DB)) == "other words"
    assert export.exists()  # the user's own file


def test_forget_office_asks_first_and_no_answer_keeps_everything(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["forget-office"]) == 1
    assert "no terminal to answer the question: nothing was done. Add --yes" in capsys.readouterr().err
    assert office.exists() and len(backups.backups_of(office)) == 2


def test_forget_office_is_refused_while_another_petdesk_writes_to_it(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = sqlite3.connect(office, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert main(["forget-office", "--yes"]) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "close it first. Nothing was removed" in capsys.readouterr().err
    assert office.exists() and len(backups.backups_of(office)) == 2
    assert "Wang" in faults.log_path().read_text(encoding="utf-8")


def test_forget_office_removes_the_backups_in_an_earlier_backup_folder(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 53, defect 1: after ``backups --folder`` the plain backups in ``backups/`` stayed."""
    first = backups.folder_for(office)
    assert main(["backups", "--folder", str(tmp_path / "OtherBackups")]) == 0
    assert main(["backup"]) == 0
    capsys.readouterr()

    assert main(["forget-office", "--yes"]) == 0

    out = capsys.readouterr().out
    assert "3 backups" in out and f"in {first}" in out and f"in {tmp_path / 'OtherBackups'}" in out
    assert not first.exists() and not (tmp_path / "OtherBackups").exists()


def test_changing_the_backup_folder_says_where_the_earlier_backups_stay_and_moves_them(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = backups.folder_for(office), tmp_path / "OtherBackups"
    assert main(["backups", "--folder", str(second)]) == 0
    out = capsys.readouterr().out
    command = f"petdesk backups --folder {second} --move"
    assert f"2 earlier backups stay in {first}; to move them here: {command}" in out
    assert backups.folders_of(office) == [second, first]

    assert main(["backups", "--folder", str(second), "--move"]) == 0

    assert f"Moved 2 backups to {second}." in capsys.readouterr().out
    assert len(backups.list_backups(second, office.name)) == 2 and not first.exists()
    assert all(Path(str(b.path) + ".json").exists() for b in backups.backups_of(office))


def test_left_behind_counts_the_backups_of_each_earlier_folder(office: Path, tmp_path: Path) -> None:
    """What the window's Change Folder… tells, below the window."""
    first, second = backups.folder_for(office), tmp_path / "OtherBackups"
    assert backups.left_behind(office) == {}
    conn = sqlite3.connect(office)
    try:
        backups.set_folder(conn, second)
    finally:
        conn.close()
    assert backups.left_behind(office) == {first: 2}
    backups.move_backups(office, second)
    assert backups.left_behind(office) == {}
