"""An imported all-day item prints as "All day" / "全天" in the dossier's programme and its
briefing, as the window and the command line say; it printed "00:00–00:00 (+1)" (field test 40,
defect 2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages


@pytest.mark.parametrize(
    ("lang", "words", "two_days"),
    [("en", "All day", "All day → 2 Nov 2026"), ("zh", "全天", "全天 → 2026年11月2日")],
)
def test_all_day_items_say_so(db: Database, tmp_path: Path, lang: str, words: str, two_days: str) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="Chengdu delegation",
            start_date=dt.date(2026, 10, 24),
            end_date=dt.date(2026, 11, 3),
            timezone="Europe/Berlin",
        )
        for title, first, after in (("Free day in Copenhagen", 31, 32), ("Weekend in Munich", 32, 34)):
            day = dt.date(2026, 10, 1) + dt.timedelta(days=first - 1)
            vs.add_item(
                s,
                v.id,
                title_en=title,
                start=dt.datetime.combine(day, dt.time()),
                end=dt.datetime.combine(day + dt.timedelta(days=after - first), dt.time()),
                all_day=True,
            )
        visit_id = v.id
    out = tmp_path / f"{lang}.pdf"
    options = DossierOptions(
        layout=Layout.SEQUENTIAL,
        sections=frozenset({"programme", "briefings"}),
        contents=False,
        only_lang=lang,
        first_lang=lang,
    )
    build_visit_dossier(db, visit_id, out, options)
    text = flat("".join(pdftotext_pages(out)))
    assert flat("00:00–00:00") not in text, text
    assert text.count(flat(two_days)) == 2, text  # the programme and the briefing
    assert text.count(flat(words)) == 4, text
