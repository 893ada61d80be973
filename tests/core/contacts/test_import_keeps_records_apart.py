"""Rows of one file that carry ids of their own stay separate records, even when they share an e-mail:
an office's whole export imported into an empty file gives every contact back (it gave 1,118 fewer
of the 100,000 demo contacts, merged into others unseen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import exporting, importing
from tests.core.contacts.io_helpers import add_contact

MAILBOX = [(ContactChannel.EMAIL, ChannelLabel.WORK, "office@green-tech.example")]


def _twins(db: Database) -> tuple[str, str]:
    """The same person entered twice (as offices do), kept as two records with one mailbox."""
    with db.transaction() as s:
        twins = [
            add_contact(s, family_name="Zhang", given_name="Wei", methods=MAILBOX, notes=notes)
            for notes in ("met in Bonn", "met in Kunming")
        ]
        return twins[0].id, twins[1].id


def _contacts(db: Database) -> dict[str, str]:
    with db.reading() as s:
        live = select(m.Contact.id, m.Contact.notes).where(m.Contact.deleted_at.is_(None))
        return dict(s.execute(live).all())


@pytest.mark.parametrize("fmt", ["csv", "vcf", "xlsx"])
def test_an_export_imported_into_an_empty_file_gives_every_contact_back(
    db: Database, tmp_path: Path, fmt: str
) -> None:
    first, second = _twins(db)
    path = tmp_path / f"all.{fmt}"
    with db.reading() as s:
        exporting.export_contacts(s, path, fmt)  # type: ignore[arg-type]
    other = open_database(tmp_path / "other.sqlite")
    try:
        with other.transaction() as s:
            report = importing.import_file(s, path)
        assert len(report.added) == 2 and not report.updated
        [flagged] = report.possible_matches
        assert "another record of the file" in flagged.reason
        assert "office@green-tech.example" in flagged.reason
        assert _contacts(other) == {first: "met in Bonn", second: "met in Kunming"}
    finally:
        other.close()


def test_rows_without_ids_that_share_an_e_mail_are_still_one_person(db: Database, tmp_path: Path) -> None:
    """A list typed by hand names a person twice: the second row completes the first."""
    path = tmp_path / "list.csv"
    path.write_text(
        "Family name,Given name,E-mail,Mobile\n"
        "Zhang,Wei,office@green-tech.example,\n"
        "Zhang,Wei,office@green-tech.example,+86 138 0013 8000\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert len(report.added) == 1 and len(report.updated) == 1
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Contact)) == 1


def test_a_row_with_its_own_id_still_updates_a_person_known_before(db: Database, tmp_path: Path) -> None:
    """Another office's export meets the person this office entered itself: same e-mail, one person."""
    with db.transaction() as s:
        known = add_contact(s, family_name="Zhang", given_name="Wei", methods=MAILBOX).id
    other = open_database(tmp_path / "other.sqlite")
    try:
        with other.transaction() as s:
            add_contact(s, family_name="Zhang", given_name="Wei", methods=MAILBOX, notes="met in Bonn")
        path = tmp_path / "theirs.vcf"
        with other.reading() as s:
            exporting.export_contacts(s, path, "vcf")
    finally:
        other.close()
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert not report.added and len(report.updated) == 1
    assert _contacts(db) == {known: "met in Bonn"}
