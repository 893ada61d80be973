"""ICLEI South Asia in New Delhi (field test 107, second half): the partner list's "Name (Hindi)".

Before: the Devanagari column was dropped ("dropped: 6 × Name (Hindi)"). Now it is kept as the name in
the other script, the English name stays the name (and "Dr." the honorific), search finds the person
by the Devanagari name, and a Chinese reader is shown the English name first."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing, names, search

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field107"


@pytest.mark.parametrize("name", ["iclei_sa_partners.xlsx", "iclei_sa_partners.csv"])
def test_the_hindi_name_is_kept_beside_the_english_one(db: Database, name: str) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / name)
    assert "Name (Hindi)" not in report.dropped
    with db.reading() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
        sharma, meena, patel = people["Sharma"], people["Kumari"], people["Patel"]
        assert (sharma.given_name, sharma.honorific_en) == ("R. K.", "Dr.")
        # the Hindi name without its डॉ. (the honorific says it), in the other script's place
        assert (sharma.family_name_zh, sharma.native_name_language) == ("आर. के. शर्मा", "hi")
        assert meena.family_name_zh == "मीना कुमारी"
        assert meena.display_name("en") == meena.display_name("zh_CN") == "Meena Kumari"
        kw = {
            "family": meena.family_name,
            "given": meena.given_name,
            "family_zh": meena.family_name_zh,
            "native_name_language": meena.native_name_language,
        }
        assert names.person_both_scripts("zh_CN", **kw) == "Meena Kumari（मीना कुमारी）"
        assert names.person_both_scripts("en", **kw) == "Meena Kumari (मीना कुमारी)"
        # अमित पटेल has no English name: its Latin reading is the name, the Hindi one kept beside it
        assert (patel.given_name, patel.family_name_zh, patel.native_name_language) == (
            "Amit",
            "अमित पटेल",
            "hi",
        )
        assert people["Sridhar"].family_name_zh == ""  # no Hindi name given
    with db.reading() as s:
        found = search.search(s, "मीना कुमारी", kind="contact", language="zh_CN")
        assert [(r.name("zh_CN"), r.other_name("zh_CN")) for r in found] == [("Meena Kumari", "मीना कुमारी")]
        found = search.search(s, "शर्मा", kind="contact")
        assert [(r.name("en"), r.other_name("en")) for r in found] == [("R. K. Sharma", "आर. के. शर्मा")]


def test_a_chinese_name_is_still_shown_first_to_a_chinese_reader() -> None:
    kw = {"family": "Zhang", "given": "Wei", "family_zh": "张", "given_zh": "伟"}
    assert names.person_display_name("zh_CN", **kw) == "张伟"
    kw = {"family": "Kim", "given": "Minjun", "family_zh": "김", "given_zh": "민준"}
    assert names.person_display_name("zh_CN", native_name_language="ko", **kw) == "김민준"
