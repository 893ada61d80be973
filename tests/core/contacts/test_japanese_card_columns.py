"""Columns of Japanese business-card apps and sign-up sheets that the import listed as dropped (round 62).

Eight, Sansan (its older Shift_JIS export) and Wantedly People write 会社名フリガナ (the company's
reading), 敬称 (英語) (the English honorific) and 名刺交換日 (the day cards were exchanged); a sign-up
sheet asks for "ID/Passport No.". Each now goes where petdesk keeps it: the reading on a line of the
organisation's notes (it has no reading field), the honorific to ``honorific_en``, the day on an
ISO-dated line of the person's notes (the import makes no activities), the number to
``passport_number`` and never into the notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

SAMPLES = DATA_DIR / "japancols62"


def _contact(db: Database, family_zh: str) -> tuple[m.Contact, list[m.Organisation]]:
    with db.reading() as s:
        person = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == family_zh)).one()
        orgs = [a.organisation for a in person.affiliations]
        return person, orgs


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("eight_cards.csv", "utf-8-sig"),
        ("sansan_cards_sjis.csv", "cp932"),
        ("wantedly_people.csv", "utf-8-sig"),
    ],
)
def test_the_plan_maps_the_card_apps_columns(name: str, encoding: str) -> None:
    loaded = importing.load_file(SAMPLES / name)
    assert loaded.table is not None and loaded.table.encoding == encoding
    mapped = {loaded.table.headers[i]: key for i, key in loaded.mapping.items()}
    assert mapped["会社名フリガナ"] == "organisation_reading"
    assert mapped["敬称 (英語)"] == "honorific_en"
    assert mapped["名刺交換日"] == "card_exchange_date"
    labels = importing.fields_for("contacts")
    assert labels["organisation_reading"] == "Organisation (reading)"
    assert labels["card_exchange_date"] == "Date cards were exchanged"


def test_the_card_apps_columns_are_stored_and_no_longer_dropped(db: Database) -> None:
    reports = []
    with db.transaction() as s:
        for name in ("eight_cards.csv", "sansan_cards_sjis.csv", "wantedly_people.csv"):
            reports.append(importing.import_file(s, SAMPLES / name))
    assert [r.dropped for r in reports] == [{}, {}, {}]
    kobayashi, (midori,) = _contact(db, "小林")
    assert kobayashi.honorific_en == "Mr."
    assert "Met — cards exchanged: 2026-11-12" in kobayashi.notes.splitlines()  # Japanese: names63
    # two people of one company: its reading is on one line of its notes, once
    assert midori.notes.splitlines().count("Organisation name reading: ミドリミズショリ") == 1
    mori, _ = _contact(db, "森")
    assert mori.honorific_en == "Ms."
    watanabe, (kankyo,) = _contact(db, "渡辺")
    assert (watanabe.honorific_en, kankyo.notes) == (
        "Dr.",
        "Organisation name reading: カンキョウエンジニアリング",
    )
    assert "Met — cards exchanged: 2025-03-07" in watanabe.notes.splitlines()
    ishikawa, (green,) = _contact(db, "石川")
    assert "Met — cards exchanged: 2026-10-02" in ishikawa.notes.splitlines()  # no time of day
    assert green.notes == "Organisation name reading: グリーンサーキュラー"


def test_an_id_or_passport_column_is_the_passport_number_not_a_note(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "signup_sheet.csv")
    assert "ID/Passport No." not in report.dropped
    with db.reading() as s:
        people = {c.given_name: c for c in s.scalars(select(m.Contact))}
        numbers = {c.passport_number for c in people.values()}
        assert numbers == {"N12345678", "A9876543"}
        assert not any("12345678" in c.notes or "9876543" in c.notes for c in people.values())


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "Dry run, nothing changed: 2 added"), ("zh_CN", "试运行，未做任何更改：新增 2 条")],
)
def test_the_dry_run_no_longer_lists_them_as_dropped(
    db: Database, lang: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(SAMPLES / n) for n in ("eight_cards.csv", "signup_sheet.csv")]
    for file in files:
        assert main(["--lang", lang, "--db", str(db.path), "import-contacts", "--dry-run", file]) == 0
        out = capsys.readouterr().out
        assert said in out
        for header in ("会社名フリガナ", "敬称 (英語)", "名刺交換日", "ID/Passport No."):
            assert header not in out, (lang, header)
    mapping = ["--lang", lang, "--db", str(db.path), "import-contacts", "--show-mapping", files[0]]
    assert main(mapping) == 0
    shown = capsys.readouterr().out
    for header, key in (
        ("会社名フリガナ", "organisation_reading"),
        ("敬称 (英語)", "honorific_en"),
        ("名刺交換日", "card_exchange_date"),
    ):
        assert any(header in line and line.rstrip().endswith(f"-> {key}") for line in shown.splitlines())


def test_a_reading_without_a_company_stays_with_the_person(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "cards.csv"
    sheet.write_text("氏名,会社名フリガナ,名刺交換日\n佐々木 翔,ミドリ,2026/13/45\n", encoding="utf-8-sig")
    with db.transaction() as s:
        assert importing.import_file(s, sheet).dropped == {}
    with db.reading() as s:
        sasaki = s.scalars(select(m.Contact)).one()
        assert sasaki.affiliations == []
        # a day that is none is kept as typed: nothing of the file is lost
        assert sasaki.notes.splitlines() == [
            "Met — cards exchanged: 2026/13/45",  # a Japanese name: English labels (names63)
            "Organisation name reading: ミドリ",
        ]
