"""A Japanese or Korean person's own name in Han characters stays family first (山田太郎) wherever a
person is named, not only on cards and dossiers: the detail pane's title, the merge sentence and
the sync wording read ``names.person_chinese_name`` too (a Japanese name showed as 太郎·山田)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from petdesk.db import Database
from petdesk.models import Contact
from petdesk.models.enums import NameOrder
from petdesk.services import merge, names
from petdesk.services.search import _dbapi
from petdesk.sync.value_words import describe_record

TARO = {"family": "Yamada", "given": "Taro", "family_zh": "山田", "given_zh": "太郎"}


def test_a_japanese_name_shows_family_first() -> None:
    assert names.person_display_name("zh_CN", **TARO, native_name_language="ja") == "山田太郎"
    assert names.person_display_name("zh_CN", **TARO, languages=["ko", "en"]) == "山田太郎"
    assert names.person_other_name("en", **TARO, native_name_language="ja") == "山田太郎"
    assert names.person_both_scripts("zh_CN", **TARO, native_name_language="ja") == "山田太郎（Taro Yamada）"
    # without a language the same characters read as a transliterated Western name
    assert names.person_display_name("zh_CN", **TARO) == "太郎·山田"


def test_languages_from_a_row_or_a_snapshot() -> None:
    assert names.language_list('["ja", "en"]') == ["ja", "en"]
    assert names.language_list(["ja"]) == ["ja"]
    assert names.language_list("") == names.language_list(None) == names.language_list("not json") == []


def _taro(s: Session) -> Contact:
    c = Contact(
        family_name="Yamada",
        given_name="Taro",
        family_name_zh="山田",
        given_name_zh="太郎",
        name_order=NameOrder.GIVEN_FIRST,
        native_name_language="ja",
    )
    s.add(c)
    s.flush()
    return c


def test_sync_wording_and_merge_sentence_keep_a_japanese_name(db: Database) -> None:
    with db.transaction() as s:
        keep, other = _taro(s), _taro(s)
        keep_id = keep.id
        record = merge.merge_contacts(s, keep.id, other.id)
        sentence = merge.describe_merge(record, "zh_CN")
    assert "山田太郎" in sentence and "太郎·山田" not in sentence
    with db.reading() as s:
        label = describe_record(_dbapi(s).cursor(), "contact", keep_id, "zh_CN")
    assert label == "山田太郎（Taro Yamada）"
