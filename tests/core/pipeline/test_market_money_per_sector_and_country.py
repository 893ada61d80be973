"""projdeadline61: ``petdesk report market --help`` promises project money per sector and per country;
the report gave it per currency only. Each sector's and country's money now stands in each currency
as stored (two currencies are never added up), beside the per-currency totals, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.enums import OrgKind
from petdesk.services import market
from petdesk.services import projects as project_service
from tests.core.dossier.pdfcheck import pdffonts, pdftotext_pages


def _three_projects(db: Database) -> None:
    with db.transaction() as s:
        hanoi = m.Organisation(name_en="Hanoi People's Committee", kind=OrgKind.CITY_GOVERNMENT, country="VN")
        suzhou = m.Organisation(name_en="Suzhou EPB", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        s.add_all([hanoi, suzhou])
        s.flush()
        project_service.create_project(
            s,
            title_en="Hanoi landfill gas",
            amount=400_000,
            amount_approved=350_000,
            currency="USD",
            technology_areas=["waste", "renewables"],
            lead_organisation_id=hanoi.id,
        )
        project_service.create_project(
            s,
            title_en="Hanoi sorting",
            amount=2_000_000,
            currency="CNY",
            technology_areas=["waste"],
            lead_organisation_id=hanoi.id,
        )
        project_service.create_project(
            s,
            title_en="Suzhou sludge",
            amount=800_000,
            currency="CNY",
            technology_areas=["water"],
            lead_organisation_id=suzhou.id,
        )
        project_service.create_project(s, title_en="No sector yet", amount=10_000, currency="EUR")


def test_money_per_sector_and_country_keeps_each_currency_apart(db: Database) -> None:
    _three_projects(db)
    with db.reading() as s:
        o = market.overview(s)
    assert o.money_by_sector == {
        "waste": {"CNY": (2_000_000, None), "USD": (400_000, 350_000)},  # never 2,400,000 of anything
        "renewables": {"USD": (400_000, 350_000)},  # the landfill gas project counts in both its sectors
        "water": {"CNY": (800_000, None)},
        "?": {"EUR": (10_000, None)},
    }
    assert o.money_by_country == {
        "VN": {"CNY": (2_000_000, None), "USD": (400_000, 350_000)},
        "CN": {"CNY": (800_000, None)},
        "?": {"EUR": (10_000, None)},
    }
    assert o.money == {"CNY": (2_800_000, None), "EUR": (10_000, None), "USD": (400_000, 350_000)}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_pdf_gives_money_per_sector_and_country_in_both_languages(
    db: Database, tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _three_projects(db)
    out = tmp_path / f"market-{lang}.pdf"
    assert main(["--db", str(db.path), "--lang", lang, "report", "market", "--out", str(out)]) == 0
    capsys.readouterr()
    text = " ".join(" ".join(pdftotext_pages(out)).split())  # a cell per line: read as one run
    assert "Project money per sector, in each currency" in text and "各领域项目资金" in text
    assert "Project money per country of the lead organisation" in text and "各国项目资金" in text
    assert "Project money per currency" in text  # the totals per currency stay
    if lang == "en":
        assert "Solid waste management / 固体废物处理处置 CNY CN¥2,000,000.00 —" in text
        assert "Solid waste management / 固体废物处理处置 USD US$400,000.00 US$350,000.00" in text
        assert "Vietnam / 越南 USD US$400,000.00 US$350,000.00" in text
        assert "Sector not given / 未注明领域 EUR €10,000.00 —" in text
    else:
        assert "固体废物处理处置 / Solid waste management CNY 200万元 —" in text
        assert "越南 / Vietnam USD 40万美元 35万美元" in text
        assert "未注明国家 / Country not given EUR 1万欧元 —" in text
    assert "2,400,000" not in text and "240万" not in text  # no sum across currencies
    assert all(f.embedded for f in pdffonts(out))


def test_the_workbook_has_a_sheet_per_money_table(db: Database, tmp_path: Path) -> None:
    import openpyxl

    _three_projects(db)
    out = tmp_path / "market.xlsx"
    assert main(["--db", str(db.path), "--lang", "zh_CN", "report", "market", "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    rows = [[c.value for c in r] for r in book["各国项目资金"].iter_rows(min_row=3)]
    assert rows[0] == ["国家", "币种", "申请金额", "批准金额"]
    assert ["越南", "USD", 400_000, 350_000] in rows and ["中国", "CNY", 800_000, None] in rows
    assert "项目资金" in book.sheetnames and "各领域项目资金" in book.sheetnames
