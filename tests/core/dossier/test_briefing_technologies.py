"""A meeting briefing lists the catalogue technologies of the organisations met (field test 76: an
enterprise offering five technologies at a B2B table was briefed "No projects or technology areas
recorded")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.models.enums import ItineraryKind, OrgKind
from petdesk.services import technologies as tech_service
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

DAY = dt.date(2027, 3, 16)


def _fair(db: Database) -> str:
    with db.transaction() as s:
        firm = m.Organisation(name_en="Danube Sludge Tech GmbH", kind=OrgKind.ENTERPRISE, country="AT")
        s.add(firm)
        s.flush()
        tech_service.create_technology(
            s, name_en="Sludge drying type 2", name_zh="污泥干化（2型）", sector="wastewater", trl=9,
            key_figures_en="Capacity 300 t/d", key_figures_zh="处理规模 300 t/d",
            provider_organisation_id=firm.id,
        )  # fmt: skip
        tech_service.create_technology(
            s, name_en="Belt filter press", sector="wastewater", trl=7,
            description_en="Dewaters sludge to 25 % solids. Built in Vienna since 2004.",
            provider_organisation_id=firm.id,
        )  # fmt: skip
        fair = vs.create_visit(s, title_en="3iPET matchmaking fair", start_date=DAY, end_date=DAY)
        vs.add_item(
            s, fair.id, start=dt.datetime(2027, 3, 16, 9), end=dt.datetime(2027, 3, 16, 9, 30),
            title_en="B2B talk 1", title_zh="洽谈 1", kind=ItineraryKind.MEETING, organisation_ids=[firm.id],
        )  # fmt: skip
        return fair.id


@pytest.mark.parametrize(
    ("lang", "expected", "none"),
    [
        ("en", ["Sludgedryingtype2", "Capacity300t/d", "Beltfilterpress", "Dewaterssludgeto25%solids."],
         "Noprojectsortechnologyareasrecorded"),
        ("zh", ["污泥干化（2型）", "处理规模300t/d", "Beltfilterpress", "简介"], "暂无项目或技术领域记录"),
    ],
)  # fmt: skip
def test_a_briefing_lists_the_technologies_of_the_organisation_met(
    db: Database, tmp_path: Path, lang: str, expected: list[str], none: str
) -> None:
    out = tmp_path / f"{lang}.pdf"
    options = DossierOptions(
        layout=Layout.SEQUENTIAL, sections=frozenset({"briefings"}), contents=False, only_lang=lang,
        first_lang=lang,
    )  # fmt: skip
    build_visit_dossier(db, _fair(db), out, options)
    text = flat("".join(pdftotext_pages(out)))
    assert none not in text
    for words in expected:
        assert words in text, words
    assert "Builtin" not in text  # one sentence of the description, not all of it
    # the readiness of each, in its own column
    assert "9" in text[text.index(expected[0]) :] and "7" in text[text.index("Beltfilterpress") :]
