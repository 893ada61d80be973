"""Field test 74: Ms. Katrin Müller, international liaison of Leipzig's environment department on
loan to the hub office (German laptop, ``LANG=de_DE.UTF-8``, English window), plans a Chinese
delegation's six days in Leipzig and Dresden across the end of summer time (25 October 2026).

Her files are written here as her programs write them: German Excel's "CSV (Trennzeichen-getrennt)"
(semicolons, Windows-1252, dates 31.12.1980), and Outlook's vCard 2.1 and ICS ("W. Europe Standard
Time"). She searches her contacts the German way, enters a EUR budget as Excel shows it, prints the
English-first dossier and exports the itinerary to Outlook.

Defects found and fixed: "mueller"/"buelow" did not find Müller/von Bülow (only a Müller whose
e-mail said "mueller"); "1.250.000,50 €" was refused by the amount box of a EUR project; the
vCard's "Frau"/"Herr" prefix stayed the English honorific, with no Chinese one and no gender; on
her en_DE-formatted window the amount box read "1,250" (1,25 to her) as 1250, and "0,125" as 125.
Not fixed then: the contacts list filed "Friedrich von Bülow" under V (delegation lists under B), as
the search index's sort key needed a re-index migration (round 51 files him under B in both, DIN
5007-2, migration 0057: tests/core/contacts/test_filing_names.py); the CSV
export writes commas, which German Excel opens as one column (the .xlsx export is the way there).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from icalendar import Calendar
from sqlalchemy import select

from petdesk import models as m
from petdesk.amounts import parse_amount
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.enums import ParticipantRole
from petdesk.services import ical, importing, search
from petdesk.services import projects as ps
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

#: Outlook (German) "Exportieren → CSV", opened and saved again by Excel: semicolons, cp1252, CRLF.
CONTACTS = [
    ["Anrede", "Titel", "Vorname", "Nachname", "Firma", "Position", "E-Mail-Adresse",
     "Telefon geschäftlich", "Ort geschäftlich", "Geburtstag", "Notizen"],
    ["Frau", "", "Katrin", "Müller", "Stadt Leipzig, Amt für Umweltschutz", "Referentin",
     "katrin.mueller@leipzig.de", "+49 341 123-4567", "Leipzig", "31.12.1980", "Budget 1.250.000,50 €"],
    ["Herr", "Dr.-Ing.", "Jürgen", "Weiß", "Stadtwerke Leipzig GmbH", "Leiter Fernwärme",
     "j.weiss@swl.example.de", "+49 341 121-0", "Leipzig", "02.03.1965", ""],
    ["Frau", "Prof. Dr.", "Sabine", "Schmidt-Rottluff", "TU Dresden", "Professorin",
     "schmidt-rottluff@tu-dresden.example.de", "+49 351 463-0", "Dresden", "12.07.1970", ""],
    ["Herr", "", "Friedrich", "von Bülow", "Grüne Liga Sachsen e.V.", "Vorsitzender",
     "vorstand@grueneliga.example.de", "0351 4943350", "Dresden", "", ""],
    ["Frau", "", "Laura", "Müller", "Weißenfelser Wasser GmbH & Co. KG", "Geschäftsführerin",
     "lm@ww.example.de", "03443 1234", "Weißenfels", "", ""],
]  # fmt: skip

#: Outlook 2016 (German) "Speichern unter → vCard": version 2.1, Windows-1252, the Anrede in N.
VCARD = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;LANGUAGE=de;CHARSET=Windows-1252:Groß;Hans-Jürgen;;Herr;\r\n"
    "FN;CHARSET=Windows-1252:Hans-Jürgen Groß\r\n"
    "ORG;CHARSET=Windows-1252:SachsenEnergie AG;Fernwärme\r\n"
    "TEL;WORK;VOICE:+49 351 860-0\r\nEMAIL;PREF;INTERNET:hj.gross@example.de\r\n"
    "BDAY:19620415\r\nEND:VCARD\r\n"
)

#: Outlook's "Kalender speichern" of her meetings: a Windows zone name with its VTIMEZONE.
ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID="W. Europe Standard Time":20261023T100000
DTEND;TZID="W. Europe Standard Time":20261023T113000
DTSTAMP:20260901T080000Z
LOCATION:Stadtwerke Leipzig\\, Augustusplatz 7\\, 04109 Leipzig
SUMMARY;LANGUAGE=de:Besprechung Stadtwerke Leipzig
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID="W. Europe Standard Time":20261026T093000
DTEND;TZID="W. Europe Standard Time":20261026T120000
DTSTAMP:20260901T080000Z
LOCATION:Kläranlage Rosental\\, Leipzig
SUMMARY;LANGUAGE=de:Besichtigung Kläranlage
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D6
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")

UTC = dt.UTC


def _people(db: Database, query: str) -> set[str]:
    with db.reading() as s:
        return {r.name("en") for r in search.search(s, query, kind=search.CONTACT)}


def test_katrin_plans_the_leipzig_and_dresden_visit(db: Database, tmp_path: Path) -> None:
    # 1. her Excel contact list and an Outlook card
    sheet = tmp_path / "Kontakte.csv"
    with sheet.open("w", encoding="cp1252", newline="") as out:
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(CONTACTS)
    card = tmp_path / "Hans-Jürgen Groß.vcf"
    card.write_bytes(VCARD.encode("cp1252"))
    with db.transaction() as s:
        assert importing.import_file(s, sheet).counts == {"added": 5}
        assert importing.import_file(s, card).counts == {"added": 1}
    with db.reading() as s:
        people = {
            c.family_name: c for c in s.scalars(select(m.Contact).where(m.Contact.given_name != "Laura"))
        }
        katrin, weiss, groß = people["Müller"], people["Weiß"], people["Groß"]
        # dates the German way (31.12., not a US month 31), the decimal comma kept in the notes
        assert (katrin.birthday, weiss.birthday) == ("1980-12-31", "1965-03-02")
        assert katrin.notes == "Budget 1.250.000,50 €"
        titles = {n: (c.honorific_en, c.honorific_zh, c.gender) for n, c in people.items()}
        assert titles["Weiß"] == ("Dr.-Ing.", "博士", "m")
        assert titles["Schmidt-Rottluff"] == ("Prof. Dr.", "教授", "f")
        assert titles["Groß"] == ("Mr.", "先生", "m")  # the card's "Herr" (fixed)
        assert (groß.given_name, groß.birthday) == ("Hans-Jürgen", "1962-04-15")
        katrin_id = katrin.id
    # 2. searched with and without umlauts, the German way too (fixed: "mueller", "buelow")
    both = {"Katrin Müller", "Laura Müller"}
    assert _people(db, "muller") == _people(db, "Müller") == _people(db, "mueller") == both
    assert _people(db, "buelow") == _people(db, "bülow") == {"Friedrich von Bülow"}
    assert _people(db, "weiss") == _people(db, "Weiß") >= {"Jürgen Weiß", "Laura Müller"}  # and Weißenfels
    assert _people(db, "schmidt rottluff") == {"Sabine Schmidt-Rottluff"}
    # 3. the visit, Thursday to Tuesday across the night the clocks go back (25 October, 03:00 → 02:00)
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Chinese delegation: district heating and water in Leipzig and Dresden",
            title_zh="中国代表团莱比锡、德累斯顿区域供热与水务考察", start_date=dt.date(2026, 10, 22),
            end_date=dt.date(2026, 10, 27), timezone="Europe/Berlin",
        ).id  # fmt: skip
        vs.add_participant(s, visit, katrin_id, ParticipantRole.HOST)
        night = vs.add_item(
            s, visit, start=dt.datetime(2026, 10, 24, 23, 0), end=dt.datetime(2026, 10, 25, 3, 30),
            kind="transfer", title_en="Night bus Leipzig → Dresden", title_zh="夜间转场 莱比锡→德累斯顿",
        )  # fmt: skip
        assert (night.starts_at, night.ends_at) == (
            dt.datetime(2026, 10, 24, 21, 0, tzinfo=UTC),
            dt.datetime(2026, 10, 25, 2, 30, tzinfo=UTC),
        )  # 5½ hours, not 4½
        result = ical.import_calendar_file(s, visit, ICS.encode(), file="Besprechungen.ics")
        assert (len(result.added), result.skipped) == (2, [])
        starts = {i.title_en: i.starts_at for i in vs.itinerary(s, visit)}
    # Outlook's Windows zone: summer time before the change, winter time after it
    assert starts["Besprechung Stadtwerke Leipzig"] == dt.datetime(2026, 10, 23, 8, 0, tzinfo=UTC)
    assert starts["Besichtigung Kläranlage"] == dt.datetime(2026, 10, 26, 8, 30, tzinfo=UTC)
    # 4. the EUR budget as Excel shows it (fixed), a USD one refused rather than misread
    amount = parse_amount("1.250.000,50 €", "EUR")
    with db.transaction() as s:
        project = ps.create_project(
            s, title_en="District heating exchange Leipzig–Shenyang", currency="EUR", amount=amount
        ).id
        detail = ps.get_project(s, project)
    assert (detail.row.amount_requested, detail.row.currency) == (1_250_000.5, "EUR")
    # 5. the English-first dossier: umlauts and ß printed, fonts embedded
    pdf = build_visit_dossier(db, visit, tmp_path / "Dossier.pdf", DossierOptions(first_lang="en"))
    assert all(r.embedded and r.unicode for r in pdffonts(pdf))
    pages = pdftotext_pages(pdf)
    text = flat("".join(pages))
    assert flat("Katrin Müller") in text and flat("Besichtigung Kläranlage") in text
    assert flat(pages[0]).index(flat("Visit dossier")) < flat(pages[0]).index("接待资料手册")  # English first
    assert flat("Central European Summer Time") in text and flat("Central European Standard Time") in text
    # 6. to her Outlook: Berlin wall-clock times with the zone, the night bus across the change
    with db.reading() as s:
        exported = Calendar.from_ical(ical.export_visit(s, visit, locale="en"))
    events = {str(e["SUMMARY"]): e for e in exported.walk("VEVENT")}
    bus = next(e for name, e in events.items() if name.startswith("Night bus"))
    assert bus["DTSTART"].dt == dt.datetime(2026, 10, 24, 23, 0, tzinfo=bus["DTSTART"].dt.tzinfo)
    assert bus["DTEND"].dt.astimezone(UTC) == dt.datetime(2026, 10, 25, 2, 30, tzinfo=UTC)
    assert bus["DTSTART"].params["TZID"] == "Europe/Berlin"
