"""Importing CSV and Excel files: encodings, column mapping, matching, and re-import without duplicates."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder, OrgKind
from petdesk.services import exporting, importing
from tests.core.contacts.io_helpers import DATA_DIR, data_dump, make_people


def _count(db: Database, model: type) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def _import(db: Database, path: Path, **kwargs) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path, **kwargs)


def test_guess_mapping_from_chinese_and_english_headers() -> None:
    zh = ["姓名", "姓", "名", "单位", "职务", "电话", "手机", "邮箱", "微信", "备注", "随便"]
    assert importing.guess_mapping(zh) == {
        0: "full_name",
        1: "family_name",
        2: "given_name",
        3: "organisation",
        4: "position",
        5: "phone",
        6: "mobile",
        7: "email",
        8: "wechat",
        9: "notes",
    }
    outlook = [
        "First Name",
        "Last Name",
        "Company",
        "Job Title",
        "E-mail Address",
        "E-mail 2 Address",
        "Mobile Phone",
    ]
    assert importing.guess_mapping(outlook) == {
        0: "given_name",
        1: "family_name",
        2: "organisation",
        3: "position",
        4: "email",
        5: "email",
        6: "mobile",
    }


def test_gbk_file_from_chinese_excel_with_title_row(db: Database) -> None:
    report = _import(db, DATA_DIR / "contacts_gbk.csv")
    assert len(report.added) == 4 and not report.updated and not report.skipped
    assert [o.line for o in report.added] == [3, 4, 5, 6]  # the header is line 2, under a title line
    with db.reading() as s:
        zhang = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "张")).one()
        assert (zhang.given_name_zh, zhang.family_name, zhang.given_name) == ("伟", "Zhang", "Wei")
        assert zhang.name_order == NameOrder.FAMILY_FIRST  # "Zhang Wei": the pinyin of 张 comes first
        wang = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "王")).one()
        assert (wang.family_name, wang.given_name, wang.name_order) == ("Wang", "Fang", NameOrder.GIVEN_FIRST)
        aff = zhang.current_affiliation()
        assert aff.organisation.name_zh == "北京绿色科技有限公司" and aff.position_zh == "技术总监"
        methods = {(cm.channel, cm.label, cm.value) for cm in zhang.methods}
        assert methods == {
            (ContactChannel.PHONE, ChannelLabel.WORK, "010-6512 3456"),
            (ContactChannel.PHONE, ChannelLabel.MOBILE, "138 0013 8000"),
            (ContactChannel.EMAIL, ChannelLabel.WORK, "zhang.wei@bjgreen.cn"),
            (ContactChannel.WECHAT, ChannelLabel.OTHER, "zhangwei_bj"),
        }
        assert zhang.source == "import:contacts_gbk.csv"
        ouyang = s.scalars(select(m.Contact).where(m.Contact.given_name_zh == "明")).one()
        assert ouyang.family_name_zh == "欧阳"


def test_same_csv_twice_adds_nothing(db: Database) -> None:
    for name in ("contacts_gbk.csv", "contacts_outlook.csv"):
        _import(db, DATA_DIR / name)
    counts = (_count(db, m.Contact), _count(db, m.ContactMethod), _count(db, m.Organisation))
    before = data_dump(db)
    for name in ("contacts_gbk.csv", "contacts_outlook.csv"):
        report = _import(db, DATA_DIR / name)
        assert not report.added, report.added
    assert (_count(db, m.Contact), _count(db, m.ContactMethod), _count(db, m.Organisation)) == counts
    # The GBK file is older than the Outlook one for one field (the position); after both ran again
    # the data is the same as after both ran once.
    assert data_dump(db) == before


def test_reimport_matches_by_email_phone_and_name(db: Database, tmp_path: Path) -> None:
    make_people(db)
    csv = tmp_path / "people.csv"
    csv.write_text(
        "Name,Email,Mobile,Company\n"
        "Zhang Wei,ZHANG.WEI@bjgreen.cn,,\n"  # e-mail in other case
        "欧阳娜娜,,+86 137 0000 1111,\n"  # phone written with country code
        "Anna Müller,,,German Environment Agency\n"  # name and organisation
        "Carlos Pérez,carlos@example.org,,Banco Verde\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        loaded = importing.load_file(csv)
        plan = importing.plan_import(s, loaded.records, "contacts", "skip")
        reasons = [(i.action, i.reason) for i in plan.items]
    assert reasons == [
        ("skip", "same e-mail ZHANG.WEI@bjgreen.cn"),
        ("skip", "same phone +86 137 0000 1111"),
        ("skip", "same name Anna Müller at the same organisation"),
        ("add", "new"),
    ]
    report = _import(db, csv, on_match="skip")
    assert len(report.added) == 1 and len(report.skipped) == 3
    report = _import(db, csv, on_match="add")
    assert len(report.added) == 4  # asked for: added although they match


def test_update_fills_fields_and_adds_methods(db: Database, tmp_path: Path) -> None:
    ids = make_people(db)
    csv = tmp_path / "update.csv"
    csv.write_text(
        "邮箱,手机,标签,职务\nanna.mueller@uba.example.de,+49 170 1234567,training,处长\n", encoding="utf-8"
    )
    report = _import(db, csv)
    (updated,) = report.updated
    assert updated.record_id == ids["anna"]
    assert set(updated.changes) == {"tags", "contact methods", "position_zh"}
    with db.reading() as s:
        anna = s.get(m.Contact, ids["anna"])
        assert "+49 170 1234567" in [cm.value for cm in anna.methods]
        assert anna.current_affiliation().position_zh == "处长"


def test_rows_of_one_file_match_each_other(db: Database, tmp_path: Path) -> None:
    csv = tmp_path / "dup.csv"
    csv.write_text("Name,Email\nLi Na,li.na@example.cn\nNa Li,li.na@example.cn\n", encoding="utf-8")
    report = _import(db, csv)
    assert len(report.added) == 1 and len(report.skipped) + len(report.updated) == 1
    assert _count(db, m.Contact) == 1


def test_xlsx_with_numbers_and_mapping(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["联系人名单"])
    ws.append(["姓名", "单位", "手机", "邮箱", "备注"])
    ws.append(["刘洋", "成都市环保局", 13912345678, "liu.yang@cd.example.cn", "培训学员"])
    ws.append([None, None, None, None, None])
    ws.append(["Maria Rossi", "Comune di Milano", "+39 02 1234", "m.rossi@comune.example.it", None])
    path = tmp_path / "people.xlsx"
    wb.save(path)
    loaded = importing.load_file(path)
    assert loaded.table.header_line == 2 and loaded.table.unit == "row"
    report = _import(db, path)
    assert [o.line for o in report.added] == [3, 5]
    with db.reading() as s:
        liu = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "刘")).one()
        assert "139 1234 5678" in [cm.value for cm in liu.methods]  # not 13912345678.0, spaced as typed
    assert not _import(db, path).added


def test_explicit_mapping_spec(db: Database, tmp_path: Path) -> None:
    csv = tmp_path / "odd.csv"
    csv.write_text("Person;Address;Where\nZhao Lei;zhao@example.cn;Wuhan Water\n", encoding="utf-8")
    with pytest.raises(importing.ImportFileError, match="no column holds a person's name, e-mail or phone"):
        importing.load_file(csv)
    loaded = importing.load_file(csv, mapping_spec="Person=full_name,2=email,Where=organisation")
    (rec,) = loaded.records
    assert (rec.given_name, rec.family_name, rec.organisation_en) == ("Zhao", "Lei", "Wuhan Water")
    assert rec.methods == [(ContactChannel.EMAIL, ChannelLabel.WORK, "zhao@example.cn")]


def test_invalid_values_are_warned_not_fatal(db: Database, tmp_path: Path) -> None:
    csv = tmp_path / "warn.csv"
    csv.write_text("Name,Email\nSun Li,not-an-address\n", encoding="utf-8")
    report = _import(db, csv)
    assert report.added[0].warnings == ["“not-an-address” is not an e-mail address; left out"]


def test_organisations_with_chinese_headers(db: Database) -> None:
    report = _import(db, DATA_DIR / "organisations_zh.csv", target="organisations")
    assert len(report.added) == 3
    with db.reading() as s:
        uba = s.scalars(
            select(m.Organisation).where(m.Organisation.name_en == "German Environment Agency")
        ).one()
        assert (uba.kind, uba.country, uba.city_en) == (OrgKind.MINISTRY_AGENCY, "DE", "Dessau")
        assert uba.aliases == ["Umweltbundesamt", "UBA"]
        green = s.scalars(
            select(m.Organisation).where(m.Organisation.name_zh == "北京绿色科技有限公司")
        ).one()
        assert (green.kind, green.country, green.city_zh) == (OrgKind.ENTERPRISE, "CN", "北京")
    report = _import(db, DATA_DIR / "organisations_zh.csv", target="organisations")
    assert not report.added and len(report.skipped) == 3
    # Contacts naming these organisations attach to them instead of creating new ones.
    _import(db, DATA_DIR / "contacts_outlook.csv")
    with db.reading() as s:
        names = sorted(o.name_en for o in s.scalars(select(m.Organisation)))
    assert names.count("German Environment Agency") == 1 and "Umweltbundesamt" not in names


def _export_and_reimport_unchanged(db: Database, tmp_path: Path, fmt: str) -> Path:
    """Export every contact as ``fmt``, import the file again: nothing added, updated or changed."""
    path = tmp_path / f"out.{fmt}"
    with db.reading() as s:
        exporting.export_contacts(s, path, fmt)
    before = data_dump(db)
    report = _import(db, path)
    assert (len(report.added), len(report.updated)) == (0, 0)
    assert data_dump(db) == before
    return path


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exported_table_reimports_unchanged(db: Database, tmp_path: Path, fmt: str) -> None:
    make_people(db)
    path = _export_and_reimport_unchanged(db, tmp_path, fmt)
    loaded = importing.load_file(path)
    assert {r.uid for r in loaded.records} == set(before_ids(db))


@pytest.mark.parametrize("fmt", ["csv", "vcf"])
def test_genders_written_as_words_reimport_unchanged(db: Database, tmp_path: Path, fmt: str) -> None:
    """The demo (and older files) store "male"/"female"; an import reads them as "m"/"f": the same."""
    make_people(db)
    with db.transaction() as s:
        for n, contact in enumerate(s.scalars(select(m.Contact).order_by(m.Contact.id))):
            contact.gender = ("male", "female", "m", "")[n % 4]
    _export_and_reimport_unchanged(db, tmp_path, fmt)


def before_ids(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(m.Contact.id)))


def test_xlsx_export_keeps_phone_numbers_as_text(db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    make_people(db)
    with db.reading() as s:
        data = exporting.xlsx_bytes(exporting.select_contacts(s))
    ws = load_workbook(io.BytesIO(data)).active
    headers = [c.value for c in ws[1]]
    mobile = headers.index("Mobile phone") + 1
    values = [ws.cell(row=r, column=mobile).value for r in range(2, ws.max_row + 1)]
    assert "+86 138 0013 8000" in values


def test_export_query_selects_contacts(db: Database, tmp_path: Path) -> None:
    make_people(db)
    with db.reading() as s:
        found = exporting.select_contacts(s, query="Müller")
    assert [c.family_name for c in found] == ["Müller"]


def test_shared_switchboard_phone_is_no_match_when_names_differ(db: Database, tmp_path: Path) -> None:
    make_people(db)  # 欧阳娜娜 has mobile 137 0000 1111
    csv = tmp_path / "colleague.csv"
    csv.write_text("姓名,手机\n欧阳明,137 0000 1111\n欧阳娜娜,137 0000 1111\n", encoding="utf-8")
    with db.reading() as s:
        plan = importing.plan_import(s, importing.load_file(csv).records, "contacts")
    # the colleague is added, but offered for checking: a shared phone may also be one person's
    assert [(i.action, i.reason) for i in plan.items] == [
        (
            "add",
            "possible match — check: same phone 137 0000 1111 as 欧阳娜娜 but another name; "
            "added as a new person",
        ),
        ("update", "same phone 137 0000 1111"),
    ]
