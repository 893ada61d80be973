"""The sign-in sheet says once, as a footnote, that a name is pinyin for want of the person's own
spelling: field test 68 printed "拼音；未记录本人的拼写" under every Chinese name of a sheet people sign."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import person

NOTES = {"zh_CN": "拼音；未记录本人的拼写", "en": "pinyin;nospellingoftheirownonrecord"}


def _training(db: Database, chinese_only: tuple[str, ...]) -> str:
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sponge city", start_date=dt.date(2026, 12, 10), end_date=dt.date(2026, 12, 10)
        )
        ts.add_session(
            s, t.id, title_en="Day 1", start=dt.datetime(2026, 12, 10, 9), end=dt.datetime(2026, 12, 10, 17)
        )
        for n, zh in enumerate(chinese_only):
            ts.register(s, t.id, person(s, "", "", zh, email=f"{n}@example.cn").id)
        ts.register(s, t.id, person(s, "Anna", "Weber", email="anna@example.de").id)
        return t.id


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_note_is_printed_once_and_the_pinyin_marked(
    db: Database, tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tid = _training(db, ("王建国", "赵磊", "陈志强"))
    pdf = tmp_path / "signin.pdf"
    at = ["--db", str(db.path), "--lang", lang, "dossier", "training", tid[:8]]
    assert main([*at, "--sections", "signin", "--out", str(pdf)]) == 0
    text = flat("".join(pdftotext_pages(pdf)))
    # once per language column (the sheet is bilingual), not once per name
    assert text.count(NOTES["zh_CN"]) == 1 and text.count(NOTES["en"]) == 1
    assert all(f"{name}*" in text for name in ("WangJianguo", "ZhaoLei", "ChenZhiqiang"))
    assert "AnnaWeber*" not in text
    # the participant list, which protocol staff copy names from, keeps the note under each name
    listing = tmp_path / "participants.pdf"
    assert main([*at, "--sections", "participants", "--out", str(listing)]) == 0
    capsys.readouterr()
    assert flat("".join(pdftotext_pages(listing))).count(NOTES[lang]) == 3


def test_no_footnote_without_a_pinyin_name(db: Database, tmp_path: Path) -> None:
    tid = _training(db, ())
    pdf = tmp_path / "signin.pdf"
    at = ["--db", str(db.path), "dossier", "training", tid[:8], "--sections", "signin", "--out", str(pdf)]
    assert main(at) == 0
    text = flat("".join(pdftotext_pages(pdf)))
    assert NOTES["en"] not in text and "*" not in text
