"""The matchmaking list for a fair guide (field test 76): every need's shortlisted matches in one
table, city, need, technology, provider and state in both languages, best score first in a need."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import MatchState, OrgKind
from petdesk.services import fair_list, needs, tech_matching, technologies
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _fair(db: Database) -> None:
    with db.transaction() as s:
        city = m.Organisation(name_en="Nanjing", name_zh="南京市", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        firm = m.Organisation(name_zh="江苏碧水源环保科技有限公司", kind=OrgKind.ENTERPRISE, country="CN")
        s.add_all([city, firm])
        s.flush()
        need = needs.create_need(
            s,
            title_zh="南京市污泥处置",
            title_en="Sludge disposal",
            sector="wastewater",
            city_organisation_id=city.id,
        )
        dryer = technologies.create_technology(
            s, name_zh="污泥干化", sector="wastewater", trl=8, provider_organisation_id=firm.id
        )
        press = technologies.create_technology(
            s, name_en="Sludge press", name_zh="污泥压滤", sector="wastewater"
        )
        sensor = technologies.create_technology(s, name_en="PM2.5 sensor network", sector="monitoring")
        for tech in (dryer, press, sensor):
            tech_matching.shortlist(s, need.id, tech.id)
        (refused,) = [
            x for x in tech_matching.list_matches(s, need_id=need.id) if x.technology_id == press.id
        ]
        tech_matching.move_match(s, refused.id, MatchState.NO_AGREEMENT)


def test_rows_in_both_languages_best_first(db: Database) -> None:
    _fair(db)
    with db.reading() as s:
        rows = fair_list.fair_rows(s)
        everything = fair_list.fair_rows(s, without_no_agreement=False)
    assert [r.technology for r in rows] == [
        ("污泥干化", "污泥干化"),
        ("PM2.5 sensor network", "PM2.5 sensor network"),
    ]
    assert rows[0].city == ("Nanjing", "南京市") and rows[0].need == ("Sludge disposal", "南京市污泥处置")
    assert rows[0].provider == ("江苏碧水源环保科技有限公司", "江苏碧水源环保科技有限公司")
    assert rows[0].score > rows[1].score
    assert len(everything) == 3


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_cli_writes_the_guide_chinese_first(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _fair(db)
    out = tmp_path / "guide.xlsx"
    assert main(["--db", str(db.path), "--lang", "zh_CN", "report", "matches", "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "已将 2 项技术对接写入" in said.out + said.err
    header, first, *_rest = load_workbook(out).active.iter_rows(values_only=True)
    assert header[:4] == ("城市", "City", "城市需求", "City need")
    assert first[:4] == ("南京市", "Nanjing", "南京市污泥处置", "Sludge disposal") and first[8:10] == (
        "推荐",
        "Suggested",
    )
    text = tmp_path / "guide.csv"
    args = [
        "--db",
        str(db.path),
        "--lang",
        "en",
        "report",
        "matches",
        "--out",
        str(text),
        "--with-no-agreement",
    ]
    assert main(args) == 0
    with text.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0][:2] == ["City", "城市"] and len(table) == 4
    assert ["No agreement", "未达成协议"] in [row[8:10] for row in table]
    assert main(["--db", str(db.path), "report", "matches", "--out", str(tmp_path / "guide.pdf")]) == 1


def test_a_name_that_starts_with_a_formula_sign_is_text(db: Database, tmp_path: Path) -> None:
    """A technology named "=HYPERLINK(…)" (from a provider's catalogue) was a formula in the workbook
    Excel runs on opening, and bare in the CSV file; now text, guarded as the contact exports guard it."""
    with db.transaction() as s:
        city = m.Organisation(name_en="Nanjing", name_zh="南京市", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        s.add(city)
        s.flush()
        need = needs.create_need(s, title_en="Sludge", sector="wastewater", city_organisation_id=city.id)
        evil = '=HYPERLINK("http://x.example","go")'
        tech = technologies.create_technology(s, name_en=evil, sector="wastewater")
        tech_matching.shortlist(s, need.id, tech.id)
    with db.reading() as s:
        rows = fair_list.fair_rows(s)
    book = fair_list.write_fair_list(rows, tmp_path / "fair.xlsx")
    cells = [c for row in load_workbook(book).active.iter_rows(min_row=2) for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert '=HYPERLINK("http://x.example","go")' in [c.value for c in cells]
    text = fair_list.write_fair_list(rows, tmp_path / "fair.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(" in text and ",=HYPERLINK" not in text
