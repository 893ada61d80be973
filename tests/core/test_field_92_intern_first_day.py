"""Field test 92: Xiao Liu, a new intern at the Wuhan hub office who reads no English, spends her first
day with the Chinese command line (the window's half is in tests/gui/dossier/test_pdf_names_in_chinese.py
and tests/gui/i18n/test_export_names_in_chinese.py): she searches contacts by pinyin initials and by
汉字, adds an organisation and three contacts, logs a phone call and a follow-up, registers people for a
training from a 问卷星 export that WPS saved (a merged title row above the headers, a date cell, a phone
as a number, full-width spaces inside names, a styled empty row far below), exports the participants
for her manager and prints the sign-in sheet. The workbook is written here by openpyxl as WPS leaves
it (our own invented people; no third-party sample, so no licence to keep).

Defects found and fixed: the PDF and save dialogs offered English file names
("dossier-….pdf", "participants.xlsx"); "contact add --help" said "选项:"; the lists put Chinese in
half-width brackets ("[成都]")."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import trainings as ts
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _wps_survey(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "报名数据"
    ws.append(["2027年武汉海绵城市培训报名表"])
    ws.merge_cells("A1:L1")
    ws.append(
        [
            "序号",
            "提交答卷时间",
            "所用时间",
            "来源",
            "来源详情",
            "来自IP",
            "1、您的姓名",
            "2、单位名称",
            "3、职务",
            "4、手机号码",
            "5、电子邮箱",
            "6、是否需要住宿",
        ]
    )
    ws.append(
        [
            1,
            dt.datetime(2027, 2, 18, 9, 5, 31),
            "95秒",
            "微信",
            "N/A",
            "117.136.12.5(湖北-武汉)",
            "周小红 ",
            "武汉市生态环境局",
            "科长",
            13907101234,
            "zhouxh@whsthj.gov.cn",
            "是",
        ]
    )
    ws.append(
        [
            2,
            dt.datetime(2027, 2, 18, 10, 41, 2),
            "123秒",
            "手机提交",
            "直接访问",
            "223.104.3.7(湖北-宜昌)",
            "欧阳　明",
            "宜昌市住房和城乡建设局",
            "工程师",
            "135 5123 4567",
            "ouyangm@ycjs.cn",
            "否",
        ]
    )
    ws.append(
        [
            3,
            dt.datetime(2027, 2, 19, 16, 20, 18),
            "80秒",
            "微信",
            "N/A",
            "171.217.8.9(湖北-武汉)",
            "李　娟",
            "湖北省环境科学研究院",
            "研究员",
            18602711111,
            None,
            "是",
        ]
    )
    for column in range(1, 13):
        ws.cell(row=40, column=column).font = Font(name="宋体")
    wb.save(path)
    return path


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(db.path), "--lang", "zh_CN", *args]) == 0
    return capsys.readouterr().out


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese ("已添加联系人：ID")
def test_xiao_liu_first_day(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        training = ts.create_training(
            s,
            title_en="Sponge city training",
            title_zh="海绵城市培训",
            city_en="Wuhan",
            city_zh="武汉",
            start_date=dt.date(2027, 3, 1),
            end_date=dt.date(2027, 3, 2),
        ).id
        ts.add_session(
            s, training, title_en="Day 1", start=dt.datetime(2027, 3, 1, 9), end=dt.datetime(2027, 3, 1, 12)
        )

    # an organisation and three contacts, typed in Chinese
    assert "已添加机构" in _run(
        db,
        capsys,
        "organisation",
        "add",
        "--name-zh",
        "武汉市水务局",
        "--kind",
        "city_government",
        "--city",
        "武汉",
        "--country",
        "CN",
    )
    ids = []
    for family, given in (("刘", "晓"), ("王", "芳"), ("张", "丽")):
        out = _run(
            db,
            capsys,
            "contact",
            "add",
            "--family-name-zh",
            family,
            "--given-name-zh",
            given,
            "--organisation",
            "武汉市水务局",
        )
        ids.append(re.search(r"已添加联系人：(\S+)", out).group(1))  # type: ignore[union-attr]
    # found by pinyin initials and by 汉字
    assert "王芳" in _run(db, capsys, "search", "wf")
    assert "刘晓" in _run(db, capsys, "search", "刘")
    # a phone call and its follow-up
    _run(db, capsys, "activities", "add", "--contact", ids[0], "--kind", "call", "--subject", "确认培训报名")
    _run(
        db,
        capsys,
        "followups",
        "add",
        "--contact",
        ids[0],
        "--title-zh",
        "寄送培训通知",
        "--due",
        "2027-02-25",
    )
    assert "确认培训报名" in _run(db, capsys, "activities")
    assert "寄送培训通知" in _run(db, capsys, "followups")

    # the WPS-saved 问卷星 export registers three people for the training
    out = _run(
        db, capsys, "import-contacts", str(_wps_survey(tmp_path / "问卷星.xlsx")), "--training", training
    )
    assert "已为培训报名 3 人" in out
    listing = _run(db, capsys, "trainings", training[:8])
    assert all(name in listing for name in ("周小红", "欧阳明", "李娟"))
    assert "海绵城市培训  【武汉】" in _run(db, capsys, "trainings")

    # the participants for the manager, with Chinese headers
    sheet = tmp_path / "参加人员.xlsx"
    _run(db, capsys, "export-contacts", "--training", training, "--out", str(sheet))
    headers = [c.value for c in next(load_workbook(sheet).active.iter_rows(max_row=1))]
    assert "姓名" in headers and "电子邮件" in headers and "Email" not in headers

    # the sign-in sheet
    pdf = tmp_path / "签到表.pdf"
    assert "已写入" in _run(
        db, capsys, "dossier", "training", training, "--sections", "signin", "--out", str(pdf)
    )
    assert pdf.stat().st_size > 10_000

    # the help she reads: every heading in Chinese with the full-width colon
    assert "\n选项：\n" in _run_help(capsys, "contact", "add")


def _run_help(capsys: pytest.CaptureFixture[str], *command: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", *command, "--help"])
    return capsys.readouterr().out
