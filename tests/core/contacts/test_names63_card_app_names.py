"""names63: Eight's CSV export (姓 / 名 apart, 会社名フリガナ, 名刺交換日, no reading of the person's name)
gave its people no name language: 小林 / 健太 was stored as Chinese, while the same name from the one
column of Sansan's (Shift_JIS) or Wantedly's export (a kana reading) is Japanese. A file with a
Japanese card app's own columns now reads its names in Han as Japanese, as a Shift_JIS file does
(and, as there, a row whose country is China keeps its Chinese name). And the import's notes lines of
a Japanese person were labelled in Chinese (交换名片：, 工号：) beside the English "Organisation name
reading": they follow the language of the person's name, English for a Japanese one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

EIGHT = DATA_DIR / "japancols62" / "eight_cards.csv"


def _person(db: Database, family_zh: str) -> m.Contact:
    with db.reading() as s:
        return s.scalars(select(m.Contact).where(m.Contact.family_name_zh == family_zh)).one()


def test_names63_eights_names_apart_are_japanese_as_from_one_column(db: Database, tmp_path: Path) -> None:
    one_column = tmp_path / "cards.csv"  # the same person, whole, with a reading (Wantedly's columns)
    one_column.write_text(
        "氏名,フリガナ,会社名フリガナ\n小林 健太,コバヤシ ケンタ,ミドリ\n", encoding="utf-8-sig"
    )
    (whole,) = importing.load_file(one_column).records
    (kobayashi, *_) = importing.load_file(EIGHT).records
    assert (whole.family_name_zh, whole.given_name_zh, whole.native_name_language) == ("小林", "健太", "ja")
    assert (kobayashi.family_name_zh, kobayashi.given_name_zh) == ("小林", "健太")
    assert kobayashi.native_name_language == "ja"  # was "": Chinese


def test_names63_a_chinese_row_of_a_card_app_stays_chinese(tmp_path: Path) -> None:
    sheet = tmp_path / "cards.csv"
    sheet.write_text("姓,名,国籍,名刺交換日\n王,伟,中国,2026/11/12\n", encoding="utf-8-sig")
    (wang,) = importing.load_file(sheet).records
    assert (wang.family_name_zh, wang.given_name_zh, wang.native_name_language) == ("王", "伟", "")
    assert wang.notes == "交换名片：2026-11-12"  # a Chinese name: Chinese labels, as before


def test_names63_a_japanese_persons_notes_lines_are_in_english(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "cards.csv"
    sheet.write_text(
        "氏名,氏名フリガナ,会社名フリガナ,名刺交換日,工号\n渡辺 誠,ワタナベ マコト,ミドリ,2025/03/07,A0012\n",
        encoding="utf-8-sig",
    )
    (watanabe,) = importing.load_file(sheet).records
    assert watanabe.native_name_language == "ja"
    assert watanabe.notes.splitlines() == [
        "Employee number: A0012",
        "Met — cards exchanged: 2025-03-07",
        "Organisation name reading: ミドリ",
    ]
