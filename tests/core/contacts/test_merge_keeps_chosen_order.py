"""A merge carries a name order's chosen mark (0055) with the order it marks: the merge took the other
record's order but not the mark, so a Vietnamese name chosen given name first came out unmarked and
the next save turned it round by the rule. The merged record keeps the mark of the side whose order it
keeps; an undo gives both records theirs back."""

from __future__ import annotations

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import contacts as cs
from petdesk.services import merge as mg


def _order(db: Database, cid: str) -> tuple[NameOrder, bool]:
    with db.reading() as s:
        contact = s.get(m.Contact, cid)
        assert contact is not None
        return contact.name_order, contact.name_order_chosen


def test_the_other_sides_chosen_order_comes_with_its_name_and_an_undo_takes_it_back(db: Database) -> None:
    with db.transaction() as s:
        kept = cs.create_contact(s, family_name_zh="阮", given_name_zh="文安").id
        other = cs.create_contact(
            s, family_name="Nguyễn", given_name="Văn An", name_order="given_first", name_order_chosen=True
        ).id
    with db.transaction() as s:
        record = mg.merge_contacts(s, kept, other)  # the empty Latin name is filled from the other
    assert _order(db, kept) == (NameOrder.GIVEN_FIRST, True)
    with db.transaction() as s:  # a save does not turn the chosen order round
        cs.update_contact(s, kept, notes="met in Hanoi")
    assert _order(db, kept) == (NameOrder.GIVEN_FIRST, True)
    with db.transaction() as s:  # (forced: the kept record was saved since)
        mg.undo_merge(s, record.id, force=True)
    with db.reading() as s:
        back = s.get(m.Contact, kept)
        assert back is not None and (back.family_name, back.name_order_chosen) == ("", False)
    assert _order(db, other) == (NameOrder.GIVEN_FIRST, True)


def _pair(db: Database) -> tuple[str, str]:
    """The same Latin name twice: chosen given name first, and family name first by the rule."""
    with db.transaction() as s:
        chosen = cs.create_contact(
            s, family_name="Nguyễn", given_name="Văn An", name_order="given_first", name_order_chosen=True
        ).id
        guessed = cs.create_contact(s, family_name="Nguyễn", given_name="Văn An").id
    assert _order(db, guessed) == (NameOrder.FAMILY_FIRST, False)
    return chosen, guessed


def test_the_merged_record_keeps_the_mark_of_the_order_it_keeps(db: Database) -> None:
    chosen, guessed = _pair(db)
    with db.reading() as s:
        rows = {c.field.key: c for c in mg.compare(s, "contact", guessed, chosen)}
    assert rows["name_latin"].conflict  # the orders differ: a choice, shown without the mark
    assert rows["name_latin"].other_value == ("Nguyễn", "Văn An", NameOrder.GIVEN_FIRST)
    with db.transaction() as s:
        record = mg.merge_contacts(s, guessed, chosen, {"name_latin": "other"})
    assert _order(db, guessed) == (NameOrder.GIVEN_FIRST, True)
    with db.transaction() as s:
        mg.undo_merge(s, record.id)
    assert _order(db, guessed) == (NameOrder.FAMILY_FIRST, False)
    assert _order(db, chosen) == (NameOrder.GIVEN_FIRST, True)
    # keeping the guessed order keeps it unmarked; keeping the chosen record's own keeps its mark
    with db.transaction() as s:
        mg.merge_contacts(s, guessed, chosen, {"name_latin": "keep"})
    assert _order(db, guessed) == (NameOrder.FAMILY_FIRST, False)


def test_a_chosen_mark_alone_is_no_choice(db: Database) -> None:
    """The same name in the same order, one marked chosen: nothing to decide, the kept mark stays."""
    with db.transaction() as s:
        kept = cs.create_contact(s, family_name="Müller", given_name="Anna", name_order_chosen=True).id
        other = cs.create_contact(s, family_name="Müller", given_name="Anna").id
    with db.reading() as s:
        rows = {c.field.key: c for c in mg.compare(s, "contact", kept, other)}
    assert not rows["name_latin"].conflict
    with db.transaction() as s:
        mg.merge_contacts(s, kept, other)
    assert _order(db, kept) == (NameOrder.GIVEN_FIRST, True)
