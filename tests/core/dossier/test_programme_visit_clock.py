"""The programme gives an item in another zone the visit's clock first and its own clock after it,
named by its city, as the meeting briefing page does (dossier54): Hamburg's 08:00 briefing call is
"14:00–14:30 (Berlin time 08:00–08:30 UTC+02:00)" in a Shanghai visit, where it stood after a 14:00
meeting with nothing to say when it happens for the delegation (field test 85); items in the visit's
zone stay as they were."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from tests.helpers.call_abroad import dossier_text

DAY = dt.date(2027, 3, 29)  # the day after Europe's change to summer time: Hamburg is UTC+2


@pytest.mark.parametrize(
    ("lang", "hamburg"),
    [("en", "(Berlintime08:00–08:30UTC+02:00)"), ("zh", "（柏林时间08:00–08:30UTC+02:00）")],
)
def test_a_hamburg_call_shows_shanghai_time_first(
    db: Database, tmp_path: Path, lang: str, hamburg: str
) -> None:
    text = dossier_text(
        db, tmp_path, day=DAY, call="Hamburg call", hour=8, minutes=30, section="programme", lang=lang
    )
    assert "14:00–14:30" + hamburg in text
    assert text.count("UTC+08:00") == 1  # the heading's zone; not the Senate's 10:00 nor the call's
    assert text.count("UTC+02:00") == 1
