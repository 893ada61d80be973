"""A stolen laptop's own package, written after the backup, still comes back when the new laptop
has imported another office's newer package first (field test 112: Lena imported Beijing's and
Shanghai's packages, then her own, and petdesk refused it as "nothing newer than this database":
the other offices' packages had moved this office's clock past it, and three people she had
added after the backup were lost)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import backups
from petdesk.services import contacts as contact_service
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send, values


def test_own_package_after_a_later_package_of_another_office(tmp_path: Path) -> None:
    bonn = make_office(tmp_path / "bonn", "Bonn")
    beijing = make_office(tmp_path / "beijing", "Beijing")
    new: Database | None = None
    try:
        send(bonn, beijing, tmp_path)
        send(beijing, bonn, tmp_path)
        with bonn.transaction() as s:
            contact_service.create_contact(s, family_name="Krause", given_name="Jonas")
        early = tmp_path / "bonn-before-backup.petdesk-sync"
        export(bonn, early, to=office_id(beijing))
        service.import_package(beijing, early, PASSPHRASE, backup=False)
        backup = backups.create(bonn.path, backups.MANUAL, out=tmp_path / "usb" / "bonn.gz").path
        with bonn.transaction() as s:
            late = contact_service.create_contact(s, family_name="Schmitt", given_name="Anna").id
        own = tmp_path / "bonn-to-beijing.petdesk-sync"
        export(bonn, own, to=office_id(beijing))
        service.import_package(beijing, own, PASSPHRASE, backup=False)
        with beijing.transaction() as s:  # Beijing works on, later than Bonn's package
            contact_service.create_contact(s, family_name="Li", given_name="Wei")
        theirs = tmp_path / "beijing-to-bonn.petdesk-sync"
        export(beijing, theirs, to=office_id(bonn))

        new_path = tmp_path / "new" / "petdesk.sqlite"
        backups.restore_new_installation(new_path, backup)
        from petdesk.db import open_database

        new = open_database(new_path)
        service.import_package(new, theirs, PASSPHRASE, backup=False)  # Beijing's first
        assert not values(new, "contact", late)
        result = service.import_package(new, own, PASSPHRASE, backup=False, own_package=True)
        assert result.applied and result.changed_data
        assert values(new, "contact", late)["family_name"] == "Schmitt"
        # The package written before the backup holds nothing newer: refused in plain words.
        for dry_run in (True, False):
            with pytest.raises(service.OwnPackageNotNewer):
                service.import_package(new, early, PASSPHRASE, own_package=True, dry_run=dry_run)
    finally:
        for db in (bonn, beijing, new):
            if db is not None:
                db.close()
