"""Providers whose names have a non-ASCII capital or ß (field test 44, §1): a catalogue import makes
one organisation per provider, a re-import of the same file adds nothing, and a changed file updates
the records it names rather than adding copies of them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.models.enums import OrgKind
from petdesk.services import funders, organisations, projects

_HEADER = ["Technology name", "Provider", "Sector", "Licence", "Consent"]
_V1 = [
    ["Offshore wind O&M", "Ørsted Renewables Denmark", "air", "CC-BY-4.0", "yes"],
    ["Building energy audit", "Ørsted Renewables Denmark", "air", "CC-BY-4.0", "yes"],
    ["Biogas upgrading", "Bioenergie Großhausen GmbH", "waste", "CC-BY-4.0", "yes"],
    ["Plastic sorting line", "Straßburger Kreislauf GmbH", "waste", "CC-BY-4.0", "yes"],
    ["Textile recycling", "STRASSBURGER Kreislauf GmbH", "waste", "CC-BY-4.0", "yes"],
]


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(_HEADER)
        writer.writerows(rows)
    return path


def _count(db: Database, model: type[m.Organisation] | type[m.Technology]) -> int:
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0


def test_one_organisation_per_provider_and_a_reimport_adds_nothing(db: Database, tmp_path: Path) -> None:
    v1 = _write(tmp_path / "cat_v1.csv", _V1)
    with db.transaction() as s:
        first = flat.import_catalogue(s, v1, "technologies")
    # "STRASSBURGER" is "Straßburger" in any case: three providers, not five.
    assert first.new_organisations == [
        "Ørsted Renewables Denmark",
        "Bioenergie Großhausen GmbH",
        "Straßburger Kreislauf GmbH",
    ]
    assert (_count(db, m.Organisation), _count(db, m.Technology)) == (3, 5)

    with db.transaction() as s:
        again = flat.import_catalogue(s, v1, "technologies")
    assert (again.added, again.updated, again.new_organisations) == ([], [], [])
    assert (_count(db, m.Organisation), _count(db, m.Technology)) == (3, 5)


def test_a_changed_file_updates_the_records_it_names(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        flat.import_catalogue(s, _write(tmp_path / "cat_v1.csv", _V1), "technologies")
    v2 = [row[:] for row in _V1]
    v2[2][3:] = ["CC0-1.0", ""]  # a new licence; the empty consent keeps the known "yes"
    v2[3][3:] = ["", "no"]  # the empty licence keeps the known one
    with db.transaction() as s:
        report = flat.import_catalogue(s, _write(tmp_path / "cat_v2.csv", v2), "technologies")
    assert report.added == []
    assert report.updated == ["Biogas upgrading", "Plastic sorting line"]
    with db.transaction() as s:
        by_name = {t.name_en: t for t in s.scalars(select(m.Technology))}
        assert len(by_name) == 5 == _count(db, m.Technology)
        biogas, plastic = by_name["Biogas upgrading"], by_name["Plastic sorting line"]
        assert (biogas.licence, biogas.share_consent) == ("CC0-1.0", True)
        assert (plastic.licence, plastic.share_consent) == ("CC-BY-4.0", False)


def test_the_command_line_finds_an_organisation_in_any_case(db: Database) -> None:
    """``--provider ØRSTED…`` (and other commands naming an organisation) compare in any script's
    case, as the import does."""
    with db.transaction() as s:
        org = m.Organisation(name_en="Ørsted Renewables Denmark", name_zh="", kind=OrgKind.ENTERPRISE)
        s.add(org)
        s.flush()
        assert projects.find_organisation(s, "ØRSTED RENEWABLES DENMARK") == org.id
        assert projects.find_organisation(s, "ørsted renewables denmark") == org.id
        assert funders.find_funder(s, "ØRSTED Renewables Denmark") == org.id
        same = organisations.same_name_organisation(s, {"name_en": "ØRSTED RENEWABLES DENMARK"})
        assert same is not None and same.id == org.id


def test_a_new_provider_gets_the_country_the_file_gives(db: Database, tmp_path: Path) -> None:
    """Field test 44, §6: providers an import added had no country, so ``--country`` and the
    market report could not find them. A Country column (code or name, English or Chinese) gives
    a new provider its country; a country petdesk does not know refuses the row."""
    path = tmp_path / "cat.csv"
    path.write_text(
        "Technology name,Provider,Country\n"
        "Offshore wind O&M,Ørsted Renewables Denmark,Denmark\n"
        "Biogas upgrading,Bioenergie Großhausen GmbH,德国\n"
        "Heat pump for sewage,Danfoss Climate Tech A/S,dk\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        flat.import_catalogue(s, path, "technologies")
    with db.transaction() as s:
        countries = {o.name_en: o.country for o in s.scalars(select(m.Organisation))}
    assert countries == {
        "Ørsted Renewables Denmark": "DK",
        "Bioenergie Großhausen GmbH": "DE",
        "Danfoss Climate Tech A/S": "DK",
    }
    path.write_text("Technology name,Provider,Country\nSolar field,Sol GmbH,Atlantis\n", encoding="utf-8")
    with db.transaction() as s, pytest.raises(flat.CatalogueRowsError, match="“Atlantis” is not a country"):
        flat.import_catalogue(s, path, "technologies")
