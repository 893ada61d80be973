# ruff: noqa: E501  (test records read best one per line)
"""Importing city needs from a bureau's workbook (field test 9): merged city cells, Chinese headers
and sector names, line breaks in titles."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook

from petdesk.cli import main
from petdesk.db import Database
from petdesk.exchange import ExchangeError, flat

CITIES = ("深圳市人民政府", "东莞市人民政府", "惠州市人民政府", "珠海市人民政府")
#: (sector, title) asked by every city: the same ten titles in each city, as in the tester's file.
ITEMS = [
    ("水处理", "供水管网漏损控制"),
    ("污水处理", "城中村污水收集"),
    ("大气污染防治", "VOCs治理"),
    ("固体废物处理处置", "厨余垃圾处理"),
    ("节能增效", "既有建筑节能改造"),
    ("可再生能源", "屋顶光伏"),
    ("环境监测", "河流水质在线监测"),
    ("土壤修复", "污染地块修复"),
    ("绿色交通", "电动公交充电"),
    ("海绵城市", "内涝治理"),
]


def bureau_workbook(path: Path, *, merge: bool = True) -> Path:
    """A title row, the header, then ten needs per city with the city cell merged over its rows
    (openpyxl writes only the first cell of a merged range, as Excel does)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["深圳市生态环境局 2027年环境技术需求清单"])
    ws.merge_cells("A1:F1")
    ws.append(["city", "sector", "title_zh", "budget_min", "budget_max", "deadline"])
    for ci, city in enumerate(CITIES):
        start = ws.max_row + 1
        for k, (sector, title) in enumerate(ITEMS):
            first = k == 0 or not merge
            ws.append([city if first else None, sector, title, 50 + ci, 200 + ci, f"2027-{k + 1:02d}-15"])
        if merge:
            ws.merge_cells(f"A{start}:A{start + len(ITEMS) - 1}")
    wb.save(path)
    return path


_NEED_CITY = "FROM city_need n JOIN organisation o ON o.id = n.city_organisation_id"


def _needs_per_city(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            f"SELECT o.name_zh, count(*) {_NEED_CITY} WHERE n.deleted_at IS NULL GROUP BY o.name_zh"
        ).fetchall()
    return dict(rows)


def test_merged_city_cells_give_every_row_its_city(db: Database, tmp_path: Path) -> None:
    """30 of 40 needs were lost: rows under a merged city cell had no city and updated the need of
    the same title that another city's row had just added."""
    book = bureau_workbook(tmp_path / "needs.xlsx")
    with db.transaction() as s:
        report = flat.import_catalogue(s, book, "needs")
    assert (len(report.added), len(report.updated), report.warnings) == (40, 0, [])
    assert _needs_per_city(db.path) == dict.fromkeys(CITIES, 10)
    with closing(sqlite3.connect(db.path)) as conn:
        budgets = conn.execute(
            f"SELECT o.name_zh, n.budget_min {_NEED_CITY} WHERE n.title_zh = '内涝治理'"
        ).fetchall()
    assert sorted(budgets) == sorted((city, 50.0 + ci) for ci, city in enumerate(CITIES))
    # the same file again changes nothing
    with db.transaction() as s:
        again = flat.import_catalogue(s, book, "needs")
    assert (len(again.added), len(again.updated)) == (0, 0)


def test_merged_city_cells_from_the_command_line(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = bureau_workbook(tmp_path / "needs.xlsx")
    assert main(["--db", str(db.path), "import-needs", str(book)]) == 0
    out = capsys.readouterr()
    assert out.out.splitlines()[0] == "Added 40 city needs; updated 0; new organisations: 4"
    assert "~" not in out.out and out.err == ""
    assert _needs_per_city(db.path) == dict.fromkeys(CITIES, 10)


def test_a_need_without_its_city_is_refused_not_guessed(db: Database, tmp_path: Path) -> None:
    """An empty city cell that is not merged, among rows that name cities: refused with its row."""
    book = bureau_workbook(tmp_path / "needs.xlsx", merge=False)
    from openpyxl import load_workbook

    wb = load_workbook(book)
    wb.active["A14"] = None  # Dongguan's second need
    wb.save(book)
    with db.transaction() as s, pytest.raises(ExchangeError) as caught:
        flat.import_catalogue(s, book, "needs")
    assert str(caught.value).splitlines()[-1] == (  # below "nothing was imported"
        "needs.xlsx, row 14: this need names no city while other rows do; "
        "fill in its city (needs are matched by city and title)"
    )
    assert _needs_per_city(db.path) == {}


def test_rows_of_one_file_that_meet_are_reported(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Two rows with the same city and title are one need: the later one's values win, and the
    import says so instead of silently counting an update."""
    catalogue = tmp_path / "twice.csv"
    catalogue.write_text(
        "city,title_en,budget_max\nNingbo,River clean-up,10\nNingbo,Sludge,5\nNingbo,River clean-up,20\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db.path), "--lang", "en", "import-needs", str(catalogue)]) == 0
    out = capsys.readouterr()
    assert "twice.csv, line 4: River clean-up repeats line 2; the later values are kept" in out.err


def chinese_workbook(path: Path, sectors: tuple[str, ...] = ("固体废物", "节能", "土壤", "交通")) -> Path:
    """The sheet a Chinese bureau writes: a title, Chinese headers, a row number, budgets in 万元,
    a contact person, short sector names, the city merged over its rows."""
    wb = Workbook()
    ws = wb.active
    ws.append(["惠州市生态环境局 2027年环境技术需求清单"])
    ws.merge_cells("A1:I1")
    ws.append(
        [
            "序号",
            "城市",
            "领域",
            "需求名称",
            "问题描述",
            "预算下限（万元）",
            "预算上限（万元）",
            "联系人",
            "截止日期",
        ]
    )
    for k, sector in enumerate(sectors):
        city = "惠州市人民政府" if k == 0 else None
        ws.append([k + 1, city, sector, f"需求{k + 1}", "问题", 50, 200, "李工 13800000000", "2027-03-31"])
    ws.merge_cells(f"B3:B{2 + len(sectors)}")
    wb.save(path)
    return path


def test_chinese_headers_and_short_sector_names(db: Database, tmp_path: Path) -> None:
    """ "needs_bureau.xlsx has a column '序号' that petdesk does not know"; then "unknown sector '固体废物'"."""
    book = chinese_workbook(tmp_path / "需求.xlsx")
    with db.transaction() as s:
        report = flat.import_catalogue(s, book, "needs")
    assert len(report.added) == 4
    with closing(sqlite3.connect(db.path)) as conn:
        rows = conn.execute(
            f"SELECT o.name_zh, n.title_zh, n.sector, n.budget_min, n.budget_max, n.deadline, n.problem_zh "
            f"{_NEED_CITY} ORDER BY n.title_zh"
        ).fetchall()
    assert [r[2] for r in rows] == ["waste", "efficiency", "soil", "transport"]
    assert rows[0] == (
        "惠州市人民政府",
        "需求1",
        "waste",
        500_000.0,
        2_000_000.0,
        "2027-03-31",
        "问题\n联系人：李工 13800000000",
    )


def test_english_sector_names_by_their_beginning() -> None:
    from petdesk.exchange.catalogue_columns import sector_code

    assert [sector_code(t) for t in ("Solid waste", "soil", "Sponge", "污水", "固废")] == [
        "waste", "soil", "sponge_city", "wastewater", "waste",
    ]  # fmt: skip


def test_an_unknown_sector_is_refused_in_the_users_language(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The error was English inside a Chinese sentence and listed codes, not names."""
    book = chinese_workbook(tmp_path / "needs.xlsx", sectors=("水处理", "渔业"))
    assert main(["--db", str(db.path), "--lang", "zh_CN", "import-needs", str(book)]) != 0
    err = capsys.readouterr().err
    assert (
        "needs.xlsx，第 4 行：未知的领域“渔业”；可选的领域有：水处理、大气污染防治、固体废物处理处置" in err
    ), err
    assert not any("a" <= ch.lower() <= "z" for ch in err.replace("needs.xlsx", "").replace("petdesk", "")), (
        err
    )
    assert main(["--db", str(db.path), "--lang", "en", "import-needs", str(book)]) != 0
    err = capsys.readouterr().err
    assert (
        "needs.xlsx, row 4: unknown sector “渔业”; the sectors are Water treatment, Air pollution control,"
        in err
    )


def test_a_title_with_a_line_break_stays_on_one_line(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A cell "屋顶光伏⏎储能" printed "  + 屋顶光伏" and "储能  [深圳市人民政府]" on two lines."""
    wb = Workbook()
    wb.active.append(["city", "title_zh", "sector", "problem_zh"])  # one need: its description says so
    wb.active.append(["深圳市人民政府", "屋顶光伏\n储能", "可再生能源", "光伏配储能"])
    wb.save(tmp_path / "pv.xlsx")
    assert (
        main(["--db", str(db.path), "--lang", "en", "import-needs", "--dry-run", str(tmp_path / "pv.xlsx")])
        == 0
    )
    assert "  + 屋顶光伏 / 储能\n" in capsys.readouterr().out
    assert main(["--db", str(db.path), "--lang", "zh_CN", "import-needs", str(tmp_path / "pv.xlsx")]) == 0
    capsys.readouterr()
    assert main(["--db", str(db.path), "--lang", "zh_CN", "needs"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # the new city government is a Chinese one: its country is said (field test 26, §12); a city
    # petdesk knows is named by its city (field test 44, §3)
    assert len(lines) == 2 and lines[0].endswith("屋顶光伏 / 储能  【深圳，中国】"), lines
    with closing(sqlite3.connect(db.path)) as conn:  # stored as written
        assert conn.execute("SELECT title_zh FROM city_need").fetchall() == [("屋顶光伏\n储能",)]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_needs_list_names_the_city_the_command_line_names(
    db: Database, tmp_path: Path, language: str
) -> None:
    """The Needs page's 城市 column read the city government's address field, which one made by the
    import does not have: 40 needs with an empty city, the four cities' equal titles not told apart."""
    from petdesk.services import needs as need_service
    from petdesk.services import pipeline_lists

    with db.transaction() as s:
        flat.import_catalogue(s, bureau_workbook(tmp_path / "needs.xlsx"), "needs")
    query = pipeline_lists.needs(language)
    keys = [c.key for c in query.columns]
    with db.reading() as s:
        listed = {
            (r[1 + keys.index("title")], r[1 + keys.index("city")])
            for r in query.page(s, offset=0, limit=100)
        }
        lang = "zh" if language == "zh_CN" else "en"
        cli = {(n.title(lang), n.city(lang)) for n in need_service.list_needs(s, "")}
    assert listed == cli
    # 深圳 is a city petdesk knows: named in the list's language (field test 44, §3)
    expected = {c for c in CITIES if c != "深圳市人民政府"} | {"深圳" if lang == "zh" else "Shenzhen"}
    assert {city for _title, city in listed} == expected


def _several_needs_sheet(path: Path, *, with_budget: bool = False) -> Path:
    """A bureau's sheet that lists two needs in one title cell under one city and sector."""
    wb = Workbook()
    ws = wb.active
    ws.append(["城市", "领域", "需求名称", "截止日期", *(["预算上限（万元）"] if with_budget else [])])
    ws.append(["深圳市人民政府", "污水处理", "城中村污水收集", "2027-05-31", *([100] if with_budget else [])])
    ws.append(["深圳市人民政府", "污水处理", "再生水利用", "2027-05-31", *([80] if with_budget else [])])
    ws.append(
        [
            "深圳市人民政府",
            "污水处理",
            "黑臭水体治理；污泥处置",
            "2027-06-30",
            *([300] if with_budget else []),
        ]
    )
    ws.append(["深圳市人民政府", "固废", "飞灰处置、渗滤液处理\n餐厨垃圾", "2027-07-31"])
    wb.save(path)
    return path


def test_several_needs_in_one_cell_become_one_need_each(db: Database, tmp_path: Path) -> None:
    """ "黑臭水体治理；污泥处置" was imported as one need titled with the whole cell."""
    book = _several_needs_sheet(tmp_path / "needs.xlsx")
    with db.transaction() as s:
        report = flat.import_catalogue(s, book, "needs")
    assert report.warnings == [
        "needs.xlsx, row 4: 2 needs from one cell",
        "needs.xlsx, row 5: 3 needs from one cell",
    ]
    assert len(report.added) == 7
    with closing(sqlite3.connect(db.path)) as conn:
        rows = conn.execute(
            f"SELECT n.title_zh, o.name_zh, n.sector, n.deadline {_NEED_CITY} ORDER BY n.deadline, n.title_zh"
        ).fetchall()
    assert rows[2:] == [
        ("污泥处置", "深圳市人民政府", "wastewater", "2027-06-30"),
        ("黑臭水体治理", "深圳市人民政府", "wastewater", "2027-06-30"),
        ("渗滤液处理", "深圳市人民政府", "waste", "2027-07-31"),
        ("飞灰处置", "深圳市人民政府", "waste", "2027-07-31"),
        ("餐厨垃圾", "深圳市人民政府", "waste", "2027-07-31"),
    ]
    with db.transaction() as s:  # the same file again finds the needs it made
        again = flat.import_catalogue(s, book, "needs")
    assert (len(again.added), len(again.updated)) == (0, 0)


def test_several_needs_in_one_cell_with_a_budget_stay_one_and_are_warned(
    db: Database, tmp_path: Path
) -> None:
    """A budget belongs to one need: petdesk cannot share it out, so the row stays one need and says so."""
    book = _several_needs_sheet(tmp_path / "needs.xlsx", with_budget=True)
    with db.transaction() as s:
        report = flat.import_catalogue(s, book, "needs")
    assert "黑臭水体治理；污泥处置" in report.added and len(report.added) == 6
    assert report.warnings[0] == (
        "needs.xlsx, row 4: 黑臭水体治理；污泥处置 may be several needs in one cell; kept as one need, since "
        "the row's description, scale or budget is one need's (give each need a row of its own to import them apart)"
    )
    assert report.warnings[1] == "needs.xlsx, row 5: 3 needs from one cell"  # no budget on that row


@pytest.mark.parametrize("dry_run", [True, False])
def test_several_needs_in_one_cell_from_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], dry_run: bool
) -> None:
    book = _several_needs_sheet(tmp_path / "needs.xlsx")
    dry = ["--dry-run"] if dry_run else []
    assert main(["--db", str(db.path), "--lang", "en", "import-needs", *dry, str(book)]) == 0
    out = capsys.readouterr()
    assert out.out.splitlines()[0].endswith(
        "7 city needs; " + ("would update 0" if dry_run else "updated 0") + "; new organisations: 1"
    )
    assert "  + 黑臭水体治理\n  + 污泥处置\n" in out.out
    assert "needs.xlsx, row 4: 2 needs from one cell" in out.err
    assert main(["--db", str(db.path), "--lang", "zh_CN", "import-needs", "--dry-run", str(book)]) == 0
    err = capsys.readouterr().err
    assert "needs.xlsx，第 4 行：一个单元格拆分为 2 个需求" in err, err


def _city_organisations(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT name_en, name_zh FROM organisation WHERE kind = 'city_government' AND deleted_at IS NULL"
        ).fetchall()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("深圳市", "深圳"),
        ("深圳", "深圳市"),
        ("Shenzhen City", "Shenzhen"),
        ("Shenzhen", "Shenzhen Municipality"),
    ],
)
def test_a_city_with_and_without_its_suffix_is_one_city(
    db: Database, tmp_path: Path, first: str, second: str
) -> None:
    """ "深圳市" in one bureau's file and "深圳" in another's made two city organisations."""
    for n, city in enumerate((first, second)):
        sheet = tmp_path / f"needs{n}.csv"
        sheet.write_text(f"city,title_zh\n{city},需求{n}\n", encoding="utf-8")
        with db.transaction() as s:
            report = flat.import_catalogue(s, sheet, "needs")
        assert report.new_organisations == ([first] if n == 0 else [])
    assert len(_city_organisations(db.path)) == 1
    with closing(sqlite3.connect(db.path)) as conn:
        assert conn.execute("SELECT count(DISTINCT city_organisation_id) FROM city_need").fetchone() == (1,)


def test_a_city_is_found_by_either_of_its_names_in_one_file(db: Database, tmp_path: Path) -> None:
    """A city government with both names, met in one file as "深圳", "Shenzhen City" and "深圳市人民政府"."""
    from petdesk import models as m
    from petdesk.models.enums import OrgKind

    with db.transaction() as s:
        s.add(m.Organisation(name_en="Shenzhen Municipality", name_zh="深圳市", kind=OrgKind.CITY_GOVERNMENT))
    sheet = tmp_path / "needs.csv"
    sheet.write_text(
        "city,title_en\n深圳,Sludge\nShenzhen City,Leachate\n深圳市人民政府,Odour\nShenzhen District Nine,Noise\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = flat.import_catalogue(s, sheet, "needs")
    assert (len(report.added), report.new_organisations) == (4, ["Shenzhen District Nine"])
    assert sorted(_city_organisations(db.path)) == [
        ("Shenzhen District Nine", ""),
        ("Shenzhen Municipality", "深圳市"),
    ]
