"""Numbered catalogue names and need titles sort by their numbers' value, in the services, the
window's lists and ``petdesk technologies``/``needs`` (field test 76: "type 10" came right after
"type 1", and the Chinese needs list of ``petdesk needs`` went by the English titles)."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import needs as need_service
from petdesk.services import pipeline_lists
from petdesk.services import technologies as tech_service
from petdesk.services.lists import ListQuery
from tests.helpers.pipeline_names import kunming

ZH_TECH = ["污泥干化（1型）", "污泥干化（2型）", "污泥干化（11型）"]
EN_TECH = ["Phase 2 dryer", "Phase 10 dryer"]
#: (Chinese, English): the Chinese titles in pinyin and number order, the English ones the other way.
NEEDS = [
    ("南京市污泥处置2期", "Zeta sludge"),
    ("南京市污泥处置10期", "Yankee sludge"),
    ("苏州市污泥处置1期", "Alpha"),
]


@pytest.fixture
def numbered_db(db: Database) -> Database:
    with db.transaction() as s:
        city = kunming(s)
        for name in reversed(ZH_TECH):
            tech_service.create_technology(s, name_zh=name, sector="wastewater")
        for name in reversed(EN_TECH):
            tech_service.create_technology(s, name_en=name, sector="wastewater")
        for zh, en in NEEDS:
            need_service.create_need(s, city_organisation_id=city.id, title_zh=zh, title_en=en)
    return db


def _listed(db: Database, query: ListQuery, key: str) -> list[str]:
    position = 1 + [c.key for c in query.columns].index(key)
    with db.reading() as s:
        return [r[position] for r in query.page(s, offset=0, limit=100)]


def test_services_sort_numbers_by_value_and_chinese_needs_by_chinese_title(numbered_db: Database) -> None:
    with numbered_db.reading() as s:
        zh_names = [t.name_zh for t in tech_service.list_technologies(s, language="zh") if t.name_zh]
        en_names = [t.name_en for t in tech_service.list_technologies(s) if t.name_en]
        zh_needs = [n.title_zh for n in need_service.list_needs(s, language="zh")]
        en_needs = [n.title_en for n in need_service.list_needs(s)]
    assert zh_names == ZH_TECH and en_names == EN_TECH
    assert zh_needs == [zh for zh, _en in NEEDS]
    assert en_needs == sorted(en for _zh, en in NEEDS)


def test_window_lists_sort_numbers_by_value(numbered_db: Database) -> None:
    zh_names = _listed(numbered_db, pipeline_lists.technologies("zh_CN"), "name")
    assert [n for n in zh_names if n in ZH_TECH] == ZH_TECH
    assert [
        n for n in _listed(numbered_db, pipeline_lists.technologies("en"), "name") if n in EN_TECH
    ] == EN_TECH
    assert _listed(numbered_db, pipeline_lists.needs("zh_CN"), "title") == [zh for zh, _en in NEEDS]


def test_cli_lists_in_the_interface_language(numbered_db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(numbered_db.path), "--lang", "zh_CN", "needs"]) == 0
    out = capsys.readouterr().out
    positions = [out.index(zh) for zh, _en in NEEDS]
    assert positions == sorted(positions)
    assert main(["--db", str(numbered_db.path), "--lang", "en", "technologies"]) == 0
    out = capsys.readouterr().out
    assert out.index("Phase 2 dryer") < out.index("Phase 10 dryer")


def test_a_chinese_name_alone_keeps_its_number_order_in_english(numbered_db: Database) -> None:
    """The English window and ``petdesk technologies`` file a name with no English by its pinyin:
    its numbers still count by value (screenshots, round 51: 11型 came before 2型 in English)."""
    listed = _listed(numbered_db, pipeline_lists.technologies("en"), "name")
    assert [n for n in listed if n in ZH_TECH] == ZH_TECH
    with numbered_db.reading() as s:
        en_listed = [t.name_zh for t in tech_service.list_technologies(s) if not t.name_en]
    assert en_listed == ZH_TECH
