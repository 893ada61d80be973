"""Package numbers go on past every number this office sent, after a restore of an older backup
(stolen-laptop restore, field test 112): the number came from the restored file's export log, so the
next package reused one the other office had imported already."""

from __future__ import annotations

from pathlib import Path

from petdesk.models import Contact
from petdesk.services import backups
from petdesk.sync import package_numbers, service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send


def _number(path: Path, recipient_id: str) -> int | None:
    manifest = service.read_package(path, PASSPHRASE).manifest
    return package_numbers.number_of(manifest, recipient_id)


def _add(db: object, family_name: str) -> None:
    with db.transaction() as session:  # type: ignore[attr-defined]
        session.add(Contact(family_name=family_name, given_name="Anna"))


def test_numbers_continue_after_restoring_an_older_backup(tmp_path: Path) -> None:
    bonn, beijing = make_office(tmp_path / "bonn", "Bonn"), make_office(tmp_path / "beijing", "Beijing")
    send(beijing, bonn, tmp_path, full=True)
    bj = office_id(beijing)
    packages = []
    _add(bonn, "Weber")
    packages.append(export(bonn, tmp_path / "bonn-1.petdesk-sync", to=bj).path)
    backup = backups.create(bonn.path, backups.MANUAL).path
    _add(bonn, "Schulz")  # only in package 2: the restore loses it here, Beijing keeps it
    packages.append(export(bonn, tmp_path / "bonn-2.petdesk-sync", to=bj).path)
    bonn.close()
    backups.restore(bonn.path, backup)
    _add(bonn, "Fischer")
    packages.append(export(bonn, tmp_path / "bonn-3.petdesk-sync", to=bj).path)

    assert [_number(p, bj) for p in packages] == [1, 2, 3]
    for path in packages:
        result = service.import_package(beijing, path, PASSPHRASE, backup=False)
        assert result.applied and result.missing_packages is None
    with beijing.transaction() as session:
        names = {c.family_name for c in session.query(Contact)}
    assert {"Weber", "Schulz", "Fischer"} <= names
    bonn.close()
    beijing.close()


def test_numbers_continue_on_a_new_laptop_from_the_other_office_acknowledgement(tmp_path: Path) -> None:
    """The high-water mark beside the stolen laptop's file is gone: the other office's package says
    the highest number it imported from this office."""
    bonn, beijing = make_office(tmp_path / "bonn", "Bonn"), make_office(tmp_path / "beijing", "Beijing")
    send(beijing, bonn, tmp_path, full=True)
    bj, bn = office_id(beijing), office_id(bonn)
    backup = backups.create(bonn.path, backups.MANUAL).path
    for n in (1, 2):
        _add(bonn, f"Weber{n}")
        service.import_package(beijing, export(bonn, tmp_path / f"b{n}.petdesk-sync", to=bj).path, PASSPHRASE)
    theirs = export(beijing, tmp_path / "bj-to-bonn.petdesk-sync", to=bn).path
    bonn.close()

    from petdesk.db import open_database

    new_path = tmp_path / "new laptop" / "petdesk.sqlite"
    backups.restore_new_installation(new_path, backup)
    new = open_database(new_path)
    service.import_package(new, theirs, PASSPHRASE, backup=False)
    _add(new, "Fischer")
    third = export(new, tmp_path / "b3.petdesk-sync", to=bj).path
    assert _number(third, bj) == 3
    assert service.import_package(beijing, third, PASSPHRASE).missing_packages is None
    new.close()
    beijing.close()
