"""Review 62: a sign-up sheet's "No" (no room needed) was refused for a person whose saved stay no
longer fits the training's moved dates ("check-out … is not after check-in …"), so the hotel list
kept counting a room for them. Without a room there is no stay to check: the "No" is taken."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import training_lodging as tl
from petdesk.services import trainings as ts
from tests.core.visits.data import person

DAY = dt.date(2027, 3, 10)


def test_review62_a_no_is_taken_whatever_the_saved_stay(db: Database) -> None:
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Sponge-city workshop", start_date=DAY, end_date=DAY + dt.timedelta(days=2)
        ).id
        li = person(s, "Na", "Li", family_first=True).id
        ts.register(s, tid, li)
        tl.set_lodging(s, tid, li, needed=True, check_in=DAY + dt.timedelta(days=1))
        ts.update_training(s, tid, start_date=DAY - dt.timedelta(days=1), end_date=DAY)  # moved earlier
    with db.transaction() as s:
        done = tl.fill_from_file(s, tid, {2: False}, {2: li})
    assert (done.taken, done.refused) == (1, {})
    with db.reading() as s:
        assert [r.needed for r in tl.lodging_list(s, tid).rows] == [False]
    with db.transaction() as s:  # a "Yes" still needs a stay that fits: said, not taken
        assert 2 in tl.fill_from_file(s, tid, {2: True}, {2: li}).refused
