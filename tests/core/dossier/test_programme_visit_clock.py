"""The programme gives an item in another zone the visit's clock too: Hamburg's 08:00 briefing call
is "(14:00–14:30 UTC+08:00)" in a Shanghai visit, where it stood after a 14:00 meeting with nothing
to say when it happens for the delegation (field test 85); items in the visit's zone stay as they were."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

DAY = dt.date(2027, 3, 29)  # the day after Europe's change to summer time: Hamburg is UTC+2


@pytest.mark.parametrize(
    ("lang", "shanghai"), [("en", "(14:00–14:30UTC+08:00)"), ("zh", "（14:00–14:30UTC+08:00）")]
)
def test_a_hamburg_call_shows_shanghai_time(db: Database, tmp_path: Path, lang: str, shanghai: str) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Hamburg delegation", timezone="Asia/Shanghai", start_date=DAY, end_date=DAY
        )
        for title, zone, hour in (("Senate", "Asia/Shanghai", 10), ("Hamburg call", "Europe/Berlin", 8)):
            start = dt.datetime.combine(DAY, dt.time(hour))
            vs.add_item(
                s, visit.id, start=start, end=start + dt.timedelta(minutes=30), timezone=zone, title_en=title
            )
        visit_id = visit.id
    options = DossierOptions(
        layout=Layout.SEQUENTIAL, sections=frozenset({"programme"}), contents=False, only_lang=lang,
        first_lang=lang,
    )  # fmt: skip
    text = flat("".join(pdftotext_pages(build_visit_dossier(db, visit_id, tmp_path / "p.pdf", options))))
    assert "08:00–08:30UTC+02:00" + shanghai in text
    assert text.count("UTC+08:00") == 2  # the heading's zone and the call's; not the Senate's 10:00
