"""The mailing list for printed post (field test 98): each block in the recipient country's order,
who is left out and why, the workbook's columns, the label sheets and the export log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk.db import Database
from petdesk.dossier.address_labels import COLUMNS, ROWS, render_labels, write_labels
from petdesk.models import Affiliation, Contact, Organisation
from petdesk.models.enums import NameOrder, OrgKind
from petdesk.services import export_log
from petdesk.services import mailing_list as ml
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _org(s, name_en: str, name_zh: str = "", country: str = "", address_en: str = "", address_zh: str = ""):
    org = Organisation(
        name_en=name_en,
        name_zh=name_zh,
        country=country,
        kind=OrgKind.ENTERPRISE,
        address_en=address_en,
        address_zh=address_zh,
    )
    s.add(org)
    s.flush()
    return org


def _person(s, org: Organisation | None = None, *, ended: bool = False, **fields) -> Contact:
    contact = Contact(**fields)
    s.add(contact)
    s.flush()
    if org is not None:
        end = dt.date(2026, 6, 30) if ended else None
        s.add(Affiliation(contact=contact, organisation=org, end_date=end))
        s.flush()
    return contact


def _blocks(db: Database, **kwargs) -> dict[str, tuple[str, ...]]:
    with db.reading() as s:
        found = ml.mailing_list(s, **kwargs)
    return {r.name: r.lines for r in found.recipients}


def test_each_block_in_its_countrys_order(db: Database) -> None:
    with db.transaction() as s:
        epb = _org(s, "Wuhan Ecology and Environment Bureau", "武汉市生态环境局", "CN")
        _person(
            s,
            epb,
            family_name_zh="刘",
            given_name_zh="洋",
            honorific_zh="处长",
            addresses=[
                {
                    "label": "work",
                    "region": "湖北省",
                    "city": "武汉市",
                    "street": "江汉区新华路218号",
                    "extended": "1203室",
                    "postcode": "430022",
                    "country": "中国",
                }
            ],
        )
        utb = _org(s, "Umwelttechnik Becker GmbH", "", "DE")
        _person(
            s,
            utb,
            family_name="Becker",
            given_name="Jonas",
            honorific_en="Dr.",
            gender="m",
            addresses=[
                {
                    "label": "work",
                    "street": "Königstraße 12",
                    "city": "Stuttgart",
                    "postcode": "70173",
                    "country": "Deutschland",
                }
            ],
        )
        gt = _org(s, "GreenTech Co., Ltd.", "株式会社グリーンテック", "JP")
        _person(
            s,
            gt,
            family_name_zh="田中",
            given_name_zh="太郎",
            native_name_language="ja",
            addresses=[
                {
                    "label": "work",
                    "region": "東京都",
                    "city": "新宿区",
                    "street": "西新宿2-8-1",
                    "postcode": "163-8001",
                    "country": "日本",
                }
            ],
        )
        eaux = _org(s, "Eaux de Lyon", "", "FR")
        _person(
            s,
            eaux,
            family_name="Dubois",
            given_name="Camille",
            gender="f",
            addresses=[
                {
                    "street": "12 rue de la République",
                    "city": "Lyon",
                    "postcode": "69002",
                    "country": "France",
                    "label": "work",
                }
            ],
        )
    blocks = _blocks(db)
    assert blocks["刘洋"] == (
        "430022",
        "湖北省武汉市江汉区新华路218号1203室",
        "武汉市生态环境局",
        "刘洋处长 收",
    )
    assert blocks["Jonas Becker"] == (
        "Herrn Dr. Jonas Becker",
        "Umwelttechnik Becker GmbH",
        "Königstraße 12",
        "70173 Stuttgart",
        "GERMANY",
    )
    assert blocks["田中太郎"] == (
        "〒163-8001",
        "東京都新宿区西新宿2-8-1",
        "株式会社グリーンテック",
        "田中太郎 様",
        "JAPAN",
    )
    assert blocks["Camille Dubois"] == (
        "Camille Dubois",
        "Eaux de Lyon",
        "12 rue de la République",
        "69002 LYON",
        "FRANCE",
    )
    # Posted from Germany, the Chinese block gets its country line and the German one loses it.
    from_germany = _blocks(db, home="DE")
    assert from_germany["刘洋"][-1] == "CHINA"
    assert from_germany["Jonas Becker"][-1] == "70173 Stuttgart"


def test_the_organisations_address_when_the_person_has_none(db: Database) -> None:
    with db.transaction() as s:
        org = _org(s, "Bonn Water Utility", "波恩水务公司", "DE", address_en="Am Hof 1, 53113 Bonn, Germany")
        _person(s, org, family_name="Krause", given_name="Anna", gender="f", honorific_en="Ms.")
        cn = _org(s, "Hubei Academy", "湖北省环境科学研究院", "CN", address_zh="武汉市武昌区八一路338号")
        _person(s, cn, family_name_zh="王", given_name_zh="芳", honorific_zh="女士")
    blocks = _blocks(db)
    assert blocks["Anna Krause"] == (
        "Frau Anna Krause",
        "Bonn Water Utility",
        "Am Hof 1, 53113 Bonn",
        "GERMANY",
    )
    assert blocks["王芳"] == ("武汉市武昌区八一路338号", "湖北省环境科学研究院", "王芳女士 收")


def test_who_is_left_out_and_why(db: Database) -> None:
    with db.transaction() as s:
        org = _org(s, "Kazakh Ecology", "", "KZ")
        here = {
            "label": "work",
            "street": "пр. Абая 15",
            "city": "Алматы",
            "postcode": "050000",
            "country": "Казахстан",
        }
        _person(s, org, family_name="Нурланов", given_name="Асхат", addresses=[here])
        _person(s, org, ended=True, family_name="Ivanova", given_name="Olga", addresses=[here])
        _person(s, org, family_name="Sadykov", given_name="Marat")  # the organisation has no address
        gone = _person(s, org, family_name="Deleted", given_name="Dora", addresses=[here])
        gone.deleted_at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with db.reading() as s:
        found = ml.mailing_list(s)
    assert [r.lines for r in found.recipients] == [
        ("Асхат Нурланов", "Kazakh Ecology", "пр. Абая 15", "Алматы", "050000", "KAZAKHSTAN")
    ]
    assert {(p.name, p.reason) for p in found.left_out} == {
        ("Olga Ivanova", ml.LEFT_ORGANISATION),
        ("Marat Sadykov", ml.NO_ADDRESS),
    }
    assert ml.left_out_sentences(found, "en") == [
        "1 person left out who left their organisation: Olga Ivanova",
        "1 person left out without a postal address: Marat Sadykov",
    ]


@pytest.mark.usefixtures("tree_catalogue")
def test_left_out_sentences_in_chinese(db: Database) -> None:
    with db.transaction() as s:
        _person(
            s,
            family_name_zh="王",
            given_name_zh="芳",
            family_name="Wang",
            given_name="Fang",
            name_order=NameOrder.FAMILY_FIRST,
        )
    with db.reading() as s:
        found = ml.mailing_list(s)
    assert ml.left_out_sentences(found, "zh_CN") == ["1 人因没有通信地址未列入：王芳"]
    assert ml.headers("zh_CN")[1:4] == ["姓名", "国家", "地址第 1 行"]


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Nothing to write: none of these contacts has a postal address."),
        ("zh_CN", "没有可写出的地址：这些联系人都没有通信地址。"),
    ],
)
def test_nobody_with_an_address_writes_no_file(
    db: Database, tmp_path: Path, capsys, lang: str, said: str
) -> None:
    from petdesk.cli import main

    with db.transaction() as s:
        _person(s, family_name_zh="王", given_name_zh="芳", name_order=NameOrder.FAMILY_FIRST)
    out = tmp_path / "cards.csv"
    assert main(["--db", str(db.path), "mailing-list", "--out", str(out), "--lang", lang]) != 0
    assert said in capsys.readouterr().err
    assert not out.exists()


def _two(db: Database) -> None:
    with db.transaction() as s:
        org = _org(s, "Saneamento São Paulo", "", "BR")
        _person(
            s,
            org,
            family_name="Silva",
            given_name="João",
            addresses=[
                {
                    "label": "work",
                    "street": "Avenida Paulista 1000",
                    "city": "São Paulo",
                    "region": "SP",
                    "postcode": "01310-100",
                    "country": "Brasil",
                }
            ],
        )
        kr = _org(s, "Korea Environment Corporation", "한국환경공단", "KR")
        _person(
            s,
            kr,
            family_name_zh="김",
            given_name_zh="민준",
            native_name_language="ko",
            addresses=[
                {
                    "label": "work",
                    "street": "환경로 42",
                    "city": "인천광역시 서구",
                    "postcode": "22689",
                    "country": "대한민국",
                }
            ],
        )


def test_workbook_for_mail_merge_is_logged(db: Database, tmp_path: Path) -> None:
    _two(db)
    with db.reading() as s:
        found = ml.mailing_list(s)
    out = tmp_path / "贺年卡.xlsx"
    assert ml.write(found, out, "en", logged_in=db) == 2
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:5] == ("ID", "Name", "Country", "Line 1", "Line 2")
    by_name = {row[1]: [c for c in row[3:] if c] for row in rows[1:]}
    assert by_name["João Silva"] == [
        "João Silva",
        "Saneamento São Paulo",
        "Avenida Paulista 1000",
        "São Paulo - SP",
        "01310-100",
        "BRAZIL",
    ]
    assert by_name["김민준"] == [
        "인천광역시 서구 환경로 42",
        "한국환경공단",
        "김민준 귀하",
        "22689",
        "REPUBLIC OF KOREA",
    ]
    with db.reading() as s:
        from petdesk.connection import session_sqlite

        logged = session_sqlite(s).execute("SELECT kind, file_name, count FROM export_log").fetchall()
    assert logged == [("mailing_list", "贺年卡.xlsx", 2)]
    with db.reading() as s:
        assert export_log.times_sent(s, found.recipients[0].contact_id) == 1


def test_label_sheets_keep_every_character_in_embedded_fonts(db: Database, tmp_path: Path) -> None:
    _two(db)
    with db.transaction() as s:
        org = _org(s, "Wuhan Ecology and Environment Bureau", "武汉市生态环境局", "CN")
        _person(
            s,
            org,
            family_name_zh="欧阳",
            given_name_zh="晓明",
            addresses=[
                {
                    "label": "work",
                    "region": "湖北省",
                    "city": "武汉市",
                    "street": "东湖新技术开发区高新大道999号",
                    "extended": "光谷生物城B3栋1203室",
                    "postcode": "430075",
                    "country": "中国",
                }
            ],
        )
    with db.reading() as s:
        found = ml.mailing_list(s)
    out = tmp_path / "labels.pdf"
    assert write_labels(found.recipients, out, logged_in=db) == 1
    fonts = pdffonts(out)
    assert fonts and all(f.embedded for f in fonts)
    text = flat(pdftotext_pages(out)[0])
    # A long Chinese street wraps onto a second line, never shortened: the room number reaches the card.
    assert "1203室" in text and "…" not in text
    for piece in ("欧阳晓明 收", "김민준 귀하", "João Silva", "BRAZIL"):
        assert flat(piece) in text
    many = found.recipients * 20  # 60 labels: 3 sheets of 24
    assert render_labels(many, tmp_path / "many.pdf") == -(-60 // (COLUMNS * ROWS))


@pytest.mark.usefixtures("tree_catalogue")
def test_a_person_marked_do_not_contact_gets_no_card_and_is_named(db: Database, tmp_path: Path) -> None:
    """The mailing list was written beside the do-not-contact mark (field96/field98): a marked partner
    still got a New Year card, on the workbook and the labels alike."""
    from petdesk.services import do_not_contact

    _two(db)
    with db.reading() as s:
        silva = next(r.contact_id for r in ml.mailing_list(s).recipients if r.name == "João Silva")
    with db.transaction() as s:
        assert do_not_contact.set_mark(s, silva)
    with db.reading() as s:
        found = ml.mailing_list(s)
        asked = ml.mailing_list(s, ids=[silva])
    assert [r.name for r in found.recipients] == ["김민준"]
    assert [(p.name, p.reason) for p in found.left_out] == [("João Silva", ml.DO_NOT_CONTACT)]
    assert asked.recipients == [] and [p.contact_id for p in asked.left_out] == [silva]
    told = ["1 person left out who asked not to be contacted: João Silva"]
    assert ml.left_out_sentences(found, "en") == told
    assert ml.left_out_sentences(found, "zh_CN") == ["1 人因已标记“请勿联系”未列入：João Silva"]
    book, labels = tmp_path / "cards.xlsx", tmp_path / "labels.pdf"
    assert ml.write(found, book, "en") == 1
    names = [row[1] for row in load_workbook(book).active.iter_rows(min_row=2, values_only=True)]
    assert names == ["김민준"]
    assert write_labels(found.recipients, labels) == 1
    assert "Silva" not in pdftotext_pages(labels)[0]


def test_an_organisations_postal_code_where_its_country_prints_it(db: Database, tmp_path: Path) -> None:
    """0071: Chinese post reads the postcode first, German post before the town; a person whose
    address is the organisation's gets it too (it was left off before)."""
    with db.transaction() as s:
        bonn = _org(s, "Bonn Water Utility", "波恩水务公司", "DE", address_en="Am Hof 1, Bonn, Germany")
        bonn.city_en, bonn.postal_code = "Bonn", "53113"
        _person(s, bonn, family_name="Krause", given_name="Anna", gender="f", honorific_en="Ms.")
        stuttgart = _org(s, "Stuttgart Energy", "", "DE", address_en="Königstraße 10")
        stuttgart.city_en, stuttgart.postal_code = "Stuttgart", "70173"
        _person(s, stuttgart, family_name="Becker", given_name="Jonas", gender="m")
        xuhui = _org(s, "Xuhui Water Works", "徐汇水务公司", "CN", address_zh="上海市徐汇区漕溪北路100号")
        xuhui.city_en, xuhui.postal_code = "Shanghai", "200030"
        _person(s, xuhui, family_name_zh="王", given_name_zh="芳", honorific_zh="女士")
    blocks = _blocks(db)
    assert blocks["Anna Krause"] == (
        "Frau Anna Krause",
        "Bonn Water Utility",
        "Am Hof 1",
        "53113 Bonn",
        "GERMANY",
    )
    assert blocks["Jonas Becker"] == (
        "Herrn Jonas Becker",
        "Stuttgart Energy",
        "Königstraße 10",
        "70173 Stuttgart",
        "GERMANY",
    )
    assert blocks["王芳"] == ("200030", "上海市徐汇区漕溪北路100号", "徐汇水务公司", "王芳女士 收")
    with db.reading() as s:
        found = ml.mailing_list(s)
    out = tmp_path / "labels.pdf"
    assert render_labels(found.recipients, out) == 1
    text = flat(pdftotext_pages(out)[0])
    for piece in ("200030 上海市徐汇区漕溪北路100号", "Am Hof 1 53113 Bonn GERMANY", "70173 Stuttgart"):
        assert flat(piece) in text, piece
