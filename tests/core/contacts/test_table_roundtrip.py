"""CSV and Excel files exported by petdesk import back to the same values, into the same database and
into a new one."""

from __future__ import annotations

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
def test_formula_like_values_import_into_new_database(db: Database, tmp_path: Path, fmt: str) -> None:
    _formula_people(db)
    path = tmp_path / f"out.{fmt}"
    _export(db, path)
    other = open_database(tmp_path / "other.sqlite")
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
def test_address_regions_go_out_and_come_back(db: Database, tmp_path: Path, fmt: str) -> None:
    """The region (province, state) of the work and home addresses was lost by the CSV and Excel
    exports (vCards keep it): it has columns of its own, after the others so that theirs stay put."""
    with db.transaction() as s:
        add_contact(s, family_name="Wang", given_name="Fang", addresses=_ADDRESSES)
    path = tmp_path / f"out.{fmt}"
    _export(db, path)
    table = importing.read_table(path)
    assert table.headers[-2:] == ["Address (work): region", "Address (home): region"]
    assert table.headers[: len(exporting.COLUMNS) - 2] == [h for h, _ in exporting.COLUMNS[:-2]]
    assert table.headers.index("Address (work): street") == 40  # where it has always been
    assert table.rows[0][1][-2:] == ["江苏", "Bayern"]
    fresh = open_database(tmp_path / "fresh.sqlite")
    try:
        with fresh.transaction() as s:
            report = importing.import_file(s, path)
        assert len(report.added) == 1 and not report.dropped
        with fresh.reading() as s:
            (c,) = s.scalars(select(m.Contact))
            assert c.addresses == _ADDRESSES
    finally:
        fresh.close()
