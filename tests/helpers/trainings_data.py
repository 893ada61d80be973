"""Two small trainings the training tests share (services, command line and window alike)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.models.enums import TrainingRole
from petdesk.services import trainings as ts
from tests.core.visits.data import person


def _urban_water(s, end_day: int):  # type: ignore[no-untyped-def]
    return ts.create_training(
        s,
        title_en="Urban water training",
        title_zh="城市水务培训",
        start_date=dt.date(2027, 5, 10),
        end_date=dt.date(2027, 5, end_day),
        timezone="Europe/Stockholm",
    )


def co_trained(db: Database) -> dict[str, str]:
    """Erik and Wang Mei, both registered as trainers, lead the opening together; Anna attends."""
    with db.transaction() as s:
        t = _urban_water(s, 10)
        erik = person(s, "Erik", "Andersson")
        mei = person(s, "Mei", "Wang", "王梅", family_first=True)
        anna = person(s, "Anna", "Becker")
        ts.register(s, t.id, erik.id, TrainingRole.TRAINER)
        ts.register(s, t.id, mei.id, TrainingRole.TRAINER)
        ts.register(s, t.id, anna.id)
        sess = ts.add_session(
            s,
            t.id,
            title_en="Opening",
            title_zh="开幕",
            start=dt.datetime(2027, 5, 10, 9),
            end=dt.datetime(2027, 5, 10, 12),
            trainer_ids=[erik.id, mei.id],
        )
        return {"training": t.id, "session": sess.id, "erik": erik.id, "mei": mei.id, "anna": anna.id}


def two_sessions(db: Database, *, chinese_titles: bool) -> dict[str, str]:
    """Erik trains both sessions (Opening, Design studio), Lars attends both and Anna misses both;
    the sessions' Chinese titles only when asked (a record's Chinese label falls back to English)."""
    with db.transaction() as s:
        t = _urban_water(s, 11)
        erik = person(s, "Erik", "Andersson")
        lars = person(s, "Lars", "Bergström")
        anna = person(s, "Anna", "Becker")
        ts.register(s, t.id, erik.id, TrainingRole.TRAINER)
        ts.register(s, t.id, lars.id)
        ts.register(s, t.id, anna.id)
        ids = {"training": t.id, "erik": erik.id, "lars": lars.id, "anna": anna.id}
        for key, (en, zh), day in (
            ("s1", ("Opening", "开幕"), 10),
            ("s2", ("Design studio", "设计工作坊"), 11),
        ):
            sess = ts.add_session(
                s,
                t.id,
                title_en=en,
                title_zh=zh if chinese_titles else "",
                start=dt.datetime(2027, 5, day, 9),
                end=dt.datetime(2027, 5, day, 12),
                trainer_ids=[erik.id],
            )
            ts.set_attendance(s, sess.id, lars.id, "present")
            ts.set_attendance(s, sess.id, anna.id, "absent")
            ids[key] = sess.id
        return ids
