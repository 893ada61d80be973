"""A copy of an office's database renamed and used as a second office (field test 34, defect 6d):
both stamp their changes with one office id, so the copy's packages are refused with words that
say so and name the supported way (a new database and a package), not "import it at the other
office"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.db import Database, make_engine
from petdesk.messages import localize
from petdesk.models import Contact
from petdesk.services import office as office_service
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id


def _copy_as(db: Database, path: Path, name: str) -> Database:
    db.close()
    shutil.copy(db.path, path)
    copy = Database(path=path, engine=make_engine(path))
    with copy.transaction() as session:
        office_service.set_identity(session, name=name)  # what `petdesk office --name` does
    return copy


def test_a_renamed_copy_is_not_a_second_office(tmp_path: Path) -> None:
    munich = make_office(tmp_path, "Munich")
    copy = _copy_as(munich, tmp_path / "hamburg.sqlite", "Hamburg")
    assert office_id(copy) == office_id(munich)  # the copy keeps the original's id
    with copy.transaction() as session:
        session.add(Contact(family_name="Becker", given_name="Jana"))
    package = tmp_path / "hamburg.petdesk-sync"
    export(copy, package)
    with pytest.raises(service.SharedOfficeId) as raised:
        service.import_package(munich, package, PASSPHRASE, backup=False)
    said = str(raised.value)
    assert "Hamburg" in said and office_id(munich) in said and "copy" in said
    assert "sync export --all" in said
    assert localize(said, "en") == said


def test_the_own_package_of_an_unrenamed_office_is_still_called_its_own(tmp_path: Path) -> None:
    munich = make_office(tmp_path, "Munich")
    package = tmp_path / "munich.petdesk-sync"
    export(munich, package)
    with pytest.raises(service.OwnPackage):
        service.import_package(munich, package, PASSPHRASE, backup=False)
