"""After a job that read every contact the window forgets the name caches the job filled."""

from __future__ import annotations

from petdesk.services import matching, memory, names


def test_the_name_caches_are_emptied_but_the_character_table_kept() -> None:
    matching.fold_latin("Lǚ Xiao-Ming")
    matching.given_pinyin("小明")
    table = names.char_readings()
    assert matching.fold_latin.cache_info().currsize and matching._name_pinyin.cache_info().currsize

    memory.release_after_bulk_work()

    assert matching.fold_latin.cache_info().currsize == 0
    assert matching._name_pinyin.cache_info().currsize == 0
    assert names.char_readings() is table  # read once from disk, not again
    assert matching.given_pinyin("小明") == "xiaoming"  # and the caches fill again
