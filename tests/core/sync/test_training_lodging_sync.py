"""A training's lodging travels with the registration (0054), and offices not yet at 0054 do not
lose it: their packages carry registrations without the lodging columns, and the import keeps the
answers given here (it merges the columns a package carries)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from petdesk.db import Database
from petdesk.models import TrainingParticipant
from petdesk.models.enums import TrainingRole
from petdesk.services import training_lodging as tl
from petdesk.services import trainings as ts
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, as_an_older_petdesk_writes, export, send
from tests.helpers import trainings_data

OLDER_SCHEMA = "0047_emergency_entries"
#: The lodging answer's columns, which a petdesk before 0054 has not.
LODGING = tuple(c.name for c in TrainingParticipant.__table__.columns if c.name.startswith("lodging_"))


def _answers(db: Database, tid: str) -> dict[str, tuple[Any, ...]]:
    with db.reading() as s:
        return {
            r.contact_id: (r.needed, r.hotel, r.check_in, r.room, r.note, r.role)
            for r in tl.lodging_list(s, tid).rows
        }


def test_lodging_travels_and_an_older_offices_package_keeps_it(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    chengdu, munich, _ = offices
    ids = trainings_data.two_sessions(chengdu, chinese_titles=True)
    tid = ids["training"]
    with chengdu.transaction() as s:
        tl.set_lodging(
            s, tid, ids["lars"], needed=True, hotel="锦江宾馆", check_in=dt.date(2027, 5, 9), room=tl.SHARED
        )
        tl.set_lodging(s, tid, ids["anna"], needed=False)
    send(chengdu, munich, packages)
    assert _answers(munich, tid) == _answers(chengdu, tid)
    assert _answers(munich, tid)[ids["lars"]][:4] == (True, "锦江宾馆", dt.date(2027, 5, 9), "shared")

    # Munich, still on the petdesk before 0054, makes Lars an organiser and registers a newcomer.
    with munich.transaction() as s:
        ts.register(s, tid, ids["lars"], TrainingRole.ORGANISER)
        from tests.core.visits.data import person

        newcomer = person(s, "Jonas", "Keller").id
        ts.register(s, tid, newcomer)
    path = packages / "munich.petdesk-sync"
    export(munich, path, to=None)
    older = as_an_older_petdesk_writes(path, "training_participant", LODGING, OLDER_SCHEMA)
    result = service.import_package(chengdu, older, PASSPHRASE, backup=False)
    assert result.applied
    here = _answers(chengdu, tid)
    # the role arrived, the lodging answers stayed; the newcomer has the empty answer
    assert here[ids["lars"]] == (True, "锦江宾馆", dt.date(2027, 5, 9), "shared", "", "organiser")
    assert here[ids["anna"]][0] is False
    assert here[newcomer][:5] == (None, "", None, "", "")
    # Once Munich updates and edits the hotel, the edit travels back.
    with munich.transaction() as s:
        tl.set_lodging(s, tid, ids["lars"], hotel="Jinjiang Hotel")
    send(munich, chengdu, packages)
    assert _answers(chengdu, tid)[ids["lars"]][1] == "Jinjiang Hotel"
