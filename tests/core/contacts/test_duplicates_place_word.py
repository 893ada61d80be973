"""Organisations typed with and without the administrative word after the city or province (field test
101: the Changsha hub's workbook had 长沙市生态环境局 and 长沙生态环境局, and petdesk offered no pair)."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import duplicates, organisations


def _org(db: Database, name_zh: str, city: str = "长沙") -> str:
    with db.transaction() as s:
        return organisations.create_organisation(s, name_zh=name_zh, kind="city_government", city_zh=city).id


def _pairs(db: Database) -> set[frozenset[str]]:
    with db.reading() as s:
        return {frozenset((p.first_id, p.second_id)) for p in duplicates.find_organisation_duplicates(s)}


def test_city_and_province_words_left_out(db: Database) -> None:
    city, bare = _org(db, "长沙市生态环境局"), _org(db, "长沙生态环境局")
    academy, academy_bare = _org(db, "湖南省环境保护科学研究院"), _org(db, "湖南环境保护科学研究院")
    zhuzhou, zhuzhou_bare = _org(db, "株洲市水务局", "株洲"), _org(db, "株洲水务局", "株洲")
    other = _org(db, "长沙市水务局")  # another bureau of the same city: no pair
    pairs = _pairs(db)
    assert {
        frozenset((city, bare)),
        frozenset((academy, academy_bare)),
        frozenset((zhuzhou, zhuzhou_bare)),
    } <= pairs
    assert not any(other in pair for pair in pairs)
    with db.reading() as s:
        (pair,) = duplicates.duplicates_of(s, "organisation", bare)
    assert pair.score >= 0.8
    assert [r.template for r in pair.reasons] == ["same name but for 市 or 省: {first} / {second}"]
