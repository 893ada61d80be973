"""Packages that should not pass unnoticed: a clock far ahead, an office never seen, a namesake
(field test 5, defects 2 and 6)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import EXIT_REJECTED, PASSPHRASE_ENV
from petdesk.db import Database
from petdesk.models import Contact
from petdesk.sync import hlc, service
from petdesk.sync.validate import too_far_ahead
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id

YEAR_MS = 365 * 86_400_000


def _clock(db: Database) -> str:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()[0]
    finally:
        con.close()


def _run(db: Database, *args: str) -> int:
    return main(["--db", str(db.path), "sync", *args])


@pytest.fixture
def future_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A hub, and a package from a laptop whose clock ran a year ahead when it made its edit."""
    hub = make_office(tmp_path / "dbs", "Shanghai")
    laptop = make_office(tmp_path / "dbs", "Laptop EU")
    real = hlc.wall_ms
    with monkeypatch.context() as shifted:
        # The clock's own source of time, as /tmp/field5/future.py shifted time.time.
        shifted.setattr(hlc, "wall_ms", lambda: real() + YEAR_MS)
        with laptop.transaction() as session:
            session.add(Contact(family_name="Chen", given_name="Xueling", notes="from the future"))
        path = tmp_path / "future.petdesk-sync"
        export(laptop, path)
    yield hub, laptop, path
    hub.close()
    laptop.close()


def test_a_package_from_a_clock_a_year_ahead_is_refused_before_anything_is_written(future_package) -> None:
    hub, laptop, path = future_package
    before = _clock(hub)
    preview = service.import_package(hub, path, PASSPHRASE, dry_run=True)
    assert preview.future_clock is not None
    assert hlc.decode(preview.future_clock)[0] > hlc.wall_ms() + 300 * 86_400_000
    with pytest.raises(service.FutureClock) as refused:
        service.import_package(hub, path, PASSPHRASE)
    message = str(refused.value)
    assert "Laptop EU" in message and office_id(laptop) in message
    assert "one of the two computers is wrong" in message and "--accept-future-clock" in message
    assert _clock(hub) == before and service.journal(hub) == []


def test_accepting_a_future_clock_imports_the_package(future_package) -> None:
    hub, _laptop, path = future_package
    result = service.import_package(hub, path, PASSPHRASE, accept_future_clock=True, backup=False)
    assert result.applied and result.future_clock is not None
    with hub.transaction() as session:
        assert session.query(Contact).one().notes == "from the future"


def test_cli_refuses_a_future_clock_unless_told(future_package, capsys, monkeypatch) -> None:
    hub, _laptop, path = future_package
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert _run(hub, "import", str(path), "--dry-run") == 0
    err = capsys.readouterr().err
    assert "one of the two computers is wrong" in err and "--accept-future-clock" in err
    assert _run(hub, "import", str(path)) == EXIT_REJECTED
    assert "Laptop EU" in capsys.readouterr().err
    assert _run(hub, "import", str(path), "--accept-future-clock") == 0
    err = capsys.readouterr().err
    assert "imported anyway" in err and "given this office's time, as if made now" in err
    assert "this office's clock stays where it is" in err
    assert not too_far_ahead(_clock(hub), hlc.wall_ms())


def test_export_warns_when_this_computers_clock_is_behind_what_it_has_seen(
    future_package, tmp_path: Path, capsys, monkeypatch
) -> None:
    """The laptop, its clock put right, has a clock value a year ahead of it; the hub that
    accepted its package does not (its values were given the hub's time: no warning there)."""
    hub, laptop, path = future_package
    service.import_package(hub, path, PASSPHRASE, accept_future_clock=True, backup=False)
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "out.petdesk-sync"
    assert _run(hub, "export", "--all", "--out", str(out), "--passphrase-file", str(secret)) == 0
    assert "probably wrong" not in capsys.readouterr().err
    assert _run(laptop, "export", "--all", "--out", str(out), "--passphrase-file", str(secret)) == 0
    err = capsys.readouterr().err
    assert "this computer's clock" in err and "probably wrong" in err


def test_first_package_from_a_namesake_office_asks_for_confirmation(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    hub = make_office(tmp_path / "dbs", "Shanghai")
    chengdu = make_office(tmp_path / "dbs", "Chengdu")
    stranger = make_office(tmp_path / "other", "Shanghai")
    try:
        export(hub, tmp_path / "hub.pkg")
        first = service.import_package(chengdu, tmp_path / "hub.pkg", PASSPHRASE, backup=False)
        assert first.new_office and first.namesakes == []
        # Once known, the hub is no longer new.
        export(hub, tmp_path / "hub2.pkg")
        assert not service.import_package(chengdu, tmp_path / "hub2.pkg", PASSPHRASE, dry_run=True).new_office

        with stranger.transaction() as session:
            session.add(Contact(family_name="Evil", given_name="Mallory"))
        export(stranger, tmp_path / "stranger.pkg")
        preview = service.import_package(chengdu, tmp_path / "stranger.pkg", PASSPHRASE, dry_run=True)
        assert preview.new_office and preview.namesakes == [office_id(hub)]
        with pytest.raises(service.NamesakeOffice) as refused:
            service.import_package(chengdu, tmp_path / "stranger.pkg", PASSPHRASE, backup=False)
        assert office_id(hub) in str(refused.value) and office_id(stranger) in str(refused.value)
        assert [e.peer_name for e in service.journal(chengdu)] == ["Shanghai"]

        monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
        assert _run(chengdu, "import", str(tmp_path / "stranger.pkg"), "--dry-run") == 0
        captured = capsys.readouterr()
        first_line = f"first package from an office not known here: Shanghai (id {office_id(stranger)})"
        assert first_line in captured.out
        assert f"another office is already known as Shanghai (id {office_id(hub)})" in captured.err
        assert _run(chengdu, "import", str(tmp_path / "stranger.pkg")) == EXIT_REJECTED
        assert _run(chengdu, "import", str(tmp_path / "stranger.pkg"), "--new-office") == 0
        capsys.readouterr()

        # Two offices called Shanghai: the export names both, with their ids.
        assert _run(chengdu, "export", "--to", "Shanghai", "--out", str(tmp_path / "x.pkg")) == 1
        err = capsys.readouterr().err
        assert office_id(hub) in err and office_id(stranger) in err and "office id" in err
    finally:
        for db in (hub, chengdu, stranger):
            db.close()


def test_an_erasure_only_package_says_how_many_erasures_it_carries(tmp_path: Path, capsys) -> None:
    from petdesk.services import privacy

    a = make_office(tmp_path / "dbs", "Chengdu")
    b = make_office(tmp_path / "dbs", "Shanghai")
    try:
        with a.transaction() as session:
            contact = Contact(family_name="Costa", given_name="Lucas")
            session.add(contact)
            session.flush()
            person = contact.id
        export(a, tmp_path / "a.pkg")
        service.import_package(b, tmp_path / "a.pkg", PASSPHRASE, backup=False)
        export(b, tmp_path / "b.pkg")
        service.import_package(a, tmp_path / "b.pkg", PASSPHRASE, backup=False)
        privacy.erase(a, person)
        secret = tmp_path / "secret.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        out = tmp_path / "e.pkg"
        assert _run(a, "export", "--to", "Shanghai", "--out", str(out), "--passphrase-file", str(secret)) == 0
        assert "0 records, 1 erasure " in capsys.readouterr().out  # the singular form
    finally:
        a.close()
        b.close()
