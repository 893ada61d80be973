"""Conflicts over an itinerary item's time: said in the place's zone, settled as one time.

Field test 11 (Chengdu hub and Stuttgart): Stuttgart moved the meeting to 15:00–17:00, Chengdu to
14:30–16:30 (place time, Asia/Shanghai). Stuttgart's laptop (Europe/Berlin) listed the conflict as
"8 Mar 2027, 08:00" against "07:30" with no zone (defect 3); keeping Stuttgart's start only made
15:00–16:30, a time neither office entered (defect 4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import visits
from petdesk.sync import service
from tests.core.sync.helpers import send, values

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def _add_meeting(db: Database) -> str:
    with db.transaction() as session:
        visit = visits.create_visit(
            session,
            title_en="Stuttgart delegation",
            start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 12),
            timezone="Asia/Shanghai",
        )
        item = visits.add_item(
            session,
            visit.id,
            start=dt.datetime(2027, 3, 8, 14, 0),
            end=dt.datetime(2027, 3, 8, 16, 0),
            title_en="Welcome meeting with the Bureau",
            title_zh="与生态环境局会见",
        )
        return item.id


def _move(db: Database, item_id: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    with db.transaction() as session:
        visits.update_item(
            session, item_id, start=dt.datetime(2027, 3, 8, *start), end=dt.datetime(2027, 3, 8, *end)
        )


@pytest.fixture
def moved_both_ways(offices, packages: Path, monkeypatch) -> tuple[Database, Database, str]:
    """Chengdu (the first office) and Stuttgart (the second) move one meeting apart; Chengdu's move
    is the later one and wins; both have heard from each other."""
    monkeypatch.setenv("PETDESK_TZ", "Europe/Berlin")
    chengdu, stuttgart, _hub = offices
    item_id = _add_meeting(chengdu)
    send(chengdu, stuttgart, packages, full=True)
    _move(stuttgart, item_id, (15, 0), (17, 0))
    _move(chengdu, item_id, (14, 30), (16, 30))
    send(stuttgart, chengdu, packages, full=True)
    send(chengdu, stuttgart, packages)
    return chengdu, stuttgart, item_id


def _place_times(db: Database, item_id: str) -> tuple[str, str]:
    row = values(db, "itinerary_item", item_id)
    return tuple(  # type: ignore[return-value]
        dt.datetime.fromisoformat(row[c]).replace(tzinfo=dt.UTC).astimezone(SHANGHAI).strftime("%H:%M")
        if isinstance(row[c], str)
        else _from_micros(row[c])
        for c in ("starts_at", "ends_at")
    )


def _from_micros(value: int) -> str:
    from petdesk.stored_times import read_stored_time

    return read_stored_time(value).astimezone(SHANGHAI).strftime("%H:%M")


# -- defect 3: the place's time, with its offset ------------------------------------------------


def test_item_times_in_conflicts_are_the_place_times_with_their_offset(moved_both_ways) -> None:
    chengdu, stuttgart, _item = moved_both_ways
    starts = [c for c in service.list_conflicts(stuttgart) if c.field == "starts_at"]
    assert len(starts) == 1
    words = service.overridden_words(starts[0], "en")
    assert "(8 Mar 2027, 15:00 (UTC+08:00))" in words, words
    assert "(8 Mar 2027, 14:30 (UTC+08:00))" in words, words
    at_chengdu = [c for c in service.list_conflicts(chengdu, locale="zh_CN") if c.field == "starts_at"]
    assert at_chengdu[0].winner_text == "2027年3月8日 14:30（UTC+08:00）"
    assert at_chengdu[0].loser_text == "2027年3月8日 15:00（UTC+08:00）"


def test_other_times_are_in_the_viewers_zone_labelled_when_it_is_not_the_offices(
    offices, monkeypatch
) -> None:
    """An activity's time has no place of its own: the viewer's zone, with its offset when the
    viewer is away from the office's zone."""
    from petdesk.sync.value_words import ValueWords

    monkeypatch.setenv("PETDESK_TZ", "Europe/Berlin")
    conn = offices[0].raw()
    try:
        at = "2027-03-08T07:00:00+00:00"
        away = ValueWords(conn.cursor(), "en", home="Asia/Shanghai")
        assert away("activity", "occurred_at", at) == "8 Mar 2027, 08:00 (UTC+01:00)"
        at_home = ValueWords(conn.cursor(), "zh_CN", home="Europe/Berlin")
        assert at_home("activity", "occurred_at", at) == "2027年3月8日 08:00"
    finally:
        conn.close()


# -- defect 4: start and end are one decision ---------------------------------------------------


def _open(db: Database) -> dict[str, service.Conflict]:
    return {c.field: c for c in service.list_conflicts(db)}


def test_choosing_the_other_start_brings_its_end_and_the_offices_converge(
    moved_both_ways, packages: Path
) -> None:
    chengdu, stuttgart, item_id = moved_both_ways
    opened = _open(chengdu)
    assert set(opened) == {"starts_at", "ends_at"}
    settled = service.resolve_conflict(chengdu, opened["starts_at"].id, choose_other=True)
    assert settled.together == ("ends_at",)
    assert "Settled with it: Ends, to the same office's value" in service.settled_together_words(settled)
    assert _place_times(chengdu, item_id) == ("15:00", "17:00")  # Stuttgart's time, whole
    assert _open(chengdu) == {}
    resolutions = {c.field: c.resolution for c in service.list_conflicts(chengdu, include_resolved=True)}
    assert resolutions == {"starts_at": "chose_other", "ends_at": "chose_other"}

    result = send(chengdu, stuttgart, packages)
    assert result.new_conflicts == 0
    assert _place_times(stuttgart, item_id) == ("15:00", "17:00")
    assert _open(stuttgart) == {}  # its overridden edit is back: nothing left to decide
    send(stuttgart, chengdu, packages)
    assert values(chengdu, "itinerary_item", item_id) == values(stuttgart, "itinerary_item", item_id)


def test_keeping_the_current_end_keeps_the_current_start(moved_both_ways) -> None:
    chengdu, _stuttgart, item_id = moved_both_ways
    settled = service.resolve_conflict(chengdu, _open(chengdu)["ends_at"].id, choose_other=False)
    assert settled.together == ("starts_at",)
    assert _place_times(chengdu, item_id) == ("14:30", "16:30")
    assert _open(chengdu) == {}


def test_putting_an_overridden_time_back_puts_the_whole_time_back(moved_both_ways, packages: Path) -> None:
    """At Stuttgart the conflict is its own overridden edit; "put it back" restores 15:00–17:00."""
    chengdu, stuttgart, item_id = moved_both_ways
    opened = _open(stuttgart)
    assert opened["starts_at"].overridden and opened["ends_at"].overridden
    service.resolve_conflict(stuttgart, opened["starts_at"].id, choose_other=True)
    assert _place_times(stuttgart, item_id) == ("15:00", "17:00")
    send(stuttgart, chengdu, packages)
    assert _place_times(chengdu, item_id) == ("15:00", "17:00")


def test_sync_resolve_on_the_command_line_says_the_end_went_with_it(moved_both_ways, capsys) -> None:
    from petdesk.cli import main

    chengdu, _stuttgart, item_id = moved_both_ways
    start = _open(chengdu)["starts_at"].id
    capsys.readouterr()
    assert main(["--db", str(chengdu.path), "sync", "conflicts"]) == 0
    listed = capsys.readouterr().out
    assert "Starts: now 8 Mar 2027, 14:30 (UTC+08:00) (from Beijing)" in listed, listed
    assert "settled together with Ends, to the same office's value" in listed
    assert "settled together with Starts, to the same office's value" in listed
    assert main(["--db", str(chengdu.path), "sync", "resolve", start[:8], "--keep", "other"]) == 0
    said = capsys.readouterr().out
    assert "The other value is now a new change." in said
    assert "Settled with it: Ends, to the same office's value" in said
    assert _place_times(chengdu, item_id) == ("15:00", "17:00")


# -- the offices by the window's one rule --------------------------------------------------------


def chengdu_named_in_chinese(offices, packages: Path) -> Database:  # type: ignore[no-untyped-def]
    """Chengdu Hub (成都中心) and Bonn move one meeting apart; Bonn, which heard from Chengdu last,
    has two conflicts won by Chengdu."""
    from petdesk.services import office as office_service

    chengdu, bonn, _hub = offices
    with chengdu.transaction() as session:
        office_service.set_identity(session, name="Chengdu Hub", name_zh="成都中心")
    item_id = _add_meeting(chengdu)
    send(chengdu, bonn, packages, full=True)
    _move(bonn, item_id, (15, 0), (17, 0))
    _move(chengdu, item_id, (14, 30), (16, 30))
    send(chengdu, bonn, packages)
    return bonn


def test_conflicts_name_offices_in_chinese_where_they_have_a_chinese_name(
    offices, packages: Path, capsys
) -> None:
    """Field test 11: the Sync page said "Chengdu Hub" in the Chinese window, where the offices
    table says 成都中心 (``language.office_name``)."""
    from petdesk.cli import main

    bonn = chengdu_named_in_chinese(offices, packages)
    chinese = {(c.winner_office, c.loser_office) for c in service.list_conflicts(bonn, locale="zh_CN")}
    assert chinese == {("成都中心", "Bonn")}
    english = {(c.winner_office, c.loser_office) for c in service.list_conflicts(bonn)}
    assert english == {("Chengdu Hub", "Bonn")}
    capsys.readouterr()
    assert main(["--db", str(bonn.path), "--lang", "zh_CN", "sync", "conflicts"]) == 0
    listed = capsys.readouterr().out
    assert "成都中心" in listed and "Chengdu Hub" not in listed, listed


# -- when an edit was made and a conflict settled: the viewer's time, labelled away from the office


def test_when_an_edit_was_made_and_settled_is_labelled_away_from_the_office(
    offices, packages: Path, capsys, monkeypatch
) -> None:
    """`sync conflicts --all` said when a conflict was settled, and "edit of 5 Dec 2026" when the
    winning edit was made, in this computer's zone with no label. They are now said as the values'
    times are: in the viewer's zone, with its offset when that is not the office's (Bonn's laptop
    taken to Chengdu)."""
    from petdesk.cli import main

    bonn = chengdu_named_in_chinese(offices, packages)
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")
    start = next(c for c in service.list_conflicts(bonn) if c.field == "starts_at")
    assert start.overridden
    made = dt.datetime.fromisoformat(start.winner_at).astimezone(SHANGHAI)
    when = f"{made.day} {made:%b %Y, %H:%M} (UTC+08:00)"
    assert f"overridden by Chengdu Hub's edit of {when} (" in service.overridden_words(start, "en")
    service.resolve_conflict(bonn, start.id, choose_other=False)
    capsys.readouterr()
    assert main(["--db", str(bonn.path), "sync", "conflicts", "--all"]) == 0
    listed = capsys.readouterr().out
    assert "[the current value was kept, " in listed and "(UTC+08:00)]" in listed, listed

    assert main(["--db", str(bonn.path), "--lang", "zh_CN", "sync", "conflicts", "--all"]) == 0
    assert "[已保留当前值，" in capsys.readouterr().out  # a full-width comma in Chinese

    monkeypatch.setenv("PETDESK_TZ", "Europe/Berlin")  # at home: no label, as the values
    assert main(["--db", str(bonn.path), "sync", "conflicts", "--all"]) == 0
    listed = capsys.readouterr().out
    assert "[the current value was kept, " in listed and "UTC+01:00" not in listed, listed


# -- a start or an end chosen alone never ends the item before it starts -------------------------


def _one_end_apart(offices, packages: Path, bonn_moves: str) -> tuple[Database, Database, str]:  # type: ignore[no-untyped-def]
    """Bonn changes only the start (or only the end) of a 14:00–16:00 meeting; Chengdu, later,
    moves the whole meeting elsewhere in the day. Chengdu then has one conflict, about that end."""
    chengdu, bonn, _hub = offices
    item_id = _add_meeting(chengdu)
    send(chengdu, bonn, packages, full=True)
    if bonn_moves in ("start", "both starts"):
        _move(bonn, item_id, (15, 0), (16, 0))  # later start, same end: a shorter meeting
        _move(chengdu, item_id, *(((14, 30), (16, 0)) if bonn_moves == "both starts" else ((9, 0), (10, 0))))
    else:
        _move(bonn, item_id, (14, 0), (17, 0))  # same start, later end
        _move(chengdu, item_id, (18, 0), (19, 0))
    send(bonn, chengdu, packages, full=True)
    return chengdu, bonn, item_id


def test_a_start_chosen_alone_moves_the_end_keeping_the_length(offices, packages: Path) -> None:
    """Bonn's 15:00 start beside Chengdu's 10:00 end would end the meeting five hours before it
    starts. As in the item editor, moving the start keeps the length: 15:00–16:00."""
    chengdu, bonn, item_id = _one_end_apart(offices, packages, "start")
    opened = _open(chengdu)
    assert set(opened) == {"starts_at"}
    assert opened["starts_at"].other_value_order == "ends_at"  # said before the choice
    settled = service.resolve_conflict(chengdu, opened["starts_at"].id, choose_other=True)
    assert settled.moved == ("ends_at",)
    assert _place_times(chengdu, item_id) == ("15:00", "16:00")
    assert service.settled_together_words(settled) == (
        "Ends moved with the start, keeping its length, so it does not end before it starts."
    )
    send(chengdu, bonn, packages)
    assert _place_times(bonn, item_id) == ("15:00", "16:00")
    assert values(chengdu, "itinerary_item", item_id) == values(bonn, "itinerary_item", item_id)


def test_a_start_chosen_alone_that_fits_leaves_the_end(offices, packages: Path) -> None:
    """Both offices moved only the start (15:00 at Bonn, 14:30 at Chengdu), the end stays 16:00:
    choosing Bonn's start gives Bonn's time, 15:00–16:00, not a length kept that nobody entered."""
    chengdu, _bonn, item_id = _one_end_apart(offices, packages, "both starts")
    start = _open(chengdu)["starts_at"]
    assert start.other_value_order == ""
    settled = service.resolve_conflict(chengdu, start.id, choose_other=True)
    assert settled.moved == ()
    assert _place_times(chengdu, item_id) == ("15:00", "16:00")


def test_an_end_chosen_alone_before_the_start_is_refused(offices, packages: Path, capsys) -> None:
    """Bonn's 17:00 end beside Chengdu's 18:00 start: refused in plain words, nothing changed."""
    from petdesk.cli import main

    chengdu, _bonn, item_id = _one_end_apart(offices, packages, "end")
    opened = _open(chengdu)
    assert set(opened) == {"ends_at"}
    assert opened["ends_at"].other_value_order == "refused"
    capsys.readouterr()
    assert main(["--db", str(chengdu.path), "sync", "conflicts"]) == 0
    assert (
        "--keep other is refused: the other value would make it end before it starts"
        in capsys.readouterr().out
    )
    with pytest.raises(service.SyncError, match="end before it starts"):
        service.resolve_conflict(chengdu, opened["ends_at"].id, choose_other=True)
    assert _place_times(chengdu, item_id) == ("18:00", "19:00")
    assert set(_open(chengdu)) == {"ends_at"}  # still waiting
    capsys.readouterr()
    args = ["--db", str(chengdu.path), "--lang", "zh_CN", "sync", "resolve", opened["ends_at"].id[:8]]
    assert main([*args, "--keep", "other"]) != 0
    assert "结束时间早于开始时间" in capsys.readouterr().err
    assert main([*args, "--keep", "current"]) == 0
