"""A training's city typed in one language gets the other's name when petdesk knows the city (field
test 57: "Chengdu" typed in an English window stood on the Chinese half of the dossier and in the
partner office's Chinese window)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.dossier.data import gather_training
from petdesk.services import trainings as ts

DAY = dt.date(2026, 12, 8)


def test_a_known_city_is_named_in_both_languages(db: Database) -> None:
    with db.transaction() as s:
        chengdu = ts.create_training(s, title_en="Sludge", city_en="Chengdu", start_date=DAY, end_date=DAY)
        bonn = ts.create_training(s, title_zh="污泥", city_zh="波恩", start_date=DAY, end_date=DAY)
        nowhere = ts.create_training(s, title_en="Dunes", city_en="Sandbach", start_date=DAY, end_date=DAY)
        own = ts.create_training(
            s, title_en="Sludge II", city_en="Chengdu", city_zh="蓉城", start_date=DAY, end_date=DAY
        )
        ids = chengdu.id, bonn.id, nowhere.id, own.id
    with db.transaction() as s:
        ts.update_training(s, ids[2], city_en="Wuhan")  # a change of city is named again
        ts.update_training(s, ids[1], city_en="Wuhan", city_zh="波恩")  # the window sends both boxes
        ts.update_training(s, ids[3], city_en="Wuhan", city_zh="蓉城")  # not the known name: kept
    with db.reading() as s:
        cities = [(t.city_en, t.city_zh) for t in (ts.get_training(s, i) for i in ids)]
        assert cities == [("Chengdu", "成都"), ("Wuhan", "武汉"), ("Wuhan", "武汉"), ("Wuhan", "蓉城")]
        venue = gather_training(s, ids[0]).city
        assert (venue.en, venue.zh) == ("Chengdu", "成都")
