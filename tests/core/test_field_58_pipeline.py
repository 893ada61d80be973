# ruff: noqa: E501  (rows of the hand-made workbooks, one per line)
"""Field test 58 replayed: Ms. Chen Jing, 3iPET hub technology officer, records two Chinese cities'
needs (sludge, district heating) from a WPS workbook, imports another hub's technology catalogue,
matches and shortlists, follows a fund project in 万元/亿元 through its stages and exports the
pipeline for the agency, all from the command line in Chinese and English.

The workbooks are written here with openpyxl as WPS and Excel save them (Chinese headers, amounts
typed as "3000万", dates as date cells); they are made for this test (no outside source)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from petdesk.cli import main
from petdesk.db import Database

_NEED_HEADERS = [
    "标题（中文）",
    "标题（英文）",
    "城市",
    "领域",
    "问题描述",
    "规模",
    "预算下限",
    "预算上限",
    "货币",
    "截止日期",
    "状态",
]
_NEEDS = [
    ["市政污泥无害化处置", "Municipal sludge disposal", "保定市人民政府", "污水处理",
     "每日脱水污泥600吨，填埋场将封场", "600吨/日", "3000万", "8000万", "CNY", dt.date(2027, 3, 31), "待对接"],
    ["城区集中供热清洁化改造", "", "唐山市人民政府", "节能增效",
     "燃煤锅炉房供热面积1200万平方米", "1200万平方米", "2亿", "5亿", "人民币", dt.date(2027, 6, 30), "对接中"],
]  # fmt: skip
_TECH_HEADERS = [
    "技术名称",
    "英文名称",
    "提供方",
    "领域",
    "技术简介",
    "关键指标",
    "技术成熟度",
    "标签",
    "许可",
    "同意共享",
]
_TECHS = [
    ["污泥低温干化与热解碳化", "Sludge drying and pyrolysis", "北京清源环境技术有限公司", "污水处理",
     "将含水率80%污泥干化至30%以下后热解", "减量80%", 8, "污泥;碳化", "CC-BY-4.0", "是"],
    ["污泥厌氧消化热电联产", "Sludge anaerobic digestion with CHP", "Hamburg Wasser Consult GmbH", "wastewater",
     "高级厌氧消化", "沼气产率 0.9 m³/kg VS", 9, "污泥;沼气", "CC-BY-4.0", "yes"],
    ["工业余热长输供热", "Long-distance waste-heat district heating", "太原热力技术公司", "节能增效",
     "钢厂余热长距离输送", "输送距离 40 km", 9, "供热;余热", "", "同意"],
    ["餐厨垃圾厌氧消化", "Food waste digestion", "宁波某环保公司", "固体废物", "餐厨垃圾制沼气", "", 9, "", "", "否"],
]  # fmt: skip


def _workbook(path: Path, title: str, headers: list[str], rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    ws.append(headers)
    for row in rows:
        ws.append(row)
    for cell in ws["J"][1:]:
        cell.number_format = "yyyy/m/d"  # WPS's date style
    wb.save(path)
    return path


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str, lang: str = "zh_CN") -> list[str]:
    assert main(["--db", str(db.path), "--lang", lang, *args]) == 0, capsys.readouterr().err
    return capsys.readouterr().out.splitlines()


def _needs(db: Database, capsys: pytest.CaptureFixture[str], words: str) -> list[dict]:
    return json.loads("\n".join(_run(db, capsys, "needs", words, "--json")))["needs"]


def test_chen_jing_works_the_pipeline(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 1. the two cities' needs from a WPS workbook: amounts in 万/亿, statuses by their Chinese names
    needs_file = _workbook(tmp_path / "城市需求.xlsx", "城市需求", _NEED_HEADERS, _NEEDS)
    out = "\n".join(_run(db, capsys, "import-needs", str(needs_file)))
    assert "保定市人民政府" in out and "唐山市人民政府" in out
    (sludge,) = _needs(db, capsys, "污泥")
    assert (sludge["budget_min"], sludge["budget_max"], sludge["currency"]) == (30_000_000, 80_000_000, "CNY")
    assert (sludge["status"], sludge["deadline"], sludge["country"]) == ("open", "2027-03-31", "CN")
    (heating,) = _needs(db, capsys, "供热")
    assert (heating["budget_min"], heating["budget_max"], heating["status"]) == (2e8, 5e8, "matching")
    # a third city typed by hand: a city government new to petdesk is added, as the import adds one
    _run(
        db,
        capsys,
        "needs",
        "add",
        "--title-zh",
        "工业园区污水",
        "--city",
        "邯郸市人民政府",
        "--sector",
        "wastewater",
    )
    assert _needs(db, capsys, "工业园区")[0]["country"] == "CN"

    # 2. another hub's catalogue: a bad row refuses the file and says which row and why
    rows = [*_TECHS, ["大型吸收式热泵", "", "Danfoss", "节能增效", "", "", "九", "", "", ""]]
    bad = _workbook(tmp_path / "hub_bad.xlsx", "技术目录", _TECH_HEADERS, rows)
    assert main(["--db", str(db.path), "--lang", "zh_CN", "import-technologies", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "第 6 行" in err and "“九”" in err and "未导入任何内容" in err.splitlines()[0]
    assert _run(db, capsys, "technologies")[-1] == "技术：0"
    good = _workbook(tmp_path / "hub.xlsx", "技术目录", _TECH_HEADERS, _TECHS)
    assert "已新增 4 项技术" in "\n".join(_run(db, capsys, "import-technologies", str(good)))

    # 3. matching says why, in the words the need and the technology wrote
    lines = _run(db, capsys, "match", sludge["id"][:8])
    ranked = [line for line in lines if line[:8].strip() and not line.startswith(" ") and "[" not in line]
    assert "污泥" in ranked[0] and "污泥" in ranked[1]  # both sludge technologies first
    text = "\n".join(lines)
    assert "同一领域：污水处理；共同术语：污泥" in text
    assert "共同术语：生活垃圾（需求中为“填埋”，技术中为“垃圾”）" in text  # not "shared: household waste"
    sludge_tech = ranked[1].split()[0]
    _run(db, capsys, "match", sludge["id"][:8], "--shortlist", sludge_tech, "--state", "introduced",
         "--notes", "清源可做中试")  # fmt: skip
    assert "<已引荐>" in "\n".join(_run(db, capsys, "match", sludge["id"][:8]))

    # 4. the fund project: amounts in 万元/亿元, stages by their Chinese names, dates
    added = _run(db, capsys, "projects", "add", "--title-zh", "保定污泥处置示范项目", "--funder", "全球环境基金",
                 "--requested", "500万", "--currency", "CNY", "--deadline", "2027-02-28")  # fmt: skip
    project = next(line for line in added if line.startswith("已添加项目")).split("：")[-1]
    _run(db, capsys, "projects", "set", project, "--approved", "4500万元", "--cofinancing", "1.2亿",
         "--cofinancing-note", "市财政配套")  # fmt: skip
    _run(db, capsys, "projects", "stage", project, "已提交", "--on", "2027-01-15")
    shown = "\n".join(_run(db, capsys, "project", project))
    assert "阶段：已提交" in shown and "2027年1月15日" in shown and "2027年2月28日" in shown
    shown = shown.replace("\xa0", " ")  # a no-break space after the code
    assert "500万元" in shown and "4,500万元" in shown and "1.2亿元" in shown  # 万 and 亿 (field test 63)

    # 5. reports and the export for the agency
    _run(db, capsys, "report", "market", "--out", str(tmp_path / "market.pdf"))
    assert (tmp_path / "market.pdf").read_bytes().startswith(b"%PDF")
    _run(db, capsys, "report", "projects", "--out", str(tmp_path / "projects.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "projects.xlsx").worksheets[0]
    assert any("保定污泥处置示范项目" in str(c.value) for row in sheet.iter_rows() for c in row)
    _run(db, capsys, "exchange", "export", "--out", str(tmp_path / "pipeline.json"))
    doc = json.loads((tmp_path / "pipeline.json").read_text(encoding="utf-8"))
    assert {n["title"]["zh"] for n in doc["needs"]} >= {"市政污泥无害化处置", "城区集中供热清洁化改造"}
    (match,) = doc["matches"]
    assert match["state"] == "introduced"
