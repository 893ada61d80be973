"""A package of everything counts the people it carries without holding their ids (round 59: the
set of a million ids and its copy took the export's peak from 239 to 303 MB)."""

from __future__ import annotations

import gc
import os
import tracemalloc
from typing import Any

from petdesk.drawn_ids import new_id
from petdesk.sync.carried_people import PeopleCarried

#: People in the package: the saving is per id (35 bytes), so 5,000 show it as 20,000 do (below
#: about 5,000 the sets' tables round it away); tracemalloc slows every allocation (20,000 took
#: 10-40 s). ``PETDESK_SLOW=1`` runs 20,000.
N = 20_000 if os.environ.get("PETDESK_SLOW") else 5_000


def _parts(ids: list[str]) -> list[dict[str, Any]]:
    """A contact part, a part naming the people (a phone number each), and a change log part naming
    one of them again and one person no record of the package holds (deleted for good since)."""
    return [
        {"entity": "contact", "columns": ["family_name"], "rows": [(i, "Wang") for i in ids]},
        {
            "entity": "contact_method",
            "columns": ["contact_id", "value"],
            "rows": [(new_id(), i, "+86 10 1234 5678") for i in ids],
        },
        {"history": [[new_id(), "contact", ids[0], "family_name"], [new_id(), "contact", "gone", "x"]]},
    ]


def _held(everything: bool) -> tuple[int, int]:
    """How many people an instance counts, and the bytes it still holds once the parts are gone."""
    gc.collect()
    tracemalloc.start()
    try:
        carried = PeopleCarried(lambda _part: None, everything=everything)
        before = tracemalloc.get_traced_memory()[0]
        parts = _parts([new_id() for _ in range(N)])
        while parts:
            carried.add(parts.pop(0))
        gc.collect()
        return carried.count, tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_a_package_of_everything_counts_the_same_people_in_less_memory() -> None:
    plain_count, plain_bytes = _held(False)
    hashed_count, hashed_bytes = _held(True)

    assert plain_count == hashed_count == N + 1  # each person once, and the one in the log only
    # an id's string (22 characters: 71 bytes) is let go, a small int kept (32 bytes)
    assert hashed_bytes < plain_bytes - 25 * N


def test_a_package_of_some_records_keeps_their_ids() -> None:
    ids = [new_id() for _ in range(3)]
    carried = PeopleCarried(lambda _part: None)
    for part in _parts(ids):
        carried.add(part)

    assert carried.ids == {*ids, "gone"} and carried.count == 4
