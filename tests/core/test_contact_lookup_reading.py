"""A Khmer or Burmese delegate named on the command line as he says his name (field test 104):
``petdesk visits ID --add-person "sok channa"`` answered "No contact is called “sok channa”" although
``petdesk search "sok channa"`` found សុខ ចាន់ណា by his Latin reading."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import contacts as cs
from petdesk.services.contact_lookup import resolve_contact
from petdesk.services.validation import ValidationError


@pytest.fixture
def delegates(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        sok = cs.create_contact(
            s, family_name="សុខ", given_name="ចាន់ណា", name_order=NameOrder.FAMILY_FIRST,
            phonetic_family_name="Sok", phonetic_given_name="Channa",
        )  # fmt: skip
        aung = cs.create_contact(s, given_name="အောင်ကျော်မင်း", phonetic_given_name="Aung Kyaw Min")
        return {"sok": sok.id, "aung": aung.id}


@pytest.mark.parametrize(
    ("text", "who"),
    [("sok channa", "sok"), ("Channa Sok", "sok"), ("សុខ ចាន់ណា", "sok"), ("Aung Kyaw Min", "aung")],
)
def test_a_delegate_is_named_by_the_latin_reading(
    db: Database, delegates: dict[str, str], text: str, who: str
) -> None:
    with db.reading() as s:
        assert resolve_contact(s, text) == delegates[who]


def test_a_part_of_the_reading_names_nobody(db: Database, delegates: dict[str, str]) -> None:
    with db.reading() as s, pytest.raises(ValidationError, match="No contact is called"):
        resolve_contact(s, "Channa")
