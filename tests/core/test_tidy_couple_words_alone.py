"""Review 61: a person stored with only a couple's words as their name ("Mr. and Mrs.", nothing
else) was tidied into a person with no name at all; the tidy leaves such a record alone, and still
takes the words off a name that has more."""

from __future__ import annotations

from petdesk.services import name_title_tidy


def test_a_couples_words_alone_are_not_tidied_into_no_name() -> None:
    assert name_title_tidy.move_of("c1", "Mr. and Mrs.", "", "", "") is None


def test_a_couples_words_before_a_name_still_come_off() -> None:
    move = name_title_tidy.move_of("c2", "Mr. and Mrs. John", "Smith", "", "")
    assert move is not None and move.new_given == "John"
