"""Latin-script fields typed with a Chinese input method's full-width letters are stored in ASCII,
on save and on import; Chinese-script fields keep their full-width punctuation (field test 54,
defect 4: "Ｘｉａｏｍｉｎｇ" was stored as typed and a full-width e-mail was refused)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import importing, organisations
from petdesk.services.contacts import Method
from petdesk.services.matching import half_width_latin


def _person(db: Database) -> tuple[str, str, str, str, list[str], list[str]]:
    with db.reading() as s:
        c = s.scalars(select(m.Contact)).one()
        emails = [cm.value for cm in c.methods if cm.deleted_at is None]
        return c.family_name, c.given_name, c.nickname, c.given_name_zh, list(c.websites), emails


def test_the_fold_touches_full_width_ascii_and_the_ideographic_space_only() -> None:
    assert half_width_latin("Ｘｉａｏ\u3000ｍｉｎｇ") == "Xiao ming"
    assert half_width_latin("ｓｉｍａ＿ｘｍ＠ｅｘａｍｐｌｅ．ｃｏｍ") == "sima_xm@example.com"
    assert half_width_latin("小明、カナ") == "小明、カナ"


def test_saving_folds_names_email_and_website_but_not_chinese_fields(db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(
            s,
            family_name="ｓｉｍａ ",
            given_name="Ｘｉａｏｍｉｎｇ",
            family_name_zh="司马",
            given_name_zh="小明",
            nickname="（小马）",
            websites="ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ",
            methods=[Method("email", "ｓｉｍａ＿ｘｍ＠ｅｘａｍｐｌｅ．ｃｏｍ")],
        )
    assert _person(db) == (
        "sima",
        "Xiaoming",
        "（小马）",
        "小明",
        ["www.example.com"],
        ["sima_xm@example.com"],
    )


def test_an_organisations_english_name_and_website_are_folded(db: Database) -> None:
    with db.transaction() as s:
        org = organisations.create_organisation(
            s, name_en="Ｑｉｎｇｄａｏ Ｗａｔｅｒ", name_zh="青岛水务（集团）", website="ｑｄｗａｔｅｒ．ｃｎ"
        )
        assert (org.name_en, org.name_zh, org.website) == ("Qingdao Water", "青岛水务（集团）", "qdwater.cn")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "people.csv",
            "Family name,Given name,E-mail\n"
            "ｓｉｍａ,Ｘｉａｏｍｉｎｇ,ｓｉｍａ＿ｘｍ＠ｅｘａｍｐｌｅ．ｃｏｍ\n",
        ),
        (
            "people.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:ｓｉｍａ;Ｘｉａｏｍｉｎｇ;;;\r\nFN:Ｘｉａｏｍｉｎｇ ｓｉｍａ\r\n"
            "EMAIL:ｓｉｍａ＿ｘｍ＠ｅｘａｍｐｌｅ．ｃｏｍ\r\nEND:VCARD\r\n",
        ),
    ],
)
def test_an_import_folds_them_too(db: Database, tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert report.counts == {"added": 1}
    family, given, _nick, _zh, _sites, emails = _person(db)
    assert (family, given, emails) == ("sima", "Xiaoming", ["sima_xm@example.com"])
