"""Review 62: a Japanese company's reading (会社名フリガナ of Eight, Sansan, Wantedly People) was
labelled in Chinese in the organisation's notes ("机构名称读音：…") because its name is written in
Han. The import labels its notes lines in the language of the name they describe; a name a Japanese
card app reads out is Japanese, so the line is in English. An organisation an earlier import noted
in Chinese gets no second line."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

SAMPLES = DATA_DIR / "japancols62"


def _notes(db: Database, name_zh: str) -> list[str]:
    with db.reading() as s:
        org = s.scalars(select(m.Organisation).where(m.Organisation.name_zh == name_zh)).one()
        return (org.notes or "").splitlines()


def test_reviewfix62_a_japanese_companys_reading_is_not_labelled_in_chinese(db: Database) -> None:
    with db.transaction() as s:
        for name in ("eight_cards.csv", "sansan_cards_sjis.csv"):
            importing.import_file(s, SAMPLES / name)
    assert _notes(db, "株式会社ミドリ水処理") == ["Organisation name reading: ミドリミズショリ"]
    assert _notes(db, "環境エンジニアリング株式会社") == [
        "Organisation name reading: カンキョウエンジニアリング"
    ]


def test_reviewfix62_an_earlier_chinese_line_is_not_said_twice(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "eight_cards.csv")
        org = s.scalars(select(m.Organisation).where(m.Organisation.name_zh == "株式会社ミドリ水処理")).one()
        org.notes = "机构名称读音：ミドリミズショリ"  # as round 62's import wrote it
    sheet = tmp_path / "more_cards.csv"  # a new colleague of the same company
    sheet.write_text(
        "会社名,会社名フリガナ,姓,名\n株式会社ミドリ水処理,ミドリミズショリ,高橋,直樹\n", encoding="utf-8-sig"
    )
    with db.transaction() as s:
        assert len(importing.import_file(s, sheet).added) == 1
    assert _notes(db, "株式会社ミドリ水処理") == ["机构名称读音：ミドリミズショリ"]
