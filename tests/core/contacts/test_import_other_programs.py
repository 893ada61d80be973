"""Files other programs exported, as the fifth field test met them (tests/data/README.md names each
file's source): Spanish and Japanese Outlook, a WeCom member list, an old .xls or a PDF given as a
contact list, a vCard 2.1 with an AGENT card, phone vCards' names; DingTalk member lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.messages import localize
from petdesk.models.enums import ContactChannel
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR


def _import(db: Database, path: Path, **kwargs) -> importing.ImportReport:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        return importing.import_file(s, path, **kwargs)


def _people(db: Database) -> dict[str, m.Contact]:
    with db.reading() as s:
        people = {}
        for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None))):
            _ = [(cm.channel, cm.value) for cm in c.methods]
            _ = [(a.organisation.name_en, a.organisation.name_zh) for a in c.affiliations]
            people[c.name_zh or c.name_latin] = c
        return people


def _values(c: m.Contact, channel: ContactChannel) -> set[str]:
    return {cm.value for cm in c.methods if cm.channel == channel}


# --- defect 7: Outlook in Spanish and Japanese, WeCom member lists -------------------------------


def test_spanish_outlook_export_is_read(db: Database) -> None:
    """outlook_es_cp1252.csv was refused: "no row among the first 10 looks like a header"."""
    report = _import(db, DATA_DIR / "outlook_es_cp1252.csv")
    assert report.count("added") == 1 and not report.dropped
    c = _people(db)["José García Pérez"]
    assert (c.honorific_en, c.given_name, c.middle_name, c.family_name) == (
        "Mr.",  # "Sr.": Mr. / 先生
        "José",
        "Luis",
        "García Pérez",
    )
    assert _values(c, ContactChannel.EMAIL) == {"jl.garcia@bcn.example.es"}
    assert _values(c, ContactChannel.PHONE) == {"+34 93 402 7000", "+34 600 123 456"}
    (aff,) = c.affiliations
    assert (aff.organisation.name_en, aff.department_en, aff.position_en) == (
        "Ayuntamiento de Barcelona",
        "Medio Ambiente",
        "Jefe de Cooperación",
    )
    assert c.addresses[0]["city"] == "Barcelona" and c.notes == "Visita a Chengdu"


def test_japanese_outlook_export_keeps_email_department_notes_and_suffix(db: Database) -> None:
    """outlook_ja_sjis.csv: 電子メール アドレス, 勤務先電話番号, 部署, メモ and 敬称 were dropped; the
    person was added without her e-mail."""
    report = _import(db, DATA_DIR / "outlook_ja_sjis.csv")
    assert report.count("added") == 1 and not report.dropped
    c = _people(db)["山田花子"]
    assert _values(c, ContactChannel.EMAIL) == {"h.yamada@kankyo.example.jp"}
    assert _values(c, ContactChannel.PHONE) == {"03-5321-1111", "090-1234-5678"}
    assert c.name_suffix == "様" and c.notes == "北九州視察"
    (aff,) = c.affiliations
    assert (aff.organisation.name_zh, aff.department_zh, aff.position_zh) == (
        "東京都環境局",
        "国際協力課",
        "課長",
    )


def test_wecom_member_list_keeps_positions_in_the_notes_without_an_organisation(db: Database) -> None:
    """wecom_members_gbk.csv names no organisation: every position was "left out", 所在部门 and 别名
    were dropped."""
    report = _import(db, DATA_DIR / "wecom_members_gbk.csv")
    assert report.count("added") == 3
    assert "所在部门" not in report.dropped and "别名" not in report.dropped
    assert all(
        o.warnings == ["no organisation given: position and department kept in the notes"]
        for o in report.outcomes
    )
    people = _people(db)
    zhang = people["张三"]
    assert zhang.notes == "职位：产品经理\n部门：成都办公室/国际合作部"
    assert zhang.nickname == "Sam Zhang" and not zhang.affiliations
    assert people["欧阳娜娜"].notes == "职位：主任\n部门：上海总部"
    # Imported again, the notes do not grow.
    _import(db, DATA_DIR / "wecom_members_gbk.csv")
    assert _people(db)["张三"].notes == zhang.notes


def test_wecom_member_list_joins_the_organisation_named(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATA_DIR / "wecom_members_gbk.csv"
    assert main(["--db", str(db.path), "import-contacts", str(path), "--organisation", "成都市环境局"]) == 0
    assert "3 added" in capsys.readouterr().out
    people = _people(db)
    for name, department, position in (
        ("张三", "成都办公室/国际合作部", "产品经理"),
        ("李四", "成都办公室/国际合作部;上海总部", "工程师"),
        ("欧阳娜娜", "上海总部", "主任"),
    ):
        (aff,) = people[name].affiliations
        assert (aff.organisation.name_zh, aff.department_zh, aff.position_zh) == (
            "成都市环境局",
            department,
            position,
        )
        assert not people[name].notes


# --- DingTalk (钉钉) member lists, exported in Chinese and in English ----------------------------

_DINGTALK_FIELDS = [
    "full_name",
    "employee_number",
    "mobile",
    "department",
    "position",
    "email",
    "address_work_street",
    "phone",
    "notes",
]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_dingtalk_member_list_headers_are_all_recognised(language: str) -> None:
    """工号, 办公地点 and 分机号 (Job Number, Office Location, Extension) were not: left out of the
    import unless mapped by hand."""
    table = importing.read_table(DATA_DIR / f"dingtalk_members_{language}.csv")
    mapping = importing.guess_mapping(table.headers)
    assert [mapping.get(i) for i in range(len(table.headers))] == _DINGTALK_FIELDS


def test_every_column_of_a_chinese_dingtalk_member_list_lands(db: Database) -> None:
    report = _import(db, DATA_DIR / "dingtalk_members_zh.csv", organisation="杭州市生态环境局")
    assert report.count("added") == 2 and not report.dropped
    wang = _people(db)["王芳"]
    assert _values(wang, ContactChannel.PHONE) == {"+86 138 0571 2201", "8021"}  # mobile, extension
    assert _values(wang, ContactChannel.EMAIL) == {"wang.fang@hz-eco.example.cn"}
    (aff,) = wang.affiliations
    assert (aff.organisation.name_zh, aff.department_zh, aff.position_zh) == (
        "杭州市生态环境局",
        "国际合作部",
        "项目经理",
    )
    assert wang.addresses[0]["street"] == "杭州市西湖区文三路90号5楼"
    assert wang.notes == "负责德方来访接待\n工号：A0012"
    assert _people(db)["陈建国"].notes == "工号：A0031"
    _import(db, DATA_DIR / "dingtalk_members_zh.csv", organisation="杭州市生态环境局")
    assert _people(db)["王芳"].notes == wang.notes  # imported again, the notes do not grow


def test_every_column_of_an_english_dingtalk_member_list_lands(db: Database) -> None:
    report = _import(db, DATA_DIR / "dingtalk_members_en.csv", organisation="Shanghai Water Authority")
    assert report.count("added") == 2 and not report.dropped
    people = _people(db)
    li, tobias = people["李娜"], people["Tobias Wagner"]
    assert _values(li, ContactChannel.PHONE) == {"+86 139 2100 3344", "6203"}
    assert _values(tobias, ContactChannel.EMAIL) == {"t.wagner@sh-water.example.cn"}
    (aff,) = tobias.affiliations
    assert (aff.organisation.name_en, aff.department_en, aff.position_en) == (
        "Shanghai Water Authority",
        "Technology",
        "Water Engineer",
    )
    assert tobias.addresses[0]["street"] == "Floor 12, 1 Century Avenue, Shanghai"
    # the number labelled in the language of the person's name
    assert li.notes == "Speaks German\n工号：B0007"
    assert tobias.notes == "Employee number: B0019"


# --- defect 9: files that are no contact list ---------------------------------------------------

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


@pytest.mark.parametrize(
    ("name", "data", "english"),
    [
        (
            "members.xls",
            _OLE2,
            "this is an old Excel workbook (.xls): save it as .xlsx or CSV and import that",
        ),
        ("export.csv", _OLE2, "this is an old Excel workbook (.xls)"),
        ("contacts.csv", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "this is a PDF, not a contacts file"),
    ],
)
def test_an_old_excel_workbook_or_a_pdf_is_named_for_what_it_is(
    tmp_path: Path, name: str, data: bytes, english: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    for read in (importing.load_file, importing.read_table):
        with pytest.raises(importing.ImportFileError) as caught:
            read(path)
        assert str(caught.value).startswith(english)
        assert "encoding" not in str(caught.value)


def test_an_old_excel_workbook_is_refused_in_chinese(tmp_path: Path) -> None:
    """Passes once the catalogue in /work/main/translations has the new strings (after the merge)."""
    path = tmp_path / "members.xls"
    path.write_bytes(_OLE2)
    with pytest.raises(importing.ImportFileError) as caught:
        importing.load_file(path)
    assert "旧版 Excel 工作簿" in localize(str(caught.value), "zh_CN")


# --- defect 10: vCard 2.1 AGENT ------------------------------------------------------------------


def test_vcard_21_with_an_agent_card_imports_every_card(db: Database) -> None:
    """visualcard_four_v21_agent.vcf: the nested BEGIN:VCARD of John Sanders' AGENT refused the whole
    file ("missing END:VCARD")."""
    report = _import(db, DATA_DIR / "visualcard_four_v21_agent.vcf")
    assert [o.name for o in report.outcomes] == [
        "John Sanders",
        "Sarah Santos",
        "Neville Navasquillo",
        "Rick Hood",
    ]
    assert report.outcomes[0].warnings == ["AGENT Joe Friday left out"]
    assert report.dropped["AGENT"] == 1
    people = _people(db)
    assert "Joe Friday" not in people
    john = people["John Sanders"]
    # The properties after the agent's card are John's again.
    assert john.affiliations[0].position_en == "Product Manager"
    assert john.notes == "Note test for VisualCard"
    assert _values(john, ContactChannel.EMAIL) == {"john.s@acme.co"}


# --- defect 11: names of phone vCards ------------------------------------------------------------


def test_openharmony_vcard_keeps_the_display_name_and_the_family_name(db: Database) -> None:
    """ohos_v21.vcf: FN 外公 ("Grandpa") beside N:Zhang;San vanished unmentioned, and the family name
    测试N of N:测试N;;;; was split into 测 + 试N."""
    report = _import(db, DATA_DIR / "ohos_v21.vcf")
    assert report.outcomes[0].warnings == ["display name “外公” differs from the name; kept as the nickname"]
    people = _people(db)
    zhang = people["San Zhang"]
    assert (zhang.family_name, zhang.given_name, zhang.middle_name, zhang.nickname) == (
        "Zhang",
        "San",
        "Jun",
        "外公",
    )
    test_n = people["测试N"]
    assert (test_n.family_name_zh, test_n.given_name_zh) == ("测试N", "")


def test_a_chinese_display_name_that_is_the_name_becomes_the_chinese_name(
    db: Database, tmp_path: Path
) -> None:
    card = tmp_path / "zhang.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Zhang;Wei;;;\r\nFN:张伟\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Li;Na;;;\r\nFN:李娜\r\nNICKNAME:Nana\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Wang;Fang;;;\r\nFN:老王\r\nNICKNAME:Fang\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report = _import(db, card)
    assert [o.warnings for o in report.outcomes] == [
        [],
        [],
        ["display name “老王” differs from the name; not kept"],
    ]
    people = _people(db)
    assert (people["张伟"].family_name_zh, people["张伟"].given_name_zh, people["张伟"].nickname) == (
        "张",
        "伟",
        "",
    )
    assert people["李娜"].family_name == "Li"
