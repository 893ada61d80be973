"""One training's people exported, and its attendance per attendee and organisation (field test 15:
the funder's report meant exporting all contacts and counting by hand)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Affiliation
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import organisation, person


def _training(db: Database) -> dict[str, str]:
    """Three sessions, the 2nd and 3rd parallel; two Suzhou attendees, one Jiaxing, one trainer."""
    day = dt.date(2026, 12, 16)
    with db.transaction() as s:
        suzhou = organisation(s, "Suzhou Ecology Bureau", "苏州市生态环境局")
        jiaxing = organisation(s, "Jiaxing Ecology Bureau", "嘉兴市生态环境局")
        t = ts.create_training(s, title_en="Wastewater", title_zh="污水处理", start_date=day, end_date=day)
        trainer = person(s, "Klaus", "Müller", email="klaus@example.de")
        ts.register(s, t.id, trainer.id, "trainer")
        hours = [(9, 10), (10, 12), (11, 12)]
        sessions = [
            ts.add_session(
                s,
                t.id,
                title_en=f"S{n}",
                start=dt.datetime(2026, 12, 16, a),
                end=dt.datetime(2026, 12, 16, b),
            ).id
            for n, (a, b) in enumerate(hours, start=1)
        ]
        people = {}
        for key, zh, org, marks in (
            ("gao", "高诗雨", suzhou, ("present", "absent", "present")),  # both slots: 100 %
            ("zhu", "朱欣怡", suzhou, ("absent", "excused", None)),  # 0 of 2
            ("deng", "邓娜", jiaxing, ("present", None, None)),  # 1 of 2
        ):
            p = person(s, "", "", zh, email=f"{key}@example.cn")
            s.add(Affiliation(contact_id=p.id, organisation_id=org.id))
            ts.register(s, t.id, p.id)
            for sid, mark in zip(sessions, marks, strict=True):
                if mark:
                    ts.set_attendance(s, sid, p.id, mark)
            people[key] = p.id
        v = vs.create_visit(s, title_en="Delegation", start_date=day, end_date=day)
        vs.add_participant(s, v.id, people["deng"], "delegate")
        return {"training": t.id, "visit": v.id, **people}


def test_export_contacts_of_one_training_or_visit(db: Database, tmp_path: Path) -> None:
    ids = _training(db)
    out = tmp_path / "attendees.csv"
    assert (
        main(["--db", str(db.path), "export-contacts", "--training", ids["training"], "--out", str(out)]) == 0
    )
    text = out.read_text(encoding="utf-8-sig")
    assert {"gao@example.cn", "zhu@example.cn", "deng@example.cn"} <= set(text.replace(",", "\n").split())
    assert "klaus@example.de" not in text  # the trainer is not an attendee
    assert len(list(csv.reader(text.splitlines()))) == 4  # header and three people
    out = tmp_path / "visit.vcf"
    assert main(["--db", str(db.path), "export-contacts", "--visit", ids["visit"], "--out", str(out)]) == 0
    assert out.read_text().count("BEGIN:VCARD") == 1


def test_attendance_report_per_attendee_and_organisation(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _training(db)
    out = tmp_path / "attendance.xlsx"
    assert main(["--db", str(db.path), "report", "attendance", ids["training"], "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Sessions: 3; counted for the certificate: 2" in printed
    assert "Klaus" not in printed
    book = load_workbook(out)
    # numbers as numbers, the rate a percentage-formatted number (field test 36, defect 4)
    people = {row[0]: row[2:] for row in book["attendees"].iter_rows(min_row=3, values_only=True)}
    assert people["高诗雨"] == (2, 0, 0, 2, 1.0, "Yes / 是")
    assert people["朱欣怡"] == (0, 1, 1, 2, 0.0, "No / 否")  # the better mark of the slot
    assert people["邓娜"] == (1, 0, 0, 2, 0.5, "No / 否")
    assert book["attendees"]["G3"].number_format == "0%"
    assert all(book[name].freeze_panes == "A3" for name in ("attendees", "organisations", "sessions", "grid"))
    orgs = {row[0]: row[1:] for row in book["organisations"].iter_rows(min_row=3, values_only=True)}
    assert orgs["Suzhou Ecology Bureau / 苏州市生态环境局"] == (2, 2, 1, 1, 4, 0.5, 1)
    assert orgs["Jiaxing Ecology Bureau / 嘉兴市生态环境局"] == (1, 1, 0, 0, 2, 0.5, 0)
    # per session (field test 36, defect 5): people, present, absent, excused, rate
    sessions = [row[3:] for row in book["sessions"].iter_rows(min_row=3, values_only=True)]
    assert sessions[0] == (3, 2, 1, 0, pytest.approx(2 / 3))
    assert sessions[1] == (3, 0, 1, 1, 0.0)
    assert sessions[2] == (3, 1, 0, 0, pytest.approx(1 / 3))
    grid = {row[0]: row[2:] for row in book["grid"].iter_rows(min_row=3, values_only=True)}
    assert grid["高诗雨"] == ("✓", "✗", "✓") and grid["邓娜"] == ("✓", None, None)
    assert "S1" in printed and "67 %" in printed  # the session table on the terminal too
    csv_out = tmp_path / "attendance.csv"
    assert main(["--db", str(db.path), "report", "attendance", ids["training"], "--out", str(csv_out)]) == 0
    rows = list(csv.reader(csv_out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][0] == "Name / 姓名"
    assert [r[0] for r in rows[2:5]] == ["邓娜", "高诗雨", "朱欣怡"]  # by family name, as the sign-in sheet
    assert rows[6][:2] == ["Organisation / 单位", "Attendees / 学员"]  # no trainer among them (field test 65)
    assert rows[10][:2] == ["No. / 序号", "Session / 课程"] and rows[11][-1] == "67 %"
    pdf = str(tmp_path / "a.pdf")
    assert main(["--db", str(db.path), "report", "attendance", ids["training"], "--out", pdf]) == 1


def test_csv_report_says_who_came_to_which_session(db: Database, tmp_path: Path) -> None:
    """The CSV carries the session × attendee grid the XLSX has (field test 57: a CSV held only the
    counts, so the partner could not see who came to which session)."""
    ids = _training(db)
    out = tmp_path / "attendance.csv"
    assert main(["--db", str(db.path), "report", "attendance", ids["training"], "--out", str(out)]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    header = ["Name / 姓名", "Organisation / 单位", "S1", "S2", "S3"]
    assert header in rows
    grid = {r[0]: r[2:] for r in rows[rows.index(header) + 1 :]}
    assert grid["高诗雨"] == ["✓", "✗", "✓"] and grid["朱欣怡"] == ["✗", "E", ""]
    assert grid["邓娜"] == ["✓", "", ""]


def test_session_start_names_the_venue_zone(db: Database, tmp_path: Path) -> None:
    """A session's start says whose clock it is (field test 57: a coordinator in Berlin read the
    Chengdu session's "09:00" as his own time)."""
    with db.transaction() as s:
        day = dt.date(2026, 12, 8)
        t = ts.create_training(s, title_en="Sludge", start_date=day, end_date=day, timezone="Asia/Shanghai")
        ts.add_session(
            s, t.id, title_en="Opening", start=dt.datetime(2026, 12, 8, 9), end=dt.datetime(2026, 12, 8, 12)
        )
        tid = t.id
    out = tmp_path / "attendance.xlsx"
    assert main(["--db", str(db.path), "report", "attendance", tid, "--out", str(out)]) == 0
    sessions = list(load_workbook(out)["sessions"].iter_rows(min_row=3, values_only=True))
    assert sessions[0][:3] == ("S1", "Opening", "2026-12-08 09:00 Asia/Shanghai")


def test_chinese_reader_reads_chinese_first(db: Database, tmp_path: Path) -> None:
    """``--lang zh_CN``: headings, names, organisations and yes/no print Chinese first in the CSV and
    the XLSX, as the dossiers do for a Chinese reader (field test: they stayed English first)."""
    ids = _training(db)
    out = tmp_path / "attendance.csv"
    at = ["--db", str(db.path), "report", "attendance", ids["training"], "--lang", "zh_CN"]
    assert main([*at, "--out", str(out)]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    figures = "人数：4；学员：3（培训讲师和组织方不计出勤） / People: 4; attendees: 3"
    assert rows[0][0] == "污水处理 / Wastewater" and rows[0][1].startswith(figures)
    assert rows[1][:3] == ["姓名 / Name", "单位 / Organisation", "出席 / Present"]
    assert ["No. / 序号", "Session / 课程"] not in [r[:2] for r in rows]
    assert ["序号 / No.", "课程 / Session"] in [r[:2] for r in rows]
    assert ["姓名 / Name", "单位 / Organisation", "S1", "S2", "S3"] in rows
    people = {r[0]: r for r in rows[2:5]}
    assert people["高诗雨"][1] == "苏州市生态环境局 / Suzhou Ecology Bureau"
    assert people["高诗雨"][-1] == "是 / Yes"
    xlsx = tmp_path / "attendance.xlsx"
    assert main([*at, "--out", str(xlsx)]) == 0
    sheet = load_workbook(xlsx)["单位"]  # a Chinese reader's sheet names (fieldtraining60)
    assert sheet["A2"].value == "单位 / Organisation"
    assert sheet["A3"].value == "嘉兴市生态环境局 / Jiaxing Ecology Bureau"
