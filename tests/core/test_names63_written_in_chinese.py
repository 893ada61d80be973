"""names63: ``written_in_chinese`` (a funder's or project's name in the Chinese field, else the other
language's) took 佐々木財団 for Chinese: 々 and 〆 are written in Japanese names only, as kana are. The
katakana middle dot of a transliterated Chinese name (玛丽・安) is no kana."""

from __future__ import annotations

from petdesk.chinese_names import written_in_chinese
from petdesk.services import past_projects


def test_names63_japanese_signs_are_not_chinese() -> None:
    assert not written_in_chinese("佐々木環境財団")
    assert not written_in_chinese("〆張鶴基金")
    assert written_in_chinese("玛丽・安环保基金会")  # Chinese input methods type this dot
    assert written_in_chinese("笹川平和財団")  # Han alone: nothing says Japanese


def test_names63_a_japanese_funder_is_kept_as_a_japanese_name() -> None:
    assert past_projects.funder_names("佐々木環境財団") == ("", "佐々木環境財団", "")
    assert past_projects.title_halves("佐々木財団の水プロジェクト") == ("佐々木財団の水プロジェクト", "")
    assert past_projects.title_halves("野々村基金 / 野々村基金") == ("野々村基金 / 野々村基金", "")
