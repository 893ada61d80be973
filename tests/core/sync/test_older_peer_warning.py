"""``sync export --to`` an office whose last package named an older schema says that it cannot
read the package until it is updated (field test 55, defect 5): Munich, not updated, refused every
package of the updated offices, which were told nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV
from petdesk.db import Database
from petdesk.sync import package as pkg
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, export, make_office, office_id, send

OLD_SCHEMA = "0043_korean_names"


def _package_of_an_older_petdesk(munich: Database, path: Path) -> Path:
    """What Munich's older petdesk writes when it has nothing new: its manifest names its schema."""
    manifest = {
        "package_id": "00000000-0000-4000-8000-0000000000aa",
        "petdesk_version": "0.2.0",
        "schema": [OLD_SCHEMA],
        "sender": {"id": office_id(munich), "name": "Munich"},
        "knowledge": {},
        "base": {},
    }
    path.write_bytes(pkg.encode(manifest, {"offices": [], "entities": {}}, PASSPHRASE, kdf_n=TEST_KDF_N))
    return path


def test_export_for_an_office_on_an_older_petdesk_warns(
    tmp_path: Path, packages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    qingdao, munich, hamburg = (
        make_office(tmp_path / "dbs", name) for name in ("Qingdao", "Munich", "Hamburg")
    )
    send(munich, qingdao, packages, full=True)
    send(hamburg, qingdao, packages, full=True)
    # Hamburg's package named this petdesk's schema: nothing to say.
    assert export(qingdao, packages / "hh.pkg", to=office_id(hamburg)).recipient_schema_older == []
    service.import_package(qingdao, _package_of_an_older_petdesk(munich, packages / "mu.pkg"), PASSPHRASE)

    result = export(qingdao, packages / "for-munich.pkg", to=office_id(munich))
    assert result.recipient_schema_older == [OLD_SCHEMA]
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    out = packages / "cli-munich.pkg"
    assert main(["--db", str(qingdao.path), "sync", "export", "--to", "Munich", "--out", str(out)]) == 0
    assert (
        f"Munich's petdesk is older (its last package: {OLD_SCHEMA}); it cannot read this package until "
        "it is updated" in capsys.readouterr().err
    )
    # Once Munich is updated, its next package names this schema and the warning goes.
    send(munich, qingdao, packages)
    assert export(qingdao, packages / "later.pkg", to=office_id(munich)).recipient_schema_older == []
    for db in (qingdao, munich, hamburg):
        db.close()
