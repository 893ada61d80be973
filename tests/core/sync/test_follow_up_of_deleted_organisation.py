"""A follow-up added at one office to an organisation another office deleted meanwhile goes with
it, as a local delete takes it along, and comes back when the organisation is restored (field
test 55, defect 2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV
from petdesk.db import Database
from petdesk.services import follow_ups
from petdesk.services import organisations as organisation_service
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, office_id, send


def _open_titles(db: Database) -> list[str]:
    with db.reading() as session:
        return [row.title_en for row in follow_ups.listing(session)]


def test_follow_up_added_to_an_organisation_deleted_elsewhere_goes_with_it(
    offices: tuple[Database, Database, Database],
    packages: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    qingdao, hamburg, munich = offices
    with qingdao.transaction() as session:
        org = m.Organisation(name_en="Kunming Water Affairs Bureau")
        session.add(org)
        session.flush()
        org_id = org.id
    for db in (hamburg, munich):
        send(qingdao, db, packages, full=True)
    send(hamburg, qingdao, packages, full=True)

    # At the same time: Qingdao deletes the organisation, Hamburg adds a follow-up to it.
    with qingdao.transaction() as session:
        organisation_service.delete_organisations(session, [org_id])
    with hamburg.transaction() as session:
        follow_ups.add(
            session,
            kind="organisation",
            record_id=org_id,
            title_en="Hamburg: invite to Hamburg fair",
            due_date=dt.date.today() + dt.timedelta(days=13),
        )
    # The packages cross: each office settles it by itself.
    to_qingdao, to_hamburg = packages / "to_qingdao.pkg", packages / "to_hamburg.pkg"
    export(hamburg, to_qingdao, to=office_id(qingdao))
    export(qingdao, to_hamburg, to=office_id(hamburg))
    assert service.import_package(qingdao, to_qingdao, PASSPHRASE, backup=False).follow_ups_deleted == 1
    # Hamburg imports from the command line, which says what went and how it comes back.
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert main(["--db", str(hamburg.path), "sync", "import", str(to_hamburg)]) == 0
    assert (
        "1 open follow-up of a contact, organisation or project deleted at another office "
        "was deleted with it; restoring that record brings it back." in capsys.readouterr().out
    )
    # Both wrote the same deletion: no conflict when their settlements meet.
    assert send(qingdao, hamburg, packages).new_conflicts == 0
    assert send(hamburg, qingdao, packages).new_conflicts == 0
    send(qingdao, munich, packages)
    for db in offices:
        assert _open_titles(db) == [], db.path.name

    # Nothing is lost: restoring the organisation at Hamburg brings its follow-up back everywhere.
    with hamburg.transaction() as session:
        organisation_service.restore_organisations(session, [org_id])
    assert _open_titles(hamburg) == ["Hamburg: invite to Hamburg fair"]
    send(hamburg, qingdao, packages)
    send(hamburg, munich, packages)
    for db in offices:
        assert _open_titles(db) == ["Hamburg: invite to Hamburg fair"], db.path.name
