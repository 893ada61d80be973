"""The calendar's printed range (issue 16): both languages, times in the viewer's zone, fonts embedded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from petdesk.db import Database
from petdesk.dossier import calendar_print
from petdesk.services import calendar as cs
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdffonts, pdfinfo_pages, pdftotext_pages


def _week(db: Database, items: int = 3) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(
            s,
            title_en="Sponge city study tour",
            title_zh="海绵城市考察",
            start_date=dt.date(2026, 12, 7),
            end_date=dt.date(2026, 12, 9),
            timezone="Asia/Shanghai",
        )
        for n in range(items):
            day = dt.date(2026, 12, 7) + dt.timedelta(days=n % 3)
            vs.add_item(
                s,
                visit.id,
                start=dt.datetime.combine(day, dt.time(9 + n % 8)),
                end=dt.datetime.combine(day, dt.time(10 + n % 8)),
                title_en=f"Meeting with the water bureau {n}",
                title_zh=f"与水务局会谈{n}",
            )


def _render(db: Database, path: Path, first: dt.date, last: dt.date, tz: ZoneInfo) -> int:
    with db.reading() as s:
        events = cs.events_between_dates(s, first, last, tz)
    return calendar_print.render(events, first, last, tz, path)


def test_week_prints_in_both_languages_in_the_viewers_zone(db: Database, tmp_path: Path) -> None:
    _week(db)
    pdf = tmp_path / "week.pdf"
    berlin = ZoneInfo("Europe/Berlin")  # the viewer travels: 09:00 in Shanghai is 02:00 in Berlin
    assert _render(db, pdf, dt.date(2026, 12, 7), dt.date(2026, 12, 13), berlin) == 1
    (text,) = pdftotext_pages(pdf)
    for expected in (
        "Calendar",
        "日历",
        "Monday, 7 December 2026",
        "2026年12月7日星期一",
        "Meeting with the water bureau 0",
        "与水务局会谈0",
        "海绵城市考察",
        "02:00–03:00",
        "Berlin",
        "柏林",
    ):
        assert flat(expected) in flat(text), expected
    assert "09:00–10:00" not in text  # the place's time is not the viewer's
    fonts = pdffonts(pdf)
    assert fonts and all(f.embedded and f.subset for f in fonts), fonts
    assert any(f.name.endswith("+DroidSansFallback") for f in fonts)  # the Chinese face, as a subset


def test_a_long_range_breaks_onto_more_pages_and_an_empty_one_says_so(db: Database, tmp_path: Path) -> None:
    _week(db, items=60)
    pdf = tmp_path / "month.pdf"
    utc = ZoneInfo("UTC")
    pages = _render(db, pdf, dt.date(2026, 11, 30), dt.date(2027, 1, 10), utc)
    assert pages >= 2 and pdfinfo_pages(pdf) == pages
    text = "\n".join(pdftotext_pages(pdf))
    assert all(f"与水务局会谈{n}" in flat(text) for n in range(60))
    empty = tmp_path / "empty.pdf"
    assert _render(db, empty, dt.date(2027, 3, 1), dt.date(2027, 3, 1), utc) == 1
    assert "此时间段内日历上没有安排" in flat(pdftotext_pages(empty)[0])


def test_a_chinese_reader_gets_the_chinese_lines_first(db: Database, tmp_path: Path) -> None:
    """The window prints in its language's order, as the dossiers (field test 58, item 8)."""
    _week(db, items=1)
    shanghai, day = ZoneInfo("Asia/Shanghai"), dt.date(2026, 12, 7)
    with db.reading() as s:
        events = cs.events_between_dates(s, day, day, shanghai)
    for lang, chinese_first in (("zh_CN", True), ("en", False)):
        pdf = tmp_path / f"{lang}.pdf"
        calendar_print.render(events, day, day, shanghai, pdf, first_lang=lang)
        text = flat(pdftotext_pages(pdf)[0])
        for en, zh in (("Calendar", "日历"), ("Meetingwiththewaterbureau0", "与水务局会谈0")):
            assert (text.index(flat(zh)) < text.index(flat(en))) == chinese_first, (lang, en)


def test_a_moment_prints_its_time_and_a_long_item_its_last_day(db: Database, tmp_path: Path) -> None:
    """Round 52: a departure with no end printed "14:00–14:00", a three-day expo "09:00–18:00 (+1)"
    (now "(+2)": the days it goes on past its first)."""
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Expo delegation", start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14),
            timezone="Asia/Shanghai",
        )  # fmt: skip
        at = dt.datetime(2027, 5, 10, 14)
        vs.add_item(s, visit.id, start=at, end=at, title_en="Bus leaves", title_zh="大巴出发")
        vs.add_item(
            s, visit.id, start=dt.datetime(2027, 5, 10, 9), end=dt.datetime(2027, 5, 12, 18),
            title_en="Environmental technology expo", title_zh="环保技术博览会",
        )  # fmt: skip
    pdf = tmp_path / "expo.pdf"
    _render(db, pdf, dt.date(2027, 5, 10), dt.date(2027, 5, 16), ZoneInfo("Asia/Shanghai"))
    text = flat(" ".join(pdftotext_pages(pdf)))  # (without spaces)
    assert "14:00–14:00" not in text and "14:00" in text, text
    assert "09:00–18:00(+2)" in text and "(+1)" not in text, text
