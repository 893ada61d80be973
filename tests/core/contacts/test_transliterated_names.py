"""Foreign names written in Chinese characters with a middle dot (阿卜杜拉·艾买提): a field tester's
file lost the dot and split off 阿 as a one-character family name."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import exporting, importing, names
from petdesk.services.matching import split_chinese_name


@pytest.mark.parametrize(
    ("full", "family", "given"),
    [
        ("阿卜杜拉·艾买提", "艾买提", "阿卜杜拉·"),
        ("阿卜杜拉 · 艾买提", "艾买提", "阿卜杜拉·"),
        ("阿卜杜拉•艾买提", "艾买提", "阿卜杜拉•"),
        ("玛丽・安・史密斯", "史密斯", "玛丽・安・"),  # the last dot separates the family name
        ("张伟", "张", "伟"),
        ("欧阳修", "欧阳", "修"),
    ],
)
def test_a_name_with_a_middle_dot_is_given_name_first(full: str, family: str, given: str) -> None:
    assert split_chinese_name(full) == (family, given)
    assert names.chinese_name(family, given) == full.replace(" ", "")


def test_imported_transliterated_name_keeps_its_dot_displays_and_sorts_as_written(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "uyghur.csv"
    path.write_text(
        "姓名,邮箱\n阿卜杜拉·艾买提,abdulla@example.org\n玛丽・安・史密斯,mary@example.org\n"
        "白雪,bai@example.org\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert len(report.added) == 3
    assert report.added[0].name == "阿卜杜拉·艾买提"
    with db.reading() as s:
        people = {c.name_zh: c for c in s.scalars(select(m.Contact))}
        abdulla, mary = people["阿卜杜拉·艾买提"], people["玛丽・安・史密斯"]
        assert (abdulla.family_name_zh, abdulla.given_name_zh) == ("艾买提", "阿卜杜拉·")
        assert (mary.family_name_zh, mary.given_name_zh) == ("史密斯", "玛丽・安・")
        assert mary.native_name_language == ""  # the katakana middle dot alone is not Japanese
        assert abdulla.display_name("zh") == "阿卜杜拉·艾买提"
        assert names.person_display_name("zh", family_zh="艾买提", given_zh="阿卜杜拉·") == "阿卜杜拉·艾买提"
        # Chinese order reads the name as written: 玛丽 (mǎ) before 孟 (mèng), where its family name
        # 史密斯 (shǐ) would come after.
        assert names.person_sort_key_zh(
            family="", given="", family_zh="史密斯", given_zh="玛丽・安・"
        ) < names.person_sort_key_zh(family="", given="", family_zh="孟", given_zh="浩")
        out = tmp_path / "out.vcf"
        exporting.export_contacts(s, out, "vcf")
    card = out.read_text(encoding="utf-8")
    assert "FN;ALTID=1;LANGUAGE=zh-Hans:阿卜杜拉·艾买提" in card or "FN:阿卜杜拉·艾买提" in card
    # Imported again, the card finds the same person and changes nothing.
    with db.transaction() as s:
        again = importing.import_file(s, out)
    assert not again.added and not again.updated and len(again.skipped) == 3
