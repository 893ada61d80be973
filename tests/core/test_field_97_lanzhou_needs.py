"""Field test 97: Mr. Ma Jun at the Lanzhou hub office imports the city's needs for the next five-year
plan from the municipal Development and Reform Commission (a WPS workbook: Chinese sheet name, a
merged title, a two-row header, 投资估算（万元） with "约500" and "300-500", planned months, a 合计 row,
spacer rows and a footnote), matches technologies to the largest need and prints the bilingual match
report for a meeting with a German delegation.

The workbook is written by ``tests/helpers/lanzhou_needs.py`` (our own sample, see tests/data/README.md).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import technologies
from tests.core.dossier.pdfcheck import flat as flat_text
from tests.core.dossier.pdfcheck import pdffonts, pdftotext_pages
from tests.helpers.lanzhou_needs import FOOTNOTE, write_workbook
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _technologies(db: Database) -> None:
    with db.transaction() as s:
        technologies.create_technology(
            s,
            name_en="Solar sludge drying",
            name_zh="太阳能污泥干化",
            sector="wastewater",
            description_zh="污水处理厂污泥干化，节能",
            description_en="Drying sewage sludge with solar heat",
            trl=8,
        )
        technologies.create_technology(
            s, name_en="Bag filter", name_zh="袋式除尘器", sector="air", description_zh="工业粉尘治理", trl=9
        )


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_ma_jun_imports_the_commissions_needs_and_prints_the_match(
    db: Database, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    cli = ["--db", str(db.path), "--lang", "zh_CN"]
    book = write_workbook(tmp_path / "兰州市技术需求清单.xlsx")

    # 1. the dry run says what it will add and what it skips, in Chinese, without a --map
    assert main([*cli, "import-needs", "--dry-run", str(book)]) == 0
    out, err = capsys.readouterr()
    assert "将新增 5 项城市需求" in out
    assert "合计行（合计），未导入" in err
    assert f"该行只在不导入的列中有内容（{FOOTNOTE}），未导入" in err
    assert "预算 约500 为约数：按 500 计作预算上限" in err
    assert "截止日期 2027年3月 只写到月份：按该月最后一天" in err

    # 2. the import: five needs, none lost, none invented from the title, header, total or footnote
    assert main([*cli, "import-needs", str(book)]) == 0
    capsys.readouterr()
    with closing(sqlite3.connect(db.path)) as conn:
        needs = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT n.title_zh, o.name_zh, n.budget_min, n.budget_max, n.currency, n.deadline, "
                "n.problem_zh, n.id FROM city_need n JOIN organisation o ON o.id = n.city_organisation_id"
            )
        }
    assert sorted(needs) == sorted(
        [
            "黄河兰州段水质在线监测",
            "生活垃圾焚烧飞灰处置",
            "工业园区VOCs治理",
            "污水处理厂污泥干化",
            "农村生活污水处理",
        ]
    )
    # 万元 read as ten thousand yuan; a range as both ends; the planned months and the date cells
    assert needs["黄河兰州段水质在线监测"][1:5] == (None, 12_000_000, "CNY", "2027-03-31")
    assert needs["生活垃圾焚烧飞灰处置"][1:5] == (None, 5_000_000, "CNY", "2027-06-30")
    assert needs["工业园区VOCs治理"][1:5] == (3_000_000, 5_000_000, "CNY", "2027-06-01")
    assert needs["污水处理厂污泥干化"][1:5] == (None, 28_000_000, "CNY", "2027-09-01")
    assert needs["农村生活污水处理"][1:5] == (None, 6_505_000, "CNY", "2027-12-31")
    # the contact's phone, the remarks and the bureau's "约" kept
    assert (
        needs["生活垃圾焚烧飞灰处置"][5]
        == "日处理飞灰100吨\n预算：约500万元\n联系人：王丽 13919012345\n备注：需配套资金"
    )
    assert needs["黄河兰州段水质在线监测"][0] == "兰州市生态环境局"

    # 3. the largest need meets the technologies that answer it
    _technologies(db)
    largest = max(needs.values(), key=lambda n: n[2] or 0)[6]
    assert main([*cli, "match", largest[:8], "--top", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "太阳能污泥干化" in lines[1]
    tech_id = lines[1].split()[0]
    assert main([*cli, "match", largest[:8], "--shortlist", tech_id, "--notes", "与德国代表团面谈"]) == 0
    capsys.readouterr()

    # 4. the bilingual match report: Chinese first and in 万元, English beside it, fonts embedded
    pdf = tmp_path / "match.pdf"
    assert main([*cli, "report", "match", largest[:8], "--out", str(pdf), "--lang", "zh_CN"]) == 0
    text = flat_text(" ".join(pdftotext_pages(pdf)))
    assert text.index("城市需求") < text.index(flat_text("City need"))
    assert "至多2,800万元" in text
    assert flat_text("28,000,000") in text
    assert "与德国代表团面谈" in text
    assert all(font.embedded for font in pdffonts(pdf))
