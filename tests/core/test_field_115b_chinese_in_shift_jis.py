"""Field test 115, follow-up: a Chinese partner (国/地域 中国) in the Tokyo office's Shift_JIS Outlook
export was stored as a Japanese name, because the file's encoding decided the language of every
name in Han characters. The row's country now wins over the encoding; a row in Japan stays Japanese."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing

HEADER = '"敬称","名","姓","会社名","国/地域 (会社)","電子メール アドレス"\r\n'


def test_the_rows_country_wins_over_the_files_japanese_encoding(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "outlook_ja.csv"
    rows = (
        '"","建国","李","北京市生態環境局","中国","li.jianguo@example.cn"\r\n'
        '"","大輔","佐藤","東京都環境局","日本","d-sato@example.jp"\r\n'
    )
    path.write_bytes((HEADER + rows).encode("cp932"))  # as Outlook ja-JP writes its CSV
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        people = {c.family_name_zh: c.native_name_language for c in s.scalars(select(m.Contact))}
    assert people == {"李": "", "佐藤": "ja"}  # 李 was "ja"


def test_an_iphone_cards_courtesy_word_is_not_kept_as_the_nickname(db: Database) -> None:
    from tests.core.contacts.io_helpers import DATA_DIR

    with db.transaction() as s:
        importing.import_file(s, DATA_DIR / "field115" / "iphone_contacts.vcf")
    with db.reading() as s:
        kato = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "加藤")).one()
        assert (kato.given_name_zh, kato.nickname) == ("愛", "")  # the nickname was "加藤 愛 さん"
