"""A person's copy of their data holds every row about them (field test 96).

A table that names a contact in two columns (a training registration: the attendee and the
substitute; a follow-up: the person it is about and its owner) lost the person's own rows from the
copy: the office's rows (substitute, owner) overwrote the section. And the files that carried the
person's data out of the office (the export log) were not in the copy at all.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import export_log, follow_ups, privacy, trainings


def _katrin(db: Database) -> dict[str, str]:
    with db.transaction() as session:
        katrin = contact_service.create_contact(session, family_name="Vogel", given_name="Katrin")
        owner = contact_service.create_contact(session, family_name="Sun", given_name="Mei")
        training = trainings.create_training(
            session, title_en="Sludge drying", start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 2)
        )
        part = trainings.register(session, training.id, katrin.id)
        about = follow_ups.add(
            session, kind="contact", record_id=katrin.id, title_en="Send brochure", owner_id=owner.id
        )
        owned = follow_ups.add(
            session, kind="contact", record_id=owner.id, title_en="Call", owner_id=katrin.id
        )
        return {
            "katrin": katrin.id,
            "owner": owner.id,
            "part": part.id,
            "about": about.id,
            "owned": owned.id,
        }


def test_copy_holds_trainings_and_follow_ups_about_the_person(db: Database) -> None:
    ids = _katrin(db)
    data = privacy.export_person(db, ids["katrin"])
    assert [r["id"] for r in data["training_participant"]] == [ids["part"]]
    assert {r["id"] for r in data["follow_up"]} == {ids["about"], ids["owned"]}
    headings = [text for text, heading in privacy.pdf_lines(data) if heading]
    assert any(h.startswith("Trainings / 培训 (1)") for h in headings), headings
    assert any(h.startswith("Follow-ups") and h.endswith("(2)") for h in headings), headings


def test_copy_lists_the_files_that_carried_the_person(db: Database, tmp_path: Path) -> None:
    ids = _katrin(db)
    export_log.record_through(db, "contacts", tmp_path / "hamburg.vcf", 2, [ids["katrin"], ids["owner"]])
    export_log.record_through(db, "contacts", tmp_path / "others.vcf", 1, [ids["owner"]])
    # made by a Chinese-speaking office for a German partner: the copy's sentences are English
    data = privacy.export_person(db, ids["katrin"], "zh_CN")
    assert [r["file_name"] for r in data["export_log"]] == ["hamburg.vcf"]
    text = "\n".join(t for t, _h in privacy.pdf_lines(data))
    assert "exported 2 contacts to hamburg.vcf" in text
    assert "others.vcf" not in text


def test_the_pdf_reads_as_words_not_columns(db: Database) -> None:
    """The copy is for the person: field labels, a training by its title, times to the minute; no
    column names, ids or microseconds (it was the database's own words)."""
    ids = _katrin(db)
    data = privacy.export_person(db, ids["katrin"])
    text = "\n".join(t for t, _h in privacy.pdf_lines(data))
    assert "Family name: Vogel" in text
    assert "Training: Sludge drying" in text
    assert "family_name" not in text and "training_id" not in text
    assert ids["part"] not in text
    assert not re.search(r"\d\d:\d\d:\d\d\.\d{6}", text)


def test_a_photo_is_named_not_printed_as_base64(db: Database) -> None:
    with db.transaction() as session:
        cid = contact_service.create_contact(
            session, family_name="Vogel", given_name="Katrin", photo="image/jpeg;base64," + "QUJD" * 2000
        ).id
    text = "\n".join(t for t, _h in privacy.pdf_lines(privacy.export_person(db, cid)))
    assert "Photo: a photo is held" in text and "QUJDQUJD" not in text


def test_a_yes_or_no_field_reads_yes_not_one(db: Database) -> None:
    """The person who asked not to be contacted read "Do not contact: 1" and "0 -> 1" in their copy."""
    from petdesk.services import do_not_contact

    with db.transaction() as session:
        cid = contact_service.create_contact(session, family_name="Vogel", given_name="Katrin").id
    with db.transaction() as session:
        do_not_contact.set_mark(session, cid)
    text = "\n".join(t for t, _h in privacy.pdf_lines(privacy.export_person(db, cid)))
    # the history reads as the window's (round 56: "'no' -> 'yes'" was Python's quoting)
    assert "Do not contact: yes" in text and "Do not contact: no → yes" in text
    assert "Do not contact: 1" not in text and "0 -> 1" not in text
