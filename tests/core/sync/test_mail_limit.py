"""A package larger than an e-mail attachment may be is written with a warning that says what to do
(field test 34, defect 2); sizes in MB."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV
from petdesk.db import Database
from petdesk.i18n import translator
from petdesk.models import Contact
from petdesk.sync import mail_limit, service
from tests.core.sync.helpers import PASSPHRASE, make_office


@pytest.fixture
def beijing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    db = make_office(tmp_path / "dbs", "Beijing")
    with db.transaction() as session:
        session.add_all(Contact(family_name=f"Zhang{i}", given_name="Wei") for i in range(30))
    yield db
    db.close()


def _export(db: Database, out: Path, *extra: str) -> int:
    return main(["--db", str(db.path), "sync", "export", "--all", "--out", str(out), *extra])


def test_limit_is_a_setting_of_25_mb_by_default(beijing: Database) -> None:
    assert mail_limit.limit_mb(beijing) == 25
    mail_limit.set_limit_mb(beijing, 10)
    assert mail_limit.limit_mb(beijing) == 10
    with pytest.raises(ValueError):
        mail_limit.set_limit_mb(beijing, 0)


def test_advice_in_mb_with_what_to_do() -> None:
    _ = translator("en")
    assert mail_limit.too_large_advice(18_000_000, 25, incremental=False, _=_) is None  # 24.6 MB encoded
    full = mail_limit.too_large_advice(42_656_200, 25, incremental=False, _=_)
    assert full is not None and "42.7 MB" in full and "(25 MB)" in full and "USB stick" in full
    assert "import it first" in full
    small = mail_limit.too_large_advice(30_000_000, 25, incremental=True, _=_)
    assert small is not None and "import it first" not in small


def test_cli_warns_above_the_limit_and_keeps_it(beijing: Database, tmp_path: Path, capsys) -> None:
    assert _export(beijing, tmp_path / "a.petdesk-sync") == 0
    captured = capsys.readouterr()
    assert "e-mail" not in captured.err
    assert " kB" in captured.out or " MB" in captured.out  # file_size's units, not "12,345.6 kB"
    assert _export(beijing, tmp_path / "b.petdesk-sync", "--mail-limit", "0.001") == 0
    err = capsys.readouterr().err
    assert "warning: the package is" in err and "(0.001 MB): carry it on a USB stick" in err
    assert mail_limit.limit_mb(beijing) == 0.001  # kept for the next export and the window
    with pytest.raises(SystemExit):
        _export(beijing, tmp_path / "c.petdesk-sync", "--mail-limit", "0")


def test_unknown_office_hint_suggests_importing_its_package_first(beijing: Database) -> None:
    with pytest.raises(service.SyncError) as refused:
        service.find_office(beijing, "Chengdu")
    assert "import it first: then --to sends only what it lacks" in str(refused.value)
