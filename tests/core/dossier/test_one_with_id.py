"""One finder for a programme item or a training session by id or a unique beginning of it (dedup54:
the banquet sheet and the name cards each had their copy): the exact id wins over longer ids it
begins, a beginning shared by two is refused, and the sentences name the id asked for."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from petdesk.dossier.data import NotFoundError, one_with_id


@dataclass(frozen=True)
class _Row:
    id: str


ROWS = [_Row("ab12"), _Row("ab"), _Row("cd34")]
SAID = {"none": "nothing with the id {id}", "several": "several start with {id}"}


def test_the_exact_id_wins_over_ids_it_begins() -> None:
    assert one_with_id(ROWS, "ab", **SAID) == _Row("ab")


def test_a_unique_beginning_finds_its_row() -> None:
    assert one_with_id(ROWS, "cd", **SAID) == _Row("cd34")
    assert one_with_id(iter(ROWS), "ab1", **SAID) == _Row("ab12")  # any iterable, read once


@pytest.mark.parametrize(
    ("rows", "wanted", "said"),
    [
        (ROWS, "zz", "nothing with the id zz"),
        (ROWS, "", "nothing with the id "),
        ([_Row("ef1"), _Row("ef2")], "ef", "several start with ef"),
    ],
)
def test_none_or_several_are_refused_in_the_callers_words(rows: list[_Row], wanted: str, said: str) -> None:
    with pytest.raises(NotFoundError) as raised:
        one_with_id(rows, wanted, **SAID)
    assert str(raised.value) == said
