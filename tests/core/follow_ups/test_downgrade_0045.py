"""Review 47, finding 9: downgrading 0045 dropped the follow-ups' person, project and note, which
left follow-ups that belonged to no record (the older code never made one) and lost the notes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import follow_ups as fu
from petdesk.services import organisations as orgs
from petdesk.services import projects as ps
from tests.helpers.old_files import set_back_to


def _downgrade(db: Database) -> Path:
    path = db.path
    db.close()
    set_back_to(path, "0044_vehicle_riders")
    return path


def test_follow_ups_about_a_person_or_project_keep_an_organisation_and_their_note(db: Database) -> None:
    with db.transaction() as s:
        bureau = orgs.create_organisation(s, name_en="Kunming Water Affairs Bureau").id
        liu = cs.create_contact(s, family_name="Liu", given_name="Yang").id
        cs.add_affiliation(s, liu, bureau)
        project = ps.create_project(s, title_en="Low-carbon district heating", lead_organisation_id=bureau).id
        call = fu.add(s, kind="contact", record_id=liu, title_en="call back", note="after the holiday").id
        report = fu.add(s, kind="project", record_id=project, title_en="send report").id
    path = _downgrade(db)
    conn = sqlite3.connect(path)
    try:
        rows = dict(
            (row[0], row[1:])
            for row in conn.execute("SELECT id, organisation_id, description_en FROM follow_up")
        )
    finally:
        conn.close()
    assert rows[call] == (bureau, "call back\n\nAbout: Yang Liu\n\nafter the holiday")
    assert rows[report] == (bureau, "send report\n\nAbout: Low-carbon district heating")


def test_a_follow_up_with_no_organisation_to_go_to_refuses_the_downgrade(db: Database) -> None:
    with db.transaction() as s:
        alone = cs.create_contact(s, family_name="Wang", given_name="Fang").id
        fu.add(s, kind="contact", record_id=alone, title_en="send the invitation")
    with pytest.raises(RuntimeError, match=r"about a person with no organisation .* \(1 of them\)"):
        _downgrade(db)
