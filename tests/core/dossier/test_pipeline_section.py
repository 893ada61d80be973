"""The visit dossier's "Technologies and needs": the technologies, needs and matches of the
organisations the visit involves, in English and Chinese, with either language first."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.dossier.data import gather_visit
from petdesk.i18n import format_date
from petdesk.models.enums import MatchState, OrgKind
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.core.dossier.sample_data import SampleIds, make_visit
from tests.helpers.fixtures import module_database


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> tuple[Database, SampleIds, str]:
    db = module_database(tmp_path_factory, empty_template, "pipeline")
    ids = make_visit(db, meetings=3, participants=6)
    with db.reading() as s:
        plain = gather_visit(s, ids.visit_id)
    # a visit whose organisations have no technology, need or match prints no such section
    assert plain.pipeline == ()
    with db.transaction() as s:
        visit = s.get(m.Visit, ids.visit_id)
        host = visit.host_organisation_id
        firm = m.Organisation(name_en="Rhine Membrane Technik GmbH", kind=OrgKind.ENTERPRISE, country="DE")
        outsider = m.Organisation(name_en="Never Visited Ltd", kind=OrgKind.ENTERPRISE)
        s.add_all([firm, outsider])
        s.flush()
        s.add(m.ItineraryOrganisation(item_id=visit.items[0].id, organisation_id=firm.id))
        tech = tech_service.create_technology(
            s,
            name_en="Compact membrane bioreactor",
            name_zh="紧凑型膜生物反应器",
            sector="wastewater",
            trl=9,
            description_en="Membrane bioreactor for municipal sewage on a small footprint.",
            provider_organisation_id=firm.id,
        )
        tech_service.create_technology(
            s,
            name_en="Unrelated heat pump",
            name_zh="无关热泵",
            sector="efficiency",
            provider_organisation_id=outsider.id,
        )
        need = need_service.create_need(
            s,
            city_organisation_id=host,
            title_en="Sewage overflow in old districts",
            title_zh="老城区污水溢流",
            problem_zh="老城区污水处理能力不足，雨季溢流。",
            sector="wastewater",
        )
        match = tech_matching.shortlist(s, need.id, tech.id)
        tech_matching.move_match(s, match.id, MatchState.MEETING_HELD)
    yield db, ids, host
    db.close()


def test_the_visit_data_lists_the_organisations_pipeline(sample) -> None:
    db, ids, _host = sample
    with db.reading() as s:
        data = gather_visit(s, ids.visit_id)
    by_org = {p.organisation.en: p for p in data.pipeline}
    assert "Never Visited Ltd" not in by_org  # only organisations the visit involves
    firm = by_org["Rhine Membrane Technik GmbH"]
    assert [t.name.zh for t in firm.technologies] == ["紧凑型膜生物反应器"]
    assert [(x.state.en, x.state.zh) for x in firm.matches] == [("Meeting held", "已会谈")]
    (host,) = [p for p in data.pipeline if p.needs]
    # the technology that fits the host's need first, named in both languages
    assert host.needs[0].suggestions[0].en == "Compact membrane bioreactor"
    assert host.matches[0].other.en == "Rhine Membrane Technik GmbH"


@pytest.mark.parametrize("first", ["en", "zh"])
def test_dossier_prints_technologies_and_needs_in_both_languages(sample, tmp_path: Path, first: str) -> None:
    db, ids, _host = sample
    out = tmp_path / f"visit-{first}.pdf"
    options = DossierOptions(layout=Layout.PARALLEL, first_lang=first, sections=frozenset({"technologies"}))
    build_visit_dossier(db, ids.visit_id, out, options)
    text = flat("".join(pdftotext_pages(out)))
    for needle in (
        "Technologiesandneeds",
        "技术与需求",
        "Compactmembranebioreactor",
        "紧凑型膜生物反应器",
        "Sewageoverflowinolddistricts",
        "老城区污水溢流",
        "Meetingheld",
        "已会谈",
        "Technologiesthatfit",
        "适用技术",
    ):
        assert needle in text, needle
    assert "Unrelatedheatpump" not in text
    # the language chosen first is printed first
    en, zh = text.index("Technologiesandneeds"), text.index("技术与需求")
    assert (en < zh) == (first == "en")
    for row in pdffonts(out):
        assert row.embedded and row.subset and row.unicode, row


@pytest.mark.parametrize("first", ["en", "zh"])
def test_match_dates_are_printed_as_every_other_date(sample, tmp_path: Path, first: str) -> None:
    """ "16 Nov 2026" / "2026年11月16日" (the locale's medium date), not ISO "2026-11-16"."""
    db, ids, _host = sample
    with db.reading() as s:
        (changed,) = {d for d in s.scalars(select(m.TechMatch.state_changed_on)) if d is not None}
    out = tmp_path / f"dates-{first}.pdf"
    options = DossierOptions(first_lang=first, sections=frozenset({"technologies"}))
    build_visit_dossier(db, ids.visit_id, out, options)
    text = flat("".join(pdftotext_pages(out)))
    assert changed.isoformat() not in text
    assert flat(format_date(changed, "en", "medium")) in text
    assert format_date(changed, "zh", "medium") in text
