"""Field test "fieldtraining60": a three-day Chengdu training with one online talk given from Germany
(11:00–12:00 Berlin time, 18:00–19:00 in Chengdu). The programme printed the talk at "11:00–12:00
UTC+01:00" after a 17:30 session, with a break row "17:30–11:00 Dinner" between the two clocks,
under a note saying the times were Beijing time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import pdftotext_pages


def _training(db: Database) -> str:
    with db.transaction() as s:
        t = ts.create_training(
            s,
            start_date=dt.date(2027, 3, 16),
            end_date=dt.date(2027, 3, 18),
            title_en="Urban Wastewater Management for City Officials",
            title_zh="城市污水管理培训",
            timezone="Asia/Shanghai",
        )
        ts.add_session(
            s,
            t.id,
            start=dt.datetime(2027, 3, 17, 14),
            end=dt.datetime(2027, 3, 17, 17, 30),
            title_en="Treatment",
        )
        ts.add_session(
            s,
            t.id,
            start=dt.datetime(2027, 3, 17, 11),
            end=dt.datetime(2027, 3, 17, 12),
            timezone="Europe/Berlin",
            title_en="Online: Emscher river case",
        )
        return t.id


def test_an_online_session_from_another_zone_is_printed_on_the_venues_clock(
    db: Database, tmp_path: Path
) -> None:
    pdf = tmp_path / "t.pdf"
    build_training_dossier(db, _training(db), pdf, DossierOptions(first_lang="en", sections=("programme",)))
    text = " ".join(" ".join(pdftotext_pages(pdf)).split())
    assert "17:30–11:00" not in text  # no break row between two clocks
    assert "18:00–19:00" in text  # the venue's time, by which the attendees come
    assert "Berlin time 11:00–12:00" in text  # the trainer's own clock beside it
    assert "Times are in Beijing time" in text or "Times are in China Standard Time" in text
