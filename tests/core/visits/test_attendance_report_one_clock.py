"""Field test "trainfollow60", defect 3: the attendance report listed an online talk given from Berlin
at 11:00 Berlin time among sessions in Shanghai time. One clock, the training's, with the other
zone's time beside it as the dossier prints it."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import attendance
from tests.core.dossier.test_training_online_session_clock import _training


def _starts(db: Database, lang: str) -> list[str]:
    tid = _training(db)
    with db.reading() as s:
        rows = attendance.session_table(attendance.attendance_report(s, tid, lang=lang))
    return [str(r[2]) for r in rows[1:]]


def test_every_session_is_on_the_trainings_clock_the_online_one_with_its_own_beside(db: Database) -> None:
    hall, online = _starts(db, "en")
    assert online == "2027-03-17 18:00 Asia/Shanghai (Berlin time 11:00)"
    assert hall == "2027-03-17 14:00 Asia/Shanghai"


def test_a_chinese_report_names_the_other_clock_in_chinese(db: Database) -> None:
    assert _starts(db, "zh_CN")[1] == "2027-03-17 18:00 Asia/Shanghai（柏林时间 11:00）"
