"""The window's pipeline listings (services.pipeline_lists): names sort as the organisations do
(pinyin in Chinese), and the search finds what the services' search finds (pinyin, tags…)."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import needs as need_service
from petdesk.services import pipeline_lists
from petdesk.services import projects as project_service
from petdesk.services import technologies as tech_service
from petdesk.services.lists import ListQuery
from tests.helpers.pipeline_names import PINYIN_ORDER, ZH_NAMES, kunming


@pytest.fixture
def pipeline_db(db: Database) -> Database:
    with db.transaction() as s:
        city = kunming(s)
        for name in ZH_NAMES:
            tech_service.create_technology(s, name_zh=name, sector="water")
            need_service.create_need(s, city_organisation_id=city.id, title_zh=name, sector="water")
            project_service.create_project(s, title_zh=name, stage=ProjectStatus.IDEA)
        for name in ("the Zebra crossing", "acoustic sensors", "Biogas"):
            tech_service.create_technology(s, name_en=name, sector="air")
            need_service.create_need(s, city_organisation_id=city.id, title_en=name, sector="air")
            project_service.create_project(s, title_en=name, stage=ProjectStatus.IDEA)
    return db


def _names(db: Database, query: ListQuery, key: str, text: str = "") -> list[str]:
    position = 1 + [c.key for c in query.columns].index(key)
    with db.reading() as s:
        return [r[position] for r in query.page(s, offset=0, limit=100, text=text)]


LISTINGS = [
    (pipeline_lists.technologies, "name"),
    (pipeline_lists.needs, "title"),
    (pipeline_lists.projects, "title"),
]


@pytest.mark.parametrize(("listing", "key"), LISTINGS)
def test_chinese_names_sort_by_pinyin_in_chinese(pipeline_db: Database, listing, key) -> None:  # type: ignore[no-untyped-def]
    query = listing("zh_CN")
    assert query.default_sort == key
    chinese = [n for n in _names(pipeline_db, query, key) if n in ZH_NAMES]
    assert chinese == PINYIN_ORDER


@pytest.mark.parametrize(("listing", "key"), LISTINGS)
def test_english_names_sort_without_case_or_a_leading_the(pipeline_db: Database, listing, key) -> None:  # type: ignore[no-untyped-def]
    latin = [n for n in _names(pipeline_db, listing("en"), key) if n not in ZH_NAMES]
    assert latin == ["acoustic sensors", "Biogas", "the Zebra crossing"]


def test_the_technology_search_finds_what_the_service_finds(pipeline_db: Database) -> None:
    query = pipeline_lists.technologies("en")
    with pipeline_db.reading() as s:
        service = {r.name_zh for r in tech_service.list_technologies(s, "wushui")}
        # a sector's name is searchable on the command line too
        by_sector = {r.name_en for r in tech_service.list_technologies(s, "air")}
        assert query.count(s, "wushui") == len(service) == 1
        assert query.count(s, "gongshui guanwang") == 1  # every word, in pinyin
    assert set(_names(pipeline_db, query, "name", "wushui")) == service
    assert set(_names(pipeline_db, query, "name", "air")) >= by_sector


def test_the_needs_search_finds_what_the_service_finds(pipeline_db: Database) -> None:
    query = pipeline_lists.needs("zh_CN")
    with pipeline_db.reading() as s:
        service = {r.title_zh for r in need_service.list_needs(s, "kongqi")}
    assert service == {"低成本空气监测"}
    assert set(_names(pipeline_db, query, "title", "kongqi")) == service
    assert set(_names(pipeline_db, query, "title", "Kunming")) == set(ZH_NAMES) | {
        "the Zebra crossing", "acoustic sensors", "Biogas",
    }  # fmt: skip


def test_the_projects_search_goes_through_the_service_and_keeps_the_stage_filter(
    pipeline_db: Database,
) -> None:
    query = pipeline_lists.projects("zh_CN")
    assert set(_names(pipeline_db, query, "title", "zixingche")) == {"公共自行车系统"}
    query.where = [m.Project.status == ProjectStatus.SUBMITTED]
    assert _names(pipeline_db, query, "title", "zixingche") == []


def test_one_search_matches_once_for_its_count_and_pages(pipeline_db: Database) -> None:
    """The count and every page of a search each ran the service's matching (in Python) again."""
    import dataclasses

    query = pipeline_lists.technologies("en")
    assert query.matching_ids is not None
    calls: list[str] = []
    original = query.matching_ids

    def counted(session, text):  # type: ignore[no-untyped-def]
        calls.append(text)
        return original(session, text)

    query = dataclasses.replace(query, matching_ids=counted)
    with pipeline_db.reading() as s:
        total = query.count(s, "wushui")
        for offset in (0, 1, 2):
            query.page(s, offset=offset, limit=1, text="wushui")
        assert total == 1 and calls == ["wushui"]
        query.forget()  # after an edit: matched again
        query.count(s, "wushui")
        query.count(s, "air")
    assert calls == ["wushui", "wushui", "air"]


@pytest.mark.parametrize(
    ("listing", "key", "add"),
    [
        (
            pipeline_lists.needs,
            "budget",
            lambda s, title, amount, currency: need_service.create_need(
                s, title_en=title, sector="water", budget_max=amount, currency=currency
            ),
        ),
        (
            pipeline_lists.projects,
            "requested",
            lambda s, title, amount, currency: project_service.create_project(
                s, title_en=title, stage=ProjectStatus.IDEA, amount=amount, currency=currency
            ),
        ),
    ],
)
def test_money_sorts_by_currency_then_amount(db: Database, listing, key, add) -> None:  # type: ignore[no-untyped-def]
    """Round 54's note: ¥1,000,000 sorted above €200,000 (worth about 1.5 times as much) by the bare
    number. The app keeps no exchange rates, so each currency's amounts sort together, the
    currencies A→Z whichever way the amounts go."""
    with db.transaction() as s:
        for title, amount, currency in (
            ("yuan million", 1_000_000, "CNY"),
            ("euro 200k", 200_000, "EUR"),
            ("yuan 300k", 300_000, "CNY"),
            ("euro 50k", 50_000, "EUR"),
            ("dollar 90k", 90_000, "USD"),
        ):
            add(s, title, amount, currency)
    query = listing("en")
    title = 1 + [c.key for c in query.columns].index("title")
    with db.reading() as s:
        up = [r[title] for r in query.page(s, offset=0, limit=10, sort_key=key)]
        down = [r[title] for r in query.page(s, offset=0, limit=10, sort_key=key, descending=True)]
    assert up == ["yuan 300k", "yuan million", "euro 50k", "euro 200k", "dollar 90k"]
    assert down == ["yuan million", "yuan 300k", "euro 200k", "euro 50k", "dollar 90k"]
