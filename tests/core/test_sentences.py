"""Sentences put one after another in a message: spaced in English, not after a Chinese full stop."""

from __future__ import annotations

from petdesk.labels import sentences


def test_latin_sentences_are_spaced_and_chinese_ones_follow_directly() -> None:
    assert sentences("Restored.", "Import it?") == "Restored. Import it?"
    assert (
        sentences("已恢复。", "要导入吗？", "仅当该办公室真实存在时导入。")
        == "已恢复。要导入吗？仅当该办公室真实存在时导入。"
    )
    assert sentences("", "Import it?", "") == "Import it?"  # a part left out leaves no stray space
