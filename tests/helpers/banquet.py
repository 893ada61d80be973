"""A Shanghai visit with a welcome dinner for the banquet sheet's tests (dossier54): a Hamburg
delegation of four (one not at the dinner), a host and a driver; halal and vegetarian guests."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import visits as vs
from tests.core.visits.data import person

DAY = dt.date(2027, 3, 29)


def welcome_dinner(db: Database) -> tuple[str, str]:
    """(visit id, dinner item id)."""
    with db.transaction() as s:
        visit = vs.create_visit(
            s,
            title_en="Hamburg delegation",
            title_zh="汉堡代表团",
            timezone="Asia/Shanghai",
            start_date=DAY,
            end_date=DAY + dt.timedelta(days=1),
        )
        people = {}
        for key, given, family, zh, role, diet in (
            ("head", "Anke", "Hansen", "", "head", "Vegetarian / 素食"),
            ("yusuf", "Yusuf", "Demir", "", "delegate", "Halal / 清真"),
            ("lena", "Lena", "Vogt", "", "delegate", "Vegetarian / 素食"),
            ("away", "Jonas", "Weber", "", "delegate", ""),  # not at the dinner
            ("host", "Wei", "Zhang", "张伟", "host", ""),
            ("driver", "Qiang", "Liu", "刘强", "driver", ""),
        ):
            contact = person(s, given, family, zh, family_first=bool(zh))
            contact.dietary_needs = diet
            vs.add_participant(s, visit.id, contact.id, role)
            people[key] = contact.id
        dinner = vs.add_item(
            s,
            visit.id,
            start=dt.datetime.combine(DAY, dt.time(18, 30)),
            end=dt.datetime.combine(DAY, dt.time(20, 30)),
            kind="banquet",
            title_en="Welcome dinner",
            title_zh="欢迎晚宴",
            place_en="Jin Xuan Restaurant",
            place_zh="金轩中餐厅",
            attendee_ids=[people[k] for k in ("lena", "yusuf", "head", "host", "driver")],
        )
        return visit.id, dinner.id
