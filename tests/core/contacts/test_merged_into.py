"""Where a contact merged away went (field test 20, defect 7): the window and the command line
name the kept contact instead of "no contact with id …"."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts, merge


def _two_fleurs(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        keep = m.Contact(family_name="Visser", given_name="Fleur")
        other = m.Contact(family_name="Visser", given_name="Fleur", notes="met in Rotterdam")
        s.add_all([keep, other])
        s.flush()
        return keep.id, other.id


def test_merged_into_follows_merges_and_forgets_undone_ones(db: Database) -> None:
    keep_id, other_id = _two_fleurs(db)
    with db.transaction() as s:
        third = m.Contact(family_name="Visser", given_name="F.")
        s.add(third)
        s.flush()
        third_id = third.id
        assert merge.merged_into(s, "contact", other_id) is None
        merge.merge(s, "contact", keep_id, other_id, author="Chen Yu")
        record = merge.merge(s, "contact", third_id, keep_id)
    with db.reading() as s:
        went = merge.merged_into(s, "contact", other_id)
        assert went is not None and went.kept_id == third_id  # other → keep → third
        with pytest.raises(merge.MergedAwayError, match=f"{other_id} was merged into F. Visser"):
            contacts.get_contact(s, other_id)
    with db.transaction() as s:
        merge.undo_merge(s, record.id)
    with db.reading() as s:
        went = merge.merged_into(s, "contact", other_id)
        assert went is not None and (went.kept_id, went.author) == (keep_id, "Chen Yu")
