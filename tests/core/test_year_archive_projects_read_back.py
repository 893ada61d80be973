"""Field projfollow60: the yearly archive's projects sheet had no funder, amounts or currency, and an
archive written in Chinese could not be read back by ``import-projects`` (its headers were not
recognised). It now carries the columns of ``report projects --out F.csv`` in either language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.enums import OrgKind, ProjectStatus
from petdesk.services import past_projects, year_archive
from petdesk.services import projects as project_service


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_archive_s_projects_read_back_with_funder_money_and_lead(
    db: Database, tmp_path: Path, locale: str
) -> None:
    with db.transaction() as s:
        city = m.Organisation(
            name_en="Suwon City", name_zh="水原市", kind=OrgKind.CITY_GOVERNMENT, country="KR"
        )
        s.add(city)
        s.flush()
        made = project_service.create_project(
            s,
            title_en="Suwon sewer overflow control",
            title_zh="水原合流制溢流控制",
            amount=800_000_000,
            amount_approved=750_000_000,
            currency="KRW",
            stage=ProjectStatus.SUBMITTED,
            funder="GIZ",
            lead_organisation_id=city.id,
        ).id
    year = dt.date.today().year
    out = tmp_path / f"archive-{locale}.xlsx"
    with db.reading() as s:
        year_archive.write_archive(s, year, out, locale)
    sheet = openpyxl.load_workbook(out)["项目" if locale == "zh_CN" else "projects"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    funder, currency = ("资助方", "币种") if locale == "zh_CN" else ("Funder", "Currency")
    assert row[funder] == "GIZ" and row[currency] == "KRW"
    assert any(str(v).startswith(("Suwon City (", "水原市（", "水原市 (")) for v in row.values()), row
    with db.transaction() as s:
        project_service.delete_projects(s, [made])  # else the row is skipped as already in petdesk
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, out)
    assert plan.sheet == ("项目" if locale == "zh_CN" else "projects")
    (got,) = plan.planned
    assert (got.title, got.currency, got.amount, got.approved) == (
        "Suwon sewer overflow control / 水原合流制溢流控制",
        "KRW",
        800_000_000,
        750_000_000,
    )
    assert got.stage == ProjectStatus.SUBMITTED
    assert got.funder == "GIZ" and got.funder_id is not None
    assert [p.name for p in got.partners][:1] == ["水原市" if locale == "zh_CN" else "Suwon City"]
