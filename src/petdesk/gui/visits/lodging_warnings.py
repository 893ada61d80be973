"""The warning ``visit-lodging add/edit`` prints when a person of a hotel added or changed has a
room at another hotel for the same nights, after the visit editor's Save (review 61: the window
said nothing). The same service and sentence as the command; a warning on the editor's message
line, never a refusal (a change of hotel whose nights only touch says nothing). Review 62: the
Logistics tab also says it under its hotel table as soon as the held rows clash, from those rows."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy.orm import Session

from petdesk.services.logistics import StayView
from petdesk.services.rooming import HeldStay, same_nights_elsewhere

#: The held Logistics steps that add a hotel, or change its dates or rooming list.
_LODGING_STEPS = {f"logistics_{n}" for n in ("add_accommodation", "update_accommodation", "set_rooming")}


def stays_changed(steps: Iterable[tuple[str, dict[str, Any], str | None]]) -> list[str]:
    """The hotels the steps ``(name, args, created id)`` add or change, in order, once each."""
    stays: list[str] = []
    for name, args, created in steps:
        if name not in _LODGING_STEPS:
            continue
        # a hotel added is the id it was created with; the others name it first
        stay_id = created if name == "logistics_add_accommodation" else (args.get("args") or [None])[0]
        if isinstance(stay_id, str) and stay_id not in stays:
            stays.append(stay_id)
    return stays


def held_stays(visit_id: str, stays: Iterable[StayView]) -> list[HeldStay]:
    """The visit's hotels as the editor's draft shows them, for ``same_nights_sentences(held=)``."""
    held = []
    for st in stays:
        guests = frozenset(r.person.id for r in st.rooms)
        held.append(HeldStay(st.id, visit_id, st.hotel, st.check_in, st.check_out, guests))
    return held


def same_nights_sentences(
    session: Session, stay_ids: Iterable[str], locale: str, held: Collection[HeldStay] = ()
) -> list[str]:
    """One sentence per person and pair of hotels sharing nights (two hotels both changed in the
    same Save would otherwise say it twice, once from each side); with ``held``, from those rows
    not yet saved."""
    said: set[tuple[str, frozenset[str], object, object]] = set()
    sentences = []
    for stay_id in stay_ids:
        for gap in same_nights_elsewhere(session, stay_id, held):
            key = (gap.people[0], frozenset((gap.hotel, gap.other_hotel or "")), gap.first, gap.last)
            if key not in said:
                said.add(key)
                sentences.append(gap.describe(locale))
    return sentences
