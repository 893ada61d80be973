"""Review 47, finding 4: a follow-up added at one office about a contact another office deleted
meanwhile goes with the contact, as a local delete takes it along, and comes back with it."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.services import contacts
from petdesk.services import follow_ups as fu
from petdesk.sync import service
from tests.core.follow_ups.test_follow_ups_of_deleted_records import TODAY, _due_on_home
from tests.core.sync.helpers import PASSPHRASE, export, office_id, send
from tests.core.visits.data import person


def test_follow_up_about_a_contact_deleted_at_another_office_goes_with_it(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    beijing, bonn, _nairobi = offices
    with beijing.transaction() as s:
        contact_id = person(s, "Yang", "Liu").id
    send(beijing, bonn, packages, full=True)
    send(bonn, beijing, packages, full=True)
    # At the same time: Beijing deletes the person, Bonn adds a follow-up about them.
    with beijing.transaction() as s:
        contacts.delete_contacts(s, [contact_id])
    with bonn.transaction() as s:
        fu.add(s, kind="contact", record_id=contact_id, title_en="call back", due_date=TODAY)
    to_beijing, to_bonn = packages / "to_beijing.pkg", packages / "to_bonn.pkg"
    export(bonn, to_beijing, to=office_id(beijing))
    export(beijing, to_bonn, to=office_id(bonn))
    assert service.import_package(beijing, to_beijing, PASSPHRASE, backup=False).follow_ups_deleted == 1
    assert service.import_package(bonn, to_bonn, PASSPHRASE, backup=False).follow_ups_deleted == 1
    assert _due_on_home(beijing) == _due_on_home(bonn) == []
    assert send(beijing, bonn, packages).new_conflicts == 0
    # Nothing lost: restoring the person brings the follow-up back.
    with bonn.transaction() as s:
        contacts.restore_contacts(s, [contact_id])
    assert _due_on_home(bonn) == ["call back"]
