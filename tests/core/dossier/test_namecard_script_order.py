"""A name card prints the name in the person's own script first (field test 24, defect 5).

Hanna Müller-Lüdenscheidt, a German host with the Chinese name 米勒 (no middle dot), got a card
with 米勒 large and her own name small below it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.dossier.data import gather_visit
from petdesk.dossier.namecards import card_for
from petdesk.models import Contact
from petdesk.models.enums import NameOrder
from petdesk.services import visits as vs


def _card_of(db: Database, **names: object) -> tuple[str, str]:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Cards", start_date=dt.date(2027, 3, 24), end_date=dt.date(2027, 3, 24)
        )
        contact = Contact(**names)
        s.add(contact)
        s.flush()
        vs.add_participant(s, v.id, contact.id, "host")
        visit_id = v.id
    with db.reading() as s:
        [person] = [p.person for p in gather_visit(s, visit_id).participants]
    card = card_for(person)
    return card.first, card.second


@pytest.mark.parametrize(
    ("names", "first"),
    [
        # a German with a Chinese transliteration, no middle dot: Latin first
        (
            dict(
                given_name="Hanna", family_name="Müller-Lüdenscheidt", family_name_zh="米", given_name_zh="勒"
            ),
            "Hanna Müller-Lüdenscheidt",
        ),
        # the dot of a transliteration: Latin first (as before)
        (
            dict(
                given_name="Anna", family_name="Lindqvist", family_name_zh="林德奎斯特", given_name_zh="安娜·"
            ),
            "Anna Lindqvist",
        ),
        # a Chinese name and its pinyin, given name first in Latin: Chinese first
        (dict(given_name="Jianfan", family_name="Cai", family_name_zh="蔡", given_name_zh="健帆"), "蔡健帆"),
        (dict(given_name="Liqiang", family_name="Lyu", family_name_zh="吕", given_name_zh="立强"), "吕立强"),
        # family name first in Latin, or a first language written in Chinese characters
        (
            dict(
                given_name="Jianguo",
                family_name="Wang",
                family_name_zh="王",
                given_name_zh="建国",
                name_order=NameOrder.FAMILY_FIRST,
            ),
            "王建国",
        ),
        (
            dict(
                given_name="Masato",
                family_name="Sato",
                family_name_zh="佐藤",
                given_name_zh="正人",
                languages=["ja", "en"],
            ),
            "佐藤正人",
        ),
        (
            dict(
                given_name="Wai Man",
                family_name="Chan",
                family_name_zh="陈",
                given_name_zh="伟文",
                languages=["zh", "en"],
            ),
            "陈伟文",
        ),
    ],
)
def test_the_persons_own_script_comes_first(db: Database, names: dict, first: str) -> None:
    printed_first, printed_second = _card_of(db, **names)
    assert printed_first == first
    assert printed_second and printed_second != first
