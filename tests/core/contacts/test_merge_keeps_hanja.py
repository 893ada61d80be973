"""A merge keeps a Korean name's Hanja (0055_chosen_name_order_hanja): the merge compared only its
listed fields, so the Hanja of the record merged away was dropped, and a merge undone must give it back."""

from __future__ import annotations

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import merge as mg


def _pair(db: Database, kept_hanja: str, other_hanja: str) -> tuple[str, str]:
    with db.transaction() as s:
        kept = cs.create_contact(s, family_name_zh="이", given_name_zh="민호", name_hanja=kept_hanja).id
        other = cs.create_contact(s, family_name_zh="이", given_name_zh="민호", name_hanja=other_hanja).id
    return kept, other


def test_the_other_records_hanja_fills_an_empty_one_and_an_undo_empties_it_again(db: Database) -> None:
    kept, other = _pair(db, "", "李敏鎬")
    with db.transaction() as s:
        record = mg.merge_contacts(s, kept, other)
    with db.reading() as s:
        assert s.get(m.Contact, kept).name_hanja == "李敏鎬"  # type: ignore[union-attr]
    with db.transaction() as s:
        mg.undo_merge(s, record.id)
    with db.reading() as s:
        assert s.get(m.Contact, kept).name_hanja == ""  # type: ignore[union-attr]


def test_two_hanja_are_a_choice(db: Database) -> None:
    kept, other = _pair(db, "李敏浩", "李敏鎬")
    with db.reading() as s:
        rows = {c.field.key: c for c in mg.compare(s, "contact", kept, other)}
    assert rows["name_hanja"].conflict
    with db.transaction() as s:
        mg.merge_contacts(s, kept, other, {"name_hanja": "other"})
    with db.reading() as s:
        assert s.get(m.Contact, kept).name_hanja == "李敏鎬"  # type: ignore[union-attr]
