"""A daily call (one itinerary item a day, as a calendar's RRULE imports it) is briefed once for the
series, not once a day (field test 85: fourteen briefing pages); a day with other people or notes
keeps its own page. The glance page counts the programme in words, leaving out a zero part."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.data import gather_visit
from petdesk.dossier.visit import programme_count
from petdesk.models.enums import ParticipantRole
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import person

CALL = "Daily briefing with the Hamburg office (video)"
#: 25–31 March 2027 but the 28th, 08:00–08:30 in Hamburg: Europe changes to summer time on the 28th.
DAYS = [25, 26, 27, 29, 30, 31]


def _visit(db: Database, *, other_notes_on: int | None = None) -> str:
    with db.transaction() as s:
        visit_id = vs.create_visit(
            s, title_en="Hamburg delegation", title_zh="汉堡代表团", start_date=dt.date(2027, 3, 25),
            end_date=dt.date(2027, 3, 31), timezone="Asia/Shanghai",
        ).id  # fmt: skip
        vs.add_participant(s, visit_id, person(s, "Anke", "Hansen").id, ParticipantRole.HEAD)
        for day in DAYS:
            vs.add_item(
                s, visit_id, start=dt.datetime(2027, 3, day, 8), end=dt.datetime(2027, 3, day, 8, 30),
                timezone="Europe/Berlin", title_en=CALL, title_zh="与汉堡办公室的每日简报（视频）",
                notes="Agenda: press" if day == other_notes_on else "",
            )  # fmt: skip
        vs.add_item(
            s, visit_id, start=dt.datetime(2027, 3, 29, 14), end=dt.datetime(2027, 3, 29, 16),
            title_en="Meeting with the Senate", title_zh="与市政府会谈",
        )  # fmt: skip
    return visit_id


def _text(db: Database, visit_id: str, out: Path, lang: str, sections: frozenset[str]) -> str:
    options = DossierOptions(first_lang=lang, sections=sections, contents=False)
    return flat("".join(pdftotext_pages(build_visit_dossier(db, visit_id, out, options))))


def test_a_daily_call_has_one_briefing_for_its_days(db: Database, tmp_path: Path) -> None:
    visit_id = _visit(db)
    with db.reading() as s:
        data = gather_visit(s, visit_id)
    assert len(data.items) == 7
    [call, senate] = data.briefings
    assert [d.start.day for d in call.series] == DAYS and senate.series == ()
    en = _text(db, visit_id, tmp_path / "en.pdf", "en", frozenset({"briefings", "glance"}))
    zh = _text(db, visit_id, tmp_path / "zh.pdf", "zh", frozenset({"briefings", "glance"}))
    assert en.count(flat(CALL)) == 1 and flat(f"{CALL} (held daily)") in en
    assert "except" in en and "28Mar2027" in en and "（每日举行）" in zh
    assert "2027年3月25日至2027年3月31日每日" in zh and "除外" in zh and zh.count("3月28日") == 1
    # the visit's clock first: 15:00 in Shanghai until Europe's summer time, then 14:00
    assert "15:00–15:30" in en and "14:00–14:30" in en and "08:00–08:30" in en
    assert "Programme:7items;2meetingbriefings" in en and "日程安排：共7项，会谈简报2份" in zh


def test_a_day_with_other_notes_keeps_its_own_briefing(db: Database) -> None:
    visit_id = _visit(db, other_notes_on=27)
    with db.reading() as s:
        briefings = gather_visit(s, visit_id).briefings
    assert [(b.item.start.day, len(b.series)) for b in briefings] == [(25, 5), (27, 0), (29, 0)]


def test_one_meeting_a_day_per_series_even_with_the_same_time(db: Database) -> None:
    visit_id = _visit(db)
    with db.transaction() as s:  # the same call twice on the 25th (a duplicate import) stays apart
        vs.add_item(
            s, visit_id, start=dt.datetime(2027, 3, 25, 8), end=dt.datetime(2027, 3, 25, 8, 30),
            timezone="Europe/Berlin", title_en=CALL, title_zh="与汉堡办公室的每日简报（视频）",
        )  # fmt: skip
    with db.reading() as s:
        briefings = gather_visit(s, visit_id).briefings
    assert sorted(len(b.series) for b in briefings) == [0, 0, 6]


def test_the_glance_count_says_what_it_counts_and_leaves_out_none() -> None:
    assert programme_count(1, 0, "zh") == "共 1 项"
    assert programme_count(1, 0, "en") == "1 item"
    assert programme_count(14, 1, "en") == "14 items; 1 meeting briefing"
    assert programme_count(14, 3, "zh") == "共 14 项，会谈简报 3 份"
    assert programme_count(0, 0, "en") == ""


def test_a_weekly_meeting_is_not_briefed_as_a_daily_one(db: Database) -> None:
    """The same meeting a week apart was one series, printed "Daily, 1 Mar to 15 Mar, except" a
    dozen days: a series takes a day at most three days after its last (a weekend left out)."""
    with db.transaction() as s:
        visit_id = vs.create_visit(
            s, title_en="Long stay", title_zh="长期访问", start_date=dt.date(2027, 3, 1),
            end_date=dt.date(2027, 3, 19), timezone="Asia/Shanghai",
        ).id  # fmt: skip
        for day in (1, 8, 15, 16, 19):  # Mondays, then a call on Tuesday and Friday
            vs.add_item(
                s, visit_id, start=dt.datetime(2027, 3, day, 9), end=dt.datetime(2027, 3, day, 10),
                title_en="Steering meeting", title_zh="指导会议",
            )  # fmt: skip
    with db.reading() as s:
        briefings = gather_visit(s, visit_id).briefings
    assert [(b.item.start.day, len(b.series)) for b in briefings] == [(1, 0), (8, 0), (15, 3)]
