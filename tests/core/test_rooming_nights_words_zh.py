"""Screenshot review (polish50): the clash list's English "(nights of 18 – 20 Mar)" was Chinese
"（3月18日至3月20日入住）", which reads as the check-in dates; it names the nights now, as "No hotel
for the nights of …" already did ("…各晚"). And a Latin hotel name is set apart by spaces, as the
rest of the Chinese window writes a Latin name ("The Peninsula Shanghai的分房名单为空" before)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from petdesk.services import rooming
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

TOUCHING = re.compile(r"[A-Za-z][\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z]")
HOTEL = "The Peninsula Shanghai"


def _gap(kind: str, people: tuple[str, ...] = ()) -> rooming.RoomingGap:
    return rooming.RoomingGap(
        kind=kind,
        visit_id="v",
        hotel=HOTEL,
        first=dt.date(2026, 3, 18),
        last=dt.date(2026, 3, 20),
        people=people,
        city="shanghai",
    )


@pytest.mark.parametrize(
    "gap",
    [
        _gap(rooming.EMPTY_LIST),
        _gap(rooming.NO_ROOM, ("Anke Krüger",)),
        _gap(rooming.NO_ROOM, ("Anke Krüger", "Jan Weber")),
        _gap(rooming.BEFORE_ARRIVAL, ("Anke Krüger",)),
        _gap(rooming.BEFORE_ARRIVAL, ("Anke Krüger", "Jan Weber")),
        _gap(rooming.LEFT_VISIT, ("Anke Krüger",)),
        _gap(rooming.LEFT_VISIT, ("Anke Krüger", "Jan Weber")),
    ],
)
def test_the_nights_are_named_as_nights(gap: rooming.RoomingGap, tree_catalogue: Path) -> None:
    english = gap.describe("en")
    chinese = gap.describe("zh_CN")
    assert "nights of" in english and "各晚" in chinese, chinese
    assert "入住" not in chinese, chinese  # a check-in date, not the nights
    assert f"{HOTEL} " in chinese and not TOUCHING.search(chinese), chinese


def test_the_empty_list_in_chinese(tree_catalogue: Path) -> None:
    chinese = _gap(rooming.EMPTY_LIST).describe("zh_CN")
    assert chinese.startswith(f"{HOTEL} 的分房名单为空（") and chinese.endswith("各晚）"), chinese
