"""A meeting briefing names China's zone as the programme does: "09:00 – 10:00 Beijing time (UTC+08:00)"
/ "北京时间（UTC+08:00）" (round 52: it read "(UTC+08:00)" alone after zones51 named the zone
everywhere else); a meeting in another zone gives the visit's clock first and its own in brackets
(field test 85: its offset alone read as the delegation's morning; test_briefing_visit_clock.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.models.enums import ItineraryKind
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

DAY = dt.date(2027, 3, 16)


def _briefings(db: Database, out: Path, lang: str) -> str:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Study tour", timezone="Asia/Shanghai", start_date=DAY, end_date=DAY + dt.timedelta(1)
        )
        for title, zone, day in (
            ("Nanjing talk", "Asia/Shanghai", DAY),
            ("Berlin call", "Europe/Berlin", DAY),
        ):
            start = dt.datetime.combine(day, dt.time(9))
            vs.add_item(
                s, visit.id, start=start, end=start + dt.timedelta(hours=1), timezone=zone,
                title_en=title, kind=ItineraryKind.MEETING,
            )  # fmt: skip
        visit_id = visit.id
    options = DossierOptions(
        layout=Layout.SEQUENTIAL, sections=frozenset({"briefings"}), contents=False, only_lang=lang,
        first_lang=lang,
    )  # fmt: skip
    build_visit_dossier(db, visit_id, out, options)
    return flat("".join(pdftotext_pages(out)))


@pytest.mark.parametrize(
    ("lang", "beijing", "berlin"),
    [("en", "09:00–10:00Beijingtime(UTC+08:00)",
      "16:00–17:00Beijingtime(UTC+08:00)(Berlintime09:00–10:00UTC+01:00)"),
     ("zh", "09:00–10:00北京时间（UTC+08:00）",
      "16:00–17:00北京时间（UTC+08:00）（柏林时间09:00–10:00UTC+01:00）")],
)  # fmt: skip
def test_the_briefing_says_beijing_time(
    db: Database, tmp_path: Path, lang: str, beijing: str, berlin: str
) -> None:
    text = _briefings(db, tmp_path / f"briefings-{lang}.pdf", lang)
    assert beijing in text and berlin in text, text
