"""After a restore the office shuts the stolen laptop out with a new shared sync passphrase (field
test 112): a package the laptop writes after the change is refused at the other offices in plain
words, and a package written before the change still imports with the old passphrase."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Contact
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, make_office, office_id, send

NEW = "Vier Buecher Nordsee 2027"


def _names(db: Database) -> set[str]:
    with db.transaction() as session:
        return {c.family_name for c in session.query(Contact)}


def test_stolen_laptop_packages_after_the_change_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bonn, beijing = make_office(tmp_path / "bonn", "Bonn"), make_office(tmp_path / "beijing", "Beijing")
    send(beijing, bonn, tmp_path, full=True)
    bj = office_id(beijing)
    with bonn.transaction() as session:
        session.add(Contact(family_name="Schmitt", given_name="Anna"))
    before = tmp_path / "bonn-before-change.petdesk-sync"
    service.export_changes(bonn, before, PASSPHRASE, to=bj, kdf_n=TEST_KDF_N, durable=False)
    bonn.close()
    stolen_path = tmp_path / "stolen" / "Bonn.sqlite"
    stolen_path.parent.mkdir()
    shutil.copy(bonn.path, stolen_path)
    stolen = Database(path=stolen_path)

    service.store_passphrase(beijing, NEW)  # the new shared passphrase, after the theft
    with stolen.transaction() as session:
        session.add(Contact(family_name="Dieb", given_name="Max"))
    after = tmp_path / "bonn-from-the-thief.petdesk-sync"
    service.export_changes(stolen, after, PASSPHRASE, to=bj, kdf_n=TEST_KDF_N, durable=False)
    stolen.close()
    beijing.close()

    old_file = tmp_path / "old-passphrase.txt"
    old_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(beijing.path), "sync", "import", str(after)]) == 3
    said = capsys.readouterr().err
    assert "rejected" in said and "encrypted with a different passphrase" in said
    with _open(beijing.path) as db:
        assert "Dieb" not in _names(db)
    # Made before the change: the old passphrase, given for this one import, still opens it.
    assert (
        main(["--db", str(beijing.path), "sync", "import", "--passphrase-file", str(old_file), str(before)])
        == 0
    )
    with _open(beijing.path) as db:
        assert "Schmitt" in _names(db) and "Dieb" not in _names(db)


class _open:
    def __init__(self, path: Path) -> None:
        from petdesk.db import open_database

        self.db = open_database(path)

    def __enter__(self) -> Database:
        return self.db

    def __exit__(self, *_exc: object) -> None:
        self.db.close()
