"""An Outlook CSV saved on Japanese Windows is CP932 (Windows' Shift_JIS), not strict Shift_JIS: 髙橋 and
渡邊 use its extra characters. The file was read as GB18030 mojibake ("宧徧, 柤 …") and refused as
having no header (field test 78); it imports as written now, the names Japanese."""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import encoding, importing
from tests.core.contacts.io_helpers import DATA_DIR

OUTLOOK = DATA_DIR / "field78" / "outlook_ja_kitakyushu.csv"


def test_windows_extra_characters_are_read_as_cp932() -> None:
    text = "姓,名,会社名\r\n髙橋,翔太,北九州市\r\n山﨑,恵子,北九州市\r\n"
    detection = encoding.detect(text.encode("cp932"))
    assert (detection.encoding, detection.text) == ("cp932", text)


def test_outlook_japanese_csv_with_ibm_kanji_imports(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, OUTLOOK)
    assert report.counts == {"added": 4}
    with db.reading() as s:
        people = {(c.family_name_zh, c.given_name_zh): c for c in s.scalars(select(m.Contact))}
    takahashi = people[("髙橋", "翔太")]
    assert (takahashi.phonetic_family_name, takahashi.native_name_language) == ("タカハシ", "ja")
    assert ("渡邊", "恵子") in people and ("加藤", "由美") in people
