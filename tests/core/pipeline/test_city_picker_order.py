"""The City field's picker lists city governments first (field test 16, §9: typing "武汉市" put the
Wuhan environmental industry association, whose name starts with it, before the city government)."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import organisations
from petdesk.services.visits import find_cities, find_organisations


def _wuhan(db: Database) -> None:
    with db.transaction() as s:
        organisations.create_organisation(
            s,
            name_en="Wuhan Environmental Protection Industry Association",
            name_zh="武汉市环境保护产业协会",
            kind=OrgKind.NGO,
        )
        organisations.create_organisation(
            s,
            name_en="Wuhan Municipal People's Government",
            name_zh="武汉市人民政府",
            kind=OrgKind.CITY_GOVERNMENT,
        )


def test_city_governments_come_first_for_the_city_field(db: Database) -> None:
    _wuhan(db)
    with db.reading() as s:
        for typed in ("武汉市", "wuhan", "Wuhan"):
            cities = [f.label_zh for f in find_cities(s, typed)]
            assert cities == ["武汉市人民政府", "武汉市环境保护产业协会"], typed
        # the other pickers keep the search's own order
        assert {f.label_zh for f in find_organisations(s, "武汉市")} == set(cities)
        assert find_cities(s, "   ") == []
