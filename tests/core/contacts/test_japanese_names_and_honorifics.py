"""Japanese names without a reading and English honorific columns in imports (round 62, jpnames62).

"佐々木 翔" with no kana reading was split as a Chinese name, 佐 / 々木翔: the iteration mark 々 is
written in Japanese names only, so such a name is Japanese and splits at the writer's space, else after
a common family name, else stays whole with a note. Chinese names split as before. An English
honorific column (Eight's 敬称 (英語)) filled honorific_en alone: "Mr."/"Ms." now give the gender and
先生/女士, "Dr." 博士, never over what the row says."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import importing
from petdesk.services.names_by_script import language_of, split_japanese_name
from tests.core.contacts.io_helpers import DATA_DIR
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (a fixture)

JAPANESE = [
    ("佐々木 翔", "佐々木", "翔"),
    ("佐々木翔", "佐々木", "翔"),
    ("佐々木\u3000美穂", "佐々木", "美穂"),  # the ideographic space of a Japanese input method
    ("野々村美咲", "野々村", "美咲"),
    ("野々村 真", "野々村", "真"),
    ("佐々 健一", "佐々", "健一"),
    ("霞ヶ関太郎", "霞ヶ関", "太郎"),
    ("関ケ原 花子", "関ケ原", "花子"),
    ("一ノ瀬隼人", "一ノ瀬", "隼人"),
    ("五十嵐りょう", "五十嵐", "りょう"),
    ("佐藤 さくら", "佐藤", "さくら"),
    ("山田たろう", "山田", "たろう"),
    ("渡辺ゆり", "渡辺", "ゆり"),
    ("久保田ケンジ", "久保田", "ケンジ"),
]
CHINESE = [
    ("欧阳娜娜", "欧阳", "娜娜"),
    ("司马光", "司马", "光"),
    ("张伟", "张", "伟"),
    ("王小明", "王", "小明"),
    ("诸葛亮", "诸葛", "亮"),
    ("上官婉儿", "上官", "婉儿"),
    ("李 娜", "李", "娜"),
    ("山田太郎", "山", "田太郎"),  # Han only and no hint: read as Chinese, as before
]


def _records(sheet: Path, text: str) -> list[importing.ContactRecord]:
    sheet.write_text(text, encoding="utf-8")
    loaded = importing.load_file(sheet)
    assert loaded.table is not None
    records = importing.records_from_table(loaded.table, loaded.mapping)
    return [r for r in records if isinstance(r, importing.ContactRecord)]


def _names(tmp_path: Path, *names: str) -> list[importing.ContactRecord]:
    return _records(tmp_path / "names.csv", "氏名\n" + "".join(f"{name}\n" for name in names))


@pytest.mark.parametrize(("written", "family", "given"), JAPANESE)
def test_a_name_with_japanese_signs_splits_the_japanese_way(
    tmp_path: Path, written: str, family: str, given: str
) -> None:
    (rec,) = _names(tmp_path, written)
    assert (rec.family_name_zh, rec.given_name_zh, rec.native_name_language) == (family, given, "ja")
    assert rec.warnings == []


@pytest.mark.parametrize(("written", "family", "given"), CHINESE)
def test_chinese_names_split_as_before(tmp_path: Path, written: str, family: str, given: str) -> None:
    (rec,) = _names(tmp_path, written)
    assert (rec.family_name_zh, rec.given_name_zh, rec.native_name_language) == (family, given, "")


def test_the_iteration_mark_makes_a_kanji_name_japanese() -> None:
    assert language_of("佐々木翔") == language_of("〆木健") == "ja"
    assert language_of("张伟") == language_of("司马光") == ""
    assert split_japanese_name("森翔太郎") == ("森翔太郎", "")  # no known family name: whole
    assert split_japanese_name("佐藤") == ("佐藤", "")  # a family name alone
    assert split_japanese_name("佐々木") == ("佐々木", "")  # not 佐々 + 木
    assert split_japanese_name("ササキショウ") == ("ササキショウ", "")  # a reading is no kanji name


def test_a_japanese_name_no_rule_splits_is_kept_whole_with_a_note(tmp_path: Path) -> None:
    whole, alone = _names(tmp_path, "野口々子", "佐々木")
    assert (whole.family_name_zh, whole.given_name_zh) == ("野口々子", "")
    assert [w.template for w in whole.warnings] == [importing._UNSPLIT_JAPANESE]
    assert (alone.family_name_zh, alone.given_name_zh, alone.warnings) == ("佐々木", "", [])


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Japanese name “野口々子” kept whole as the family name: check where the given name starts"),
        ("zh_CN", "日文姓名“野口々子”未拆分，整体作为姓：请核对名从哪里开始"),
    ],
)
@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese, not the installed checkout's
def test_the_dry_run_says_which_name_was_kept_whole(
    db: Database, tmp_path: Path, lang: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "cards.csv"
    sheet.write_text("氏名,メールアドレス\n野口々子,noguchi@example.jp\n", encoding="utf-8-sig")
    assert main(["--lang", lang, "--db", str(db.path), "import-contacts", "--dry-run", str(sheet)]) == 0
    assert said in capsys.readouterr().err


def test_an_english_honorific_column_gives_the_gender_and_the_chinese_honorific(db: Database) -> None:
    with db.transaction() as s:
        for name in ("eight_cards.csv", "sansan_cards_sjis.csv"):
            importing.import_file(s, DATA_DIR / "japancols62" / name)
    with db.reading() as s:
        people = {c.family_name_zh: c for c in s.scalars(select(m.Contact))}
        said = {name: (c.honorific_en, c.honorific_zh, c.gender) for name, c in people.items()}
    assert said == {
        "小林": ("Mr.", "先生", "m"),
        "森": ("Ms.", "女士", "f"),
        "渡辺": ("Dr.", "博士", ""),  # an academic title tells no gender
    }


def test_what_the_row_says_is_never_overridden(tmp_path: Path) -> None:
    recs = _records(
        tmp_path / "cards.csv",
        "氏名,敬称 (英語),Gender,Honorific (Chinese)\n"
        "石川 葵,Mr.,female,\n森 由美,Ms.,,博士\n佐々木 翔,Mrs.,,\n",
    )
    said = [(r.honorific_en, r.honorific_zh, r.gender) for r in recs]
    # a column the file has is its word, an empty cell too (petdesk's own export re-imported: a
    # "Dr." whose record has no 博士 stays so); only what the file leaves out is filled in
    assert said == [("Mr.", "", "f"), ("Ms.", "博士", ""), ("Mrs.", "", "")]
    recs = _records(tmp_path / "cards.csv", "氏名,敬称 (英語),Gender\n石川 葵,Mr.,female\n佐々木 翔,Mrs.,\n")
    assert [(r.honorific_zh, r.gender) for r in recs] == [("先生", "f"), ("女士", "")]
