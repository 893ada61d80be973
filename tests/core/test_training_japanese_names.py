"""A training's lists (the participants tab, the sign-in sheet, the attendance report) give a Japanese
participant without a Latin name the Hepburn of his kana reading in English and file him by it, as the
visit lists and the dossier do (japan52): 佐藤 健 read さとう けん is "Sato Ken" among the S names, not
the kanji among the Z names (their pinyin "zuo teng")."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import attendance, training_form
from petdesk.services import contacts as cs
from petdesk.services import trainings as ts

DAY = dt.date(2026, 6, 2)


def _training(db: Database) -> str:
    with db.transaction() as s:
        t = ts.create_training(s, title_en="Sludge", title_zh="污泥处理", start_date=DAY, end_date=DAY)
        sid = ts.add_session(
            s, t.id, title_en="S", start=dt.datetime(2026, 6, 2, 9), end=dt.datetime(2026, 6, 2, 12)
        ).id
        sato = cs.create_contact(
            s,
            family_name_zh="佐藤",
            given_name_zh="健",
            phonetic_family_name="さとう",
            phonetic_given_name="けん",
            native_name_language="ja",
        ).id
        people = [
            sato,
            cs.create_contact(s, given_name="Anna", family_name="Rossi").id,
            cs.create_contact(s, given_name="Tom", family_name="Young").id,
        ]
        for cid in people:
            ts.register(s, t.id, cid)
            ts.set_attendance(s, sid, cid, "present")
        return t.id


def test_the_sign_in_sheet_and_the_report_list_him_as_sato_ken(db: Database) -> None:
    tid = _training(db)
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, tid)
        report = attendance.attendance_report(s, tid, lang="en")
    assert [r.name("en") for r in sheet.rows] == ["Anna Rossi", "Sato Ken (佐藤健)", "Tom Young"]
    assert [p.name for p in report.people] == ["Anna Rossi", "Sato Ken / 佐藤健", "Tom Young"]


def test_the_participants_tab_shows_the_hepburn_in_english_and_as_the_other_name_in_chinese(
    db: Database,
) -> None:
    tid = _training(db)
    with db.reading() as s:
        en = training_form.read_training_form(s, tid, "en").participants
        zh = training_form.read_training_form(s, tid, "zh").participants
    assert [(p.name, p.other_name) for p in en] == [
        ("Anna Rossi", ""),
        ("Sato Ken", "佐藤健"),
        ("Tom Young", ""),
    ]
    assert ("佐藤健", "Sato Ken") in [(p.name, p.other_name) for p in zh]
