"""A substitute and the gifts (field test 86): a gift planned for the Vice-Governor still named her
after a director took her place. Substituting lists the gifts still naming the person; asked to, it
puts the substitute's name where a giver or recipient is exactly the person's name, never where the
name stands among other words (a title that may not suit the substitute)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as lg
from petdesk.services import visits as vs
from petdesk.services.gift_names import gifts_naming


def _visit(db: Database) -> tuple[str, str, str]:
    with db.transaction() as s:
        sri = cs.create_contact(
            s, given_name="Sri Mulyani", family_name="Indrawati", honorific_en="Dr.",
            family_name_zh="因德拉瓦蒂", given_name_zh="斯里·穆利亚尼",
        )  # fmt: skip
        hendra = cs.create_contact(
            s, given_name="Hendra", family_name="Gunawan", honorific_en="Dr.", family_name_zh="古纳万",
            given_name_zh="亨德拉",
        )  # fmt: skip
        minister = cs.create_contact(s, given_name="Suharso", family_name="")
        v = vs.create_visit(
            s, title_en="Indonesian delegation", title_zh="印度尼西亚代表团", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12), timezone="Asia/Shanghai",
        )  # fmt: skip
        vs.add_participant(s, v.id, minister.id, ParticipantRole.HEAD)
        vs.add_participant(s, v.id, sri.id, ParticipantRole.DELEGATE)
        lg.add_gift(s, v.id, description="Silk scarf", giver="Zhang Wei", recipient="Sri Mulyani Indrawati")
        lg.add_gift(s, v.id, description="Tea set", giver="Zhang Wei", recipient="Dr. Sri Mulyani Indrawati")
        lg.add_gift(
            s, v.id, description="Batik", direction="received", giver="Vice-Governor Sri Mulyani Indrawati"
        )
        lg.add_gift(s, v.id, description="Porcelain", giver="张伟", recipient="斯里·穆利亚尼·因德拉瓦蒂")
        lg.add_gift(s, v.id, description="Vase", giver="Zhang Wei", recipient="Minister Suharso")
        lg.add_gift(s, v.id, description="Book", giver="Zhang Wei", recipient="Ms Indrawati's office")
        return v.id, sri.id, hendra.id


def _people_of_gifts(db: Database) -> dict[str, tuple[str, str]]:
    with db.reading() as s:
        return {g.description: (g.giver, g.recipient) for g in s.scalars(select(m.Gift))}


def test_substituting_lists_the_gifts_still_naming_the_person(db: Database) -> None:
    visit_id, sri, hendra = _visit(db)
    before = _people_of_gifts(db)
    with db.transaction() as s:
        still = vs.remove_participant(s, visit_id, sri, substitute_id=hendra)
    assert [(g.description, g.field, g.exact) for g in still] == [
        ("Silk scarf", "recipient", True),
        ("Tea set", "recipient", True),
        ("Batik", "giver", False),
        ("Porcelain", "recipient", True),
    ]
    assert _people_of_gifts(db) == before  # never silently


def test_asked_to_it_renames_exact_names_and_lists_the_rest(db: Database) -> None:
    visit_id, sri, hendra = _visit(db)
    with db.transaction() as s:
        still = vs.remove_participant(s, visit_id, sri, substitute_id=hendra, rename_gifts=True)
    assert [(g.description, g.text) for g in still] == [("Batik", "Vice-Governor Sri Mulyani Indrawati")]
    after = _people_of_gifts(db)
    assert after["Silk scarf"] == ("Zhang Wei", "Hendra Gunawan")
    assert after["Tea set"] == ("Zhang Wei", "Dr. Hendra Gunawan")
    assert after["Porcelain"] == ("张伟", "亨德拉·古纳万")
    assert after["Vase"] == ("Zhang Wei", "Minister Suharso") and after["Book"][1] == "Ms Indrawati's office"
    with db.reading() as s:
        assert [g.description for g in gifts_naming(s, visit_id, hendra)] == [
            "Silk scarf",
            "Tea set",
            "Porcelain",
        ]


def test_removing_without_a_substitute_renames_nothing(db: Database) -> None:
    visit_id, sri, _ = _visit(db)
    before = _people_of_gifts(db)
    with db.transaction() as s:
        still = vs.remove_participant(s, visit_id, sri, rename_gifts=True)
    assert len(still) == 4 and _people_of_gifts(db) == before
