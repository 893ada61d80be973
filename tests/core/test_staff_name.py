"""Who the history credits without a ``staff.name`` setting (field test 84: "root", and two colleagues
on one office laptop looked the same): the system account's full name before its login, a name set
with ``petdesk office --staff``, and the command line saying once, in the reader's language and to a
person at a terminal, how."""

from __future__ import annotations

import os
import pwd
import sqlite3
from pathlib import Path

import pytest

from petdesk import os_account
from petdesk.cli import main, progress
from petdesk.db import Database
from petdesk.services import organisations, staff
from petdesk.sync import tracking
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


@pytest.fixture(autouse=True)
def _no_chosen_staff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PETDESK_STAFF", raising=False)
    monkeypatch.setattr(tracking, "credited_unnamed", [None])


def _account(monkeypatch: pytest.MonkeyPatch, gecos: str) -> None:
    """This process's passwd entry with another GECOS field (the account is the system's, not ours)."""
    real = pwd.getpwuid(0)
    entry = pwd.struct_passwd((real.pw_name, "x", 0, 0, gecos, real.pw_dir, real.pw_shell))
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: entry)
    monkeypatch.setattr(os_account, "login_name", lambda: real.pw_name)


def _authors(path: Path) -> set[str]:
    with sqlite3.connect(path) as con:
        return {row[0] for row in con.execute("SELECT DISTINCT staff FROM sync_change")}


def test_the_full_name_comes_before_the_login(monkeypatch: pytest.MonkeyPatch) -> None:
    _account(monkeypatch, "Zhou Min,Room 12,+49 228 123")
    assert os_account.full_name() == "Zhou Min" and os_account.display_name() == "Zhou Min"
    _account(monkeypatch, "root")  # root's GECOS repeats the login: that is no full name
    assert os_account.full_name() == ""
    assert os_account.display_name() == pwd.getpwuid(0).pw_name


def test_a_change_without_a_staff_name_credits_the_accounts_full_name(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _account(monkeypatch, "Zhou Min,,,")
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Bonn Water Board")
    assert _authors(db.path) == {"Zhou Min"}
    assert tracking.credited_unnamed == ["Zhou Min"]
    with db.transaction() as s:
        assert staff.staff_setting(s) == ""
        assert staff.set_staff_name(s, "  Wang   Fang ") == "Wang Fang"
    tracking.credited_unnamed[0] = None
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Suzhou Clean Water Co.")
    assert _authors(db.path) == {"Zhou Min", "Wang Fang"}
    assert tracking.credited_unnamed == [None]  # a set name: nothing to tell
    with db.transaction() as s:
        assert staff.set_staff_name(s, "") == "" and staff.staff_setting(s) == ""
        with pytest.raises(ValueError):
            staff.set_staff_name(s, "x" * (staff.MAX_LENGTH + 1))


@pytest.mark.usefixtures("tree_catalogue")
def test_the_command_line_says_once_how_to_set_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _account(monkeypatch, "Zhou Min")
    db = str(tmp_path / "cli.sqlite")
    assert main(["--db", db, "office", "--name", "Bonn Office"]) == 0
    assert "--staff" not in capsys.readouterr().err  # a script's stderr stays as it was
    monkeypatch.setattr(progress, "stderr_is_terminal", lambda: True)  # a person reads it
    os.remove(db)
    assert main(["--db", db, "office", "--name", "Bonn Office"]) == 0  # a new file's office: one note
    assert capsys.readouterr().err.count("petdesk office --staff") == 1
    assert main(["--db", db, "organisation", "add", "--kind", "ngo", "--name-en", "Bonn Water Board"]) == 0
    err = capsys.readouterr().err
    assert err.count("petdesk office --staff") == 1 and "(Zhou Min)" in err
    hamburg = ["organisation", "add", "--kind", "ngo", "--name-en", "Hamburg Port"]
    assert main(["--lang", "zh_CN", "--db", db, *hamburg]) == 0
    err = capsys.readouterr().err
    assert err.count("petdesk office --staff") == 1 and "尚未设置员工姓名" in err and "（Zhou Min）" in err
    assert main(["--db", db, "stats"]) == 0  # a command that changes nothing says nothing
    assert "--staff" not in capsys.readouterr().err

    assert main(["--db", db, "office", "--staff", "Wang Fang"]) == 0
    assert "staff:   Wang Fang" in capsys.readouterr().out.splitlines()
    assert main(["--db", db, "organisation", "add", "--kind", "ngo", "--name-en", "Tianjin Eco-City"]) == 0
    assert "--staff" not in capsys.readouterr().err
    assert _authors(Path(db)) == {"Zhou Min", "Wang Fang"}
    assert main(["--lang", "zh_CN", "--db", db, "office"]) == 0
    assert "员工姓名： Wang Fang" in capsys.readouterr().out.splitlines()
    assert main(["--db", db, "office", "--staff", ""]) == 0
    assert "staff:" not in capsys.readouterr().out
