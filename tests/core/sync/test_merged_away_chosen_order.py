"""A name order chosen at one office for a record another office merged away reaches the kept record
with its name: the chosen mark is carried with the order it marks (``merged_away.GROUPS``), not offered
as a conflict of its own beside a name carried without it."""

from __future__ import annotations

from pathlib import Path

from petdesk.services import contacts as contact_service
from petdesk.services import merge as merge_service
from petdesk.services.contacts import Method
from petdesk.sync import service
from petdesk.sync.service import canonical_dump
from tests.core.sync.helpers import send, values


def test_a_chosen_order_given_to_a_record_merged_away_follows_it(offices, packages: Path) -> None:
    a, b, _ = offices
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    with a.transaction() as s:  # the same person twice, known by the Chinese name only
        keep = contact_service.create_contact(
            s, family_name_zh="阮", given_name_zh="文安", methods=[Method("email", "an@hanoi.example")]
        ).id
        dup = contact_service.create_contact(
            s, family_name_zh="阮", given_name_zh="文安", methods=[Method("email", "an.nguyen@mail.example")]
        ).id
    send(a, b, packages)
    with b.transaction() as s:  # Bonn adds the Latin name, chosen given name first, to the duplicate ...
        contact_service.update_contact(
            s,
            dup,
            family_name="Nguyễn",
            given_name="Văn An",
            name_order="given_first",
            name_order_chosen=True,
        )
    with a.transaction() as s:  # ... while Beijing merges it away
        merge_service.merge(s, "contact", keep, dup)
    for _ in range(2):
        send(a, b, packages)
        send(b, a, packages)
    for db in (a, b):
        kept = values(db, "contact", keep)
        named = (kept["family_name"], kept["given_name"], kept["name_order"], kept["name_order_chosen"])
        assert named == ("Nguyễn", "Văn An", "given_first", 1)
        assert service.list_conflicts(db) == []
    assert canonical_dump(a) == canonical_dump(b)
