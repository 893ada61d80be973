"""Money words of the projects (field test 16, polish): totals say "approved —" while nothing is
approved, and Chinese output counts in 万 and 亿 with the currency's Chinese name, so yuan and yen are
told apart without the "¥" CLDR gives both (field test 63)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.project_report import build_project_report
from petdesk.services import projects as project_service
from tests.core.dossier.pdfcheck import pdftotext_pages


def _yuan_and_yen(db: Database) -> None:
    with db.transaction() as s:
        project_service.create_project(s, title_en="Sponge city pilot", amount=12_500_000, currency="CNY")
        project_service.create_project(
            s, title_en="Circular economy Nanjing", amount=1_852_000_000, currency="JPY"
        )
        project_service.create_project(
            s, title_en="Plant", amount=1_800_000, amount_approved=1_500_000, currency="EUR"
        )


def test_totals_say_approved_dash_while_nothing_is_approved(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _yuan_and_yen(db)
    assert main(["--db", str(db.path), "--lang", "en", "projects"]) == 0
    out = capsys.readouterr().out
    assert "CNY: requested CN¥12,500,000.00, approved —" in out
    assert "EUR: requested €1,800,000.00, approved €1,500,000.00" in out
    assert "€0.00" not in out and "¥0" not in out


def test_chinese_cli_writes_yuan_and_yen_in_wan_and_yi(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _yuan_and_yen(db)
    assert main(["--db", str(db.path), "--lang", "zh_CN", "projects"]) == 0
    out = capsys.readouterr().out.replace("\u00a0", " ")
    assert "1,250万元" in out and "18.52亿日元" in out and "180万欧元" in out
    assert "¥" not in out and "12,500,000" not in out


def test_chinese_side_of_the_pdf_writes_yuan_and_yen_in_wan_and_yi(db: Database, tmp_path: Path) -> None:
    _yuan_and_yen(db)
    out = build_project_report(db, tmp_path / "zh.pdf", lang="zh")
    text = "".join(pdftotext_pages(out)).replace("\u00a0", " ")
    assert "1,250万元" in text and "18.52亿日元" in text and "180万欧元" in text
    assert "¥" not in text and "CNY 12,500,000" not in text


def test_the_market_overview_and_report_say_approved_dash_while_nothing_is_approved(
    db: Database, tmp_path: Path
) -> None:
    """Field test 18: the Market page said "approved €0.00" for a currency with nothing approved."""
    from petdesk.services import market, market_report

    _yuan_and_yen(db)
    with db.reading() as s:
        overview = market.overview(s)
    assert overview.money["CNY"] == (12_500_000, None)
    assert overview.money["EUR"] == (1_800_000, 1_500_000)
    market_report.write(overview, tmp_path / "market.pdf")
    text = " ".join(pdftotext_pages(tmp_path / "market.pdf"))
    assert "CN¥12,500,000.00 —" in " ".join(text.split()) and "CN¥0.00" not in text
