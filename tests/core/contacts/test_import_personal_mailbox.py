"""WeCom's 个人邮箱 (personal mailbox) was stored as a work e-mail beside 企业邮箱 (field test 12,
defect 8): personal-mailbox headers (个人邮箱, 私人邮箱, Personal Email) map to the home label."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing


def _wecom_members(path: Path) -> None:
    """Made for petdesk's tests, imitating WeCom's (企业微信) member export: a title row, then the
    header and the members."""
    wb = Workbook()
    ws = wb.active
    ws.append(["企业微信通讯录成员（导出时间：2026-12-01）"])
    ws.append(["姓名", "账号", "职务", "手机", "个人邮箱", "企业邮箱"])
    ws.append(["钱进", "QianJin", "项目经理", "+86 13100001234", "qj@163.com", "qianjin@example.org"])
    wb.save(path)


def _emails(db: Database) -> set[tuple[str, str]]:
    with db.reading() as s:
        rows = s.execute(
            select(m.ContactMethod.label, m.ContactMethod.value).where(m.ContactMethod.channel == "email")
        )
        return {(str(label), value) for label, value in rows}


def test_wecom_personal_mailbox_is_home(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "wecom.xlsx"
    _wecom_members(path)
    with db.transaction() as s:
        importing.import_file(s, path)
    assert _emails(db) == {("home", "qj@163.com"), ("work", "qianjin@example.org")}


def test_personal_mailbox_headers_in_both_languages() -> None:
    headers = ["Name", "Personal Email", "Work Email", "私人邮箱", "个人邮箱"]
    assert importing.guess_mapping(headers) == {
        0: "full_name",
        1: "email_home",
        2: "email",
        3: "email_home",
        4: "email_home",
    }
