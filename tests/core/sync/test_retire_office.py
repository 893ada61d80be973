"""Retiring an office (field test: a wiped laptop restored as a new office, "Laptop EU" twice at
the hub): its packages are refused, none are written for it, and every office learns it."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import EXIT_REJECTED, PASSPHRASE_ENV
from petdesk.db import Database, make_engine
from petdesk.i18n import format_date
from petdesk.models import Contact
from petdesk.services import backups
from petdesk.services import office as office_service
from petdesk.sync import service
from petdesk.sync.validate import ContentError, validate_manifest
from tests.core.sync.helpers import PASSPHRASE, export, full_dump, make_office, office_id
from tests.helpers.terminal import type_at_terminal


class Network:
    """A hub (Shanghai), Bonn, the old "Laptop EU" and the new one the wiped laptop became; the
    hub has exchanged with all three, Bonn with the hub only."""

    def __init__(self, folder: Path, *, built: int | None = None) -> None:
        """The offices in ``folder``: made and exchanged there, or opened there when ``built`` (the
        number of packages written) says they were, in a copy of a network made before."""
        self.folder = folder
        paths = {"hub": ("dbs", "Shanghai"), "bonn": ("dbs", "Bonn"), "old": ("old", "Laptop EU")}
        paths["new"] = ("new", "Laptop EU")
        if built is not None:
            opened = {k: _open(folder / sub / f"{name}.sqlite") for k, (sub, name) in paths.items()}
            self.hub, self.bonn, self.old, self.new = (opened[k] for k in ("hub", "bonn", "old", "new"))
            self.n = built
            return
        self.hub = make_office(folder / "dbs", "Shanghai")
        self.bonn = make_office(folder / "dbs", "Bonn")
        self.old = make_office(folder / "old", "Laptop EU")
        self.new = make_office(folder / "new", "Laptop EU")
        self.n = 0
        with self.old.transaction() as session:
            session.add(Contact(family_name="Weber", given_name="Anna"))
        self.send(self.old, self.hub)
        self.send(self.hub, self.old)
        self.send(self.new, self.hub, accept_new_office=True)  # the namesake, accepted as real
        self.send(self.hub, self.bonn)
        self.send(self.bonn, self.hub)

    def package(self, src: Database, to: str | None = None) -> Path:
        self.n += 1
        path = self.folder / f"p{self.n}.petdesk-sync"
        export(src, path, to=to)
        return path

    def send(self, src: Database, dst: Database, **kwargs: bool) -> service.ImportResult:
        return service.import_package(dst, self.package(src), PASSPHRASE, backup=False, **kwargs)

    def close(self) -> None:
        for db in (self.hub, self.bonn, self.old, self.new):
            db.close()


def _open(path: Path) -> Database:
    """A file ``make_office`` made, opened as it opens them (already migrated)."""
    return Database(path=path, engine=make_engine(path))


@pytest.fixture(scope="module")
def built_network(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The network made once for the module (four offices and five packages take seconds), closed:
    each test works in its own copy of the folder."""
    folder = tmp_path_factory.mktemp("network")
    network = Network(folder)
    network.close()
    return folder, network.n


@pytest.fixture
def net(tmp_path: Path, built_network: tuple[Path, int]) -> Iterator[Network]:
    folder, built = built_network
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
    network = Network(tmp_path, built=built)
    yield network
    network.close()


def _run(db: Database, *args: str) -> int:
    return main(["--db", str(db.path), "sync", *args])


def _answer(monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    type_at_terminal(monkeypatch, answer + "\n")


def _retired(db: Database) -> dict[str, str | None]:
    return {o.id: o.retired_at for o in service.list_offices(db) if o.retired_at}


def test_retire_asks_names_the_office_and_lists_it_apart(net: Network, capsys, monkeypatch) -> None:
    old_id, new_id = office_id(net.old), office_id(net.new)
    # Two offices called Laptop EU: the name alone is refused, naming both ids.
    assert _run(net.hub, "retire", "Laptop EU", "--yes") == 1
    err = capsys.readouterr().err
    assert old_id in err and new_id in err and "office id" in err
    _answer(monkeypatch, "n")
    assert _run(net.hub, "retire", old_id) == 1
    out = capsys.readouterr().out
    assert "Retire Laptop EU?" in out and old_id in out and "last import" in out
    assert "Nothing changed." in out and _retired(net.hub) == {}

    _answer(monkeypatch, "y")
    assert _run(net.hub, "retire", old_id[:8]) == 0
    assert f"Retired Laptop EU (id {old_id})" in capsys.readouterr().out
    assert list(_retired(net.hub)) == [old_id]

    assert _run(net.hub, "offices") == 0
    listing = capsys.readouterr().out
    in_service, retired = listing.split("Retired (")
    assert new_id in in_service and old_id not in in_service
    today = service.list_offices(net.hub)[-1].retired_at[:10]  # type: ignore[index]
    day = format_date(dt.date.fromisoformat(today), "en")  # (the tests' computer keeps UTC)
    assert old_id in retired and f"retired on {day}; last import " in retired

    assert _run(net.hub, "retire", old_id, "--yes") == 1
    # the day as `sync offices` says it, not 2026-12-06 (field test 80)
    assert f"was already retired on {day}" in capsys.readouterr().err
    assert _run(net.hub, "retire", office_id(net.hub), "--yes") == 1  # not among the others


def test_no_package_is_written_for_a_retired_office(net: Network, capsys, monkeypatch) -> None:
    old_id, new_id = office_id(net.old), office_id(net.new)
    service.retire_office(net.hub, old_id)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    out = net.folder / "x.petdesk-sync"
    assert _run(net.hub, "export", "--to", old_id, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert f"Laptop EU (id {old_id}) was retired on" in err and f"petdesk sync unretire {old_id}" in err
    assert not out.exists()
    # By name, the one in service is meant: the new laptop.
    assert _run(net.hub, "export", "--to", "Laptop EU", "--out", str(out)) == 0
    assert service.read_package(out, PASSPHRASE).manifest["recipient"]["id"] == new_id


def test_a_package_from_a_retired_office_is_refused_and_nothing_is_written(
    net: Network, capsys, monkeypatch
) -> None:
    old_id = office_id(net.old)
    service.retire_office(net.hub, old_id)
    with net.old.transaction() as session:
        session.add(Contact(family_name="Schmidt", given_name="Jonas"))
    late = net.package(net.old)
    before = full_dump(net.hub)
    with pytest.raises(service.RetiredOffice) as refused:
        service.import_package(net.hub, late, PASSPHRASE)
    message = str(refused.value)
    day = _retired(net.hub)[old_id][:10]  # type: ignore[index]
    assert f"Laptop EU (id {old_id}), which was retired here on {day}" in message
    assert f"petdesk sync unretire {old_id}" in message
    with pytest.raises(service.RetiredOffice):  # the preview says so too
        service.import_package(net.hub, late, PASSPHRASE, dry_run=True)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert _run(net.hub, "import", str(late)) == EXIT_REJECTED
    assert "rejected: the package comes from Laptop EU" in capsys.readouterr().err
    assert full_dump(net.hub) == before
    assert backups.backups_of(net.hub.path) == []  # refused before the backup

    # Returned to service, its package imports.
    assert _run(net.hub, "unretire", "Laptop EU") == 0  # the only retired one of that name
    assert "is in service again" in capsys.readouterr().out
    assert service.import_package(net.hub, late, PASSPHRASE, backup=False).applied
    assert _run(net.hub, "unretire", old_id) == 1
    assert "is not retired" in capsys.readouterr().err


def test_retirement_and_return_travel_to_every_office(net: Network) -> None:
    old_id = office_id(net.old)
    service.retire_office(net.hub, old_id)
    stale = net.package(net.hub)  # carried to Bonn only after the return, below
    result = net.send(net.hub, net.bonn)
    assert result.offices_retired == [old_id]
    assert list(_retired(net.bonn)) == [old_id]
    # Bonn now refuses the old laptop's packages too.
    with pytest.raises(service.RetiredOffice):
        net.send(net.old, net.bonn)
    # Passed on by Bonn, the decision reaches an office that never exchanged with the hub.
    nairobi = make_office(net.folder / "dbs", "Nairobi")
    try:
        net.send(net.bonn, nairobi)
        assert list(_retired(nairobi)) == [old_id]
    finally:
        nairobi.close()

    service.return_office(net.hub, old_id)
    net.send(net.hub, net.bonn)
    assert _retired(net.bonn) == {}
    assert net.send(net.old, net.bonn).applied
    # A package made before the return, arriving late, does not retire the office again.
    assert service.read_package(stale, PASSPHRASE).manifest["retired_offices"][0]["retired_at"]
    assert service.import_package(net.bonn, stale, PASSPHRASE, backup=False).offices_retired == []
    assert _retired(net.bonn) == {}


def test_packages_carry_no_new_schema(net: Network) -> None:
    """Older petdesk reads the packages: the decisions ride in a manifest section it ignores, and
    the revision that keeps them is local (packages name 0080_training_session_online, the last
    revision that changed an exchanged table, not 0028_retired_offices)."""
    service.retire_office(net.hub, office_id(net.old))
    manifest = service.read_package(net.package(net.hub), PASSPHRASE).manifest
    assert manifest["schema"] == ["0080_training_session_online"]
    [entry] = manifest["retired_offices"]
    assert entry["office"] == office_id(net.old) and entry["by"] == office_id(net.hub)


@pytest.mark.parametrize(
    "section",
    [
        "all of them",
        [{"office": "x"}],
        [{"office": "bad id!", "retired_at": None, "hlc": "0" * 16, "by": "abc"}],
        [{"office": "abc", "retired_at": "yesterday", "hlc": "0" * 16, "by": "abc"}],
        [{"office": "abc", "retired_at": "2026-12-05T10:00:00", "hlc": "0" * 16, "by": "abc"}],
        [{"office": "abc", "retired_at": None, "hlc": "soon", "by": "abc"}],
    ],
)
def test_a_damaged_section_of_retired_offices_is_refused(net: Network, section: object) -> None:
    manifest = service.read_package(net.package(net.hub), PASSPHRASE).manifest
    manifest["retired_offices"] = section
    with pytest.raises(ContentError, match="retired office"):
        validate_manifest(manifest)


def test_retired_offices_survive_in_the_file(net: Network) -> None:
    old_id = office_id(net.old)
    service.retire_office(net.hub, old_id)
    con = sqlite3.connect(net.hub.path)
    try:
        row = con.execute("SELECT retired_at, decided_by FROM sync_retired_office").fetchone()
    finally:
        con.close()
    assert isinstance(row[0], int) and row[1] == office_id(net.hub)


def test_restore_does_not_tell_to_ask_a_retired_office(net: Network, capsys) -> None:
    """After a restore, the hub is told which offices to ask for a full package: those it exchanged
    with after the backup, but not the old laptop, retired since."""
    backup = backups.create(net.hub.path, "manual").path
    net.send(net.old, net.hub)
    service.retire_office(net.hub, office_id(net.old))
    net.send(net.bonn, net.hub)
    net.send(net.new, net.hub)
    net.hub.close()
    assert main(["--db", str(net.hub.path), "restore", str(backup)]) == 0
    err = capsys.readouterr().err
    assert "ask Bonn, Laptop EU for a full package" in err, err  # the new laptop only


def test_the_retired_laptop_is_told_when_it_learns_it(net: Network, capsys, monkeypatch) -> None:
    """Still in use, the old laptop learns from the hub's package that it was retired: its
    listing shows it and its exports warn that the other offices refuse them."""
    old_id = office_id(net.old)
    service.retire_office(net.hub, old_id)
    net.send(net.hub, net.old)
    assert _run(net.old, "offices") == 0
    retired = capsys.readouterr().out.split("Retired (")[1]
    assert f"* {old_id}" in retired and "this office" in retired
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert _run(net.old, "export", "--to", "Shanghai", "--out", str(net.folder / "x.petdesk-sync")) == 0
    err = capsys.readouterr().err
    assert "this office was retired on" in err and f"petdesk sync unretire {old_id}" in err


def _decisions(db: Database) -> list[tuple[str, str, str, str, str]]:
    return [
        (e.direction, e.peer_name, e.decided_by, e.staff, e.learned_from)
        for e in reversed(service.journal(db))
        if e.is_decision
    ]


def test_the_journal_says_when_and_by_whom_an_office_was_retired(net: Network, capsys, monkeypatch) -> None:
    """The retired-office table keeps only the latest decision: once the office was back in
    service nothing said who had retired it, or when. The journal keeps every decision."""
    monkeypatch.setenv("PETDESK_STAFF", "Zhou Min")
    old_id = office_id(net.old)
    service.retire_office(net.hub, old_id)
    net.send(net.hub, net.bonn)
    service.return_office(net.hub, old_id)
    net.send(net.hub, net.bonn)

    assert _decisions(net.hub) == [
        ("retire", "Laptop EU", "Shanghai", "Zhou Min", ""),
        ("unretire", "Laptop EU", "Shanghai", "Zhou Min", ""),
    ]
    assert _decisions(net.bonn) == [
        ("retire", "Laptop EU", "Shanghai", "", "Shanghai"),
        ("unretire", "Laptop EU", "Shanghai", "", "Shanghai"),
    ]
    # Dated when decided at the hub, not when Bonn heard of it.
    hub_times = [e.at for e in service.journal(net.hub) if e.is_decision]
    assert [e.at for e in service.journal(net.bonn) if e.is_decision] == hub_times
    # A package that brings nothing new about the office adds no line.
    net.send(net.hub, net.bonn)
    assert len(_decisions(net.bonn)) == 2

    capsys.readouterr()
    assert _run(net.bonn, "journal") == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(
        line.endswith("Laptop EU retired by Shanghai; learned from Shanghai's package") for line in lines
    )
    assert any(
        line.endswith("Laptop EU returned to service by Shanghai; learned from Shanghai's package")
        for line in lines
    )
    assert _run(net.hub, "journal") == 0
    assert "Laptop EU retired by Shanghai (Zhou Min)" in capsys.readouterr().out


def test_the_chinese_office_list_reads_as_chinese(net: Network, capsys) -> None:
    """Field test 27, defect 5: a full-width semicolon, and dates and times in the locale's words
    rather than "2026-12-05T14:34" (in English too)."""
    old_id = office_id(net.old)
    assert _run(net.hub, "retire", old_id, "--yes") == 0
    capsys.readouterr()
    assert main(["--lang", "zh_CN", "--db", str(net.hub.path), "sync", "offices"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if old_id in line)
    assert "停用；最近导入 " in line and "; " not in line and "T" not in line.split(old_id)[1]
    assert re.search(
        r"已于 \d{4}年\d{1,2}月\d{1,2}日 停用；最近导入 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d", line
    )
    assert _run(net.hub, "offices") == 0
    bonn = next(line for line in capsys.readouterr().out.splitlines() if office_id(net.bonn) in line)
    assert re.search(r"last import \d{1,2} \w{3} \d{4}, \d\d:\d\d", bonn)


def test_the_journal_names_offices_in_the_language_asked(net: Network) -> None:
    """Field test 32, defect 4: the Chinese window read "由 Beijing Representation Office 停用"
    while its status bar said "北京代表处". Offices known here are named as the status bar names
    them; the recorded name stays where the office has no Chinese name."""
    with net.hub.transaction() as session:
        office_service.set_identity(session, name_zh="上海代表处")
    service.retire_office(net.hub, office_id(net.old))
    net.send(net.hub, net.bonn)

    def named(locale: str) -> list[tuple[str, str]]:
        entries = service.journal(net.bonn, locale=locale)
        return [(e.peer_name, e.decided_by) for e in entries if e.is_decision]

    assert named("zh_CN") == [("Laptop EU", "上海代表处")]
    assert named("en") == [("Laptop EU", "Shanghai")]
