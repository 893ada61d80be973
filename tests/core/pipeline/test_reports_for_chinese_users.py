"""Reports and answers for a Chinese user (field test 26, §11): the market report takes ``--lang``
(Chinese first, Chinese sheets), in the same order as the match result; ``report match`` writes a
workbook; the import report and the shortlist answer name technologies in Chinese."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import tech_matching
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.dossier.test_match_report import _need_with_matches


def _rows(sheet) -> list[list[object]]:  # type: ignore[no-untyped-def]
    """The sheet's rows without the empty cells openpyxl pads them with."""
    out = []
    for row in sheet.iter_rows(values_only=True):
        values = list(row)
        while values and values[-1] is None:
            values.pop()
        out.append(values)
    return out


def _run(db: Database, *args: str) -> int:
    return main(["--db", str(db.path), *args])


def test_the_market_report_prints_the_cli_language_first_as_the_match_result(
    db: Database, tmp_path: Path
) -> None:
    need_id = _need_with_matches(db)
    orders = (("zh_CN", "环境技术市场分析", "Market overview"), ("en", "Market overview", "环境技术市场分析"))
    for lang, first, second in orders:
        market, match = tmp_path / f"market-{lang}.pdf", tmp_path / f"match-{lang}.pdf"
        assert _run(db, "--lang", lang, "report", "market", "--out", str(market)) == 0
        assert _run(db, "--lang", lang, "report", "match", need_id[:8], "--out", str(match)) == 0
        text = flat(pdftotext_pages(market)[0])
        assert text.index(flat(first)) < text.index(flat(second))
        assert flat("水处理 / Water treatment" if lang == "zh_CN" else "Water treatment / 水处理") in text
        page = pdftotext_pages(match)[0]
        if lang == "zh_CN":
            assert page.index("城市需求") < page.index("City need")
        else:
            assert page.index("City need") < page.index("城市需求")
    # --lang of the command itself, as report match takes it
    out = tmp_path / "own.pdf"
    assert _run(db, "report", "market", "--lang", "zh_CN", "--out", str(out)) == 0
    text = flat(pdftotext_pages(out)[0])
    assert text.index(flat("环境技术市场分析")) < text.index(flat("Market overview"))


def test_the_market_workbook_speaks_the_chosen_language(db: Database, tmp_path: Path) -> None:
    _need_with_matches(db)
    out = tmp_path / "market.xlsx"
    assert _run(db, "--lang", "zh_CN", "report", "market", "--out", str(out)) == 0
    wb = load_workbook(out)
    # money per sector and per country since projdeadline61 (the help promised them)
    assert wb.sheetnames == [
        "领域",
        "国家",
        "年度趋势",
        "对接阶段",
        "项目资金",
        "各领域项目资金",
        "各国项目资金",
    ]
    sectors = _rows(wb["领域"])
    assert sectors[0] == ["各领域技术、需求与对接数量"] and sectors[2] == ["领域", "技术", "城市需求", "对接"]
    assert ["水处理", 2, 1, 1] in sectors
    assert _run(db, "--lang", "en", "report", "market", "--out", str(out)) == 0
    assert load_workbook(out).sheetnames == [
        "sectors",
        "countries",
        "trend",
        "matches",
        "money",
        "money per sector",
        "money per country",
    ]


def test_report_match_writes_a_workbook_with_scores_reasons_and_notes(db: Database, tmp_path: Path) -> None:
    need_id = _need_with_matches(db)
    with db.transaction() as s:
        (match,) = tech_matching.list_matches(s, need_id=need_id)
        tech_matching.set_match_notes(s, match.id, "城市水务集团已试用。")
    out = tmp_path / "match.xlsx"
    assert _run(db, "report", "match", need_id[:8], "--lang", "zh_CN", "--out", str(out)) == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["适用技术", "候选清单"]
    ranked = _rows(wb["适用技术"])
    assert ranked[0] == ["供水管网漏损控制"]
    assert ranked[2] == ["#", "得分", "领域匹配", "技术", "内容", "匹配理由", "已列入候选清单"]
    first = ranked[3]
    assert first[2] == "同一领域"  # the sector tier, which orders the list before the score (polish 49)
    assert (
        first[3] == "声学漏损检测" and first[1] > 0 and "同一领域：水处理" in first[5] and first[6] == "试点"
    )
    shortlist = _rows(wb["候选清单"])
    assert shortlist[0] == ["技术", "进展", "日期", "得分", "备注"]
    assert shortlist[1][0] == "声学漏损检测" and shortlist[1][4] == "城市水务集团已试用。"
    assert _run(db, "report", "match", need_id[:8], "--out", str(tmp_path / "m.png")) == 1


def test_the_catalogue_import_report_names_technologies_in_chinese(
    db: Database, tmp_path: Path, capsys
) -> None:
    _need_with_matches(db)
    csv = tmp_path / "techs.csv"
    csv.write_text(
        "name_en,name_zh,sector,trl\n"
        "Acoustic leak detection,声学漏损检测,water,8\n"
        "Solar dryer,太阳能污泥干化,wastewater,7\n",
        encoding="utf-8",
    )
    assert _run(db, "--lang", "zh_CN", "import-technologies", str(csv), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "  + 太阳能污泥干化" in out and "  ~ 声学漏损检测" in out
    assert "Solar dryer" not in out and "Acoustic leak detection" not in out
    assert _run(db, "--lang", "en", "import-technologies", str(csv), "--dry-run") == 0
    assert "  + Solar dryer" in capsys.readouterr().out


def test_each_half_of_the_match_result_says_the_budget_in_its_own_language(
    db: Database, tmp_path: Path
) -> None:
    """Chinese first and one language after the other: the English half "up to CN¥…", the Chinese
    half "至多200万元", never the other half's words."""
    from petdesk.services import needs as need_service

    need_id = _need_with_matches(db)
    with db.transaction() as s:
        need_service.update_need(s, need_id, budget_min=None)
    out = tmp_path / "m.pdf"
    args = ["report", "match", need_id[:8], "--out", str(out), "--layout", "sequential"]
    assert _run(db, "--lang", "zh_CN", *args) == 0
    chinese, english = flat("".join(pdftotext_pages(out))).split(flat("City need"), 1)
    assert flat("至多200万元") in chinese and "up to" not in chinese
    assert flat("up to CN¥2,000,000") in english and "至多" not in english
