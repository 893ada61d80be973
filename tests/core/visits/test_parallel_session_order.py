"""Two parallel sessions starting together have one order everywhere, and a substitution from one
of them takes over the other too (field test 36, defect 2: the CLI's S7 was the dossier's 8, and
the person who left at 09:00 kept a place in a 09:00 breakout)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.dossier.data import gather_training
from petdesk.services import trainings as ts
from tests.core.visits.data import person


@pytest.fixture
def course(db: Database) -> dict[str, str]:
    """An opening, then two breakouts at 09:00 the next day, entered in the order Sewer, Digital
    (rooms B and A); Gao is marked present at the opening and one breakout, absent at the other
    (nobody is present at two at once), Ouyang is her substitute."""
    day = dt.date(2026, 12, 2)
    ids: dict[str, str] = {}
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Wastewater", start_date=day, end_date=day + dt.timedelta(1), timezone="Asia/Shanghai"
        )
        ids["training"] = t.id
        for key, title, room, start in (
            ("opening", "Opening", "Hall", dt.datetime(2026, 12, 2, 9)),
            ("sewer", "Sewer networks", "Room B", dt.datetime(2026, 12, 3, 9)),
            ("digital", "Digital monitoring", "Room A", dt.datetime(2026, 12, 3, 9)),
        ):
            row = ts.add_session(
                s, t.id, title_en=title, room_en=room, start=start, end=start.replace(hour=10)
            )
            ids[key] = row.id
        gao, ouyang = person(s, "Shiyu", "Gao", "高诗雨"), person(s, "Binzhen", "Ouyang", "欧阳斌振")
        ts.register(s, t.id, gao.id)
        for key, status in (("opening", "present"), ("sewer", "present"), ("digital", "absent")):
            ts.set_attendance(s, ids[key], gao.id, status)
        ids["gao"], ids["ouyang"] = gao.id, ouyang.id
    return ids


def test_the_window_the_cli_and_the_dossier_number_parallel_sessions_alike(
    db: Database, course: dict
) -> None:
    with db.reading() as s:
        sheet = [x.id for x in ts.sign_in_sheet(s, course["training"]).sessions]
        dossier = [x.id for x in gather_training(s, course["training"]).sessions]
    assert sheet == dossier == [course["opening"], course["digital"], course["sewer"]]  # by room


def test_a_substitution_from_a_breakout_takes_over_the_breakouts_beside_it(
    db: Database, course: dict
) -> None:
    with db.transaction() as s:
        done = ts.replace_attendee(
            s, course["training"], course["gao"], course["ouyang"], from_session_id=course["sewer"]
        )
    assert done.from_session_id == course["digital"]  # the first of the 09:00 slot
    assert len(done.moved_mark_ids) == 2
    with db.reading() as s:
        rows = {r.contact_id: r for r in ts.sign_in_sheet(s, course["training"]).rows}
        data = gather_training(s, course["training"])
    assert rows[course["gao"]].outside == {course["sewer"], course["digital"]}
    assert rows[course["gao"]].attendance == {course["opening"]: "present"}
    assert rows[course["ouyang"]].outside == {course["opening"]}
    gao = next(p for p in data.participants if p.person.id == course["gao"])
    assert [data.takes_part(gao, x.id) for x in data.sessions] == [True, False, False]
