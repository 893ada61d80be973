"""Fund amounts as Chinese readers count them (field test 63): "4,500万元" and "1.2亿元", not
"CNY 45,000,000.00"; other currencies by their Chinese name ("45万欧元"); English unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.i18n import format_money
from petdesk.services import projects as project_service
from tests.core.dossier.pdfcheck import pdftotext_pages


@pytest.mark.parametrize(
    ("value", "currency", "chinese"),
    [
        (45_000_000, "CNY", "4,500万元"),
        (120_000_000, "CNY", "1.2亿元"),
        (100_000_000, "CNY", "1亿元"),
        (99_999_999, "CNY", "1亿元"),  # rounded before the unit is chosen: not "10,000万元"
        (12_345_678, "CNY", "1,234.57万元"),
        (10_000, "CNY", "1万元"),
        (8_000, "CNY", "8,000元"),
        (8_000.5, "CNY", "8,000.50元"),
        (450_000, "EUR", "45万欧元"),
        (450_000, "USD", "45万美元"),
        (1_852_000_000, "JPY", "18.52亿日元"),
        (-200_000, "CNY", "-20万元"),
    ],
)
def test_chinese_counts_in_wan_and_yi(value: float, currency: str, chinese: str) -> None:
    assert format_money(value, currency, "zh_CN") == chinese
    assert format_money(value, currency, "zh") == chinese


@pytest.mark.parametrize(
    ("value", "currency", "english"),
    [(45_000_000, "CNY", "CN¥45,000,000.00"), (450_000, "EUR", "€450,000.00"), (8_000, "CNY", "CN¥8,000.00")],
)
def test_english_is_as_before(value: float, currency: str, english: str) -> None:
    assert format_money(value, currency, "en") == english


def test_english_whole_amounts_drop_the_cents() -> None:
    assert format_money(45_000_000, "CNY", "en", whole=True) == "CN¥45,000,000"


def test_a_code_without_a_chinese_name_stands_apart() -> None:
    assert format_money(450_000, "XTS", "zh_CN").startswith("45万")
    assert "元" not in format_money(450_000, "XTS", "zh_CN")


def test_the_chinese_market_report_counts_in_wan(db: Database, tmp_path: Path) -> None:
    from petdesk.services import market, market_report

    with db.transaction() as s:
        project_service.create_project(s, title_en="Sludge plant", amount=45_000_000, currency="CNY")
        project_service.create_project(s, title_en="Heat pumps", amount=450_000, currency="EUR")
    with db.reading() as s:
        overview = market.overview(s)
    market_report.write(overview, tmp_path / "zh.pdf", "zh_CN")
    market_report.write(overview, tmp_path / "en.pdf", "en")
    chinese = " ".join(pdftotext_pages(tmp_path / "zh.pdf"))
    english = " ".join(pdftotext_pages(tmp_path / "en.pdf"))
    assert "4,500万元" in chinese and "45万欧元" in chinese and "45,000,000" not in chinese
    assert "CN¥45,000,000.00" in english and "万" not in english


@pytest.mark.parametrize(
    ("value", "exact"),
    [
        (1_800_000.50, "1,800,000.50元"),  # a list's "180万元" drops the 50 fen
        (12_345_678, "12,345,678元"),  # "1,234.57万元" is 22 yuan more
        (123_450_000, "12,345万元"),  # exact in 万 but not in 亿
        (45_000_000, "4,500万元"),
        (99_999_999, "99,999,999元"),  # not "1亿元"
    ],
)
def test_a_total_is_never_rounded_to_wan(value: float, exact: str) -> None:
    """A list may round to 万; a total or a finance report must not (review 49, finding 2)."""
    assert format_money(value, "CNY", "zh_CN", exact=True) == exact
    assert format_money(value, "CNY", "en", exact=True) == format_money(value, "CNY", "en")


def _two_projects(db: Database) -> None:
    with db.transaction() as s:
        project_service.create_project(s, title_en="Sludge plant", amount=1_800_000.25, currency="CNY")
        project_service.create_project(s, title_en="Heat pumps", amount=10_545_678.25, currency="CNY")


def test_the_chinese_command_line_totals_every_yuan(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from petdesk.cli import main

    _two_projects(db)
    assert main(["--db", str(db.path), "projects", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    # the list as its total, every fen (field projfollow60: a row's "180万元" hid 0.25 the total showed)
    assert "1,800,000.25元" in out and "10,545,678.25元" in out and "万" not in out
    assert "12,345,678.50元" in out, out  # the total ("1,234.57万元" hid 22.50)


def test_the_chinese_project_report_totals_every_yuan(db: Database, tmp_path: Path) -> None:
    from petdesk.dossier.project_report import build_project_report

    _two_projects(db)
    build_project_report(db, tmp_path / "projects.pdf", lang="zh_CN")
    text = " ".join(pdftotext_pages(tmp_path / "projects.pdf"))
    assert "12,345,678.50元" in text and "1,800,000.25元" in text, text
