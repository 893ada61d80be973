"""Field test 57: Stefan Weber, trainings coordinator of a German hub office, English window, on the
road (his laptop on Berlin time). He sets up a three-day training in Chengdu (sessions on Shanghai
time), imports the partner's WPS/Excel attendee list and a second GBK CSV, assigns a trainer,
records attendance, exports attendance and participants, takes back a mistaken removal, and sends
the training to the partner office by sync package. The window's keys are in
tests/gui/visits/test_training_editor_keys.py."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import trainings as ts
from tests.core.sync.helpers import PASSPHRASE, make_office
from tests.helpers.chengdu_lists import gbk_attendees, wps_attendees

HANS = ("王磊", "李静", "张伟", "陈晓燕", "刘洋", "欧阳娜娜", "赵敏", "孙丽")


def _han_name(c: m.Contact) -> str:
    return (c.family_name_zh or "") + (c.given_name_zh or "")


def test_a_training_in_chengdu_from_the_partners_lists_to_the_partner_office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub, partner = (make_office(tmp_path / "dbs", name) for name in ("Bonn", "Beijing"))
    try:
        _the_users_path(hub, partner, tmp_path, capsys)
    finally:
        hub.close()
        partner.close()


def _the_users_path(
    hub: Database, partner: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    at = ["--db", str(hub.path)]
    # 1. the two lists: the XLSX's repeated row and the second list's 李静 are named, none cut
    book = wps_attendees(tmp_path / "成都培训参会人员名单.xlsx")
    second = gbk_attendees(tmp_path / "第二批名单.csv")
    assert main([*at, "import-contacts", str(book), str(second)]) == 0
    out = capsys.readouterr().out
    assert "6 added, 0 updated, 1 skipped" in out and "skipped 1: repeats an earlier row of the file" in out
    assert "2 added, 0 updated, 1 skipped" in out  # 李静 again, nothing new
    with hub.reading() as s:
        people = {_han_name(c): c.id for c in s.scalars(select(m.Contact))}
        wang = s.get(m.Contact, people["王磊"])
        assert wang is not None and "+86 138 0013 8000" in [cm.value for cm in wang.methods]
    assert sorted(people) == sorted(HANS)
    # 2. the training in Chengdu: three days, sessions on the venue's clock
    with hub.transaction() as s:
        t = ts.create_training(
            s,
            title_en="EU–China training on urban wastewater",
            title_zh="中欧城市污水处理培训",
            city_en="Chengdu",
            start_date=dt.date(2026, 12, 8),
            end_date=dt.date(2026, 12, 10),
        )
        assert t.timezone == "Asia/Shanghai"  # from the city, not the laptop's Berlin
        tid = t.id
        for name in HANS[1:]:
            ts.register(s, tid, people[name])
        ts.register(s, tid, people["王磊"], "trainer")
        sessions = [
            ts.add_session(
                s,
                tid,
                title_en=title,
                start=dt.datetime(2026, 12, day, 9),
                end=dt.datetime(2026, 12, day, 12),
                trainer_ids=[people["王磊"]],
            ).id
            for day, title in ((8, "Opening"), (9, "Sludge"), (10, "Closing"))
        ]
        for sid in sessions:
            for name in HANS[1:]:
                ts.set_attendance(s, sid, people[name], "absent" if name == "孙丽" else "present")
    # 3. the programme on his laptop's clock beside the venue's
    assert main([*at, "trainings", tid[:8], "--tz", "Europe/Berlin", "--lang", "en"]) == 0
    shown = capsys.readouterr().out
    assert "8 Dec 2026 09:00–12:00 Beijing UTC+08:00 (02:00–05:00 Berlin UTC+01:00)" in shown
    # 4. attendance: the CSV says who came to which session, the start names the venue's zone
    report = tmp_path / "attendance.csv"
    assert main([*at, "report", "attendance", tid[:8], "--out", str(report)]) == 0
    capsys.readouterr()
    rows = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines()))
    people_rows = {r[0]: r for r in rows[2:9]}
    assert people_rows["李静"][2:8] == ["3", "0", "0", "3", "100 %", "Yes / 是"]
    assert people_rows["孙丽"][2:8] == ["0", "3", "0", "3", "0 %", "No / 否"]
    assert "王磊" not in people_rows  # the trainer is not counted
    assert ["S1", "Opening", "2026-12-08 09:00 Asia/Shanghai", "7", "6", "1", "0", "86 %"] in rows
    grid = rows[rows.index(["Name / 姓名", "Organisation / 单位", "S1", "S2", "S3"]) + 1 :]
    assert {r[0]: r[2:] for r in grid}["孙丽"] == ["✗", "✗", "✗"]
    xlsx = tmp_path / "attendance.xlsx"
    assert main([*at, "report", "attendance", tid[:8], "--out", str(xlsx)]) == 0
    capsys.readouterr()
    assert load_workbook(xlsx)["attendees"]["G3"].number_format == "0%"
    # 5. the participants for the partner: names, phones as typed
    listing = tmp_path / "participants.xlsx"
    assert main([*at, "export-contacts", "--training", tid[:8], "--out", str(listing)]) == 0
    capsys.readouterr()
    sheet = load_workbook(listing).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    exported = {r[header.index("Full name")]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert sorted(exported) == sorted(HANS[1:])
    assert exported["欧阳娜娜"][header.index("Mobile phone")] == "+86 177 0000 1111"
    assert exported["欧阳娜娜"][header.index("Family name (Chinese/Japanese/Korean)")] == "欧阳"
    # 6. a mistaken removal taken back
    with hub.transaction() as s:
        removed = ts.unregister(s, tid, people["赵敏"])
    assert main([*at, "restore-record", removed[0]]) == 0
    capsys.readouterr()
    with hub.reading() as s:
        back = {r.contact_id: r for r in ts.sign_in_sheet(s, tid).rows}
        assert back[people["赵敏"]].attendance == dict.fromkeys(sessions, "present")
    # 7. to the partner office by package: the training, its sessions and marks arrive
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    package = tmp_path / "to_chengdu.petdesk-sync"
    common = ["--passphrase-file", str(secret)]
    assert main([*at, "sync", "export", "--all", "--out", str(package), *common]) == 0
    assert main(["--db", str(partner.path), "sync", "import", str(package), *common]) == 0
    capsys.readouterr()
    with partner.reading() as s:
        sheet_there = ts.sign_in_sheet(s, tid)
        assert [x.starts_local.hour for x in sheet_there.sessions] == [9, 9, 9]
        assert sheet_there.timezone == "Asia/Shanghai"
        there = ts.get_training(s, tid)
        assert (there.city_en, there.city_zh) == ("Chengdu", "成都")  # the partner's window says 成都
        assert {r.name_zh for r in sheet_there.attendees} == set(HANS[1:])
