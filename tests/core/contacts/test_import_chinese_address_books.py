"""Address books from Chinese programs (field test 35). The files in ``tests/data/import/chinese/``
are imitations made for these tests (see SOURCES.md there), not real exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select, text

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts, exporting, importing, matching, search
from petdesk.services.contacts import Method
from tests.core.contacts.io_helpers import DATA_DIR

CHINESE = DATA_DIR / "chinese"


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def _names(db: Database) -> set[tuple[str, str]]:
    with db.reading() as s:
        return {
            (c.family_name_zh, c.given_name_zh)
            for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        }


# --- D1/D2: the whole Chinese name in N's family part -------------------------------------------


def test_a_phone_card_with_the_whole_name_as_family_is_split_like_csv(db: Database) -> None:
    """N:马伟;;;; (Huawei/Xiaomi) was stored as family 马伟 with no given name."""
    _import(db, CHINESE / "huawei_xiaomi_v21_qp.vcf")
    names = _names(db)
    assert ("马", "伟") in names
    assert ("欧阳", "修") in names  # a compound surname
    assert ("诸葛", "明") in names  # both parts given: as written


def test_feature_phone_cards_split_the_same_way(db: Database) -> None:
    _import(db, CHINESE / "mtk_featurephone_v21_gb2312.vcf")
    assert _names(db) == {("宋", "江"), ("林", "冲"), ("鲁", "智深")}


def test_card_and_csv_store_the_same_names(db: Database, tmp_path: Path) -> None:
    """The vCard and the CSV importer agree on one name in one part, including what stays whole."""
    card = tmp_path / "one_part.vcf"
    card.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{n}\r\nTEL:1390000000{i}\r\nEND:VCARD\r\n"
            for i, n in enumerate(["马伟;;;;", "欧阳修;;;;", "马;;;;", "欧阳;;;;", "测试N;;;;"])
        ),
        encoding="utf-8",
    )
    _import(db, card)
    assert _names(db) == {("马", "伟"), ("欧阳", "修"), ("马", ""), ("欧阳", ""), ("测试N", "")}


def test_re_importing_the_export_of_a_phone_card_changes_nothing(db: Database, tmp_path: Path) -> None:
    """Field test 35 D2: re-importing petdesk's own CSV export "updated" 马伟's name fields."""
    _import(db, CHINESE / "huawei_xiaomi_v21_qp.vcf")
    _import(db, CHINESE / "mtk_featurephone_v21_gb2312.vcf")
    for fmt in ("csv", "vcf"):
        out = tmp_path / f"all.{fmt}"
        with db.reading() as s:
            written = exporting.export_contacts(s, out, fmt)
        report = _import(db, out)
        counts = (report.count("added"), report.count("updated"), report.count("skipped"))
        assert counts == (0, 0, written), fmt


# --- D6: only a given name -----------------------------------------------------------------------


def test_a_card_with_only_a_two_character_given_name_keeps_it_whole(db: Database) -> None:
    """N:;小红;;; was split into family 小 and given 红; the card says there is no family name."""
    _import(db, CHINESE / "huawei_xiaomi_v21_qp.vcf")
    assert ("", "小红") in _names(db)
    assert ("小", "红") not in _names(db)


def test_csv_and_card_keep_a_given_name_alone_the_same_way(db: Database, tmp_path: Path) -> None:
    """The one rule in both importers: two characters alone in the given part stay the given name;
    three or four are a whole name (a Chinese given name has one or two)."""
    card = tmp_path / "given_only.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:;小明;;;\r\nTEL:13900000001\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:;马云飞;;;\r\nTEL:13900000002\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    _import(db, card)
    from_card = _names(db)
    _import(db, CHINESE / "outlook_zh_family_only.csv")
    from_csv = _names(db) - from_card
    assert from_card == {("", "小明"), ("马", "云飞")}
    assert from_csv == {("马", "伟"), ("欧阳", "修"), ("", "小红")}


# --- D4: a number searched with or without the country code ------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("+86 138 0013 8004", {"zhuge"}),  # stored without +86, pasted from WeChat with it
        ("8613800138004", {"zhuge"}),
        ("0086 138 0013 8004", {"zhuge"}),
        ("13800138004", {"zhuge"}),
        ("13811110003", {"ming"}),  # stored with +86, searched without
        ("+86 138 1111 0003", {"ming"}),
        ("+86 28 8888 0001", {"ming", "mawei"}),  # a landline: with the code or the trunk zero
        ("028-8888 0001", {"ming", "mawei"}),
        ("15800138004", set()),  # another number with the same last nine digits
    ],
)
def test_search_folds_the_country_code_of_a_phone_query(db: Database, query: str, expected: set[str]) -> None:
    with db.transaction() as s:
        ids = {
            "zhuge": contacts.create_contact(
                s, family_name_zh="诸葛", given_name_zh="亮", methods=[Method("phone", "13800138004")]
            ).id,
            "ming": contacts.create_contact(
                s,
                family_name_zh="诸葛",
                given_name_zh="明",
                methods=[Method("phone", "+8613811110003"), Method("phone", "+86 28 8888 0001")],
            ).id,
            "mawei": contacts.create_contact(
                s, family_name_zh="马", given_name_zh="伟", methods=[Method("phone", "028-8888 0001")]
            ).id,
        }
    with db.reading() as s:
        found = {r.entity_id for r in search.search(s, query, kind="contact", limit=10)}
    assert found == {ids[k] for k in expected}


# --- D5: 卜 in names reads bǔ -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [("abudula", "abudula"), ("a bu du la", "abudula"), ("阿卜杜拉", "abudula"), ("bufan", "bufan")],
)
def test_bu_in_names_reads_bu(db: Database, query: str, expected: str) -> None:
    """卜 was indexed as bo (萝卜): 阿卜杜拉·艾买提 was not found by abudula, nor 卜凡 by bufan."""
    with db.transaction() as s:
        ids = {
            "abudula": contacts.create_contact(
                s, family_name_zh="艾买提", given_name_zh="阿卜杜拉", name_order="given_first"
            ).id,
            "bufan": contacts.create_contact(s, family_name_zh="卜", given_name_zh="凡").id,
        }
    with db.reading() as s:
        found = {r.entity_id for r in search.search(s, query, kind="contact", limit=10)}
    assert found == {ids[expected]}


def test_the_reading_of_bu_in_a_name_is_bu_for_matching_and_cards() -> None:
    assert matching.chinese_name_pinyin("卜", "凡", tones=True) == ("Bǔ", "Fán")


# --- D6b: several numbers in one cell, full-width e-mails ---------------------------------------


def _methods(db: Database) -> dict[str, set[tuple[str, str]]]:
    with db.reading() as s:
        return {
            c.name_zh: {(cm.channel, cm.value) for cm in c.methods}
            for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        }


def test_two_numbers_in_one_cell_are_two_phones_and_full_width_emails_are_read(db: Database) -> None:
    """wps_messy_cells_gbk.csv: "138 0000 1010、139 0000 1011" was rejected (kept in the notes only)
    while the e-mail cell "wangdm@qq.com；wdm@163.com" was split; "lixl＠qq.com" was rejected."""
    report = _import(db, CHINESE / "wps_messy_cells_gbk.csv")
    people = _methods(db)
    wang = next(v for k, v in people.items() if k.startswith("王"))
    assert {v for ch, v in wang if ch == "phone"} == {"138 0000 1010", "139 0000 1011"}
    assert {v for ch, v in wang if ch == "email"} == {"wangdm@qq.com", "wdm@163.com"}
    assert ("email", "lixl@qq.com") in people["李小龙"]
    assert not any(
        "not a phone number" in w or "not an e-mail" in w for o in report.outcomes for w in o.warnings
    )


def test_numbers_split_only_where_every_piece_is_a_number(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "phones.csv"
    path.write_text(
        "姓名,手机\n"
        "张三,13800000001/13800000002\n"
        '李四,"13800000003, 13800000004"\n'
        "王五,030/1234567\n"
        "赵六,028-8888 0001/2\n",
        encoding="utf-8",
    )
    _import(db, path)
    phones = {k: {v for ch, v in ms if ch == "phone"} for k, ms in _methods(db).items()}
    assert phones == {
        "张三": {"13800000001", "13800000002"},
        "李四": {"13800000003", "13800000004"},
        "王五": {"030/1234567"},
        "赵六": {"028-8888 0001/2"},  # another line's last digit: one value as written
    }


def test_a_full_width_email_on_a_card_is_read(db: Database, tmp_path: Path) -> None:
    card = tmp_path / "fw.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:李;雷;;;\r\nEMAIL:lilei＠ｑｑ.com\r\nEND:VCARD\r\n", encoding="utf-8"
    )
    _import(db, card)
    assert _methods(db)["李雷"] == {("email", "lilei@qq.com")}


# --- D3: a column Chinese programs read a name from; GB18030 --------------------------------------


def _two_people(db: Database) -> None:
    with db.transaction() as s:
        contacts.create_contact(
            s, family_name_zh="上官", given_name_zh="婉儿", methods=[Method("phone", "13900000011")]
        )
        contacts.create_contact(
            s,
            family_name="Lindqvist",
            given_name="Anna",
            family_name_zh="林德奎斯特",
            given_name_zh="安娜",
            name_order="given_first",
        )
        contacts.create_contact(s, family_name="Smith", given_name="John")
        contacts.create_contact(s, family_name_zh="欧阳", methods=[Method("phone", "13900000012")])


@pytest.mark.parametrize("everyone", [True, False])
def test_the_csv_export_has_a_full_name_column_chinese_programs_read(
    db: Database, tmp_path: Path, everyone: bool
) -> None:
    """QQ Mail, Foxmail and 163 read a name from 姓名; the export had none, so 上官婉儿 (no Latin
    name) came without a name. Both ways of exporting (all, or a selection) write it."""
    _two_people(db)
    out = tmp_path / "zh.csv"
    with db.reading() as s:
        chinese = list(s.scalars(text("SELECT id FROM contact WHERE family_name_zh != ''")))
        exporting.export_contacts(s, out, "csv", language="zh_CN", ids=None if everyone else chinese)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    full = {r["姓名"] for r in rows}
    assert {"上官婉儿", "安娜·林德奎斯特", "欧阳"} <= full
    assert everyone is False or "John Smith" in full
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.split(",")[-3:] == ["姓名", "姓名语言", "韩文汉字"]  # then the name's language and Hanja


def test_re_importing_an_export_with_the_full_name_changes_nothing(db: Database, tmp_path: Path) -> None:
    """The full-name column is not split again on import (欧阳 alone would become 欧 + 阳)."""
    _two_people(db)
    for language in ("en", "zh_CN"):
        out = tmp_path / f"{language}.csv"
        with db.reading() as s:
            written = exporting.export_contacts(s, out, "csv", language=language)
        report = _import(db, out)
        assert (report.count("added"), report.count("updated"), report.count("skipped")) == (0, 0, written)
        assert not [w for o in report.outcomes for w in o.warnings]


def test_the_csv_export_can_be_written_in_gb18030(db: Database, tmp_path: Path) -> None:
    """For older Chinese Excel, Outlook and Foxmail, which read a CSV without a mark as GBK."""
    _two_people(db)
    with db.transaction() as s:  # a character outside GBK: GB18030 holds it (four bytes)
        contacts.create_contact(s, family_name_zh="周", given_name_zh="𠀾")
    out = tmp_path / "gb.csv"
    assert main(["--db", str(db.path), "export-contacts", "--out", str(out), "--encoding", "gb18030"]) == 0
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("gb18030")
    assert "上官婉儿" in text and "周𠀾" in text
    report = _import(db, out)  # read back as GB18030: nothing changes
    assert (report.count("added"), report.count("updated")) == (0, 0)


# --- D7: words and options ----------------------------------------------------------------------


def test_a_chinese_workbook_names_its_sheet_in_chinese(db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _two_people(db)
    for language, sheet in (("zh_CN", "联系人"), ("en", "Contacts")):
        out = tmp_path / f"{language}.xlsx"
        with db.reading() as s:
            exporting.export_contacts(s, out, "xlsx", language=language)
        assert load_workbook(out, read_only=True).sheetnames == [sheet]


def test_show_mapping_on_a_vcard_is_no_error(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """It said "error: … a vCard file has no columns to map", which read like a failure."""
    card = CHINESE / "huawei_xiaomi_v21_qp.vcf"
    assert main(["--db", str(db.path), "import-contacts", str(card), "--show-mapping"]) == 0
    out, err = capsys.readouterr()
    assert "needs no column mapping" in out and "error" not in err
