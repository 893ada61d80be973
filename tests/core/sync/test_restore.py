"""An office that restores an older backup gets back what the other offices had sent it (field
report item 3): they had taken it as received, and kept sending "0 records"."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database, make_engine
from petdesk.models import Contact
from petdesk.services import backups
from petdesk.sync import service
from petdesk.sync.service import canonical_dump
from tests.core.sync.helpers import PASSPHRASE, export, send, values


def _add(db: Database, given: str) -> str:
    with db.transaction() as s:
        person = Contact(family_name="Li", given_name=given)
        s.add(person)
        s.flush()
        return person.id


def _restore(db: Database, backup: Path) -> Database:
    db.close()
    backups.restore(db.path, backup)
    return Database(path=db.path, engine=make_engine(db.path))


def test_after_a_restore_the_next_exchanges_bring_back_what_was_lost(offices, packages: Path) -> None:
    a, b, _ = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    backup = backups.create(a.path, "manual").path
    lina = _add(b, "Na")
    send(b, a, packages)  # Beijing receives Li Na ...
    send(a, b, packages)  # ... and says so
    a = _restore(a, backup)  # then goes back to the backup taken before
    assert values(a, "contact", lina) == {}
    send(a, b, packages)
    send(b, a, packages)
    assert values(a, "contact", lina)["given_name"] == "Na"
    _add(a, "Ming")
    send(a, b, packages)
    send(b, a, packages)
    assert canonical_dump(a) == canonical_dump(b)
    a.close()


def test_a_full_package_brings_back_this_offices_own_lost_changes(offices, packages: Path) -> None:
    a, b, _ = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    backup = backups.create(a.path, "manual").path
    ming = _add(a, "Ming")  # made at Beijing after the backup, sent to Bonn
    send(a, b, packages)
    a = _restore(a, backup)
    full = packages / "full.petdesk-sync"
    export(b, full)  # sync export --all at Bonn
    service.import_package(a, full, PASSPHRASE, backup=False)
    assert values(a, "contact", ming)["given_name"] == "Ming"
    send(a, b, packages)
    send(b, a, packages)
    assert canonical_dump(a) == canonical_dump(b)
    a.close()


def test_restore_tells_to_ask_the_other_offices_for_a_full_package(offices, packages: Path, capsys) -> None:
    """Only the office exchanged with after the backup is named (field test 22, defect 5)."""
    from petdesk.cli import main

    a, b, c = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    send(a, c, packages, full=True)
    send(c, a, packages, full=True)
    backup = backups.create(a.path, "manual").path
    _add(a, "Ming")
    send(a, b, packages)  # after the backup: Bonn has what the restore takes away, Nairobi not
    a.close()
    assert main(["--db", str(a.path), "restore", str(backup), "--yes"]) == 0  # newer work here
    err = capsys.readouterr().err
    assert "ask Bonn for a full package (petdesk sync export --all)" in err, err
    assert "Nairobi" not in err, err


def test_restore_says_nothing_of_exchanges_when_none_came_after_the_backup(
    offices, packages: Path, capsys
) -> None:
    """The field test's office: it imported and exported, then made the backup, then restored it."""
    from petdesk.cli import main

    a, b, _ = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    backup = backups.create(a.path, "manual").path
    _add(a, "Ming")  # a change here, but no exchange
    a.close()
    assert main(["--db", str(a.path), "restore", str(backup), "--yes"]) == 0  # newer work here
    captured = capsys.readouterr()
    assert "Restored" in captured.out
    assert "exchanged with other offices" not in captured.err, captured.err
