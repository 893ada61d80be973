"""A Chinese delegation in Almaty and Astana (field test 121): the cities stayed Latin or Cyrillic in
the Chinese dossier, and an itinerary naming Astana once in Cyrillic and once in Latin letters listed
it twice among the visit's cities; the English side printed the Cyrillic as typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import city_names
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdftotext_pages


@pytest.mark.parametrize(
    ("typed", "zh"),
    [("Almaty", "阿拉木图"), ("Алматы", "阿拉木图"), ("Алма-Ата", "阿拉木图"), ("Астана", "阿斯塔纳"),
     ("Nur-Sultan", "阿斯塔纳"), ("Astana", "阿斯塔纳"), ("Шымкент", "奇姆肯特")],
)  # fmt: skip
def test_kazakh_cities_in_chinese(typed: str, zh: str) -> None:
    assert city_names.in_both_languages(typed, "") == (typed, zh)


def test_dossier_names_each_city_once_in_both_languages(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Delegation to Almaty and Astana", title_zh="代表团访问阿拉木图和阿斯塔纳",
            start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 17), timezone="Asia/Almaty",
        )  # fmt: skip
        for day, (title, city) in enumerate(
            (("Akimat", "Алматы"), ("Flight", "Астана"), ("Ministry", "Astana"))
        ):
            start = dt.datetime(2027, 3, 15 + day, 10)
            vs.add_item(s, v.id, title_en=title, start=start, end=start + dt.timedelta(hours=1), city_en=city)
        visit = v.id
    pdf = build_visit_dossier(db, visit, tmp_path / "d.pdf", DossierOptions(first_lang="zh_CN"))
    text = "".join(pdftotext_pages(pdf))
    assert "城市：阿拉木图、阿斯塔纳" in text
    # the English side names the cities in English (it printed "Cities: Алматы, Астана" as typed)
    assert "Cities: Almaty, Astana\n" in text or "Cities: Almaty, Astana " in text
    assert "Астана" not in text and "Алматы" not in text
