"""``petdesk visits ID --json`` lists the people in the order of precedence the text and the dossier
use (field test 60): two hosts were listed in the file's row order, so the office that had added
Zhang Wei before Li Na and the office that received both by a sync package printed them reversed."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs


def test_people_of_one_role_come_by_name_not_as_added(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Hamburg delegation", start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 17)
        )
        for family, given in (("Zhang", "Wei"), ("Li", "Na")):  # added Zhang first
            person = cs.create_contact(s, family_name=family, given_name=given)
            vs.add_participant(s, visit.id, person.id, ParticipantRole.HOST)
        head = cs.create_contact(s, family_name="Schneider", given_name="Katrin")
        vs.add_participant(s, visit.id, head.id, ParticipantRole.HEAD)
        visit_id = visit.id
    assert main(["--db", str(db.path), "visits", visit_id[:8], "--json"]) == 0
    listed = [p["contact"]["name_en"] for p in json.loads(capsys.readouterr().out)["delegation"]]
    assert listed == ["Katrin Schneider", "Na Li", "Wei Zhang"]
