"""Field test 65 replayed: Ms. Anna Becker, programme manager at a European hub partner, prepares the
annual report for the national agency from the command line in English: partners by kind, the year's
visits and trainings with their people (women and men), projects by fund and stage, exported to XLSX
and CSV for the agency's template and as a PDF, each figure checked against the lists and ``stats``.

Defects found and fixed here: no report gave the year's visits and trainings with participant counts,
nor women and men (``report events``, counting as the lists do); ``projects`` and ``report projects``
had no year (``--year``); organisation kinds typed as ``stats --by kind`` prints them were "unknown"
on import and stored as enterprises. The window's market page had no year (tests/gui/pipeline).
The records and workbooks are made here (no outside source)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
from pathlib import Path

import openpyxl
import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.enums import ParticipantRole, TrainingRole
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _people(s, n: int, gender: str, stem: str) -> list[str]:  # type: ignore[no-untyped-def]
    ids = []
    for k in range(n):
        c = person(s, f"{stem}{k}", "Becker" if gender == "f" else "Schmidt", f"王{stem}{k}")
        c.gender = gender
        ids.append(c.id)
    return ids


def _year_of_anna(db: Database) -> dict[str, str]:
    """Anna's 2026: an inbound visit (2 women, 3 men, one of the men the host), a training over the
    new year (3 women attendees, 1 man trainer, 1 person of no recorded gender) and a 2025 visit."""
    with db.transaction() as s:
        women, men, unknown = _people(s, 5, "f", "Anna"), _people(s, 4, "m", "Jonas"), _people(s, 1, "", "X")
        visit = vs.create_visit(
            s, title_en="Berlin water utilities delegation", title_zh="柏林水务代表团来访",
            start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 3, 5),
        )  # fmt: skip
        vs.add_participant(s, visit.id, women[0], ParticipantRole.HEAD)
        vs.add_participant(s, visit.id, women[1])
        vs.add_participant(s, visit.id, men[0])
        vs.add_participant(s, visit.id, men[1])
        vs.add_participant(s, visit.id, men[2], ParticipantRole.HOST)
        old = vs.create_visit(
            s,
            title_en="Old visit",
            title_zh="旧来访",
            start_date=dt.date(2025, 6, 1),
            end_date=dt.date(2025, 6, 2),
        )
        vs.add_participant(s, old.id, men[3])
        training = ts.create_training(
            s, title_en="Sponge city design", title_zh="海绵城市设计",
            start_date=dt.date(2026, 12, 30), end_date=dt.date(2027, 1, 2),
        )  # fmt: skip
        for cid in women[2:]:
            ts.register(s, training.id, cid)
        ts.register(s, training.id, men[3], role=TrainingRole.TRAINER)
        ts.register(s, training.id, unknown[0])
        return {"visit": visit.id, "training": training.id}


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--db", str(db.path), "--lang", "en", *args]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_the_years_visits_and_trainings_agree_in_every_export(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _year_of_anna(db)
    listed = json.loads(_run(db, capsys, "visits", "--from", "2026-01-01", "--to", "2026-12-31", "--json"))
    trainings_out = _run(db, capsys, "trainings", "--from", "2026-01-01", "--to", "2026-12-31")
    assert "Trainings: 1" in trainings_out and "(0 sessions, 5 people, 4 attendees)" in trainings_out

    book, sheet, pdf = tmp_path / "annual.xlsx", tmp_path / "annual.csv", tmp_path / "annual.pdf"
    said = _run(db, capsys, "report", "events", "--year", "2026", "--out", str(book))
    assert "1 visit, 1 training" in said
    _run(db, capsys, "report", "events", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(sheet))
    _run(db, capsys, "report", "events", "--year", "2026", "--out", str(pdf))

    wb = openpyxl.load_workbook(book)
    events = list(wb["events"].iter_rows(min_row=3, values_only=True))
    head, rows = events[0], {r[1]: dict(zip(events[0], r, strict=True)) for r in events[1:]}
    assert set(rows) == {ids["visit"], ids["training"]}  # the 2025 visit is not the year's
    visit, training = rows[ids["visit"]], rows[ids["training"]]
    # the lists' "N people" and the report's People are one figure
    assert (
        next(v for v in listed["visits"] if v["id"] == ids["visit"])["participants"] == visit["People"] == 5
    )
    assert (visit["Women"], visit["Men"], visit["Not recorded"]) == (2, 3, 0)
    assert (visit["Delegates, attendees"], visit["of whom women"], visit["of whom men"]) == (4, 2, 2)
    assert training["People"] == 5
    assert (training["Women"], training["Men"], training["Not recorded"]) == (3, 1, 1)
    assert (training["Delegates, attendees"], training["of whom women"], training["of whom men"]) == (4, 3, 0)
    assert visit["Title (Chinese)"] == "柏林水务代表团来访" and visit["From"] == dt.datetime(2026, 3, 2)

    totals = {r[0]: r for r in wb["totals"].iter_rows(min_row=4, values_only=True)}
    assert totals["Visit"][1:6] == (1, 0, 5, 2, 3)  # events, held, people, women, men
    assert totals["Training"][1:6] == (1, 0, 5, 3, 1)

    with sheet.open(encoding="utf-8-sig", newline="") as fh:
        from_csv = list(csv.reader(fh))
    assert tuple(from_csv[0]) == head  # the CSV loses no column
    by_id = {r[1]: r for r in from_csv[1:]}
    assert by_id[ids["training"]][3] == "海绵城市设计" and by_id[ids["training"]][4] == "2026-12-30"
    assert [int(v) for v in by_id[ids["visit"]][8:]] == [5, 2, 3, 0, 4, 2, 2]

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Visits and trainings" in text and "柏林水务代表团来访" in text and "海绵城市设计" in text


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_chinese_report_and_bad_periods(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _year_of_anna(db)
    book = tmp_path / "年度.xlsx"
    assert (
        main(
            [
                "--db",
                str(db.path),
                "--lang",
                "zh_CN",
                "report",
                "events",
                "--year",
                "2026",
                "--out",
                str(book),
            ]
        )
        == 0
    )
    assert "1 次代表团访问" in capsys.readouterr().out
    ws = openpyxl.load_workbook(book)["活动"]
    assert next(ws.iter_rows(min_row=3, max_row=3, values_only=True))[:4] == (
        "类别",
        "编号",
        "英文标题",
        "中文标题",
    )
    args = ["--db", str(db.path), "--lang", "en", "report", "events"]
    assert main([*args, "--year", "2026", "--from", "2026-01-01", "--out", str(book)]) == 1
    assert "not both" in capsys.readouterr().err
    assert main([*args, "--year", "2026", "--out", str(tmp_path / "a.txt")]) == 1


def test_the_years_projects_by_stage_and_funder(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--year`` keeps the projects under way that year: not one rejected before it, nor one
    started after it (the list, its totals and the printed overview alike)."""
    from petdesk.models.enums import ProjectStatus
    from petdesk.services import projects as ps

    with db.transaction() as s:

        def project(title: str, on: dt.date, amount: float) -> str:
            return ps.create_project(
                s,
                title_en=title,
                title_zh=f"{title}项目",
                on=on,
                funder="Sida",
                amount=amount,
                currency="SEK",
            ).id

        running = project("Running", dt.date(2025, 3, 1), 1_000_000)
        ps.move_project(s, running, ProjectStatus.RUNNING, on=dt.date(2026, 2, 1))
        rejected_before = project("Rejected 2025", dt.date(2025, 1, 1), 2_000_000)
        ps.move_project(s, rejected_before, ProjectStatus.REJECTED, on=dt.date(2025, 11, 30))
        closed_in_year = project("Closed 2026", dt.date(2024, 1, 1), 4_000_000)
        ps.move_project(s, closed_in_year, ProjectStatus.CLOSED, on=dt.date(2026, 6, 30))
        project("Idea 2027", dt.date(2027, 1, 5), 8_000_000)

    out = _run(db, capsys, "projects", "--year", "2026")
    assert "Projects: 2" in out and "Running" in out and "Closed 2026" in out
    assert "SEK: requested SEK\xa05,000,000.00" in out  # the totals are the year's too
    book = tmp_path / "projects.xlsx"
    _run(db, capsys, "report", "projects", "--year", "2026", "--funder", "Sida", "--out", str(book))
    titles = [r[1] for r in openpyxl.load_workbook(book)["projects"].iter_rows(min_row=2, values_only=True)]
    assert sorted(titles) == ["Closed 2026 / Closed 2026项目", "Running / Running项目"]
    assert "Projects: 4" in _run(db, capsys, "projects")  # without --year, all of them


def test_partners_typed_from_the_stats_labels_are_counted_under_their_kind(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Anna adds her partners from a workbook whose Type column she typed from ``stats --by kind``
    (as Excel saves it, written here with openpyxl): "University / research institute" and
    "Fund / financial institution" were "unknown kinds", and the organisations were stored as
    enterprises, so the annual report's count per kind was wrong."""
    book = tmp_path / "partners.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "Name (Chinese)", "Type", "Country"])
    ws.append(
        [
            "Fraunhofer-Institut für Bauphysik",
            "弗劳恩霍夫建筑物理研究所",
            "University / research institute",
            "DE",
        ]
    )
    ws.append(["KfW Entwicklungsbank", "德国复兴信贷银行", "Fund / financial institution", "DE"])
    ws.append(["Stadtwerke München GmbH", "慕尼黑市政公司", "Enterprise", "DE"])
    ws.append(["Stadt Köln", "科隆市政府", "市政府", "DE"])
    ws.append(
        [
            "Deutsche Gesellschaft für Internationale Zusammenarbeit",
            "德国国际合作机构",
            "枢纽伙伴办公室",
            "DE",
        ]
    )
    wb.save(book)
    out = _run(db, capsys, "import-contacts", "--organisations", str(book))
    assert "5 added" in out and "unknown kind" not in out
    counts = {
        g["value"]: g["organisations"]
        for g in json.loads(_run(db, capsys, "stats", "--by", "kind", "--json"))["groups"]
    }
    assert counts == {"university": 1, "fund": 1, "enterprise": 1, "city_government": 1, "hub_office": 1}
