"""A person's data PDF speaks words in their language, one date format (review of round 56).

The copy printed stored codes and JSON ("Gender: f", 'Languages: ["zh","en"]', "Written as:
family_first", "Kind: email", a follow-up's "Kind: training_session") and two date formats side by
side ("Starts: 2026-10-02T00:00:00.000000+00:00" beside "Created: 2026-09-10 06:01 UTC"). The JSON
copy, for machines, keeps the stored values.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

from petdesk.db import Database
from petdesk.i18n import format_date
from petdesk.services import activities, privacy, trainings
from petdesk.services import contacts as contact_service

_CODES = re.compile(r'family_first|given_first|training_session|\["|: (f|m|email)\b')
_ISO = re.compile(r"\d{4}-\d\d-\d\d")


def _person(db: Database, languages: list[str]) -> str:
    with db.transaction() as session:
        person = contact_service.create_contact(
            session,
            family_name="Fischer",
            given_name="Claudia",
            gender="f",
            languages=languages,
            tags=["staff"],
            name_order="family_first",
            methods=[contact_service.Method("email", "claudia@example.org")],
        )
        training = trainings.create_training(
            session, title_en="Sludge drying", start_date=dt.date(2026, 10, 2), end_date=dt.date(2026, 10, 3)
        )
        session.flush()
        sess = trainings.add_session(
            session,
            training.id,
            title_en="Opening",
            start=dt.datetime(2026, 10, 2, 1, 0, tzinfo=dt.UTC),
            end=dt.datetime(2026, 10, 2, 2, 0, tzinfo=dt.UTC),
        )
        trainings.register(session, training.id, person.id)
        activities.add_activity(
            session, kind="email", subject="Slides", contact_id=person.id, occurred_at=sess.starts_at
        )
        return person.id


def _text(db: Database, cid: str, locale: str | None = None) -> str:
    data = privacy.export_person(db, cid)
    lines = privacy.pdf_lines(data, locale) if locale else privacy.pdf_lines(data)
    return "\n".join(t for t, _h in lines)


def test_codes_read_as_the_window_says_them_in_english(db: Database) -> None:
    cid = _person(db, ["en", "zh"])
    text = _text(db, cid)
    for line in ("Gender: Female", "Languages: English, Chinese", "Tags: staff", "• Kind: E-mail; When: "):
        assert line in text, text
    assert "Written as: Family name first" in text or "Written as: Family name" in text, text
    assert not _CODES.search(text), _CODES.search(text)


def test_one_date_format_and_no_iso_times(db: Database) -> None:
    cid = _person(db, ["en"])
    text = _text(db, cid)
    assert not _ISO.search(text), _ISO.search(text)
    assert " UTC" not in text.replace("UTC+", "").replace("UTC−", "")
    today = format_date(dt.datetime.now(dt.UTC).astimezone().date(), "en")
    assert f"Created: {today}" in text


def test_a_chinese_speaker_reads_chinese_words(db: Database) -> None:
    cid = _person(db, ["zh", "en"])
    text = _text(db, cid)  # the person's own language by default
    for line in ("性别: 女", "标签: staff", "方式: 电子邮件"):
        assert line in text, text
    assert "Gender" not in text and "female" not in text.lower()
    assert not _ISO.search(text), _ISO.search(text)


def test_the_json_copy_keeps_the_stored_values(db: Database, tmp_path: Path) -> None:
    cid = _person(db, ["zh", "en"])
    data = privacy.export_person(db, cid)
    assert data["person"]["gender"] == "f" and data["person"]["name_order"] == "family_first"
    assert data["contact_method"][0]["channel"] == "email"


def test_the_printed_pdf_has_the_words(db: Database, tmp_path: Path) -> None:
    cid = _person(db, ["en"])
    out = tmp_path / "person.pdf"
    privacy.write_pdf(privacy.export_person(db, cid), out, logged_in=db)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Gender: Female" in text and "Kind: E-mail" in text
    assert not _ISO.search(text)
