"""A session led by two trainers keeps both: the session dialog's choices tick every trainer, saving
them unchanged keeps them, and the command line and the dossier name them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from petdesk.models.enums import TrainingRole
from petdesk.services import training_form
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import person
from tests.helpers import trainings_data


@pytest.fixture
def training(db: Database) -> dict[str, str]:
    return trainings_data.co_trained(db)


def choices(db: Database, training: dict, lang: str = "en") -> list[tuple[str, bool]]:
    with db.reading() as s:
        form = training_form.read_training_form(s, training["training"], lang)
    return [(c.name, c.chosen) for c in form.session_trainer_choices(training["session"])]


def save_ticked(db: Database, training: dict, ticked: list[str]) -> None:
    """What the dialog's OK does with the ticked people."""
    with db.transaction() as s:
        ts.set_session_trainers(s, training["session"], ticked)


def trainer_ids(db: Database, training: dict) -> set[str]:
    with db.reading() as s:
        form = training_form.read_training_form(s, training["training"], "en")
    return set(form.sessions[0].trainer_ids)


def test_both_trainers_are_ticked_and_kept_on_save(db: Database, training: dict) -> None:
    assert choices(db, training) == [("Erik Andersson", True), ("Wang Mei", True), ("Anna Becker", False)]
    assert choices(db, training, "zh") == [("Erik Andersson", True), ("王梅", True), ("Anna Becker", False)]
    with db.reading() as s:
        form = training_form.read_training_form(s, training["training"], "en")
    ticked = [c.contact_id for c in form.session_trainer_choices(training["session"]) if c.chosen]
    save_ticked(db, training, ticked)  # opened and saved unchanged
    assert trainer_ids(db, training) == {training["erik"], training["mei"]}
    save_ticked(db, training, [*ticked, training["anna"]])  # Anna ticked too
    assert trainer_ids(db, training) == {training["erik"], training["mei"], training["anna"]}
    save_ticked(db, training, [training["mei"], training["anna"]])  # Erik unticked
    assert choices(db, training) == [("Erik Andersson", False), ("Wang Mei", True), ("Anna Becker", True)]
    # A new session: nobody ticked.
    with db.reading() as s:
        form = training_form.read_training_form(s, training["training"], "en")
    assert [c.chosen for c in form.session_trainer_choices(None)] == [False, False, False]


def test_a_trainer_who_is_not_a_participant_is_listed_ticked(db: Database, training: dict) -> None:
    with db.transaction() as s:
        olga = person(s, "Olga", "Outside").id
    save_ticked(db, training, [training["erik"], olga])
    with db.reading() as s:
        form = training_form.read_training_form(s, training["training"], "en")
    found = form.session_trainer_choices(training["session"])
    assert [(c.name, c.role, c.chosen) for c in found] == [
        ("Erik Andersson", TrainingRole.TRAINER, True),
        ("Wang Mei", TrainingRole.TRAINER, False),
        ("Olga Outside", None, True),
        ("Anna Becker", TrainingRole.ATTENDEE, False),
    ]


def test_command_line_names_both_trainers(
    db: Database, training: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "--db", str(db.path), "trainings", training["training"][:8]]) == 0
    assert "Opening  (Erik Andersson, Wang Mei)" in capsys.readouterr().out
    assert main(["--lang", "zh_CN", "--db", str(db.path), "trainings", training["training"][:8]]) == 0
    assert "开幕  （Erik Andersson、王梅）" in capsys.readouterr().out


def test_dossier_names_both_trainers(db: Database, training: dict, tmp_path: Path) -> None:
    out = build_training_dossier(db, training["training"], tmp_path / "t.pdf", DossierOptions())
    text = flat("\n".join(pdftotext_pages(out)))
    # the programme's Trainers column in both languages, and both in the Trainers section
    assert flat("Erik Andersson, Wang Mei") in text and flat("Erik Andersson、王梅") in text
    assert flat("Wang Mei (王梅) Trainer") in text
