"""Genders are stored as the codes of ``labels.GENDERS`` (what the editor stores): every file petdesk
writes imports back to the code, whatever spelling the contact held."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import labels
from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import exporting, importing
from tests.core.contacts.io_helpers import add_contact

#: Stored spelling -> the code an import stores: the codes themselves, the words the demo and
#: older versions stored, the labels the window shows in both languages.
_SPELLINGS = {
    **{code: code for code in labels.GENDERS},
    **{code.upper(): code for code in labels.GENDERS},
    "male": "m",
    "female": "f",
    "other": "o",
    "Male": "m",
    "男": "m",
    "女": "f",
    "其他": "o",
    "Unknown": "u",
    "未知": "u",
    "无或不适用": "n",
}
#: Family names of the contacts, one per spelling (names alike would be read as one person).
_NAMES = [
    "Adams", "Baker", "Clark", "Davis", "Evans", "Foster", "Green", "Hughes", "Irving", "Jones",
    "King", "Lewis", "Moore", "Nash", "Owen", "Price", "Quinn", "Reed", "Scott", "Turner",
]  # fmt: skip
_FORMATS = [("csv", "4.0"), ("xlsx", "4.0"), ("vcf", "3.0"), ("vcf", "4.0")]


def _genders(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {c.family_name: c.gender for c in s.scalars(select(m.Contact))}


@pytest.mark.parametrize(("fmt", "version"), _FORMATS)
def test_every_gender_imports_as_its_code(
    db: Database, tmp_path: Path, fmt: str, version: str, new_database_file: Callable[[Path], Path]
) -> None:
    with db.transaction() as s:
        for name, spelling in zip(_NAMES, _SPELLINGS, strict=False):
            add_contact(s, family_name=name, given_name="Sam", gender=spelling)
    path = tmp_path / f"out.{fmt}"
    with db.reading() as s:
        exporting.export_contacts(s, path, fmt, vcard_version=version)  # type: ignore[arg-type]
    other = open_database(new_database_file(tmp_path / "other.sqlite"))
    try:
        with other.transaction() as s:
            importing.import_file(s, path)
        imported = _genders(other)
    finally:
        other.close()
    assert imported == dict(zip(_NAMES, _SPELLINGS.values(), strict=False))


def test_gender_code_reads_every_spelling() -> None:
    assert {spelling: labels.gender_code(spelling) for spelling in _SPELLINGS} == _SPELLINGS
    assert labels.gender_code("diverse") == "diverse"  # a word petdesk does not know stays as it is
