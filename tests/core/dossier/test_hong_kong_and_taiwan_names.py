"""Hong Kong and Taiwan spellings of a Chinese family name make the Chinese name the person's own
(field test 56, defect 5): Wing-yan Chan (陳詠欣), a Hong Kong fund officer, got a table card with her
Latin name large and 陳詠欣 small, as if it were a transliteration; Au-Yeung (歐陽) printed 詠欣·歐陽."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.dossier.data import gather_visit
from petdesk.dossier.namecards import card_for
from petdesk.services import contacts as cs
from petdesk.services import names
from petdesk.services import visits as vs


@pytest.mark.parametrize(
    ("family", "given", "family_zh", "given_zh", "big", "shown"),
    [
        ("Chan", "Wing-yan", "陳", "詠欣", "陳詠欣", "陳詠欣"),
        ("Au-Yeung", "Ka-ho", "歐陽", "嘉豪", "歐陽嘉豪", "歐陽嘉豪"),
        ("Cheung", "Siu-ming", "张", "小明", "张小明", "张小明"),
        ("Chang", "Chia-hao", "張", "家豪", "張家豪", "張家豪"),  # Wade-Giles, Taiwan
        # still a transliteration: a German name with a Chinese one, and a foreigner's own Han name
        ("Lindqvist", "Anna", "林德奎斯特", "安娜", "Anna Lindqvist", "安娜·林德奎斯特"),
        # Lee spells 李, but three characters spell Michael: a transliteration (review 48, finding 12)
        ("Lee", "Michael", "李", "迈克尔", "Michael Lee", "李迈克尔"),
    ],
)
def test_cards_and_lists(
    db: Database, family: str, given: str, family_zh: str, given_zh: str, big: str, shown: str
) -> None:
    with db.transaction() as s:
        c = cs.create_contact(
            s, family_name=family, given_name=given, family_name_zh=family_zh, given_name_zh=given_zh
        )
        v = vs.create_visit(
            s, title_en="Fund", start_date=dt.date(2027, 3, 31), end_date=dt.date(2027, 3, 31)
        )
        vs.add_participant(s, v.id, c.id, "delegate")
        visit_id, order = v.id, c.name_order
    with db.reading() as s:
        (person,) = [p.person for p in gather_visit(s, visit_id).participants]
    assert card_for(person).first == big
    kw = {"family": family, "given": given, "order": order, "family_zh": family_zh, "given_zh": given_zh}
    assert names.person_display_name("zh_CN", **kw) == shown
