"""Field test 115: the Tokyo hub office's projects sheet (Excel ja-JP, Shift_JIS).

Before: its Japanese headers (プロジェクト名, 資金提供者, 金額, 開始日, 状況) named no project column;
with them, "¥120,000,000" and "￥8,000,000" were kept as yuan at a Japanese office (¥ was always the
yuan), "\\120,000,000" (Excel's ¥ as Shift_JIS byte 0x5C) and "3,500万円", "1億2,000万円" were refused, and
so were the era dates "令和9年4月1日" and "R9.4.1"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.japanese_eras import western_date
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field115"


def _office_in(db: Database, country: str) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value=country))


def test_a_tokyo_office_reads_yen_man_oku_and_era_dates(db: Database) -> None:
    _office_in(db, "JP")
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projects_excel_ja_jp.csv")
    assert not result.skipped
    money = {p.title: (p.amount, p.currency) for p in result.planned}
    assert money == {
        "東京都 水素バス導入支援": (120_000_000, "JPY"),
        "横浜市 下水汚泥エネルギー化": (120_000_000, "JPY"),
        "川崎市 廃棄物発電 FS": (35_000_000, "JPY"),
        "北九州市 太陽光 リース": (8_000_000, "JPY"),
        "Osaka waste heat pilot": (50_000_000, "JPY"),
    }
    starts = {p.title: p.started for p in result.planned}
    assert set(starts.values()) == {dt.date(2027, 4, 1)}


@pytest.mark.parametrize(("sheet", "taken"), [("JPY", "JPY"), ("CNY", "CNY")])
def test_the_yen_sign_takes_the_sheets_currency_and_says_so(sheet: str, taken: str) -> None:
    amount, currency, notes = past_projects.parse_money("¥120,000,000", 1.0, sheet)
    assert (amount, currency) == (120_000_000, taken)
    assert notes and notes[0].sentence == past_projects.YEN_TAKEN_AS


def test_the_yen_sign_is_refused_where_the_sheet_is_in_neither(db: Database) -> None:
    _office_in(db, "DE")
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projects_excel_ja_jp.csv")
    refused = {x.row: x.reason for x in result.skipped}
    assert refused == {2: past_projects.YEN_OR_YUAN, 5: past_projects.YEN_OR_YUAN}


def test_era_dates() -> None:
    assert western_date("令和9年4月1日") == "2027-04-01"
    assert western_date("R9.4.1") == "2027-04-01"
    assert western_date("令和元年5月1日") == "2019-05-01"
    assert western_date("H31.4.30") == "2019-04-30"
    assert western_date("2027/04/01") is None
