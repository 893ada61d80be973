"""Field test 109: a person entered in Chinese alone showed nothing in the delegation's "Name (other
script)" column, though the delegation search names him "Lü Xiaodong (吕晓东)": the column now
gives the reading that stands in for a Latin name, as search and the dossier do."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import visit_form
from petdesk.services import visits as vs

DAY = dt.date(2026, 12, 7)


def _members(db: Database, lang: str) -> dict[str, tuple[str, str]]:
    with db.transaction() as s:
        v = vs.create_visit(s, title_en="Hub visit", start_date=DAY, end_date=DAY)
        people = [
            m.Contact(family_name_zh="吕", given_name_zh="晓东"),  # Chinese alone
            m.Contact(family_name="Weber", given_name="Markus"),  # Latin alone
            m.Contact(family_name="Li", given_name="Lei", family_name_zh="李", given_name_zh="雷"),
            # Japanese with its kana reading: Hepburn, not the kanji's pinyin
            m.Contact(
                family_name_zh="加藤",
                given_name_zh="由美",
                native_name_language="ja",
                phonetic_family_name="カトウ",
                phonetic_given_name="ユミ",
            ),
        ]
        for person in people:
            s.add(person)
            s.flush()
            vs.add_participant(s, v.id, person.id, "delegate")
        form = visit_form.read_visit_form(s, v.id, lang)
    return {p.name: (p.name, p.other_name) for p in form.delegation}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_name_in_chinese_alone_shows_its_pinyin_beside_it(db: Database, lang: str) -> None:
    members = _members(db, lang)
    assert members["吕晓东"] == ("吕晓东", "Lyu Xiaodong")  # ü as a passport spells it (names61)
    assert members["Markus Weber"] == ("Markus Weber", "")  # nothing to repeat
    both = "李雷" if lang == "zh" else "Lei Li"
    assert members[both] == (both, "Lei Li" if lang == "zh" else "李雷")  # the real other name first
    assert members["加藤由美"] == ("加藤由美", "Kato Yumi")
