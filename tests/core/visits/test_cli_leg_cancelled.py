"""``calendar --import`` of the invitation of a flight whose leg a cancellation removed (round 62):
the command says the flight was cancelled in a calendar file (not deleted here, round 63) and is not
added again, in English and in
Chinese, and adds no leg."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import i18n
from petdesk.db import Database
from petdesk.services import logistics as lg
from tests.core.visits.test_cli_leg_older_copy import _import  # the command in a language
from tests.core.visits.test_ical_leg_cancelled import OUTLOOK_CANCEL, removed_on
from tests.core.visits.test_ical_leg_uid import NEXT_DAY, _legs, visit_id
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

__all__ = ["visit_id"]  # the fixture


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_cancelled_flight_is_told_in_english_and_chinese(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _import(db, visit_id, NEXT_DAY, "en", capsys)
    cancelled = _import(db, visit_id, OUTLOOK_CANCEL, "en", capsys)
    assert "1 cancelled" in cancelled and _legs(db, visit_id) == []
    day = removed_on(db, visit_id)
    shown = i18n.format_date(dt.date.fromisoformat(day), "en")  # "7 Dec 2026"
    english = _import(db, visit_id, NEXT_DAY, "en", capsys)
    assert "0 added, 0 updated, 1 skipped" in english
    assert (
        "  skipped: Flight LH 729 Shanghai - Frankfurt (the flight LH 729 was cancelled in a calendar file "
        f"on {shown}; not added again)"
    ) in english
    chinese = _import(db, visit_id, NEXT_DAY, "zh_CN", capsys)
    year, month, date = (int(x) for x in day.split("-"))
    assert f"航班 LH 729 已于{year}年{month}月{date}日在日历文件中取消；未再添加" in chinese
    assert "cancelled" not in chinese
    assert _legs(db, visit_id) == []


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_a_leg_deleted_here_is_told_as_deleted_not_cancelled(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Round 63: one sentence said "cancelled or deleted"; a leg the user deleted says so."""
    _import(db, visit_id, NEXT_DAY, "en", capsys)
    with db.transaction() as s:
        [leg] = lg.logistics(s, visit_id).legs
        lg.delete_travel_leg(s, leg.id)
    day = removed_on(db, visit_id)
    shown = i18n.format_date(dt.date.fromisoformat(day), "en")
    english = _import(db, visit_id, NEXT_DAY, "en", capsys)
    assert f"(the flight LH 729 was deleted here on {shown}; not added again)" in english
    assert "cancelled" not in english.split("skipped:", 1)[1]
    chinese = _import(db, visit_id, NEXT_DAY, "zh_CN", capsys)
    year, month, date = (int(x) for x in day.split("-"))
    assert f"航班 LH 729 已于{year}年{month}月{date}日在此删除；未再添加" in chinese
    assert _legs(db, visit_id) == []
