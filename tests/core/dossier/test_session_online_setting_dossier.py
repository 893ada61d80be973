"""A session said to be held online (0080) is printed so in the training's programme, and a training
whose every session is said online gives its certificates "online" as the place for everyone whose
own attendance mode says nothing; a session that says nothing changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from petdesk.services import attendance_mode
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import pdftotext_pages
from tests.core.visits.data import person


def _training(db: Database, *said: bool | None) -> tuple[str, dict[str, str]]:
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sponge cities", title_zh="海绵城市培训", start_date=dt.date(2027, 3, 16),
            end_date=dt.date(2027, 3, 18), venue_en="Jinjiang Hotel", city_en="Chengdu",
        )  # fmt: skip
        for n, online in enumerate(said):
            ts.add_session(
                s, t.id, start=dt.datetime(2027, 3, 16 + n, 9), end=dt.datetime(2027, 3, 16 + n, 12),
                title_en=f"Part {n + 1}", room_en="Studio 2", online=online,
            )  # fmt: skip
        ids = {}
        people = (("Li", "Na", ""), ("Wang", "Fang", "in_person"), ("Chen", "Jie", "online"))
        for family, given, mode in people:
            c = person(s, given, family)
            s.flush()
            ts.register(s, t.id, c.id)
            attendance_mode.set_mode(s, t.id, c.id, mode)
            ids[family] = c.id
        return t.id, ids


def _online(db: Database, training_id: str) -> frozenset[str]:
    with db.reading() as s:
        return attendance_mode.online_participants(s, training_id)


def test_a_training_said_online_throughout_is_online_for_those_who_said_nothing(db: Database) -> None:
    tid, ids = _training(db, True, True)
    assert _online(db, tid) == {ids["Li"], ids["Chen"]}  # Wang said in person: kept


def test_a_session_that_says_nothing_leaves_the_modes_as_before(db: Database) -> None:
    tid, ids = _training(db, True, None)
    assert _online(db, tid) == {ids["Chen"]}
    tid, ids = _training(db, False, False)
    assert _online(db, tid) == {ids["Chen"]}


def test_the_programme_says_which_sessions_are_online(db: Database, tmp_path: Path) -> None:
    tid, _ids = _training(db, True, None)
    pdf = tmp_path / "t.pdf"
    build_training_dossier(db, tid, pdf, DossierOptions(first_lang="en", sections=("programme",)))
    text = " ".join(" ".join(pdftotext_pages(pdf)).split())
    assert text.count("Studio 2 online") == 1, text
