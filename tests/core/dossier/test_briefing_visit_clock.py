"""A meeting briefing of an item in another zone gives the visit's clock first and the other zone's in
brackets, named by its city, as the programme gives both (dossier54): "09:00–10:00 (UTC+01:00)" alone,
on a Shanghai visit's page, read as Shanghai's morning (field test 85). Items in the visit's zone read
as they did."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from tests.helpers.call_abroad import dossier_text

DAY = dt.date(2027, 1, 12)  # winter: Berlin is UTC+1, Shanghai UTC+8


@pytest.mark.parametrize(
    ("lang", "berlin_call", "senate"),
    [
        (
            "en",
            "16:00–17:00Beijingtime(UTC+08:00)(Berlintime09:00–10:00UTC+01:00)",
            "10:00–11:00Beijingtime(UTC+08:00)",
        ),
        (
            "zh",
            "16:00–17:00北京时间（UTC+08:00）（柏林时间09:00–10:00UTC+01:00）",
            "10:00–11:00北京时间（UTC+08:00）",
        ),
    ],
)
def test_a_berlin_call_briefing_reads_on_the_visits_clock_first(
    db: Database, tmp_path: Path, lang: str, berlin_call: str, senate: str
) -> None:
    text = dossier_text(
        db, tmp_path, day=DAY, call="Berlin call", hour=9, minutes=60, section="briefings", lang=lang
    )
    assert berlin_call in text
    assert senate in text  # the visit's own zone: as before, no second clock
    assert text.count("UTC+01:00") == 1
