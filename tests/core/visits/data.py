"""Small builders for schedule tests: people and organisations with just what the tests need."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from petdesk.db import Database
from petdesk.models import Contact, ContactMethod, Office, Organisation
from petdesk.models.enums import ContactChannel, NameOrder, OrgKind, ParticipantRole
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


#: Field test 78's delegation (``tests/data/import/field78``), in the order the tests add it: neither
#: by name nor head first, so a list in the order added shows it so.
KITAKYUSHU_ADDED = (
    "佐藤大輔", "山本さくら", "伊藤美咲", "加藤由美", "渡邊恵子",
    "中村健太", "鈴木一郎", "小林直樹", "髙橋翔太",
)  # fmt: skip
#: The head (加藤由美) first, then in English by the kana readings' Hepburn (Ito … Yamamoto) ...
KITAKYUSHU_EN = (
    "加藤由美", "伊藤美咲", "小林直樹", "中村健太", "佐藤大輔",
    "鈴木一郎", "髙橋翔太", "渡邊恵子", "山本さくら",
)  # fmt: skip
#: ... and in Chinese by the kanji's pinyin, as a Chinese reader files them (渡 du … 佐 zuo).
KITAKYUSHU_ZH = (
    "加藤由美", "渡邊恵子", "髙橋翔太", "鈴木一郎", "山本さくら",
    "小林直樹", "伊藤美咲", "中村健太", "佐藤大輔",
)  # fmt: skip


def kitakyushu_delegation(db: Database) -> str:
    """Field test 78's nine Japanese delegates, imported from the files Japan sent (kanji with kana
    readings, no Latin names), added to a new visit in :data:`KITAKYUSHU_ADDED` order; the visit id."""
    from sqlalchemy import select

    from petdesk import models as m
    from petdesk.services import importing
    from tests.core.contacts.io_helpers import DATA_DIR

    with db.transaction() as s:
        for name in ("outlook_ja_kitakyushu.csv", "iphone_jica.vcf", "sansan_cards.csv"):
            importing.import_file(s, DATA_DIR / "field78" / name)
        ids = {c.family_name_zh + c.given_name_zh: c.id for c in s.scalars(select(m.Contact))}
        visit = vs.create_visit(
            s, title_en="Kitakyushu visit", title_zh="北九州市来访", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 13), timezone="Asia/Shanghai",
        )  # fmt: skip
        for name in KITAKYUSHU_ADDED:
            role = ParticipantRole.HEAD if name == "加藤由美" else ParticipantRole.DELEGATE
            vs.add_participant(s, visit.id, ids[name], role)
        return visit.id
