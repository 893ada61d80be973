"""Header words of Chinese office lists: Traditional Chinese (a Big5 file's e-mails were all dropped
under 電郵) and more Simplified ones (电邮, 地址, 城市, 省份, 国家, QQ ...)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR


def _contacts(db: Database) -> dict[str, m.Contact]:
    with db.reading() as s:
        out = {}
        for c in s.scalars(select(m.Contact)):
            _ = [(cm.channel, cm.value) for cm in c.methods], [a.position_zh for a in c.affiliations]
            out[c.name_zh] = c
        return out


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("電郵", "email"),
        ("電子郵件", "email"),
        ("電子郵箱", "email"),
        ("个人电邮", "email"),
        ("手機", "mobile"),
        ("手機號碼", "mobile"),
        ("電話", "phone"),
        ("傳真", "fax"),
        ("公司", "organisation"),
        ("公司名稱", "organisation"),
        ("職稱", "position"),
        ("部門", "department"),
        ("備註", "notes"),
        ("性別", "gender"),
        ("電邮", None),  # half-converted spellings are not guessed at
        ("电邮", "email"),
        ("地址", "address_work_street"),
        ("城市", "address_work_city"),
        ("省份", "address_work_region"),
        ("国家", "address_work_country"),
        ("國家", "address_work_country"),
        ("邮编", "address_work_postcode"),
        ("家庭地址", "address_home_street"),
        ("QQ", "qq"),
        ("QQ号", "qq"),
        ("微信号", "wechat"),
        ("公司名称", "organisation"),
        ("职务", "position"),
    ],
)
def test_header_words(header: str, field: str | None) -> None:
    assert importing.guess_mapping(["姓名", header]).get(1) == field


def test_big5_file_with_traditional_headers_keeps_every_column(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, DATA_DIR / "contacts_big5_traditional_headers.csv")
    assert len(report.added) == 2 and not report.dropped
    chen = _contacts(db)["陳志明"]
    assert {(cm.channel, cm.label, cm.value) for cm in chen.methods} == {
        (ContactChannel.EMAIL, ChannelLabel.WORK, "chen.zm@example.tw"),
        (ContactChannel.PHONE, ChannelLabel.MOBILE, "0912-345-678"),
        (ContactChannel.PHONE, ChannelLabel.WORK, "02-2720-8889"),
        (ContactChannel.FAX, ChannelLabel.WORK, "02-2720-8890"),
    }
    (aff,) = chen.affiliations
    assert (aff.position_zh, aff.department_zh) == ("科長", "空氣品質保護科")
    assert chen.addresses == [
        {"label": "work", "street": "臺北市信義區市府路1號", "city": "臺北市", "country": "臺灣"}
    ]
    assert chen.notes == "回收計畫聯絡人"


def test_simplified_headers_address_parts_and_qq(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, DATA_DIR / "contacts_gb18030_more_headers.csv")
    assert len(report.added) == 1 and report.dropped == {"序号": 1}
    wang = _contacts(db)["王芳"]
    assert {cm.value for cm in wang.methods} == {"wang.fang@example.cn", "139 1234 5678", "wangfang_js"}
    assert wang.other_handles == [{"service": "qq", "handle": "12345678"}]
    assert wang.addresses == [
        {
            "label": "work",
            "street": "南京市建邺区江东中路100号",
            "city": "南京",
            "region": "江苏",
            "country": "中国",
            "postcode": "210019",
        }
    ]


def test_show_mapping_names_the_new_fields(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA_DIR / "contacts_gb18030_more_headers.csv"
    assert main(["--db", str(db.path), "import-contacts", str(path), "--show-mapping"]) == 0
    out = capsys.readouterr().out
    for line in ("电邮", "-> email"), ("QQ", "-> qq"), ("省份", "-> address_work_region"):
        assert any(line[0] in row and row.rstrip().endswith(line[1]) for row in out.splitlines()), line
    assert "序号" in out and "(ignored)" in out
