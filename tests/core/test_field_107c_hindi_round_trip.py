"""ICLEI South Asia in New Delhi (field test 107, third part): a Hindi name beside the English one
goes out and comes back as it was.

Before: a vCard said the Hindi name was Chinese (LANGUAGE=zh-Hans) and the import made मीना कुमारी the
person's name, her English name and honorific lost ("女士" became the English one); a CSV or Excel
file came back without the language "hi" and its "Full name" (the Hindi name) was reported as a
display name that differs; saving the person in the editor set the language to "" (Chinese)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts, exporting, importing

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field107"
COLUMNS = ("family_name", "given_name", "family_name_zh", "given_name_zh", "native_name_language")


def _names(db: Database) -> dict[str, tuple[str, ...]]:
    """Each live contact's names, language and honorifics, by family name."""
    with db.reading() as s:
        people = s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        fields = (*COLUMNS, "honorific_en", "honorific_zh")
        return {c.family_name: tuple(getattr(c, k) or "" for k in fields) for c in people}


@pytest.mark.parametrize(("fmt", "version"), [("vcf", "4.0"), ("vcf", "3.0"), ("csv", ""), ("xlsx", "")])
def test_export_and_import_keep_the_hindi_name_and_its_language(
    db: Database, db_path: Path, tmp_path: Path, fmt: str, version: str
) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "iclei_sa_partners.csv")
    before = _names(db)
    assert before["Kumari"] == ("Kumari", "Meena", "मीना कुमारी", "", "hi", "Smt.", "女士")
    out = tmp_path / f"out.{fmt}"
    with db.reading() as s:
        exporting.export_contacts(s, out, fmt, vcard_version=version or "4.0")  # type: ignore[arg-type]
    if fmt == "csv":  # the English name is the full name, as lists write it first
        assert "Meena Kumari" in out.read_text(encoding="utf-8-sig")
    from petdesk.db import open_database

    other = open_database(tmp_path / "other.sqlite")
    try:
        with other.transaction() as s:
            report = importing.import_file(s, out)
        assert not report.dropped
        assert _names(other) == before
    finally:
        other.close()


def test_saving_the_person_keeps_the_name_language(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "iclei_sa_partners.csv")
    with db.transaction() as s:
        meena = s.scalars(select(m.Contact).where(m.Contact.family_name == "Kumari")).one()
        contacts.update_contact(s, meena.id, dietary_needs="vegetarian")
    with db.reading() as s:
        meena = s.scalars(select(m.Contact).where(m.Contact.family_name == "Kumari")).one()
        assert (meena.family_name_zh, meena.native_name_language) == ("मीना कुमारी", "hi")
