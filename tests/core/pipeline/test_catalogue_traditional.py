"""Traditional and Simplified Chinese as one in the catalogue and in organisation names: a search
of technologies and needs, a catalogue import's match of an entry and of its provider by name, an
organisation named on the command line, the same-name check, and duplicate organisations (an office
in Taipei writes 臺北市環境保護局, one in the mainland 台北市环境保护局)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.models.enums import OrgKind
from petdesk.services import duplicates, funders, organisations, projects
from petdesk.services import needs as need_service
from petdesk.services import technologies as tech_service

TRAD, SIMP = "臺北市環境保護局", "台北市环境保护局"


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["技术名称", "Provider", "Sector", "Licence", "Consent"])
        writer.writerows(rows)
    return path


def test_technologies_and_needs_are_found_in_either_script(db: Database) -> None:
    with db.transaction() as s:
        bureau = organisations.create_organisation(s, name_zh=TRAD, kind=OrgKind.CITY_GOVERNMENT)
        tech = tech_service.create_technology(s, name_zh="污水處理膜技術", sector="air").id
        need = need_service.create_need(s, title_zh="黑臭水體治理", city_organisation_id=bureau.id).id
        by_provider = tech_service.create_technology(
            s, name_en="Sludge drying", sector="air", provider_organisation_id=bureau.id
        ).id
    with db.reading() as s:
        for typed in ("污水处理", "污水處理", "膜技术"):
            assert {t.id for t in tech_service.list_technologies(s, typed)} == {tech}
        assert {t.id for t in tech_service.list_technologies(s, "台北")} == {by_provider}
        assert [n.id for n in need_service.list_needs(s, "黑臭水体")] == [need]


def test_an_import_matches_entries_and_providers_written_in_the_other_script(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        bureau = organisations.create_organisation(s, name_zh=TRAD).id
        tech = tech_service.create_technology(s, name_zh="污水處理膜技術", sector="air").id
    path = _write(tmp_path / "taipei.csv", [["污水处理膜技术", SIMP, "wastewater", "CC-BY-4.0", "yes"]])
    with db.transaction() as s:
        report = flat.import_catalogue(s, path, "technologies")
    assert (report.added, report.new_organisations) == ([], [])
    assert report.updated == ["污水处理膜技术"]
    with db.reading() as s:
        assert s.get(m.Technology, tech).provider_organisation_id == bureau
        count = select(func.count()).select_from(m.Organisation)
        assert s.scalar(count) == 1


def test_an_organisation_named_in_the_other_script(db: Database) -> None:
    with db.transaction() as s:
        bureau = organisations.create_organisation(s, name_zh=TRAD, city_zh="臺北").id
        organisations.create_organisation(s, name_zh="香港環境局")
    with db.reading() as s:
        assert projects.find_organisation(s, SIMP) == bureau
        assert funders.find_funder(s, SIMP) == bureau
        same = organisations.same_name_organisation(s, {"name_zh": SIMP, "city_zh": "台北"})
        assert same is not None and same.id == bureau
    with db.transaction() as s, pytest.raises(organisations.DuplicateOrganisation):
        organisations.create_organisation(s, name_zh=SIMP, city_zh="台北", refuse_same_name=True)


@pytest.mark.parametrize("second", [SIMP, "台北市環境保護局有限公司"])
def test_duplicate_organisations_across_scripts(db: Database, second: str) -> None:
    """Two offices' records of one bureau (sync brings the other's in) are paired."""
    with db.transaction() as s:
        first = organisations.create_organisation(s, name_en="Taipei EPB", name_zh=TRAD).id
        other = organisations.create_organisation(s, name_en="Taipei Environmental Bureau", name_zh=second).id
        organisations.create_organisation(s, name_zh="臺北市環境保護局第二分局")
    with db.reading() as s:
        pairs = duplicates.find_organisation_duplicates(s)
    assert [tuple(sorted((p.first_id, p.second_id))) for p in pairs] == [tuple(sorted((first, other)))]
