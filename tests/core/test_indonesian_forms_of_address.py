"""Indonesia's Bapak / Ibu (Pak / Bu) are forms of address as Mr. / Ms. are (field test 108: a table
card printed "Bapak Sukarno" while "Mr." was left off); India's Shri / Smt. likewise (field test 107)."""

from __future__ import annotations

import pytest

from petdesk.dossier.namecards import titled
from petdesk.services import honorifics


@pytest.mark.parametrize(
    ("word", "en", "zh", "gender"),
    [
        ("Bapak", "Bapak", "先生", "m"),
        ("Pak", "Bapak", "先生", "m"),
        ("Ibu", "Ibu", "女士", "f"),
        ("Bu", "Ibu", "女士", "f"),
        ("Shri", "Shri", "先生", "m"),
        ("Smt.", "Smt.", "女士", "f"),
    ],
)
def test_known_with_gender(word: str, en: str, zh: str, gender: str) -> None:
    found = honorifics.known(word)
    assert found is not None and (found.en, found.zh, found.gender) == (en, zh, gender)
    assert honorifics.is_courtesy(word)
    assert honorifics.settle([word]) == (en, zh, gender)


@pytest.mark.parametrize("word", ["Bapak", "Pak", "Ibu", "Bu", "Shri", "Smt.", "Mr.", "Ms."])
def test_left_off_a_table_card_as_mr_is(word: str) -> None:
    assert titled("Sukarno", word, "en") == "Sukarno"
    assert titled("苏加诺", honorifics.chinese(word), "zh") == "苏加诺"
    assert titled("Sukarno", "Dr.", "en") == "Dr. Sukarno"  # a title is printed


def test_taken_off_a_given_name() -> None:
    assert honorifics.title_of_given_name("Bapak Joko") == ("Bapak", "Joko")
    assert honorifics.title_of_given_name("Ibu Sri Mulyani") == ("Ibu", "Sri Mulyani")
    # Pak and Bu are family names too (박, 卜): a given name keeps them
    assert honorifics.title_of_given_name("Bu Wei") == ("", "Bu Wei")
