"""A travel day belongs to the days of the place left and of the place reached; a hotel checked
into that day is printed under the place reached (field test 77: Wuhan's delegation left
Rotterdam for Copenhagen on 26 March, and the Copenhagen hotel went under the Netherlands' embassy
and emergency numbers on the page the delegates keep with them)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import build_visit_dossier
from petdesk.dossier.layout import DossierOptions, Layout
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

D = dt.date(2027, 3, 22)


def _day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def test_a_hotel_checked_into_on_a_travel_day_is_the_next_places(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        vid = vs.create_visit(
            s, title_en="Study tour", start_date=D, end_date=_day(9), direction="outbound",
            timezone="Europe/Amsterdam",
        ).id  # fmt: skip
        for hotel, first, last in (
            ("Hotel New York Rotterdam", 0, 4),
            ("Scandic Copenhagen", 4, 7),
            ("Clarion Hotel Malmo Live", 7, 9),
        ):
            ls.add_accommodation(s, vid, hotel=hotel, check_in=_day(first), check_out=_day(last))
        for place, first, last, embassy in (
            ("Netherlands", 0, 4, "Chinese Embassy The Hague +31 70 306 5061"),
            ("Denmark", 4, 7, "Chinese Embassy Copenhagen +45 39 46 08 89"),
            ("Sweden", 7, 9, "Chinese Embassy Stockholm +46 8 579 364 00"),
        ):
            ls.add_emergency_entry(
                s, vid, place=place, starts_on=_day(first), ends_on=_day(last), embassy=embassy
            )
    options = DossierOptions(
        layout=Layout.SEQUENTIAL, only_lang="en", sections=frozenset({"emergency"}), contents=False
    )
    text = flat("".join(pdftotext_pages(build_visit_dossier(db, vid, tmp_path / "d.pdf", options))))
    order = [
        "Netherlands,", "HotelNewYorkRotterdam", "Denmark,", "ScandicCopenhagen", "Sweden,",
        "ClarionHotelMalmoLive",
    ]  # fmt: skip
    found = [text.index(flat(x)) for x in order]
    assert found == sorted(found), text
    assert flat("Hotels") not in text.replace(flat("Hotel:"), "")  # no hotel left outside every place
