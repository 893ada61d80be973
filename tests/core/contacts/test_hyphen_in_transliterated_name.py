"""A transliterated double given name keeps its hyphen (field test 56, defect 2).

Xinhua's rules write Karl-Heinz as 卡尔-海因茨, and protocol lists print 卡尔-海因茨·冯·德·米伦; the form
refused the hyphen ("may only contain Chinese characters"), so the officer had to invent 卡尔·海因茨,
which reads as two names.
"""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import names
from petdesk.services.validation import ValidationError

KARL = {
    "honorific_en": "Dr.",
    "honorific_zh": "博士",
    "given_name": "Karl-Heinz",
    "family_name": "von der Mühlen",
    "given_name_zh": "卡尔-海因茨",
    "family_name_zh": "冯·德·米伦",
}


@pytest.mark.parametrize("hyphen", ["-", "－", "‐"])
def test_the_hyphen_of_a_double_given_name_is_taken(db: Database, hyphen: str) -> None:
    with db.transaction() as s:
        karl = cs.create_contact(s, **{**KARL, "given_name_zh": f"卡尔{hyphen}海因茨"})
        shown = names.person_display_name(
            "zh_CN",
            family=karl.family_name,
            given=karl.given_name,
            order=karl.name_order,
            family_zh=karl.family_name_zh,
            given_zh=karl.given_name_zh,
        )
    assert shown == f"卡尔{hyphen}海因茨·冯·德·米伦"


@pytest.mark.parametrize("text", ["-海因茨", "卡尔-", "卡尔-Heinz", "--"])
def test_a_hyphen_joins_characters_only(db: Database, text: str) -> None:
    with db.transaction() as s, pytest.raises(ValidationError):
        cs.create_contact(s, family_name="Mühlen", given_name_zh=text)
