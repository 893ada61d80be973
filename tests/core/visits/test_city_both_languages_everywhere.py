"""A city typed in one language gets the other's name when petdesk knows it, for itinerary items and
organisations as for trainings (field test 57), and records saved before or received from another office
with one language's city show the known other name in the dossier, the lists, the calendar and exports
without being changed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from petdesk.db import Database
from petdesk.dossier.data import gather_training, gather_visit
from petdesk.dossier.partner_overview import gather_partner
from petdesk.exchange.jsonfile import build
from petdesk.services import calendar as calendar_service
from petdesk.services import lists
from petdesk.services import organisations as org_service
from petdesk.services import trainings as ts
from petdesk.services import visits as vs

DAY = dt.date(2026, 12, 8)


def test_an_itinerary_items_city_is_named_in_both_languages(db: Database) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(s, title_en="Sludge tour", start_date=DAY, end_date=DAY)
        at = dt.datetime(2026, 12, 8, 9)
        chengdu = vs.add_item(
            s, visit.id, start=at, end=at + dt.timedelta(hours=1), title_en="A", city_en="Chengdu"
        )
        bonn = vs.add_item(
            s, visit.id, start=at, end=at + dt.timedelta(hours=1), title_en="B", city_zh="波恩"
        )
        odd = vs.add_item(
            s, visit.id, start=at, end=at + dt.timedelta(hours=1), title_en="C", city_en="Sandbach"
        )
        ids = chengdu.id, bonn.id, odd.id
    with db.transaction() as s:
        vs.update_item(s, ids[0], city_en="Wuhan")  # renamed: not Wuhan/成都
        vs.update_item(s, ids[2], notes="no city change")
    with db.reading() as s:
        assert [(i.city_en, i.city_zh) for i in (vs.get_item(s, x) for x in ids)] == [
            ("Wuhan", "武汉"),
            ("Bonn", "波恩"),
            ("Sandbach", ""),
        ]


def test_an_organisations_city_is_named_in_both_languages(db: Database) -> None:
    with db.transaction() as s:
        org = org_service.create_organisation(s, name_en="Chengdu Water", city_en="Chengdu")
        assert (org.city_en, org.city_zh) == ("Chengdu", "成都")
        org_service.update_organisation(s, org.id, city_zh="武汉")  # renamed in Chinese
        assert (org.city_en, org.city_zh) == ("Wuhan", "武汉")
        org_service.update_organisation(s, org.id, city_en="Chengdu", city_zh="蓉城")  # both typed: kept
        assert (org.city_en, org.city_zh) == ("Chengdu", "蓉城")


def _old_records(db: Database) -> dict[str, str]:
    """A training, an organisation and a visit's item with only "Chengdu", as saved before field test 57
    or received from an office that had not named the city in Chinese: written below the services."""
    with db.transaction() as s:
        training = ts.create_training(s, title_en="Sludge", start_date=DAY, end_date=DAY)
        org = org_service.create_organisation(s, name_en="Chengdu Water")
        visit = vs.create_visit(
            s, title_en="Sludge tour", start_date=DAY, end_date=DAY, host_organisation_id=org.id
        )
        at = dt.datetime(2026, 12, 8, 9)
        item = vs.add_item(s, visit.id, start=at, end=at + dt.timedelta(hours=1), title_en="Plant visit")
        ids = {"training": training.id, "organisation": org.id, "visit": visit.id, "item": item.id}
    with db.transaction() as s:
        for table in ("training", "organisation", "itinerary_item"):
            s.execute(text(f"UPDATE {table} SET city_en = 'Chengdu', city_zh = ''"))
    return ids


def test_old_records_show_the_known_chinese_city_without_being_changed(db: Database) -> None:
    ids = _old_records(db)
    with db.reading() as s:
        assert gather_training(s, ids["training"]).city.get("zh") == "成都"
        item = next(i for i in gather_visit(s, ids["visit"]).items if i.title.en == "Plant visit")
        assert item.city.get("zh") == "成都"
        assert dict(gather_partner(s, ids["organisation"]).facts)["City"].get("zh") == "成都"
        assert [(r.city_en, r.city_zh) for r in ts.list_trainings(s)] == [("Chengdu", "成都")]
        for query in (lists.organisations("zh_CN"), lists.trainings("zh_CN")):
            (row,) = query.page(s, offset=0, limit=10)
            assert row[1 + [c.key for c in query.columns].index("city")] == "成都"
        english = lists.trainings("en")
        (row,) = english.page(s, offset=0, limit=10)
        assert row[1 + [c.key for c in english.columns].index("city")] == "Chengdu"
        events = calendar_service.events_between_dates(s, DAY, DAY, dt.UTC)
        assert {e.kind for e in events if e.city_zh == "成都"} == {"item", "visit"}  # a visit: its host's
        exported = build(s, what=("organisations",))
        assert exported["organisations"][0]["city"] == {"en": "Chengdu", "zh": "成都"}
        # shown, never written: the records still have no Chinese city
        for table in ("training", "organisation", "itinerary_item"):
            assert s.execute(text(f"SELECT DISTINCT city_zh FROM {table}")).scalars().all() == [""]
