"""CSV and Excel files exported by petdesk import back to the same values, into the same database and
into a new one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder
from petdesk.services import exporting, importing
from tests.core.contacts.io_helpers import add_contact, data_dump

#: Values a spreadsheet would read as formulas (the CSV export puts an apostrophe in front), one
#: that already starts with that apostrophe, and numbers, which the export leaves as they are.
_FORMULA_LIKE = {
    "family_name": "=Clarke",
    "given_name": "Rebecca",
    "honorific_en": "+Dr.",
    "notes": "-5 degrees is cold",
    "dietary_needs": "'=not a formula",
    "accessibility_needs": "'-5",
    "emergency_contact": "-3",
    "tags": ["@vip", "+1 group", "'@quoted"],
}
_METHODS = [
    (ContactChannel.TELEGRAM, ChannelLabel.OTHER, "@rebecca_clarke"),
    (ContactChannel.PHONE, ChannelLabel.WORK, "+86 10 6532 1234"),
    (ContactChannel.EMAIL, ChannelLabel.WORK, "=rebecca@example.org"),
]


def _formula_people(db: Database) -> None:
    with db.transaction() as s:
        add_contact(s, name_order=NameOrder.GIVEN_FIRST, methods=_METHODS, **_FORMULA_LIKE)


def _values(db: Database) -> list[tuple]:
    with db.reading() as s:
        return [
            (
                *(getattr(c, key) for key in _FORMULA_LIKE),
                sorted((cm.channel, cm.value) for cm in c.methods if cm.deleted_at is None),
            )
            for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        ]


def _export(db: Database, path: Path) -> None:
    with db.reading() as s:
        exporting.export_contacts(s, path, path.suffix[1:])


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_formula_like_values_reimport_unchanged(db: Database, tmp_path: Path, fmt: str) -> None:
    _formula_people(db)
    path = tmp_path / f"out.{fmt}"
    _export(db, path)
    before = data_dump(db)
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert (len(report.added), len(report.updated)) == (0, 0)
    assert data_dump(db) == before


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_formula_like_values_import_into_new_database(
    db: Database, tmp_path: Path, fmt: str, new_database_file: Callable[[Path], Path]
) -> None:
    _formula_people(db)
    path = tmp_path / f"out.{fmt}"
    _export(db, path)
    other = open_database(new_database_file(tmp_path / "other.sqlite"))
    try:
        with other.transaction() as s:
            importing.import_file(s, path)
        assert _values(other) == _values(db)
    finally:
        other.close()


def test_csv_keeps_formulas_from_running() -> None:
    """The apostrophe stays in the file: only petdesk's import takes it off again."""
    assert exporting.safe_cell("=SUM(A1)") == "'=SUM(A1)"
    assert exporting.safe_cell("'=SUM(A1)") == "''=SUM(A1)"
    assert exporting.safe_cell("+86 10 6532 1234") == "+86 10 6532 1234"
    assert exporting.safe_cell("'plain") == "'plain"


_ADDRESSES = [
    {
        "label": "work",
        "street": "江东中路100号",
        "city": "南京",
        "region": "江苏",
        "postcode": "210019",
        "country": "CN",
    },
    {"label": "home", "street": "Leopoldstraße 1", "city": "München", "region": "Bayern", "country": "DE"},
]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_address_regions_go_out_and_come_back(
    db: Database, tmp_path: Path, fmt: str, new_database_file: Callable[[Path], Path]
) -> None:
    """The region (province, state) of the work and home addresses was lost by the CSV and Excel
    exports (vCards keep it): it has columns of its own, after the others so that theirs stay put."""
    with db.transaction() as s:
        add_contact(s, family_name="Wang", given_name="Fang", addresses=_ADDRESSES)
    path = tmp_path / f"out.{fmt}"
    _export(db, path)
    table = importing.read_table(path)
    assert table.headers[48:50] == ["Address (work): region", "Address (home): region"]
    assert table.headers[:48] == [h for h, _ in exporting.COLUMNS[:48]]
    assert table.headers.index("Address (work): street") == 40  # where it has always been
    assert table.rows[0][1][48:50] == ["江苏", "Bayern"]
    fresh = open_database(new_database_file(tmp_path / "fresh.sqlite"))
    try:
        with fresh.transaction() as s:
            report = importing.import_file(s, path)
        assert len(report.added) == 1 and not report.dropped
        with fresh.reading() as s:
            (c,) = s.scalars(select(m.Contact))
            assert c.addresses == _ADDRESSES
    finally:
        fresh.close()


#: Every label of the e-mails, phones and faxes, and messaging handles of several labels (two WeChat
#: ids, one mobile and one other), as the window lets anyone enter them.
_LABELLED_METHODS = [
    (ContactChannel.EMAIL, ChannelLabel.WORK, "li.na@example.org"),
    (ContactChannel.EMAIL, ChannelLabel.HOME, "lina@home.example"),
    (ContactChannel.EMAIL, ChannelLabel.OTHER, "lina.old@example.net"),
    (ContactChannel.EMAIL, ChannelLabel.MOBILE, "lina@phone.example"),
    (ContactChannel.PHONE, ChannelLabel.OTHER, "+86 25 8888 0000"),
    (ContactChannel.FAX, ChannelLabel.OTHER, "+86 25 8888 0001"),
    (ContactChannel.FAX, ChannelLabel.MOBILE, "+86 25 8888 0002"),
    (ContactChannel.WECHAT, ChannelLabel.MOBILE, "lina_wx"),
    (ContactChannel.WECHAT, ChannelLabel.OTHER, "lina_old_wx"),
    (ContactChannel.WHATSAPP, ChannelLabel.WORK, "+86 139 0000 0000"),
    (ContactChannel.TELEGRAM, ChannelLabel.HOME, "@lina"),
    (ContactChannel.SKYPE, ChannelLabel.OTHER, "live:lina"),
    (ContactChannel.LINE, ChannelLabel.MOBILE, "lina.line"),
]
_HANDLES = [
    {"service": "qq", "handle": "10001"},
    {"service": "icq", "handle": "143823280"},
    {"service": "qq", "handle": "10002"},
    {"service": "other", "handle": "lina: the old one"},
]


def _methods_and_handles(db: Database) -> list[tuple]:
    with db.reading() as s:
        return [
            (
                c.id,
                sorted((cm.channel, cm.label, cm.value) for cm in c.methods if cm.deleted_at is None),
                sorted(tuple(sorted(h.items())) for h in c.other_handles),
            )
            for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)).order_by(m.Contact.id))
        ]


def _cells(path: Path) -> tuple[list[str], list[list[str]]]:
    table = importing.read_table(path)
    return table.headers, [row for _, row in table.rows]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_labels_of_emails_and_handles_go_out_and_come_back(
    db: Database, tmp_path: Path, fmt: str, new_database_file: Callable[[Path], Path]
) -> None:
    """The CSV and Excel exports wrote every e-mail in one column as a work e-mail, a messaging handle
    without its label and the handles of other services (QQ) not at all; vCards keep them. Exported,
    imported into a new file and exported again, the file is the same and so are the labels."""
    with db.transaction() as s:
        add_contact(s, family_name="Li", given_name="Na", methods=_LABELLED_METHODS, other_handles=_HANDLES)
        add_contact(
            s,
            family_name="Wang",
            given_name="Fang",
            methods=[(ContactChannel.WECHAT, ChannelLabel.OTHER, "fang_wx")],
        )
    first = tmp_path / f"first.{fmt}"
    _export(db, first)
    headers, rows = _cells(first)
    assert headers[: len(exporting.COLUMNS) - 13] == [h for h, _ in exporting.COLUMNS[:-13]]  # kept in place
    li, wang = (dict(zip(headers, row, strict=True)) for row in rows)
    assert li["E-mail"] == "li.na@example.org"
    assert (li["E-mail (home)"], li["E-mail (other)"]) == ("lina@home.example", "lina.old@example.net")
    assert (li["WeChat"], li["WeChat label"]) == ("lina_wx; lina_old_wx", "mobile; other")
    assert (li["Skype"], li["Skype label"]) == ("live:lina", "")  # "other", as an empty label cell says
    assert li["QQ"] == "10001; 10002"
    assert li["Messaging handle"] == "icq: 143823280; other: lina: the old one"
    assert (wang["WeChat"], wang["WeChat label"]) == ("fang_wx", "")

    fresh = open_database(new_database_file(tmp_path / "fresh.sqlite"))
    try:
        with fresh.transaction() as s:
            report = importing.import_file(s, first)
        assert len(report.added) == 2 and not report.dropped
        assert _methods_and_handles(fresh) == _methods_and_handles(db)
        second = tmp_path / f"second.{fmt}"
        _export(fresh, second)
    finally:
        fresh.close()
    if fmt == "csv":
        assert second.read_bytes() == first.read_bytes()
    else:
        assert _cells(second) == _cells(first)


def test_label_column_without_one_label_per_handle() -> None:
    """A label column written by hand: one label is every handle's, a handle beyond the labels is
    "other", and the words the import knows elsewhere ("手机", "Work") are labels too."""
    table = importing.Table(
        headers=["Family name", "WeChat", "WeChat label", "WhatsApp", "WhatsApp label"],
        rows=[(2, ["Zhao", "a; b; c", "手机; Work", "+86 139 1; +86 139 2", "home"])],
    )
    (rec,) = importing.records_from_table(table, importing.guess_mapping(table.headers))
    assert rec.methods == [
        (ContactChannel.WECHAT, ChannelLabel.MOBILE, "a"),
        (ContactChannel.WECHAT, ChannelLabel.WORK, "b"),
        (ContactChannel.WECHAT, ChannelLabel.OTHER, "c"),
        (ContactChannel.WHATSAPP, ChannelLabel.HOME, "+86 139 1"),
        (ContactChannel.WHATSAPP, ChannelLabel.HOME, "+86 139 2"),
    ]
