"""After an erasure, the backups that still hold the person can be deleted from the command line
(field test 17 §8: "delete these backups" could only be followed with rm), and the import that
carried an erasure names its own backup as one of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import backups
from tests.core.privacy.test_erasure import make_person
from tests.core.sync.helpers import PASSPHRASE, export, make_office, send
from tests.helpers.terminal import type_at_terminal


def test_the_backups_that_hold_an_erased_person_can_be_deleted(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    person_id, _ = make_person(db)
    old = backups.create(db.path, backups.MANUAL).path
    kept = backups.create(db.path, "before-merge").path
    capsys.readouterr()
    assert main(["--db", str(db.path), "person", "erase", "--yes", person_id]) == 0
    out = capsys.readouterr().out
    command = f"petdesk --db {db.path} backups --delete {old.name} {kept.name}"
    assert f"To delete them: {command}" in out, out
    args = command.split()[1:]
    # A name that is not a backup of this database: nothing is deleted.
    assert main([*args, "nonsense.gz", "--yes"]) == 1
    assert "not a backup of" in capsys.readouterr().err and old.exists() and kept.exists()
    # Asked, and answered no: nothing is deleted.
    type_at_terminal(monkeypatch, "n\n")
    assert main(args) == 1
    assert "Delete these 2 backups for good? [y/N] Nothing deleted." in capsys.readouterr().out
    assert old.exists() and kept.exists()
    type_at_terminal(monkeypatch, "y\n")
    assert main(args) == 0
    assert "Deleted 2 backups." in capsys.readouterr().out
    for path in (old, kept):
        assert not path.exists() and not Path(f"{path}{backups.SIDECAR}").exists()
    assert main(["--db", str(db.path), "person", "backups", person_id]) == 0
    assert "No backup made before the erasure holds the person." in capsys.readouterr().out


def test_an_import_that_erases_names_its_own_backup_to_delete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = make_office(tmp_path / "dbs", "Chengdu")
    b = make_office(tmp_path / "dbs", "Stuttgart")
    try:
        person_id, _ = make_person(a)
        send(a, b, tmp_path)
        assert main(["--db", str(a.path), "person", "erase", "--yes", person_id]) == 0
        package = tmp_path / "erasure.petdesk-sync"
        export(a, package)
        secret = tmp_path / "passphrase.txt"
        secret.write_text(PASSPHRASE)
        capsys.readouterr()
        args = ["--db", str(b.path), "sync", "import", str(package), "--passphrase-file", str(secret)]
        assert main(args) == 0
        out = capsys.readouterr().out
        (backup,) = backups.backups_of(b.path)
        assert (
            "That backup still holds the 6 records erased by this import; once the import is checked, "
            f"delete it: petdesk --db {b.path} backups --delete {backup.path.name}"
        ) in out, out
    finally:
        a.close()
        b.close()


def test_a_new_office_s_first_import_does_not_say_its_backup_holds_erased_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 49, defect 3: the erasure markers of a first import erase nothing here, and the
    backup taken before it (of an almost empty database) holds none of those records."""
    a = make_office(tmp_path / "dbs", "Munich")
    b = make_office(tmp_path / "dbs", "Hamburg")
    try:
        person_id, _ = make_person(a)
        assert main(["--db", str(a.path), "person", "erase", "--yes", person_id]) == 0
        package = tmp_path / "all.petdesk-sync"
        export(a, package)
        secret = tmp_path / "passphrase.txt"
        secret.write_text(PASSPHRASE)
        capsys.readouterr()
        args = ["--db", str(b.path), "sync", "import", str(package), "--passphrase-file", str(secret)]
        assert main(args) == 0
        out = capsys.readouterr().out
        assert "Imported. Backup taken before importing" in out, out
        assert "still holds" not in out
        assert main(["--db", str(b.path), "person", "backups", person_id]) == 0
        assert "No backup made before the erasure holds the person." in capsys.readouterr().out
    finally:
        a.close()
        b.close()
