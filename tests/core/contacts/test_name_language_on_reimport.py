"""An older record with a Hangul or kana name and no stored language (saved before the editor set
"ko"/"ja") is not "updated" by re-importing its own export (field test 51, defect 4): its language is
what its script says, read so wherever it is used (exports, dossier), and the file saying the same
is no news. The stored value stays as it was, so no office's synced record changes by an import.
A Han-only name the file calls Korean is news, and is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier.data import gather_visit
from petdesk.dossier.namecards import card_for
from petdesk.services import contacts as cs
from petdesk.services import exporting, importing
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import dump

#: (family, given, native family, native given): Korean, Japanese with kana, Chinese.
PEOPLE = [
    ("Park", "Jihoon", "박", "지훈"),
    ("Sato", "Sakura", "佐藤", "さくら"),
    ("Zhang", "Wei", "张", "伟"),
]


@pytest.fixture
def older_records(db: Database) -> None:
    with db.transaction() as s:
        for family, given, family_native, given_native in PEOPLE:
            cs.create_contact(
                s,
                family_name=family,
                given_name=given,
                family_name_zh=family_native,
                given_name_zh=given_native,
            )
        s.execute(text("UPDATE contact SET native_name_language = ''"))  # as saved before 0043


@pytest.mark.parametrize("fmt", ["vcf", "csv", "xlsx"])
def test_reimporting_the_own_export_changes_nothing(
    db: Database, older_records: None, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"own.{fmt}"
    with db.reading() as s:
        exporting.export_contacts(s, out, fmt)  # type: ignore[arg-type]
    before = dump(db)
    with db.transaction() as s:
        report = importing.import_file(s, out)
    updated = [(o.name, o.changes) for o in report.outcomes if o.action == "updated"]
    assert updated == [] and report.counts.get("skipped") == 3
    assert dump(db) == before


def test_a_han_name_the_file_calls_korean_is_updated(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        kim = cs.create_contact(
            s, family_name="Kim", given_name="Minjun", family_name_zh="金", given_name_zh="敏俊"
        )
    card = tmp_path / "kim.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\n"
        f"UID:urn:uuid:{exporting.uuid_text(kim.id)}\r\n"
        "FN:Kim Minjun\r\nN:Kim;Minjun;;;\r\n"
        "FN;LANGUAGE=ko:金敏俊\r\nN;LANGUAGE=ko;ALTID=1:金;敏俊;;;\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, card)
    [outcome] = report.outcomes
    assert outcome.action == "updated" and "native_name_language" in outcome.changes


def test_the_dossier_reads_an_older_hangul_record_as_korean(db: Database, older_records: None) -> None:
    """The name card of 박지훈 (Jihoon Park, given name first in Latin) puts his own script first, as
    for a record that says "ko"."""
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Cards", start_date=dt.date(2027, 3, 24), end_date=dt.date(2027, 3, 24)
        )
        park = s.scalars(select(m.Contact).where(m.Contact.family_name == "Park")).one()
        vs.add_participant(s, visit.id, park.id, "delegate")
        visit_id = visit.id
    with db.reading() as s:
        [person] = [p.person for p in gather_visit(s, visit_id).participants]
    assert person.native_name_language == "ko"
    assert card_for(person).first == "박지훈"
