"""Field defect 6 (the visit editor's part): what the visit and logistics services refuse reached
the Chinese window in English ("a stay needs the hotel's name", "no visit with id …"). Each sentence
is now known to :func:`petdesk.messages.localize`, which the editor passes it through."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from petdesk.db import Database
from petdesk.messages import localize
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from petdesk.services.visits import ScheduleError

REFUSALS: dict[str, Callable[[Session, str], object]] = {
    "no hotel": lambda s, vid: ls.add_accommodation(
        s, vid, hotel=" ", check_in=dt.date(2026, 12, 14), check_out=dt.date(2026, 12, 16)
    ),
    "one night": lambda s, vid: ls.add_accommodation(
        s, vid, hotel="Jinjiang", check_in=dt.date(2026, 12, 14), check_out=dt.date(2026, 12, 14)
    ),
    "no vehicle": lambda s, vid: ls.add_vehicle(s, vid, vehicle=""),
    "no seats": lambda s, vid: ls.add_vehicle(s, vid, vehicle="Van", seats=0),
    "no gift": lambda s, vid: ls.add_gift(s, vid, description=""),
    "no places": lambda s, vid: ls.add_travel_leg(
        s,
        vid,
        departs=dt.datetime(2026, 12, 14, 9),
        arrives=dt.datetime(2026, 12, 14, 11),
        from_place="",
        to_place="",
    ),
    "no flight number": lambda s, vid: ls.add_travel_leg(
        s,
        vid,
        departs=dt.datetime(2026, 12, 14, 9),
        arrives=dt.datetime(2026, 12, 14, 11),
        from_place="PEK",
        to_place="CTU",
    ),
    "arrives first": lambda s, vid: ls.add_travel_leg(
        s,
        vid,
        departs=dt.datetime(2026, 12, 14, 9),
        arrives=dt.datetime(2026, 12, 14, 8),
        from_place="PEK",
        to_place="CTU",
        mode="train",
        number="G89",
    ),
    "no visit": lambda s, _vid: vs.get_visit(s, "2p0dzZqPgone"),
    "no item title": lambda s, vid: vs.add_item(
        s, vid, title_en="", start=dt.datetime(2026, 12, 14, 9), end=dt.datetime(2026, 12, 14, 10)
    ),
    "item ends first": lambda s, vid: vs.add_item(
        s, vid, title_en="Talks", start=dt.datetime(2026, 12, 14, 9), end=dt.datetime(2026, 12, 14, 8)
    ),
    "not confirmed": lambda s, vid: vs.set_visit_status(s, vid, "confirmed"),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_visit_editor_refusals_read_in_chinese(db: Database, case: str) -> None:
    with db.transaction() as s:
        vid = vs.create_visit(
            s, title_en="Chongqing tour", start_date=dt.date(2026, 12, 14), end_date=dt.date(2026, 12, 18)
        ).id
    with db.transaction() as s, pytest.raises(ScheduleError) as refused:
        REFUSALS[case](s, vid)
    message = str(refused.value)
    shown = localize(message, "zh_CN")
    assert re.search("[\u4e00-\u9fff]", shown), (message, shown)
    # only ids, codes and numbers stay Latin: no English word is left
    assert not re.search(r"\b(?!IANA|Asia|Shanghai)[a-z]{4,}\b", shown), shown
    assert localize(message, "en") == message
