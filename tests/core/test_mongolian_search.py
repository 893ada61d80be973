"""Mongolian names found as their passports spell them (field test 119): Mongolian passports write
ө as "u" (Өлзийбаяр "Ulziibayar", Төмөрбаатар "Tumurbaatar"), and only "olziibayar" found her."""

from __future__ import annotations

import pytest

from petdesk import romanise
from petdesk.chinese_names import fold
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import search


def test_mongolian_o_bar_has_the_passport_spelling() -> None:
    spellings = romanise.spellings(fold("Өлзийбаяр"), fold(romanise.with_short_i_as_y("Өлзийбаяр")))
    assert spellings[0] == "olziibayar"  # BGN/PCGN stays first
    assert "ulziibayar" in spellings
    assert "ulziijargal" in romanise.spellings(fold("Өлзийжаргал"))
    assert romanise.spellings(fold("Ирина")) == ["irina"]


@pytest.mark.parametrize("query", ["ulziibayar", "Ulziibayar", "olziibayar", "Өлзийбаяр", "tumurbaatar"])
def test_found_by_mongolian_passport_spelling(db: Database, query: str) -> None:
    with db.transaction() as s:
        ids = {
            cs.create_contact(s, family_name="Б.", given_name="Өлзийбаяр").id,
            cs.create_contact(s, family_name="Д.", given_name="Төмөрбаатар").id,
        }
    with db.reading() as s:
        found = {r.entity_id for r in search.search(s, query)}
    assert found & ids
