"""The import summary says in words what a cleanup at another office did (field test 69, defect 5):
a record deleted here that the sender restored was counted as "updated", and merges showed only
as rows of "merge record"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import open_database
from petdesk.services import history, merge
from petdesk.sync import service


def _run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(db), "--lang", "en", *args]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_restorations_and_merges_are_named(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    new_database_file: Callable[[Path], Path],
) -> None:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", "granite willow 69 harbour")
    # copies of the session's new file: the office command would otherwise migrate two new files
    hub, peer = new_database_file(tmp_path / "hub.sqlite"), new_database_file(tmp_path / "peer.sqlite")
    _run(hub, capsys, "office", "--name", "Frankfurt Hub Office")
    _run(peer, capsys, "office", "--name", "Beijing Office")
    db = open_database(hub)
    with db.transaction() as s:
        people = [m.Contact(family_name=name, given_name="Jonas") for name in ("Vogel", "Vogel", "Krause")]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people]
        people[2].soft_delete()
    db.close()
    _run(hub, capsys, "sync", "export", "--all", "--out", str(tmp_path / "all.petdesk-sync"))
    _run(peer, capsys, "sync", "import", str(tmp_path / "all.petdesk-sync"))
    _run(
        peer,
        capsys,
        "sync",
        "export",
        "--to",
        "Frankfurt Hub Office",
        "--out",
        str(tmp_path / "a.petdesk-sync"),
    )
    _run(hub, capsys, "sync", "import", str(tmp_path / "a.petdesk-sync"))

    db = open_database(hub)
    assert [r.row_id for r in history.restore_records(db, [ids[2]]).restored] == [ids[2]]
    with db.transaction() as s:
        merge.merge_contacts(s, ids[0], ids[1])
    db.close()
    _run(hub, capsys, "sync", "export", "--to", "Beijing Office", "--out", str(tmp_path / "b.petdesk-sync"))
    said = _run(peer, capsys, "sync", "import", str(tmp_path / "b.petdesk-sync"))
    assert "brings back 1 record deleted here: restored at the sending office" in said
    assert "1 merge of duplicates made at the sending office (petdesk merge --list)" in said
    # the exchange journal keeps the count (fixes 50: it was left out of what was stored)
    db = open_database(peer)
    try:
        last = service.journal(db)[0]
    finally:
        db.close()
    assert last.direction == "import" and last.counts["contact"]["restored"] == 1
    assert last.counts["contact"]["updated"] >= 1
