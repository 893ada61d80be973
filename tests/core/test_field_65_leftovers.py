"""Field test 65's leftovers (tests/core/test_field_65_annual_report.py): the market report's project
money by another year than ``projects --year``, follow-ups without a total or an export, trainings
without ``--json``, countries written in another language and the "left unset" kind message."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import subprocess
from pathlib import Path

import openpyxl
import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import follow_ups as fs
from petdesk.services import market
from petdesk.services import projects as ps
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str, lang: str = "en") -> str:
    assert main(["--db", str(db.path), "--lang", lang, *args]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def _projects(db: Database) -> None:
    """All typed in on 1 June 2026, staged in other years: the record's creation date and the
    project's year disagree for two of them."""
    from petdesk import models as m

    with db.transaction() as s:

        def project(title: str, on: dt.date, amount: float) -> str:
            made = ps.create_project(
                s, title_en=title, title_zh=f"{title}项目", on=on, funder="Sida", amount=amount,
                currency="SEK",
            )  # fmt: skip
            return made.id

        running = project("Running", dt.date(2025, 3, 1), 1_000_000)
        ps.move_project(s, running, ProjectStatus.RUNNING, on=dt.date(2026, 2, 1))
        rejected = project("Rejected 2025", dt.date(2025, 1, 1), 2_000_000)
        ps.move_project(s, rejected, ProjectStatus.REJECTED, on=dt.date(2025, 11, 30))
        project("Idea 2031", dt.date(2031, 1, 5), 8_000_000)
        for p in s.query(m.Project):
            p.created_at = dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC)


def test_the_market_reports_money_is_the_project_lists(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _projects(db)
    listed = _run(db, capsys, "projects", "--year", "2026")
    assert "SEK: requested SEK\xa01,000,000.00" in listed
    with db.reading() as s:
        assert market.overview(s, date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31)).money == {
            "SEK": (1_000_000.0, None)
        }
        assert market.overview(s).money == {"SEK": (11_000_000.0, None)}  # no period: every project
        # an open end: the running project and the idea are on the board in 2031
        assert market.overview(s, date_from=dt.date(2031, 1, 1)).money == {"SEK": (9_000_000.0, None)}
        assert market.overview(s, date_to=dt.date(2025, 6, 30)).money == {"SEK": (3_000_000.0, None)}

    pdf, book = tmp_path / "market.pdf", tmp_path / "market.xlsx"
    _run(db, capsys, "report", "market", "--year", "2026", "--out", str(pdf))
    _run(db, capsys, "report", "market", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(book))
    money = list(openpyxl.load_workbook(book)["money"].iter_rows(min_row=4, values_only=True))
    assert money == [("SEK", 1_000_000, None)]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert "1 Jan 2026 – 31 Dec 2026" in flat
    assert "Project money: projects under way in it, on the board by its last day and not rejected" in flat
    assert "末日前已上看板" in flat  # and in Chinese
    assert main(["--db", str(db.path), "report", "market", "--year", "2026", "--to", "2026-05-01",
                 "--out", str(pdf)]) == 1  # fmt: skip
    assert "not both" in capsys.readouterr().err


def _import(db: Database, capsys: pytest.CaptureFixture[str], book: Path, lang: str = "en") -> str:
    """What the import says, on standard output and (its warnings) standard error."""
    assert main(["--db", str(db.path), "--lang", lang, "import-contacts", "--organisations", str(book)]) == 0
    said = capsys.readouterr()
    return said.out + said.err


def _follow_ups(db: Database) -> None:
    today = dt.date.today()
    with db.transaction() as s:
        who = person(s, "Anna", "Becker", "安娜")
        fs.add(s, kind="contact", record_id=who.id, title_en="Send the report", title_zh="寄送报告",
               due_date=today - dt.timedelta(days=3))  # fmt: skip
        fs.add(s, kind="contact", record_id=who.id, title_en="=cmd|' /C calc'!A0", due_date=today)
        fs.add(s, kind="contact", record_id=who.id, title_zh="只有中文", note="a note")


def test_followups_have_a_total_and_export_to_csv_and_xlsx(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _follow_ups(db)
    out = _run(db, capsys, "followups")
    assert out.rstrip().splitlines()[-1] == "Follow-ups: 3, overdue: 1"

    sheet, book = tmp_path / "跟进.csv", tmp_path / "follow.xlsx"
    said = _run(db, capsys, "followups", "--out", str(sheet))
    assert said.strip() == f"Wrote 3 follow-ups to {sheet}"
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the Chinese
    with sheet.open(encoding="utf-8-sig", newline="") as fh:
        head, *rows = list(csv.reader(fh))
    assert head[:4] == [
        "ID / 编号",
        "Title (English) / 英文标题",
        "Title (Chinese) / 中文标题",
        "Due / 截止日期",
    ]
    by_title = {r[1] or r[2]: r for r in rows}
    late = by_title["Send the report"]
    assert late[2] == "寄送报告" and late[3] == (dt.date.today() - dt.timedelta(days=3)).isoformat()
    assert late[4] == "✓" and late[5] == "Open / 待办" and late[6] == "Anna Becker" and late[7] == "安娜"
    assert by_title["'=cmd|' /C calc'!A0"][4] == ""  # a formula stays text, due today is not late
    assert by_title["只有中文"][10] == "a note"

    _run(db, capsys, "followups", "--overdue", "--out", str(book), lang="zh_CN")
    ws = openpyxl.load_workbook(book).active
    values = list(ws.iter_rows(values_only=True))
    assert ws.title == "后续行动" and values[0][0] == "编号 / ID" and len(values) == 2
    assert values[1][3] == dt.datetime.combine(dt.date.today() - dt.timedelta(days=3), dt.time())

    assert main(["--db", str(db.path), "followups", "--out", str(tmp_path / "f.txt")]) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err


def test_trainings_as_json_like_visits(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sponge city design", title_zh="海绵城市设计",
            start_date=dt.date(2026, 12, 30), end_date=dt.date(2027, 1, 2),
        )  # fmt: skip
        ts.register(s, t.id, person(s, "Anna", "Becker", "安娜").id)
    doc = json.loads(_run(db, capsys, "trainings", "--from", "2026-01-01", "--to", "2026-12-31", "--json"))
    assert doc == {
        "trainings": [
            {
                "id": t.id,
                "title_en": "Sponge city design",
                "title_zh": "海绵城市设计",
                "status": "planned",
                "start_date": "2026-12-30",
                "end_date": "2027-01-02",
                "city_en": "",
                "city_zh": "",
                "sessions": 0,
                "participants": 1,
                "attendees": 1,
            }
        ]
    }
    assert json.loads(_run(db, capsys, "trainings", "--from", "2027-02-01", "--json")) == {"trainings": []}
    assert main(["--db", str(db.path), "trainings", t.id, "--json"]) == 1


def test_countries_named_in_any_language_and_the_kind_message(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Anna's partners list names Germany as each partner wrote it; "Kongo" is two countries in
    German (the Republic and the Democratic Republic) and stays unknown, saying why; a kind petdesk
    does not know is stored as Enterprise, as the warning now says."""
    from petdesk import models as m

    book = tmp_path / "partners.csv"
    names = [
        "Deutschland",
        "Allemagne",
        "德国",
        "Alemania",
        "Germania",
        "ドイツ",
        "DEUTSCHLAND",
        "Österreich",
    ]
    rows = [f"Partner {n},伙伴{n},Enterprise,{c}" for n, c in enumerate(names)]
    rows += ["Partner Kongo,伙伴刚果,Enterprise,Kongo", "Partner Atlantis,伙伴亚特兰蒂斯,Media,Atlantis"]
    book.write_text("Name,Name (Chinese),Type,Country\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = _import(db, capsys, book)
    assert "10 added" in out
    assert "country “Kongo” could be more than one country; left empty" in out
    assert "unknown country “Atlantis”; left empty" in out
    assert "unknown kind “Media”; stored as Enterprise if new; change it later" in out
    assert "left unset" not in out
    with db.reading() as s:
        stored = {o.name_en: (o.country, o.kind.value) for o in s.query(m.Organisation)}
    assert [stored[f"Partner {n}"][0] for n in range(7)] == ["DE"] * 7
    assert stored["Partner 7"][0] == "AT"  # accents aside: "Osterreich" would do too
    assert stored["Partner Kongo"][0] in ("", None) and stored["Partner Atlantis"] in (
        ("", "enterprise"),
        (None, "enterprise"),
    )


def test_country_names_fold_case_and_accents() -> None:
    from petdesk import labels

    anywhere = labels.country_code_in_any_language
    assert anywhere("osterreich") == anywhere("ÖSTERREICH") == "AT"
    assert anywhere("cote d’ivoire") == "CI"
    assert anywhere("Kongo") is None and labels.country_codes_named("Kongo") == {"CD", "CG"}
    assert anywhere("Germany") == anywhere("de") == anywhere("Deutschland") == "DE"
    assert anywhere("") == "" and anywhere("Atlantis") is None
    assert labels.country_code("Deutschland") is None  # the editors keep to English and Chinese


@pytest.mark.usefixtures("tree_catalogue")
def test_the_import_warnings_in_chinese(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "partners.csv"
    book.write_text("Name,Type,Country\nA,Media,Kongo\n", encoding="utf-8")  # think tanks are known now
    out = _import(db, capsys, book, lang="zh_CN")
    assert "新机构存为“企业”" in out and "可能指不止一个国家" in out
