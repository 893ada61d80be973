"""vCards that Apple's Address Book and DAVx5 (then DAVdroid) on Android really wrote (issue 13).

Each file is listed in tests/data/README.md with its repository, path, commit and licence. The tests
import them as a user would, through the import service and once through the command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

REAL = DATA_DIR / "real"


def _import(db: Database, name: str) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, REAL / name)


def _only_person(db: Database) -> tuple[m.Contact, set[tuple[ContactChannel, ChannelLabel, str]], list[str]]:
    with db.reading() as s:
        (c,) = s.scalars(select(m.Contact)).all()
        methods = {(cm.channel, cm.label, cm.value) for cm in c.methods}
        orgs = [a.organisation.name_en for a in c.affiliations]
        return c, methods, orgs


def test_apple_address_book_card_in_japanese_keeps_every_double_byte_character(db: Database) -> None:
    """apple_addressbook_japanese.vcf: a Mac OS X Address Book card (CRLF, ``X-ABADR``, ``…:ABPerson``
    UID) with a kana name, a Japanese note and an address."""
    assert (REAL / "apple_addressbook_japanese.vcf").read_bytes().count(b"\r\n") == 12
    report = _import(db, "apple_addressbook_japanese.vcf")
    assert (report.count("added"), report.dropped, report.warned) == (1, {}, 0)
    c, methods, orgs = _only_person(db)
    # N:バイト;ダブル — family name first, in its own script; not moved into the Latin fields.
    assert (c.family_name_zh, c.given_name_zh, c.native_name_language) == ("バイト", "ダブル", "ja")
    assert (c.family_name, c.given_name) == ("", "")
    assert c.notes == "日本ですよ。"
    assert c.addresses == [
        {
            "label": "work",
            "street": "1-23-4 Iroh #1",
            "city": "Tokyo",
            "region": "Japan",
            "postcode": "33-3333",
            "country": "Japan",
        }
    ]
    assert (ContactChannel.EMAIL, ChannelLabel.WORK, "doublebytes@example.com") in methods
    # The card gives one number twice (work and mobile): kept once.
    assert {v for ch, _, v in methods if ch == ContactChannel.PHONE} == {"81-123456789"}
    assert orgs == []


def test_davdroid_card_from_evolution_reports_only_what_it_really_drops(db: Database) -> None:
    """davdroid_from_evolution.vcf: DAVdroid 1.11 wrote back a card that came from Evolution, with
    Evolution's empty ``CALURI:``, ``FBURL:``, ``URL:``, ``X-EVOLUTION-*-URL:`` lines and a broken
    ``REV``. The report listed five of those empty lines as dropped although they hold nothing."""
    report = _import(db, "davdroid_from_evolution.vcf")
    assert report.count("added") == 1
    # Thunderbird's "prefers HTML mail" flag is the only value petdesk has no field for.
    assert report.dropped == {"X-MOZILLA-HTML": 1}
    assert "CALURI" not in report.summary() and "X-MOZILLA-HTML" in report.summary()
    c, methods, orgs = _only_person(db)
    assert (c.given_name, c.family_name) == ("Loïc", "Xxxxxx-xxxx")  # "ï" intact
    assert methods == {(ContactChannel.EMAIL, ChannelLabel.WORK, "loic.Xxxxxx-xxxx@xxxxxxxmail.com")}
    assert orgs == ["xxxxxxxmail"]
    assert c.websites == [] and c.related_names == []  # the empty URL and X-EVOLUTION-SPOUSE: nothing


def test_davdroid_card_with_untyped_fax_and_voice_of_one_number(db: Database) -> None:
    """davdroid_1_3_fax_voice.vcf: DAVdroid 1.3 (vCard 4.0, PRODID folded mid-word, ``REV`` with
    ``VALUE=timestamp``): one number as ``TEL;TYPE=fax`` and as ``TEL;TYPE=voice``."""
    report = _import(db, "davdroid_1_3_fax_voice.vcf")
    assert (report.count("added"), report.dropped) == (1, {})
    c, methods, _ = _only_person(db)
    assert (c.given_name, c.family_name) == ("Name", "Name")
    assert methods == {
        (ContactChannel.FAX, ChannelLabel.WORK, "+49000000"),
        (ContactChannel.PHONE, ChannelLabel.WORK, "+49000000"),
    }


def test_the_command_line_imports_the_davdroid_card_and_names_what_it_drops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.cli import main

    db = ["--db", str(tmp_path / "office.sqlite")]
    assert main([*db, "import-contacts", str(REAL / "davdroid_from_evolution.vcf")]) == 0
    out = capsys.readouterr().out
    assert "1 added, 0 updated, 0 skipped" in out, out
    assert "dropped: 1 × X-MOZILLA-HTML" in out and "FBURL" not in out, out
