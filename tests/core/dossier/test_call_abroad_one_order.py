"""One dossier, one order: the programme and the meeting briefing page give a call on Berlin's clock in
a Shanghai visit the same way, the visit's clock first and Berlin's after it, named by its city. Round
53 left the programme leading with Berlin's clock and the briefing with Shanghai's (dossier54)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from petdesk.db import Database
from tests.helpers.call_abroad import dossier_text

DAY = dt.date(2027, 1, 12)  # winter: Berlin is UTC+1, Shanghai UTC+8


@pytest.mark.parametrize(("lang", "berlin"), [("en", "(Berlintime"), ("zh", "（柏林时间")])
def test_programme_and_briefing_give_the_call_in_one_order(
    db: Database, tmp_path: Path, lang: str, berlin: str
) -> None:
    pages = {
        section: dossier_text(
            db, tmp_path, day=DAY, call="Berlin call", hour=9, minutes=60, section=section, lang=lang
        )
        for section in ("programme", "briefings")
    }
    for section, text in pages.items():
        # Shanghai's 16:00 first, Berlin's 09:00 after it, and nowhere before it
        match = re.search(r"16:00–17:00(.{0,30}?)" + re.escape(berlin + "09:00–10:00UTC+01:00"), text)
        assert match, (section, text)
        assert text.index("09:00–10:00") > text.index("16:00–17:00"), section
        assert text.count("09:00–10:00") == 1, section
