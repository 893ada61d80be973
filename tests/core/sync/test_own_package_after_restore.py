"""A lost laptop: its office is restored from a backup on a new one, and the lost laptop's last
package (written after the backup) brings back what was written since, erasures included (field
test 28: it was refused as "written by this office itself", and an erased person came back)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.services import backups, privacy
from petdesk.services import contacts as contact_service
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, values


def test_the_own_package_written_after_the_backup_comes_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lost = make_office(tmp_path / "lost", "Stuttgart")
    try:
        with lost.transaction() as s:
            erased = contact_service.create_contact(s, family_name="Quixotewald", given_name="Brunhilde").id
        backup = backups.create(lost.path, backups.MANUAL, out=tmp_path / "usb" / "stuttgart.gz").path
        with lost.transaction() as s:
            late = contact_service.create_contact(s, family_name="Latecomer", given_name="Lena").id
        privacy.erase(lost, erased)
        package = tmp_path / "usb" / "after-erase.petdesk-sync"
        export(lost, package)
    finally:
        lost.close()
    new_path = tmp_path / "new" / "petdesk.sqlite"
    new_path.parent.mkdir()
    assert main(["--db", str(new_path), "restore", str(backup)]) == 0
    assert "petdesk sync import --own-package FILE" in capsys.readouterr().out  # says how to get it back
    new: Database = open_database(new_path)
    try:
        assert values(new, "contact", erased) and not values(new, "contact", late)
        # Refused by default, with the way out in the message.
        with pytest.raises(service.OwnPackage, match=r"restored from a backup.*--own-package"):
            service.import_package(new, package, PASSPHRASE, backup=False)
        result = service.import_package(new, package, PASSPHRASE, backup=False, own_package=True)
        assert result.applied
        assert values(new, "contact", late)["family_name"] == "Latecomer"
        assert values(new, "contact", erased) == {}  # the erasure holds
        again = service.import_package(new, package, PASSPHRASE, backup=False, own_package=True)
        assert again.already_imported and not again.changed_data
        # A package of this office's that is nothing newer than the database is refused in plain words.
        with new.transaction() as s:
            contact_service.create_contact(s, family_name="After", given_name="Anna")
        written_here = tmp_path / "here.petdesk-sync"
        export(new, written_here)
        with pytest.raises(service.OwnPackageNotNewer):
            service.import_package(new, written_here, PASSPHRASE, backup=False, own_package=True)
    finally:
        new.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    capsys.readouterr()
    command = ["--db", str(new_path), "sync", "import", str(written_here), "--passphrase-file", str(secret)]
    assert main(command) == 3
    assert "if this laptop was restored from a backup" in capsys.readouterr().err.lower()
    assert main([*command, "--own-package"]) == 3
    assert "holds nothing newer than this database" in capsys.readouterr().err
