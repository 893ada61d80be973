"""Small builders for schedule tests: people and organisations with just what the tests need."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from petdesk.db import Database
from petdesk.models import Contact, ContactMethod, Office, Organisation
from petdesk.models.enums import ContactChannel, NameOrder, OrgKind
from petdesk.services import visits as vs


def person(
    session: Session, given: str, family: str, zh: str = "", email: str = "", *, family_first: bool = False
) -> Contact:
    contact = Contact(
        given_name=given,
        family_name=family,
        family_name_zh=zh[:1],
        given_name_zh=zh[1:],
        name_order=NameOrder.FAMILY_FIRST if family_first else NameOrder.GIVEN_FIRST,
    )
    session.add(contact)
    session.flush()
    if email:
        session.add(
            ContactMethod(
                contact=contact, channel=ContactChannel.EMAIL, value=email, normalized=email.lower()
            )
        )
        session.flush()
    return contact


def organisation(session: Session, name_en: str, name_zh: str = "", city: str = "") -> Organisation:
    org = Organisation(name_en=name_en, name_zh=name_zh, kind=OrgKind.CITY_GOVERNMENT, city_en=city)
    session.add(org)
    session.flush()
    return org


#: (given, family, Chinese name), added in an order that is none of the expected ones
DELEGATES = [
    ("Ökan", "Yılmaz", ""),
    ("Björn", "Weiß", ""),
    ("Prof. Dr. Ulrich", "von Hößlin", ""),
    ("Günther", "Öztürk", ""),
    ("Wei", "Zhang", "张伟"),
    ("Anneliese", "Bäcker", ""),
    ("Hans-Peter", "Groß", ""),
]
#: By surname: Bäcker as Backer, Groß as Gross, von Hößlin as Hosslin, Öztürk as Ozturk
BY_SURNAME = ["Bäcker", "Groß", "von Hößlin", "Öztürk", "Weiß", "Yılmaz", "Zhang"]


def umlaut_delegation(db: Database) -> str:
    """A visit of seven delegates whose surnames have umlauts, ß, a particle and a Chinese name."""
    day = dt.date(2026, 12, 14)
    with db.transaction() as s:
        s.add(Office(name="Chengdu Hub", name_zh="成都中心", region="East Asia", is_self=True))
        v = vs.create_visit(
            s, title_en="NRW delegation", title_zh="北威州代表团", start_date=day, end_date=day
        )
        for given, family, zh in DELEGATES:
            vs.add_participant(s, v.id, person(s, given, family, zh).id, "delegate")
        return v.id


def surnames_in(shown: list[str]) -> list[str]:
    """The expected surnames in the order the names are shown."""
    return [next(f for f in BY_SURNAME if f in name or (f == "Zhang" and "张伟" in name)) for name in shown]
