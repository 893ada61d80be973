"""A meeting briefing of an item in another zone gives the visit's clock first and the other zone's in
brackets, as the programme gives both: "09:00–10:00 (UTC+01:00)" alone, on a Shanghai visit's page,
read as Shanghai's morning (field test 85). Items in the visit's zone read as they did."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

DAY = dt.date(2027, 1, 12)  # winter: Berlin is UTC+1, Shanghai UTC+8


def _dossier(db: Database, tmp_path: Path, lang: str) -> str:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Berlin delegation", timezone="Asia/Shanghai", start_date=DAY, end_date=DAY
        )
        for title, zone, hour in (("Senate", "Asia/Shanghai", 10), ("Berlin call", "Europe/Berlin", 9)):
            start = dt.datetime.combine(DAY, dt.time(hour))
            vs.add_item(
                s, visit.id, start=start, end=start + dt.timedelta(hours=1), timezone=zone, title_en=title
            )
        visit_id = visit.id
    options = DossierOptions(
        layout=Layout.SEQUENTIAL, sections=frozenset({"briefings"}), contents=False, only_lang=lang,
        first_lang=lang,
    )  # fmt: skip
    return flat("".join(pdftotext_pages(build_visit_dossier(db, visit_id, tmp_path / "b.pdf", options))))


@pytest.mark.parametrize(
    ("lang", "berlin_call", "senate"),
    [
        (
            "en",
            "16:00–17:00Beijingtime(UTC+08:00)(09:00–10:00UTC+01:00)",
            "10:00–11:00Beijingtime(UTC+08:00)",
        ),
        (
            "zh",
            "16:00–17:00北京时间（UTC+08:00）（09:00–10:00UTC+01:00）",
            "10:00–11:00北京时间（UTC+08:00）",
        ),
    ],
)
def test_a_berlin_call_briefing_reads_on_the_visits_clock_first(
    db: Database, tmp_path: Path, lang: str, berlin_call: str, senate: str
) -> None:
    text = _dossier(db, tmp_path, lang)
    assert berlin_call in text
    assert senate in text  # the visit's own zone: as before, no second clock
    assert text.count("UTC+01:00") == 1
