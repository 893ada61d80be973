"""A visit with no car and no transfer in its programme says "No transport planned yet." where the
cars would be listed (round 52: the dossier left the heading out and said nothing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.models.enums import ItineraryKind
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

DAY = dt.date(2027, 3, 16)
SAID = {"en": flat("Cars and drivers No transport planned yet."), "zh": "车辆与司机尚未安排交通。"}


def _visit(db: Database, transport: str) -> str:
    """A visit with a hotel and ``transport``: "", "car" or "transfer" (a coach in the programme)."""
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Study tour", timezone="Asia/Shanghai", start_date=DAY, end_date=DAY
        )
        ls.add_accommodation(
            s, visit.id, hotel="Jinling Hotel", check_in=DAY, check_out=DAY + dt.timedelta(1)
        )
        start = dt.datetime.combine(DAY, dt.time(9))
        kind = ItineraryKind.TRANSFER if transport == "transfer" else ItineraryKind.MEETING
        vs.add_item(s, visit.id, start=start, end=start + dt.timedelta(hours=1), title_en="Coach", kind=kind)
        if transport == "car":
            ls.add_vehicle(s, visit.id, vehicle="Buick GL8")
        return visit.id


@pytest.mark.parametrize(("transport", "none"), [("", True), ("car", False), ("transfer", False)])
def test_the_service_tells_when_no_transport_is_planned(db: Database, transport: str, none: bool) -> None:
    visit_id = _visit(db, transport)
    with db.reading() as s:
        assert ls.logistics(s, visit_id).no_transport is none


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(("transport", "said"), [("", True), ("car", False), ("transfer", False)])
def test_the_dossier_says_it_where_the_cars_would_be(
    db: Database, tmp_path: Path, lang: str, transport: str, said: bool
) -> None:
    visit_id = _visit(db, transport)
    out = tmp_path / f"logistics-{lang}-{transport or 'none'}.pdf"
    options = DossierOptions(
        layout=Layout.SEQUENTIAL, sections=frozenset({"logistics"}), contents=False, only_lang=lang,
        first_lang=lang,
    )  # fmt: skip
    build_visit_dossier(db, visit_id, out, options)
    text = flat("".join(pdftotext_pages(out)))
    assert (SAID[lang] in text) is said, text
