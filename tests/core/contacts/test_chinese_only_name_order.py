"""A contact whose name is written only in Chinese characters (张伟, no Latin spelling) is family
name first wherever it comes from: created, edited, imported (CSV, vCard, Excel with 姓名) or
received from an office that stored the old default, given name first. The editor then offers
that order when a Latin spelling is added, and exports say it."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.enums import NameOrder
from petdesk.services import contact_form, exporting, importing
from petdesk.services import contacts as cs
from tests.core.sync.helpers import make_office, send


def _order_of(db: Database, family_zh: str) -> NameOrder:
    with db.reading() as s:
        return s.scalars(select(m.Contact.name_order).where(m.Contact.family_name_zh == family_zh)).one()


def test_created_and_edited_chinese_only_names_are_family_first(db: Database) -> None:
    with db.transaction() as s:
        zhang = cs.create_contact(s, family_name_zh="张", given_name_zh="伟", name_order="given_first").id
        # A transliterated name, written given name first with its dot, keeps that order.
        cs.create_contact(s, family_name_zh="艾买提", given_name_zh="阿卜杜拉·")
        # A record stored before the rule (or by an older office): the next save puts it right.
        wang = cs.create_contact(s, family_name_zh="王", given_name_zh="芳").id
        s.get(m.Contact, wang).name_order = NameOrder.GIVEN_FIRST
    assert _order_of(db, "张") == NameOrder.FAMILY_FIRST
    assert _order_of(db, "艾买提") == NameOrder.GIVEN_FIRST
    with db.reading() as s:  # the editor offers the order the name is written in
        assert contact_form.read_contact_form(s, wang, "zh_CN").name_order == "family_first"
    with db.transaction() as s:
        cs.update_contact(s, wang, nickname="小王")
    assert _order_of(db, "王") == NameOrder.FAMILY_FIRST
    with db.transaction() as s:  # a Latin spelling added later: as the person writes it
        cs.update_contact(s, zhang, family_name="Zhang", given_name="Wei", name_order="family_first")
        assert cs.get_contact(s, zhang).name_latin == "Zhang Wei"


def test_imported_chinese_only_names_are_family_first(db: Database, tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("姓名,手机\n张伟,139 1234 5678\n", encoding="utf-8")
    (tmp_path / "people.vcf").write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李娜\r\nTEL:+86 139 0000 1111\r\nEND:VCARD\r\n", encoding="utf-8"
    )
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "邮箱"])
    ws.append(["刘洋", "liu.yang@cd.example.cn"])
    wb.save(tmp_path / "people.xlsx")
    for name in ("people.csv", "people.vcf", "people.xlsx"):
        with db.transaction() as s:
            importing.import_file(s, tmp_path / name)
    assert [_order_of(db, family) for family in ("张", "李", "刘")] == [NameOrder.FAMILY_FIRST] * 3


def test_a_chinese_only_name_from_an_older_office_is_family_first_in_editor_and_export(
    tmp_path: Path,
) -> None:
    old = make_office(tmp_path / "dbs", "Chengdu")
    here = make_office(tmp_path / "dbs", "Hangzhou")
    try:
        with old.transaction() as s:  # as an office before the rule stored it
            contact_id = cs.create_contact(s, family_name_zh="陈", given_name_zh="萍").id
            s.get(m.Contact, contact_id).name_order = NameOrder.GIVEN_FIRST
        send(old, here, tmp_path)
        with here.reading() as s:
            assert contact_form.read_contact_form(s, contact_id, "en").name_order == "family_first"
            exporting.export_contacts(s, tmp_path / "all.csv", "csv")
            exporting.export_contacts(s, tmp_path / "chosen.csv", "csv", ids=[contact_id])
    finally:
        old.engine.dispose()
        here.engine.dispose()
    for name in ("all.csv", "chosen.csv"):
        with (tmp_path / name).open(encoding="utf-8-sig") as f:
            [row] = list(csv.DictReader(f))
        assert row["Name order"] == "family first", (name, row)
