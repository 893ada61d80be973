"""A one-day Shanghai visit with a meeting at the Senate (10:00 Beijing time) and a call held on
Berlin's clock, printed as one dossier section in one language: the dossier tests of a meeting in
another zone (field test 85) read its text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages


def dossier_text(
    db: Database, tmp_path: Path, *, day: dt.date, call: str, hour: int, minutes: int, section: str, lang: str
) -> str:
    """The flattened text of ``section`` for a visit on ``day`` holding the Senate meeting (an hour)
    and ``call`` at ``hour`` Berlin time for ``minutes``."""
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en=f"{call} delegation", timezone="Asia/Shanghai", start_date=day, end_date=day
        )
        for title, zone, at, length in (
            ("Senate", "Asia/Shanghai", 10, 60),
            (call, "Europe/Berlin", hour, minutes),
        ):
            start = dt.datetime.combine(day, dt.time(at))
            vs.add_item(
                s,
                visit.id,
                start=start,
                end=start + dt.timedelta(minutes=length),
                timezone=zone,
                title_en=title,
            )
        visit_id = visit.id
    options = DossierOptions(
        layout=Layout.SEQUENTIAL, sections=frozenset({section}), contents=False, only_lang=lang,
        first_lang=lang,
    )  # fmt: skip
    return flat(
        "".join(pdftotext_pages(build_visit_dossier(db, visit_id, tmp_path / f"{section}.pdf", options)))
    )
