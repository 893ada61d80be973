"""Two computers working as one office (field test 53, defect 3): a laptop restored from the office's
backup while the old one is still used. Both sign changes with one office id; the partner's next
package tells the one behind that changes were made as this office elsewhere. Data is not refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.db import Database, make_engine
from petdesk.models import Contact
from tests.core.sync.helpers import PASSPHRASE, export, office_id, send


def _add(db: Database, given: str) -> None:
    with db.transaction() as s:
        s.add(Contact(family_name="Frank", given_name=given))


def _twin(db: Database, folder: Path) -> Database:
    """A second computer with a copy of ``db``'s file: the same office, the same id."""
    folder.mkdir()
    path = folder / db.path.name
    db.close()
    shutil.copy(db.path, path)
    return Database(path=path, engine=make_engine(path))


def test_the_partner_s_package_tells_the_old_laptop_of_the_new_one(offices, packages: Path) -> None:
    old, bonn, _ = offices
    send(old, bonn, packages, full=True)
    send(bonn, old, packages, full=True)
    new = _twin(old, packages.parent / "new laptop")
    old = Database(path=old.path, engine=make_engine(old.path))
    _add(new, "Tobias")  # on the new laptop, later than anything on the old one
    send(new, bonn, packages)

    result = send(bonn, old, packages)

    # Warned, and imported all the same. (Bonn sends this office's own changes to neither laptop:
    # it takes them as known there, so the two stay apart; hence the warning.)
    assert result.another_installation and result.applied
    new.close()
    old.close()


def test_an_ordinary_exchange_says_nothing_of_another_installation(offices, packages: Path) -> None:
    here, bonn, _ = offices
    send(here, bonn, packages, full=True)
    send(bonn, here, packages, full=True)
    _add(here, "Anna")
    send(here, bonn, packages)
    _add(bonn, "Lena")

    assert not send(bonn, here, packages).another_installation
    _add(here, "Jonas")
    assert not send(here, bonn, packages).another_installation


def test_sync_import_warns_in_plain_words(
    offices, packages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.cli import main

    old, bonn, _ = offices
    send(old, bonn, packages, full=True)
    send(bonn, old, packages, full=True)
    new = _twin(old, packages.parent / "new laptop")
    _add(new, "Tobias")
    send(new, bonn, packages)
    new.close()
    package = packages / "from-bonn.petdesk-sync"
    export(bonn, package, to=office_id(new))
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()

    assert main(["--db", str(old.path), "sync", "import", str(package)]) == 0

    err = capsys.readouterr().err
    assert (
        "Bonn has changes made as this office that were not made here: another computer works as this office"
        in err
    )
