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


def test_the_source_lines_read_meanwhile_are_forgotten() -> None:
    """PySide6's import hook reads the source of every module imported after it into ``linecache``
    (10 MB in the window at start-up); a job's end forgets them."""
    import linecache

    assert linecache.getlines(memory.__file__)  # as the hook's inspect.getsource leaves them
    assert memory.__file__ in linecache.cache

    memory.release_after_bulk_work()

    assert memory.__file__ not in linecache.cache
    assert linecache.getlines(memory.__file__)  # read again when a traceback needs them
