"""CSV and Excel exports speak the user's language (field test 14, defect 5: the Chinese window's
Excel file had English headers and "given first"), and petdesk imports its own file back from
either language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder
from petdesk.services import exporting, importing
from tests.core.contacts.io_helpers import add_contact

_METHODS = [
    (ContactChannel.EMAIL, ChannelLabel.WORK, "li.ming@xa.example.cn"),
    (ContactChannel.PHONE, ChannelLabel.MOBILE, "+86 138 0013 8000"),
    (ContactChannel.WECHAT, ChannelLabel.HOME, "liming_wx"),
    (ContactChannel.WECHAT, ChannelLabel.OTHER, "liming_old"),
]
_ADDRESS = {
    "label": "work",
    "street": "长安路1号",
    "city": "西安",
    "region": "陕西",
    "postcode": "710061",
    "country": "CN",
}


def _people(db: Database) -> None:
    with db.transaction() as s:
        add_contact(
            s,
            family_name="Li",
            given_name="Ming",
            family_name_zh="李",
            given_name_zh="明",
            name_order=NameOrder.FAMILY_FIRST,
            gender="m",
            birthday="1990-03-08",
            tags=["trainee"],
            addresses=[_ADDRESS],
            methods=_METHODS,
        )
        add_contact(
            s, family_name="Müller", given_name="Jürgen", name_order=NameOrder.GIVEN_FIRST, gender="f"
        )


def _contacts(db: Database) -> list[tuple]:
    with db.reading() as s:
        return [
            (
                c.family_name,
                c.given_name,
                c.family_name_zh,
                c.given_name_zh,
                c.name_order,
                c.gender,
                c.birthday,
                c.tags,
                c.addresses,
                sorted((cm.channel, cm.label, cm.value) for cm in c.methods if cm.deleted_at is None),
            )
            for c in s.scalars(select(m.Contact).order_by(m.Contact.family_name))
        ]


def _export(db: Database, path: Path, language: str, *, everyone: bool) -> None:
    """Both export paths: every contact (read straight from the file) and a selection."""
    with db.reading() as s:
        ids = None if everyone else list(s.scalars(select(m.Contact.id)))
        exporting.export_contacts(s, path, path.suffix[1:], ids=ids, language=language)  # type: ignore[arg-type]


@pytest.mark.parametrize("everyone", [True, False], ids=["all", "selection"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_chinese_export_has_chinese_headers_and_words(
    db: Database, tmp_path: Path, fmt: str, everyone: bool
) -> None:
    _people(db)
    path = tmp_path / f"联系人.{fmt}"
    _export(db, path, "zh_CN", everyone=everyone)
    table = importing.read_table(path)
    assert table.headers == exporting.headers("zh_CN")
    assert table.headers[1:6] == ["姓", "名", "姓名顺序", "姓（中文/日文/韩文）", "名（中文/日文/韩文）"]
    rows = [dict(zip(table.headers, row, strict=True)) for _, row in table.rows]
    li, muller = sorted(rows, key=lambda row: row["姓"])
    assert (li["姓名顺序"], muller["姓名顺序"]) == ("姓在前", "名在前")
    assert (li["性别"], muller["性别"]) == ("男", "女")
    assert (li["微信"], li["微信类型"]) == ("liming_wx; liming_old", "住宅; 其他")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_english_export_stays_english(db: Database, tmp_path: Path, fmt: str) -> None:
    _people(db)
    path = tmp_path / f"contacts.{fmt}"
    _export(db, path, "en", everyone=True)
    table = importing.read_table(path)
    assert table.headers == [header for header, _key in exporting.COLUMNS]
    assert table.rows[0][1][3] == "family first"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_in_either_language_imports_into_a_new_file(
    db: Database, tmp_path: Path, fmt: str, language: str, new_database_file: Callable[[Path], Path]
) -> None:
    _people(db)
    path = tmp_path / f"out.{fmt}"
    _export(db, path, language, everyone=True)
    assert set(importing.guess_mapping(importing.read_table(path).headers).values()) == {
        key for _header, key in exporting.COLUMNS
    }
    fresh = open_database(new_database_file(tmp_path / "fresh.sqlite"))
    try:
        with fresh.transaction() as s:
            report = importing.import_file(s, path)
        assert len(report.added) == 2 and not report.dropped
        assert _contacts(fresh) == _contacts(db)
    finally:
        fresh.close()


@pytest.mark.parametrize(("lang", "header"), [("zh_CN", "姓名顺序"), ("en", "Name order")])
@pytest.mark.parametrize("search", [[], ["Li"]], ids=["all", "search"])
def test_the_command_line_exports_in_its_lang(
    db: Database, tmp_path: Path, lang: str, header: str, search: list[str]
) -> None:
    _people(db)
    out = tmp_path / "contacts.xlsx"
    assert main(["--lang", lang, "--db", str(db.path), "export-contacts", "--out", str(out), *search]) == 0
    assert importing.read_table(out).headers[3] == header
