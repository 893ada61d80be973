"""A person's calendar file carries their own journeys and hotel rooms only (field test 52,
defect 3): the interpreter on no leg got all five flights and trains, and people without a room in
Hangzhou got the Hangzhou hotel."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import calendar as cal_service
from petdesk.services import ical
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person


def _summaries(data: bytes) -> list[str]:
    return [
        line.split(" / ")[0]
        for line in data.decode().replace("\r\n ", "").splitlines()
        if line.startswith("SUMMARY:")
    ]


def test_only_the_persons_legs_and_rooms(db: Database) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Hangzhou", start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 19)
        )
        markus, lena = person(s, "Markus", "Lehmann"), person(s, "Lena", "Zhou")
        vs.add_participant(s, v.id, markus.id, "delegate")
        vs.add_participant(s, v.id, lena.id, "interpreter")
        ls.add_travel_leg(
            s,
            v.id,
            departs=dt.datetime(2027, 3, 15, 12),
            departs_timezone="Europe/Berlin",
            arrives=dt.datetime(2027, 3, 16, 6),
            arrives_timezone="Asia/Shanghai",
            from_place="Munich MUC",
            to_place="Shanghai PVG",
            number="LH 728",
            traveller_ids=[markus.id],
        )
        for hotel, guest in (("Shangri-La Hangzhou", lena.id), ("Jin Jiang Shanghai", markus.id)):
            stay = ls.add_accommodation(
                s, v.id, hotel=hotel, check_in=dt.date(2027, 3, 16), check_out=dt.date(2027, 3, 18)
            )
            ls.set_rooming(s, stay.id, [(guest, "801")])

        def file_of(contact_id: str) -> list[str]:
            filters = cal_service.Filters(contact_id=contact_id)
            return _summaries(
                ical.export_range(s, dt.date(2027, 3, 14), dt.date(2027, 3, 20), filters=filters)
            )

        assert file_of(markus.id) == [
            "SUMMARY:Hangzhou",
            "SUMMARY:Flight LH 728 Munich MUC → Shanghai PVG",
            "SUMMARY:Hotel: Jin Jiang Shanghai",
        ]
        assert file_of(lena.id) == ["SUMMARY:Hangzhou", "SUMMARY:Hotel: Shangri-La Hangzhou"]
        # the whole calendar still has everything
        everything = _summaries(ical.export_range(s, dt.date(2027, 3, 14), dt.date(2027, 3, 20)))
        assert len(everything) == 4
