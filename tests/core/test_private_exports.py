"""Field test 17, §9: files with personal data (exported contacts as CSV, XLSX and vCard, reports,
sync packages) are written mode 600 like the database, whatever the umask; a file replaced keeps
the mode it had (someone who shared it on purpose keeps it shared)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("name", ["c.csv", "c.xlsx", "c.vcf"])
def test_exported_contacts_are_private(
    db: Database, tmp_path: Path, umask_022: None, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as session:
        session.add(m.Contact(family_name="Zhang", given_name="Ande"))
    db.close()
    out = tmp_path / name
    assert main(["--lang", "en", "--db", str(db.path), "export-contacts", "--out", str(out)]) == 0
    assert _mode(out) == 0o600

    out.chmod(0o644)  # shared on purpose: a new export over it keeps that
    assert main(["--lang", "en", "--db", str(db.path), "export-contacts", "--out", str(out)]) == 0
    assert _mode(out) == 0o644


def test_sync_package_and_report_are_private(
    db: Database, tmp_path: Path, umask_022: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", "granite willow 62 harbour")
    db.close()
    package = tmp_path / "p.petdesk-sync"
    assert main(["--db", str(db.path), "sync", "export", "--all", "--out", str(package)]) == 0
    assert _mode(package) == 0o600
    report = tmp_path / "market.xlsx"
    assert main(["--db", str(db.path), "report", "market", "--out", str(report)]) == 0
    assert _mode(report) == 0o600
