"""A session's trainers come in one order everywhere, in every office (field test 15, polish 6a):
Hangzhou showed "(Liu Zhendong, Anja Weißenböck)" in the order they were entered, Copenhagen the
same session as "(Anja Weißenböck, Liu Zhendong)" in the order the package brought them. No
position is stored, so every reader orders them by family name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier.data import gather_training
from petdesk.models.enums import TrainingRole
from petdesk.services import training_form
from petdesk.services import trainings as ts
from tests.core.sync.helpers import send
from tests.core.visits.data import person

#: Entered in this order, which is not the order of their family names.
TRAINERS = [
    ("Anja", "Weißenböck", ""),
    ("Zhendong", "Liu", "刘振东"),
    ("Klaus", "Müller", ""),
    ("Søren", "Kjærgaard", ""),
]
BY_FAMILY_NAME = ["Søren Kjærgaard", "Zhendong Liu", "Klaus Müller", "Anja Weißenböck"]


def training_with_four_trainers(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Urban wastewater", start_date=dt.date(2026, 12, 15), end_date=dt.date(2026, 12, 17)
        )
        ids = [person(s, given, family, zh).id for given, family, zh in TRAINERS]
        for cid in ids:
            ts.register(s, t.id, cid, TrainingRole.TRAINER)
        sess = ts.add_session(
            s,
            t.id,
            title_en="Sludge treatment",
            start=dt.datetime(2026, 12, 16, 9),
            end=dt.datetime(2026, 12, 16, 12),
            trainer_ids=ids,
        )
        return t.id, sess.id


def trainer_orders(db: Database, training_id: str) -> dict[str, list[str]]:
    """The session's trainers as the sign-in sheet, the editor and the dossier list them."""
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, training_id)
        form = training_form.read_training_form(s, training_id, "en")
        dossier = gather_training(s, training_id)
    return {
        "sheet": list(sheet.sessions[0].trainers),
        "editor": list(form.sessions[0].trainer_names),
        "dossier": [p.family_name for p in dossier.sessions[0].trainers],
        "dossier trainers page": [p.family_name for p in dossier.trainers],
    }


def test_trainers_come_by_family_name_in_both_offices(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    hangzhou, copenhagen, _ = offices
    tid, _sid = training_with_four_trainers(hangzhou)
    send(hangzhou, copenhagen, packages)
    here, there = trainer_orders(hangzhou, tid), trainer_orders(copenhagen, tid)
    assert here == there
    assert here["sheet"] == BY_FAMILY_NAME
    assert here["editor"] == here["sheet"]
    families = [name.split()[-1] for name in BY_FAMILY_NAME]
    assert here["dossier"] == here["dossier trainers page"] == families
