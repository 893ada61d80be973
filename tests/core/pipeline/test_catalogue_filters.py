"""Filters of the technology and city-need lists, and the sector column sorted by its label in the
window's language (field test 26, defect 9)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import catalogue_filters, pipeline_lists
from petdesk.services import needs as need_service
from petdesk.services import technologies as tech_service
from petdesk.services.catalogue_filters import CatalogueFilter
from petdesk.vocab import technology_area_label
from tests.helpers.catalogue_sample import small_catalogue


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    return small_catalogue(db)


def _technologies(db: Database, **filters: str) -> set[str]:
    with db.reading() as s:
        return {t.name_en for t in tech_service.list_technologies(s, filters=CatalogueFilter(**filters))}


def _needs(db: Database, **filters: str) -> set[str]:
    with db.reading() as s:
        return {n.title_en for n in need_service.list_needs(s, filters=CatalogueFilter(**filters))}


def test_technologies_by_sector_trl_and_country(db: Database, ids: dict[str, str]) -> None:
    assert _technologies(db) == {"mbr", "filter", "bus"}
    assert _technologies(db, sector="water") == {"filter"}
    assert _technologies(db, trl="8") == {"mbr"}
    assert _technologies(db, trl="4-6") == {"filter"}
    assert _technologies(db, trl="1-3") == {"bus"}
    assert _technologies(db, country="DE") == {"mbr"}
    assert _technologies(db, country="CN", trl="7-9") == set()


def test_needs_by_sector_status_city_and_country(db: Database, ids: dict[str, str]) -> None:
    assert _needs(db, status="open") == {"sewage", "buses"}
    assert _needs(db, city_id=ids["hangzhou"]) == {"sewage", "river"}
    assert _needs(db, country="DE") == {"buses"}
    assert _needs(db, sector="water", status="open") == set()


def test_filters_apply_to_the_window_listing(db: Database, ids: dict[str, str]) -> None:
    query = pipeline_lists.technologies("en")
    query.where = CatalogueFilter(trl="4-9").technology_clauses()
    with db.reading() as s:
        assert {row[0] for row in query.page(s, offset=0, limit=10)} == {ids["mbr"], ids["filter"]}


def test_choices_offered(db: Database, ids: dict[str, str]) -> None:
    with db.reading() as s:
        assert catalogue_filters.technology_countries(s) == ["CN", "DE"]
        assert catalogue_filters.need_countries(s) == ["CN", "DE"]
        assert sorted(catalogue_filters.need_cities(s)) == sorted(
            [(ids["hangzhou"], "", "杭州"), (ids["bonn"], "Bonn", "")]
        )


@pytest.mark.parametrize("text", ["", "0", "10", "6-4", "a"])
def test_trl_text_that_is_no_range_filters_nothing(text: str) -> None:
    assert catalogue_filters.trl_bounds(text) is None


def test_filters_remembered_as_values() -> None:
    chosen = CatalogueFilter(sector="water", trl="4-6")
    assert CatalogueFilter.of(chosen.values() | {"unknown": "x"}) == chosen


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_sector_sorts_by_its_label_in_the_window_language(
    db: Database, ids: dict[str, str], locale: str
) -> None:
    query = pipeline_lists.technologies(locale)
    position = 1 + [c.key for c in query.columns].index("sector")
    with db.reading() as s:
        codes = [row[position] for row in query.page(s, offset=0, limit=10, sort_key="sector")]
    labels = [technology_area_label(code, locale) for code in codes]
    if locale == "en":  # Transport, Wastewater, Water
        assert labels == sorted(labels)
    else:  # 绿色交通 (lvse…), 水处理 (shui…), 污水处理 (wushui…): pinyin order, not the codes'
        assert codes == ["transport", "water", "wastewater"]
