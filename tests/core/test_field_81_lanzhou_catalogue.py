"""Field test 81: Mr. Ma Lin, technology officer of the new 3iPET hub office in Lanzhou, imports the
national agency's catalogue of 400 technologies (a WPS/Excel workbook: a title row, "技术名称" and
"技术简介" merged over 中文 | 英文, readiness as "TRL 6" or "6级", sectors 大气/水/固废/土壤, line
breaks in cells, a hidden column, a totals row) and the city's needs (a Word table pasted into Excel,
saved as CSV in GBK, dates as Excel writes them: 2027/6/30), matches technologies to the arid city's
needs, shortlists, prints the bilingual match report for the ecology bureau and a Chinese dossier for
the matchmaking meeting.

Both files are written here as WPS/Excel write them (openpyxl; Python's GBK codec with CRLF line
ends, as Excel's "CSV (逗号分隔)" on Chinese Windows); made up for this test, no third-party content.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Alignment

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import visits
from tests.core.dossier.pdfcheck import flat as flat_text
from tests.core.dossier.pdfcheck import pdftotext_pages
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

TOPICS = {
    "大气": [
        ("清洁供暖空气源热泵", "Air-source heat pump for clean heating"),
        ("燃煤锅炉超低排放改造", "Ultra-low emission retrofit of coal boilers"),
        ("高效袋式除尘器", "High-efficiency bag filter for PM2.5 and dust"),
    ],
    "水": [
        ("黄河支流水质在线监测", "Online water-quality monitoring of Yellow River tributaries"),
        ("工业园区废水零排放", "Zero liquid discharge for industrial park wastewater"),
        ("膜生物反应器污水处理", "Membrane bioreactor wastewater treatment"),
        ("供水管网声学漏损监测", "Acoustic leak detection sensors for water networks"),
    ],
    "固废": [
        ("污泥干化焚烧", "Sludge drying and incineration"),
        ("建筑垃圾资源化", "Recycling of construction waste"),
    ],
    "土壤": [
        ("荒漠化土地生态修复", "Ecological restoration of desertified land"),
        ("沙化土地固沙植被恢复", "Sand fixation and revegetation of sandy land"),
        ("污染土壤原位热脱附", "In-situ thermal desorption of contaminated soil"),
    ],
}
PROVIDERS = [
    "亿利资源集团",
    "格力电器",
    "兰州交通大学",
    "西安热工研究院",
    "北京碧水源科技股份有限公司",
    "Veolia",
]
N = 400


def _catalogue(path: Path) -> Path:
    rng = random.Random(81)
    wb = Workbook()
    ws = wb.active
    ws.title = "技术目录"
    ws.append(["国家环境技术合作平台 技术目录（2026年第一批）", *[None] * 8])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "技术名称", None, "技术提供方", "领域", "技术简介", None, "技术成熟度", "内部备注"])
    ws.append([None, "中文", "英文", None, None, "中文", "英文", None, None])
    for column in "ADEHI":
        ws.merge_cells(f"{column}2:{column}3")
    ws.merge_cells("B2:C2")
    ws.merge_cells("F2:G2")
    for i in range(1, N + 1):
        sector = list(TOPICS)[i % 4]
        zh, en = rng.choice(TOPICS[sector])
        trl = rng.randint(5, 9)
        described = [
            f"{zh}。\n适用于西北干旱地区，\n已在甘肃示范。",
            f"{en}.\nSuited to arid north-west China.",
        ]
        readiness = f"TRL {trl}" if i % 2 else f"{trl}级"
        ws.append(
            [i, f"{zh}{i}", f"{en} {i}", rng.choice(PROVIDERS), sector, *described, readiness, "待核实"]
        )
        ws.cell(ws.max_row, 6).alignment = Alignment(wrap_text=True)
    ws.append(["合计", f"共{N}项", *[None] * 7])
    ws.column_dimensions["I"].hidden = True
    wb.save(path)
    return path


NEEDS = [
    ["序号", "需求名称", "城市", "领域", "问题描述", "预算（万元）", "截止日期", "联系人"],
    [
        "1",
        "荒漠化防治与沙化土地治理",
        "兰州市",
        "土壤",
        "北山土地沙化严重，\n需要固沙、植被恢复技术。",
        "800",
        "2027/6/30",
        "生态局 王科长",
    ],
    [
        "2",
        "冬季清洁取暖替代燃煤",
        "兰州市",
        "大气",
        "冬季燃煤散烧，\n供暖季PM2.5超标。",
        "1,500",
        "2027/10/1",
        "",
    ],
    [
        "3",
        "黄河兰州段水质保障",
        "兰州市",
        "水",
        "黄河干流及支流（湟水）\n入河排污口与水质在线监测。",
        "600",
        "2027-03-31",
        "",
    ],
    [
        "4",
        "工业园区污水处理提标",
        "兰州市",
        "水",
        "化工园区高盐、难降解废水，\n需提标并回用。",
        "2000",
        "2027-12-31",
        "新区管委会",
    ],
]
#: each need's title -> the words every one of its first three technologies is named with
FIRST = {
    "荒漠化防治与沙化土地治理": ("荒漠化", "沙化"),
    "冬季清洁取暖替代燃煤": ("清洁供暖",),
    "黄河兰州段水质保障": ("水质",),
    "工业园区污水处理提标": ("零排放",),
}


def _needs(path: Path) -> Path:
    with path.open("w", encoding="gbk", newline="") as fh:
        csv.writer(fh).writerows(NEEDS)
    return path


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_ma_lin_matches_the_agency_catalogue_to_lanzhou_needs(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    cli = ["--db", str(db.path), "--lang", "zh_CN"]
    # 1. the catalogue: 400 rows in, 400 technologies stored, the totals row said, nothing cut
    catalogue = _catalogue(tmp_path / "技术目录2026.xlsx")
    assert main([*cli, "import-technologies", str(catalogue)]) == 0
    out, err = capsys.readouterr()
    assert f"已新增 {N} 项技术" in out
    assert f"第 {N + 4} 行：合计行（合计），未导入" in err
    assert "“内部备注”列在工作簿中已隐藏，未导入" in err  # not a refusal naming a column not on screen
    with closing(sqlite3.connect(db.path)) as conn:
        stored = conn.execute(
            "SELECT name_zh, name_en, trl, sector, description_zh FROM technology"
        ).fetchall()
        kinds = dict(conn.execute("SELECT name_zh, kind FROM organisation WHERE name_zh != ''").fetchall())
    assert len(stored) == N
    assert all(en and trl for _zh, en, trl, _s, _d in stored)  # the English column and TRL 6 / 6级
    assert not {zh for zh, *_rest in stored} & {"中文", f"共{N}项"}
    assert {s for *_x, s, _d in stored} == {"air", "water", "waste", "soil"}
    assert all(d.count("\n") == 2 for *_x, d in stored)  # the line breaks of a cell kept
    assert kinds["兰州交通大学"] == "university"

    # 2. the city's needs from the GBK CSV, the contact kept with the problem
    assert main([*cli, "import-needs", str(_needs(tmp_path / "兰州市需求.csv"))]) == 0
    assert "已新增 4 项城市需求" in capsys.readouterr().out
    with closing(sqlite3.connect(db.path)) as conn:
        needs = dict(conn.execute("SELECT title_zh, id FROM city_need").fetchall())
        problem, budget, deadline = conn.execute(
            "SELECT problem_zh, budget_max, deadline FROM city_need WHERE title_zh LIKE '荒漠化%'"
        ).fetchone()
    assert problem == "北山土地沙化严重，\n需要固沙、植被恢复技术。\n联系人：生态局 王科长"
    assert (budget, deadline) == (8_000_000, "2027-06-30")  # Excel's "2027/6/30"

    # 3. the arid city's needs meet what answers them, with the reasons
    for title, words in FIRST.items():
        assert main([*cli, "match", needs[title][:8], "--top", "3", "--lang", "zh_CN"]) == 0
        lines = capsys.readouterr().out.splitlines()
        firsts = [line for line in lines[1:] if not line.startswith(" ")]
        assert len(firsts) == 3, lines
        assert all(any(w in line for w in words) for line in firsts), (title, lines)
    desert = needs["荒漠化防治与沙化土地治理"][:8]
    assert main([*cli, "match", desert, "--top", "1"]) == 0
    top_id = capsys.readouterr().out.splitlines()[1].split()[0]
    assert main([*cli, "match", desert, "--shortlist", top_id, "--notes", "北山示范区试点"]) == 0
    capsys.readouterr()

    # 4. the match report for the ecology bureau: Chinese first, English beside it
    pdf = tmp_path / "match.pdf"
    assert main([*cli, "report", "match", desert, "--out", str(pdf), "--lang", "zh_CN"]) == 0
    text = flat_text(" ".join(pdftotext_pages(pdf)))
    assert text.index("城市需求") < text.index(flat_text("City need"))
    assert "北山示范区试点" in text and flat_text("Shortlist") in text and "候选清单" in text
    assert flat_text("desertification") in text

    # 5. the Chinese dossier of the matchmaking meeting lists the city's needs and what fits
    with closing(sqlite3.connect(db.path)) as conn:
        city_id = conn.execute("SELECT id FROM organisation WHERE name_zh = '兰州市'").fetchone()[0]
        provider_id = conn.execute("SELECT id FROM organisation WHERE name_zh = '亿利资源集团'").fetchone()[0]
    with db.transaction() as s:
        meeting = visits.create_visit(
            s,
            title_zh="兰州市环境技术对接会",
            title_en="Lanzhou technology matchmaking meeting",
            start_date=dt.date(2027, 3, 10),
            end_date=dt.date(2027, 3, 10),
            host_organisation_id=city_id,
            visiting_organisation_id=provider_id,
        ).id
    dossier = tmp_path / "对接会.pdf"
    args = [
        "dossier",
        "visit",
        meeting[:8],
        "--out",
        str(dossier),
        "--lang",
        "zh_CN",
        "--sections",
        "cover,technologies",
    ]
    assert main([*cli, *args]) == 0
    text = flat_text(" ".join(pdftotext_pages(dossier)))
    assert text.index("技术与需求") < text.index(flat_text("Technologies and needs"))
    assert all(title in text for title in ("冬季清洁取暖替代燃煤", "工业园区污水处理提标"))
