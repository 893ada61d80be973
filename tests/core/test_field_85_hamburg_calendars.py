"""Field test 85: Mr. Hans Becker, Hamburg's liaison at the Shanghai hub office, gathers a Hamburg
delegation's programme (25–31 March 2027, across Europe's change to summer time on the 28th) from
the calendar files of four programs into one visit, checks it in Shanghai time, lets an updated
Outlook file resolve a clash, exports the visit for the Hamburg side and prints the dossier.

The files (``tests/data/import/field85``, see its README) are written as Outlook 16, Google Calendar,
Apple Calendar and Lotus Notes write them. Defects found and fixed (tests/core/visits/
test_ical_field85.py): Google's folds inside a Chinese character refused the whole file as "not
UTF-8"; the export failed outright once an item's place had a line break (Apple's LOCATION) and read
its own escaped commas back with a backslash; Apple's three-line LOCATION stayed one place in three
lines; a meeting Outlook cancelled came back when an older copy of the programme was imported again;
Lotus Notes' ``TZID="W. Europe"`` fell back to the visit's zone and its X-LOTUS-* bookkeeping was
reported as "not kept"; a SUMMARY in German and Chinese became all Chinese title; ``petdesk visits``
listed item titles English first in Chinese; the dossier's programme showed Hamburg's 08:00 call
after a 14:00 meeting with no Shanghai time (tests/core/dossier/test_programme_visit_clock.py).
Later fixed (tests/core/dossier/test_daily_briefing_series.py): a daily call made one briefing page
a day, and the glance page read "日程安排：1 · 会谈简报 0".
Not fixed: the meeting briefing pages still give another zone's time alone; an occurrence removed
by hand comes back (reported "added") when a newer copy of the organiser's file still has it, the
organiser's newer copy winning as for any other change.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from icalendar import Calendar

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.services import clashes as clash_service
from petdesk.services import ical
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.core.visits.data import person

FILES = DATA_DIR / "field85"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))
BRIEFING = "Tägliches Briefing mit dem Hamburger Büro (Video)"


def _import(db: Database, visit_id: str, name: str) -> ical.ImportResult:
    with db.transaction() as s:
        return ical.import_calendar_file(s, visit_id, (FILES / name).read_bytes(), file=name)


def _shanghai(db: Database, visit_id: str) -> list[tuple[str, str]]:
    """The itinerary as Hans reads it: (Shanghai day and time, title)."""
    with db.reading() as s:
        return [
            (i.starts_at.astimezone(SHANGHAI).strftime("%d %H:%M"), i.title_en or i.title_zh)
            for i in vs.itinerary(s, visit_id)
        ]


def test_hans_gathers_the_hamburg_programme_from_four_calendars(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        visit_id = vs.create_visit(
            s,
            title_en="Hamburg delegation: port and sponge city",
            title_zh="汉堡代表团：港口与海绵城市",
            start_date=dt.date(2027, 3, 25),
            end_date=dt.date(2027, 3, 31),
            timezone="Asia/Shanghai",
        ).id
        vs.add_participant(s, visit_id, person(s, "Anke", "Hansen").id, "head")

    # Every event accounted for: in the file, stored, skipped with its reason.
    outlook = _import(db, visit_id, "outlook_hamburg_programme.ics")
    assert len(outlook.added) == 9  # 6 briefings (7 days less the EXDATE) + 3 meetings
    assert outlook.skipped == [("Abstimmung Presse (abgesagt)", "cancelled, and not in the itinerary")]
    google = _import(db, visit_id, "google_hamburg_delegation.ics")
    apple = _import(db, visit_id, "apple_tongji.ics")
    notes = _import(db, visit_id, "notes_suez.ics")
    assert [len(r.added) for r in (google, apple, notes)] == [2, 1, 2]
    assert not any(r.skipped or r.dropped for r in (google, apple, notes))
    shown = _shanghai(db, visit_id)
    assert len(shown) == 14

    # The Hamburg briefing at 08:00 Hamburg time is 15:00 in Shanghai, 14:00 after 28 March.
    briefings = [when for when, title in shown if title == BRIEFING]
    assert briefings == ["25 15:00", "26 15:00", "27 15:00", "29 14:00", "30 14:00", "31 14:00"]
    assert ("29 09:00", "Workshop Schwammstadt") in shown  # Google's 01:00 UTC
    assert ("30 15:00", "Besuch Tongji-Universität") in shown  # Apple's floating time
    assert ("29 15:00", "Rückmeldung an Behörde für Umwelt (Telefon)") in shown  # Notes, 09:00 CEST
    with db.reading() as s:
        [workshop] = [i for i in vs.itinerary(s, visit_id) if i.title_zh == "海绵城市研讨会"]
        assert "参加者：汉堡市经济局、上海市生态环境局、上海港务集团" in workshop.notes
        # Hans sees two clashes: the briefing call (15:00) during the Senate meeting (14:00–16:00),
        # and Outlook's port visit (29 March, 10:00) during Google's workshop (09:00–11:00).
        clashes = clash_service.find_clashes(s, visit_id=visit_id)
        assert [{slot.title_en or slot.title_zh for slot in c.slots} for c in clashes] == [
            {"Treffen mit der Stadtverwaltung Shanghai", BRIEFING},
            {"Besichtigung Hafen Yangshan", "Workshop Schwammstadt"},
        ]

    # Outlook's updated file: the port visit moved to the 30th (SEQUENCE 1), the rest unchanged.
    update = _import(db, visit_id, "outlook_hamburg_programme_v2.ics")
    assert (update.added, update.updated, len(update.unchanged)) == ([], ["Besichtigung Hafen Yangshan"], 8)

    assert ("30 10:00", "Besichtigung Hafen Yangshan") in _shanghai(db, visit_id)
    with db.reading() as s:
        [clash] = clash_service.find_clashes(s, visit_id=visit_id)
        assert BRIEFING in {slot.title_en for slot in clash.slots}
        [call_26] = [i for i in vs.itinerary(s, visit_id) if i.title_en == BRIEFING and i.starts_at.day == 26]
    with db.transaction() as s:
        vs.delete_item(s, call_26.id)  # no briefing that day: the delegation is with the Senate
    with db.reading() as s:
        assert clash_service.find_clashes(s, visit_id=visit_id) == []
    # The dinner is cancelled, and stays so when the first file is imported again by mistake.
    assert _import(db, visit_id, "outlook_cancel_dinner.ics").cancelled == [
        "Abgesagt: Abendessen mit Partnern"
    ]
    stale = _import(db, visit_id, "outlook_hamburg_programme.ics")
    assert stale.added == [] and BRIEFING in stale.older
    assert stale.already_cancelled == ["Abendessen mit Partnern"]  # said so, not "older" (wording53)
    shown = _shanghai(db, visit_id)
    assert len(shown) == 12 and "Abendessen mit Partnern" not in {title for _, title in shown}

    # The export for the Hamburg side: zones with VTIMEZONE, lines folded at 75 octets.
    with db.reading() as s:
        data = ical.export_visit(s, visit_id, locale="en")
    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert all(line.decode("utf-8") is not None for line in lines)  # folded between characters
    cal = Calendar.from_ical(data)
    assert {str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")} == {"Asia/Shanghai", "Europe/Berlin"}
    events = cal.walk("VEVENT")
    assert len(events) == 13  # the visit itself and its 12 items
    starts = [ev["dtstart"].dt for ev in events if str(ev["summary"]) == BRIEFING]
    assert {(d.astimezone(SHANGHAI).hour, str(d.tzinfo)) for d in starts} == {
        (15, "Europe/Berlin"),
        (14, "Europe/Berlin"),
    }
    [tongji] = [ev for ev in events if "Tongji" in str(ev["summary"])]
    assert str(tongji["location"]) == "同济大学 四平路1239号 上海"

    # The dossier in both languages: every item, fonts embedded.
    for lang in ("en", "zh"):
        pdf = build_visit_dossier(
            db, visit_id, tmp_path / f"dossier_{lang}.pdf", DossierOptions(first_lang=lang)
        )
        text = flat("".join(pdftotext_pages(pdf)))
        for needle in ("同济大学", "Besichtigung Hafen Yangshan", "海绵城市研讨会", "Fachgespräch"):
            assert flat(needle) in text, (lang, needle)
        assert "Abendessen" not in text
        assert re.search(r"UTC\+02:00", text)  # the briefings after the 28th in Hamburg's summer time
        # the daily call briefed once for its five days (the 26th deleted, the 28th never held)
        numbers = re.findall(r"Briefing(\d+/\d+):" + re.escape(flat(f"{BRIEFING} (held daily)")), text)
        assert len(set(numbers)) == 1  # one page (named in the contents too), not one a day
        assert all(r.embedded and r.unicode for r in pdffonts(pdf))
