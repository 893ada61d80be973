"""Field test 68: Ms. Li Na, training coordinator of the Chengdu hub office, Chinese locale. The
registrations for a two-day sponge-city training come from 问卷星 (an XLSX of numbered questions) and
腾讯问卷 (a UTF-8 CSV with a byte-order mark), one registrant on both; her colleagues from a 企业微信
member list. She imports them, enrols the registrants from the import, records day one, prints the
sign-in sheet and attendance in Chinese and exports the attendee list for the funding agency."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.survey_lists import REGISTRANTS, tencent_csv, wecom_xlsx, wenjuanxing_xlsx
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _han(c: m.Contact) -> str:
    return (c.family_name_zh or "") + (c.given_name_zh or "")


def test_sponge_city_registrations_from_survey_sites_to_the_funders_list(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    at = ["--db", str(db.path), "--lang", "zh_CN"]
    # 1. her colleagues, from WeCom: they join the office with their positions
    assert (
        main(
            [*at, "import-contacts", "--organisation", "成都中心", str(wecom_xlsx(tmp_path / "通讯录.xlsx"))]
        )
        == 0
    )
    assert "新增 2 条" in capsys.readouterr().out
    # 2. the training and its two days, on the venue's clock
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Sponge-city technology training",
            title_zh="海绵城市技术培训",
            city_en="Chengdu",
            start_date=dt.date(2026, 12, 10),
            end_date=dt.date(2026, 12, 11),
        )
        tid = t.id
        days = [
            ts.add_session(
                s,
                tid,
                title_en=en,
                title_zh=zh,
                start=dt.datetime(2026, 12, d, 9),
                end=dt.datetime(2026, 12, d, 17),
            ).id
            for d, en, zh in (
                (10, "Sponge-city planning", "海绵城市规划"),
                (11, "Rain-garden design", "雨水花园设计"),
            )
        ]
    # 3. both forms at once, the registrants enrolled as they are imported; 陈志强 once
    forms = [
        str(wenjuanxing_xlsx(tmp_path / "报名_问卷星.xlsx")),
        str(tencent_csv(tmp_path / "报名_腾讯问卷.csv")),
    ]
    assert main([*at, "import-contacts", "--dry-run", *forms]) == 0
    shown = capsys.readouterr()
    assert "没有一列提供姓名" not in shown.out + shown.err  # the numbered questions name the columns
    assert main([*at, "import-contacts", "--training", tid[:8], *forms]) == 0
    out = capsys.readouterr().out
    assert "新增 7 条，更新 0 条，跳过 1 条" in out and "与此前另一文件中的一行重复" in out
    assert "已为培训报名 7 人" in out
    assert "5 × 所用时间" in out  # what is not kept is said, never silently dropped
    assert "提交答卷时间" not in out  # the moment of sign-up is kept (registered_on and the notes: round 62)
    with db.reading() as s:
        people = {_han(c): c for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))}
        assert set(REGISTRANTS) <= set(people) and {"李娜", "黄伟"} <= set(people)
        # a number cell is a phone number, not 1.39E+10
        wang = [cm.value for cm in people["王建国"].methods if cm.channel is ContactChannel.PHONE]
        assert [v.replace(" ", "") for v in wang] == ["13908001234"]
        ids = {name: people[name].id for name in REGISTRANTS}
        sheet = ts.sign_in_sheet(s, tid)
        assert sorted(r.name_zh for r in sheet.attendees) == sorted(REGISTRANTS)
    # 4. day one: 赵磊 did not come
    with db.transaction() as s:
        cells = [(days[0], ids[n]) for n in REGISTRANTS if n != "赵磊"]
        assert ts.mark_attendance(s, cells, "present") == []
        ts.set_attendance(s, days[0], ids["赵磊"], "absent")
    # 5. the sign-in sheet and attendance in Chinese, every name on it, fonts embedded
    pdf = tmp_path / "签到表.pdf"
    assert (
        main([*at, "dossier", "training", tid[:8], "--sections", "signin,attendance", "--out", str(pdf)]) == 0
    )
    capsys.readouterr()
    assert all(font.embedded for font in pdffonts(pdf))
    pages = pdftotext_pages(pdf)
    text = flat("".join(pages))
    assert "签到表" in text and "出勤与结业证书" in text
    assert all(name in text for name in REGISTRANTS)
    assert flat(pages[0]).index("签到表") < flat(pages[0]).index("Sign-insheet")  # Chinese first
    report = tmp_path / "出勤.xlsx"
    assert main([*at, "report", "attendance", tid[:8], "--out", str(report)]) == 0
    capsys.readouterr()
    sessions = [[c.value for c in row] for row in load_workbook(report)["课程"].iter_rows()]
    assert any(row[0] == "S1" and row[4:7] == [6, 1, 0] for row in sessions), sessions
    # 6. the attendee list for the funding agency: seven people, Chinese headers, phones as text
    listing = tmp_path / "学员名单.xlsx"
    assert main([*at, "export-contacts", "--training", tid[:8], "--out", str(listing)]) == 0
    assert "7 位联系人" in capsys.readouterr().out
    ws = load_workbook(listing).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    assert "手机" in header and "姓名" in header
    listed = {r[header.index("姓名")]: r for r in rows[1:]}
    assert sorted(listed) == sorted(REGISTRANTS)
    assert str(listed["王建国"][header.index("手机")]).replace(" ", "") == "13908001234"


def test_the_training_shown_in_chinese_has_chinese_colons(
    db: Database, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    with db.transaction() as s:
        tid = ts.create_training(
            s,
            title_zh="海绵城市技术培训",
            city_en="Chengdu",
            start_date=dt.date(2026, 12, 10),
            end_date=dt.date(2026, 12, 11),
        ).id
    assert main(["--db", str(db.path), "--lang", "zh_CN", "trainings", tid[:8]]) == 0
    out = capsys.readouterr().out
    assert "时区：北京时间" in out and "时区: " not in out
