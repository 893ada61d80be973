"""A name order someone chose and a Korean name's Hanja are the person's record: they travel to the
other offices (0055_chosen_name_order_hanja), and the receiving office's rule does not turn the
chosen order round."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import contacts as cs
from tests.core.sync.helpers import send


def test_a_chosen_order_and_the_hanja_arrive(offices: tuple[Database, ...], packages: Path) -> None:
    beijing, bonn, _ = offices
    with beijing.transaction() as s:
        an = cs.create_contact(
            s, family_name="Nguyễn", given_name="Văn An", name_order="given_first", name_order_chosen=True
        ).id
        minho = cs.create_contact(s, family_name_zh="이", given_name_zh="민호", name_hanja="李敏鎬").id
    send(beijing, bonn, packages)
    with bonn.transaction() as s:
        arrived = s.get(m.Contact, an)
        assert arrived is not None
        assert (arrived.name_order, arrived.name_order_chosen) == (NameOrder.GIVEN_FIRST, True)
        assert s.get(m.Contact, minho).name_hanja == "李敏鎬"  # type: ignore[union-attr]
        cs.update_contact(s, an, notes="met in Hanoi")  # a save at Bonn keeps the order too
    with bonn.reading() as s:
        assert s.get(m.Contact, an).name_order == NameOrder.GIVEN_FIRST  # type: ignore[union-attr]


def test_the_hanja_goes_there_and_back_and_is_found_at_both(
    offices: tuple[Database, ...], packages: Path
) -> None:
    """Round trip: Bonn corrects the Hanja that came from Beijing; both find the person by it."""
    from petdesk.services import search

    beijing, bonn, _ = offices
    with beijing.transaction() as s:
        minho = cs.create_contact(s, family_name_zh="이", given_name_zh="민호", name_hanja="李敏浩").id
    send(beijing, bonn, packages)
    with bonn.transaction() as s:
        search.refresh_search_index(s)  # as the window does before it lists (an import marks entries)
        assert [r.entity_id for r in search.search(s, "李敏浩")] == [minho]
        cs.update_contact(s, minho, name_hanja="李敏鎬")
    send(bonn, beijing, packages)
    with beijing.transaction() as s:
        search.refresh_search_index(s)
        assert s.get(m.Contact, minho).name_hanja == "李敏鎬"  # type: ignore[union-attr]
        assert [r.entity_id for r in search.search(s, "李敏镐")] == [minho]  # Simplified finds it
        assert search.search(s, "李敏浩") == []
