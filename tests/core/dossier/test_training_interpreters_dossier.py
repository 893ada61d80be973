"""The training dossier lists its interpreters (翻译) apart from the trainers and the participant
list, with the sessions each interprets, and neither counts nor grades them as attendees."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from petdesk.dossier.data import gather_training
from petdesk.dossier.namecards import training_card_people
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.helpers.training_interpreters import book


def test_the_dossier_lists_the_interpreters_apart(db: Database, tmp_path: Path) -> None:
    booked = book(db)
    out = build_training_dossier(db, booked["training"], tmp_path / "t.pdf", DossierOptions())
    pages = [flat(p) for p in pdftotext_pages(out)]
    whole = "\n".join(pages)
    assert flat("People: 5; attendees: 2") in pages[0] and "人数：5；学员：2" in pages[0]
    start = whole.index("Interpreters")
    end = whole.index("Participantlist", start)  # the section after (a contents page names it first)
    part = whole[start:end]
    assert "LiNa" in part and "ZhaoMin" in part
    # Li Na interprets days 1 and 3
    assert "Sessionsinterpreted:1.Day1—12May202709:003.Day3—14May202709:00" in part
    assert "担任翻译的课程：1.Day1——2027年5月12日09:003.Day3——2027年5月14日09:00" in part
    # the trainers' part names only the trainer
    trainers = whole[whole.rindex("Trainers", 0, start) : start]
    assert "Schulz" in trainers and "LiNa" not in trainers
    # not in the participant list, the sign-in sheet or the attendance and certificates
    listed = whole[end:]
    assert "LiNa" not in listed and "ZhaoMin" not in listed and "李娜" not in listed
    assert "StudentNumber0" in listed


def test_name_cards_for_the_interpreters_after_the_trainers(db: Database) -> None:
    """Interpreters sit at the front with the trainers and get a card, as a visit's interpreter does."""
    booked = book(db)
    with db.reading() as s:
        data = gather_training(s, booked["training"])
    everyone = [p.id for p in training_card_people(data)]
    assert everyone[:3] == [booked["tutor"], booked["li"], booked["zhao"]] and len(everyone) == 5
    day2 = [p.id for p in training_card_people(data, booked["day2"])]
    assert day2[:2] == [booked["tutor"], booked["zhao"]] and booked["li"] not in day2
    day1 = [p.id for p in training_card_people(data, booked["day1"])]
    assert day1[:3] == [booked["tutor"], booked["li"], booked["zhao"]] and len(day1) == 5
