"""Enum members of one value in different vocabularies keep their own labels (vocab.label)."""

from __future__ import annotations

import enum
from collections import defaultdict

from petdesk import vocab
from petdesk.enums import NeedStatus
from petdesk.models.enums import ActivityKind, FollowUpStatus, ItineraryKind


def test_a_meeting_on_an_itinerary_is_not_an_activitys_meeting() -> None:
    assert vocab.label(ItineraryKind.MEETING, "zh_CN") == "会谈"
    assert vocab.label(ActivityKind.MEETING, "zh_CN") == "会议"
    assert vocab.label(NeedStatus.OPEN, "zh_CN") == "待对接"
    assert vocab.label(FollowUpStatus.OPEN, "zh_CN") == "待办"


def test_every_member_gets_the_label_written_beside_it() -> None:
    """Members of equal value are listed with labels of their own; each must come back."""
    by_value: dict[object, list[tuple[enum.Enum, tuple[str, str]]]] = defaultdict(list)
    for member, names in vocab._MEMBER_LABELS:
        by_value[member.value].append((member, names))
        assert (vocab.label(member, "en"), vocab.label(member, "zh_CN")) == names, member
    assert any(len(members) > 1 for members in by_value.values())  # the case this guards
