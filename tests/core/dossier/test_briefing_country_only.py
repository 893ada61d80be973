"""A briefing's organisation known by its country alone says "Country: Austria", not "City: Austria"
(screenshots, round 51: the field test 76 fair's enterprise); with a city, "City: Vienna, Austria"."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.dossier.test_briefing_technologies import _fair


def _briefing(db: Database, visit_id: str, out: Path, lang: str) -> str:
    options = DossierOptions(
        layout=Layout.SEQUENTIAL, sections=frozenset({"briefings"}), contents=False, only_lang=lang,
        first_lang=lang,
    )  # fmt: skip
    build_visit_dossier(db, visit_id, out, options)
    return flat("".join(pdftotext_pages(out)))


@pytest.mark.parametrize(
    ("lang", "country", "city", "with_city"),
    [
        ("en", "Country:Austria", "City:", "City:Vienna,Austria"),
        ("zh", "国家：奥地利", "城市：", "城市：奥地利维也纳"),
    ],
)
def test_a_country_alone_is_named_country(
    db: Database, tmp_path: Path, lang: str, country: str, city: str, with_city: str
) -> None:
    visit_id = _fair(db)
    text = _briefing(db, visit_id, tmp_path / "country.pdf", lang)
    assert country in text and city not in text
    with db.transaction() as s:
        firm = s.query(m.Organisation).one()
        firm.city_en, firm.city_zh = "Vienna", "维也纳"
    text = _briefing(db, visit_id, tmp_path / "city.pdf", lang)
    assert with_city in text and country not in text
