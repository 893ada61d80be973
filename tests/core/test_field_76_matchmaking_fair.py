"""Field test 76: Ms. Zhao Min, technology-matching officer at the Nanjing hub office, prepares a
matchmaking fair. 25 enterprises offer 120 technologies (the agency's bilingual XLSX template, rows in
English only, Chinese only or both), 18 cities post 40 needs; she ranks, shortlists with reasons, adds
a match by hand, plans 30-minute B2B talks as a visit's itinerary, prints the match result in both
languages, starts the project that follows, and re-imports the updated catalogue a week later.

The workbooks are written here as Excel writes the agency's template (openpyxl; made up for this test,
no third-party content)."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from openpyxl import Workbook

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import MatchState, PartnerRole
from petdesk.services import needs, projects, tech_matching, technologies, visits
from tests.core.dossier.pdfcheck import flat as flat_text
from tests.core.dossier.pdfcheck import pdftotext_pages
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

PROVIDERS = [
    *(
        f"{name} GmbH"
        for name in ("Hamburg Clean Water", "Danube Sludge Tech", "Alpine WtE", "AirQ", "Biogas Nord")
    ),
    *(f"{name} AB" for name in ("Aqua Nordic", "Malmo Sponge", "Lund Air")),
    *(
        "江苏碧水源环保科技有限公司",
        "南京大学环境规划设计研究院",
        "宜兴环科园净化设备有限公司",
        "光大环保能源（南京）有限公司",
    ),
    *(
        "苏州清源华擎环保科技",
        "聚光科技（杭州）股份有限公司",
        "北京桑德环境工程",
        "中国光大水务",
        "上海城投污水处理",
    ),
    *(
        "无锡市政设计研究院",
        "杭州绿色能源",
        "Rotterdam Delta Water BV",
        "Membratec SA",
        "Lyon Air Analytics SAS",
    ),
    *("Flanders Biosolids NV", "Green Roof Systems Ltd", "EnviroSense Oy"),
]
TOPICS = [
    ("MBR wastewater plant", "膜生物反应器污水处理", "wastewater", "m³/d"),
    ("Sludge drying", "污泥干化", "wastewater", "t/d"),
    ("Waste-to-energy grate incinerator", "炉排炉垃圾焚烧发电", "waste", "t/d"),
    ("Permeable paving for sponge city", "海绵城市透水铺装", "buildings", "m²"),
    ("Low-cost PM2.5 sensor network", "低成本PM2.5监测网络", "monitoring", "个站点"),
]
HEADERS = [
    "编号 No.", "技术名称（英文）", "技术名称（中文）", "提供方 Provider", "领域 Sector", "技术简介（英文）",
    "技术简介（中文）", "主要指标（英文）", "主要指标（中文）", "TRL", "认证 Certifications", "标签 Tags",
]  # fmt: skip
CITIES = [
    "南京市", "苏州市", "无锡市", "常州市", "扬州市", "镇江市", "南通市", "盐城市", "淮安市", "宿迁市",
    "徐州市", "连云港市", "合肥市", "芜湖市", "杭州市", "宁波市", "嘉兴市", "泰州市",
]  # fmt: skip
NEEDS = [("污泥处置", "Sludge disposal", "wastewater"), ("生活垃圾焚烧", "Waste incineration", "waste")]
LONG_ZH = "已在国内多个城市污水厂稳定运行，能耗低、占地小，出水达到一级A标准；" * 12


def _catalogue_rows() -> list[list[object]]:
    rnd = random.Random(76)
    rows: list[list[object]] = []
    for i in range(120):
        en, zh, sector, unit = TOPICS[i % len(TOPICS)]
        kind = i // len(TOPICS) + 1
        name_en = "" if i % 7 == 3 else f"{en} type {kind}"  # Chinese only
        name_zh = "" if i % 7 == 5 else f"{zh}（{kind}型）"  # English only
        size = rnd.choice([50, 300, 2000, 50000])
        rows.append([
            i + 1, name_en, name_zh, PROVIDERS[i % 25], sector,
            f"{en}. Proven in European municipal plants." if name_en else "",
            f"{zh}。{LONG_ZH}" if name_zh else "",
            f"Capacity {size:,} {unit}" if name_en else "", f"处理规模 {size} {unit}" if name_zh else "",
            rnd.randint(5, 9), "ISO 14001" if i % 3 == 0 else "", "3iPET;fair2027",
        ])  # fmt: skip
    return rows


def _workbook(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "技术目录"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _needs_file(path: Path) -> Path:
    rows: list[list[object]] = []
    for i in range(40):
        zh, en, sector = NEEDS[i % 2]
        city = CITIES[i % 18]
        title_en = f"{en} phase {i // 2 + 1}" if i % 4 else ""  # some Chinese only
        rows.append(
            [f"{city}{zh}{i // 2 + 1}期", title_en, city, sector, f"规模约{(i + 1) * 100} t/d", 500, 3000]
        )
    headers = [
        "需求标题（中文）",
        "Need title (EN)",
        "城市",
        "领域",
        "问题描述",
        "预算下限（万元）",
        "预算上限（万元）",
    ]
    return _workbook(path, headers, rows)


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_zhao_min_prepares_the_matchmaking_fair(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    cli = ["--db", str(db.path), "--lang", "zh_CN"]
    rows = _catalogue_rows()
    # 1. the catalogue: 120 technologies of 25 providers, nothing lost
    assert (
        main([*cli, "import-technologies", str(_workbook(tmp_path / "catalogue.xlsx", HEADERS, rows))]) == 0
    )
    assert "已新增 120 项技术；已更新 0 项；新机构：25 个" in capsys.readouterr().out
    with db.reading() as s:
        catalogue = technologies.list_technologies(s)
    assert len(catalogue) == 120
    by_zh = {t.name_zh: t for t in catalogue if t.name_zh}
    chinese_only = by_zh["海绵城市透水铺装（1型）"]
    assert chinese_only.name_en == "" and chinese_only.description_zh.endswith(LONG_ZH)
    assert chinese_only.key_figures_zh.endswith(" m²")
    mbr = by_zh["膜生物反应器污水处理（1型）"]
    assert (
        mbr.key_figures_en.endswith("m³/d") and mbr.trl == rows[0][9] and mbr.certifications == ["ISO 14001"]
    )
    assert {t.name_en for t in catalogue if not t.name_zh} >= {"MBR wastewater plant type 2"}
    # 2. the needs of 18 cities, headed in both languages; each city named in English too
    assert main([*cli, "import-needs", str(_needs_file(tmp_path / "needs.xlsx"))]) == 0
    assert "已新增 40 项城市需求" in capsys.readouterr().out
    with db.reading() as s:
        city_needs = needs.list_needs(s)
        cities = s.query(m.Organisation).filter(m.Organisation.kind == "city_government").all()
    assert len(city_needs) == 40 and len(cities) == 18
    assert [c.name_zh for c in cities if not c.name_en] == ["泰州市"]  # Taizhou: two cities, no guess
    (sludge,) = [n for n in city_needs if n.title_zh == "南京市污泥处置1期"]
    assert sludge.budget_min == 5_000_000 and sludge.budget_max == 30_000_000  # 万元
    # 3. matching: best first, the need's sector before others
    with db.reading() as s:
        _need, ranked = tech_matching.rank_for_need(s, sludge.id, None)
    assert ranked and all(r.technology.sector == "wastewater" for r in ranked[:10])
    assert [r.order_key for r in ranked] == sorted((r.order_key for r in ranked), reverse=True)
    top, second = ranked[0].technology, ranked[1].technology
    sensor = by_zh["低成本PM2.5监测网络（2型）"]
    assert sensor.id not in {r.technology.id for r in ranked}  # another sector, no shared term
    match = [*cli, "match", sludge.id[:8]]
    assert (
        main([*match, "--shortlist", top.id[:8], "--state", "introduced", "--notes", "规模合适，展会面谈"])
        == 0
    )
    assert main([*match, "--shortlist", second.id[:8], "--state", "no_agreement", "--notes", "报价过高"]) == 0
    assert main([*match, "--shortlist", sensor.id[:8], "--notes", "手动添加：监测配套"]) == 0
    capsys.readouterr()
    assert main([*match, "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "备注：规模合适，展会面谈" in out and "备注：报价过高" in out
    assert "手动加入候选、未列入本需求排名的技术：" in out and "低成本PM2.5监测网络（2型）" in out
    with db.reading() as s:
        states = {x.technology_id: x.state for x in tech_matching.list_matches(s, need_id=sludge.id)}
    assert states == {
        top.id: MatchState.INTRODUCED,
        second.id: MatchState.NO_AGREEMENT,
        sensor.id: "suggested",
    }
    # 4. the printed match result, in both languages, Chinese first
    pdf = tmp_path / "match.pdf"
    assert main([*cli, "report", "match", sludge.id[:8], "--out", str(pdf)]) == 0
    text = flat_text(" ".join(pdftotext_pages(pdf)))
    assert "候选清单" in text and flat_text("Shortlist") in text and "报价过高" in text and "监测配套" in text
    assert text.index("城市需求") < text.index(flat_text("City need"))
    # 5. B2B talks of 30 minutes at the fair, two tables at once, as a visit's itinerary
    with db.transaction() as s:
        fair = visits.create_visit(
            s, title_en="3iPET matchmaking fair", title_zh="3iPET技术对接会", timezone="Asia/Shanghai",
            start_date=dt.date(2027, 3, 16), end_date=dt.date(2027, 3, 16),
        )  # fmt: skip
        for i in range(6):
            start = dt.datetime(2027, 3, 16, 9, 0) + dt.timedelta(minutes=30 * (i // 2))
            visits.add_item(
                s, fair.id, start=start, end=start + dt.timedelta(minutes=30), title_zh=f"洽谈 {i + 1}",
                place_zh=f"{i % 2 + 1}号桌", organisation_ids=[cities[i].id, chinese_only.provider_id or ""],
            )  # fmt: skip
        fair_id = fair.id
    capsys.readouterr()
    assert main([*cli, "visits", fair_id[:8], "--json"]) == 0
    itinerary = json.loads(capsys.readouterr().out)["itinerary"]
    assert len(itinerary) == 6 and itinerary[-1]["starts_at"] == "2027-03-16T02:00:00+00:00"
    # 6. the project that follows: Suzhou applies for funds with a technology
    with db.transaction() as s:
        project_id = projects.create_project(s, title_zh="苏州市污泥干化示范项目").id
    assert (
        main([*cli, "projects", "partner", "add", project_id[:8], "苏州", "--role", "beneficiary_city"]) == 0
    )
    with db.reading() as s:
        (partner,) = s.query(m.ProjectPartner).filter_by(project_id=project_id).all()
        assert (
            partner.role == PartnerRole.BENEFICIARY_CITY
            and s.get(m.Organisation, partner.organisation_id).name_zh == "苏州市"
        )
    # 7. a week later: the updated catalogue updates, it does not duplicate
    for row in rows[:10]:
        row[9] = 9
    rows += [
        [121 + i, f"Smart leak detection v{i}", "", "Aqua Nordic AB", "water", "", "", "", "", 7, "", ""]
        for i in range(6)
    ]
    capsys.readouterr()
    assert (
        main([*cli, "import-technologies", str(_workbook(tmp_path / "catalogue-week2.xlsx", HEADERS, rows))])
        == 0
    )
    assert "已新增 6 项技术" in capsys.readouterr().out
    with db.reading() as s:
        again = technologies.list_technologies(s)
        assert len(again) == 126 and {t.id for t in catalogue} <= {t.id for t in again}
        assert technologies.get_technology(s, mbr.id).trl == 9
        assert len(tech_matching.list_matches(s, need_id=sludge.id)) == 3  # the shortlist kept
