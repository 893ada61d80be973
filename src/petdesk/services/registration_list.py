"""A visit's delegation list for registration: what a hotel and the police need to register foreign
guests (and an invitation letter or a visa application quotes): each guest's name in Latin letters and
in Chinese, nationality, passport number and expiry, and date of birth where known.

The guests are the head and the delegates (hosts, drivers and staff are not registered), in the order
of precedence the visit gives. A passport that expires within six months of the visit's last day is
warned about: many countries refuse entry, and hotels query it. This is the one place passport
numbers leave petdesk besides the person's own export and an export asked for them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from petdesk import labels
from petdesk.enums import ParticipantRole
from petdesk.services.table_file import write_table
from petdesk.services.visits import get_visit

if TYPE_CHECKING:
    from petdesk.db import Database

#: Columns in both languages, as the hotel's lodging list has them.
COLUMNS = (
    ("Name", "姓名"),
    ("Name (Chinese)", "中文姓名"),
    ("Nationality", "国籍"),
    ("Passport number", "护照号码"),
    ("Passport expiry date", "护照有效期至"),
    ("Date of birth", "出生日期"),
)
SUFFIXES = (".csv", ".xlsx")
#: Who is registered as a guest.
GUEST_ROLES = (ParticipantRole.HEAD, ParticipantRole.DELEGATE)
#: A passport must stay valid this many months after the visit's last day.
VALID_MONTHS = 6


@dataclass(frozen=True)
class Guest:
    contact_id: str
    name_latin: str
    name_zh: str
    nationality: str
    passport_number: str
    #: None when not known (or not a whole date).
    passport_expiry: dt.date | None
    #: ISO text as stored ("" or "--MM-DD" when the year is not known).
    birthday: str


@dataclass(frozen=True)
class RegistrationList:
    visit_id: str
    end_date: dt.date
    guests: tuple[Guest, ...]

    @property
    def valid_until(self) -> dt.date:
        """The day a passport must still be valid on: six months after the visit's last day."""
        return add_months(self.end_date, VALID_MONTHS)

    def expiring(self) -> list[Guest]:
        """The guests whose passport expires before :attr:`valid_until` (expired ones too)."""
        return [
            g for g in self.guests if g.passport_expiry is not None and g.passport_expiry < self.valid_until
        ]

    def missing(self) -> list[Guest]:
        """The guests without a passport number or expiry date: the list cannot go out for them yet."""
        return [g for g in self.guests if not g.passport_number or g.passport_expiry is None]


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` that many months later, on the month's last day where it is shorter (31 Aug -> 28 Feb)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def registration_list(session: Session, visit_id: str) -> RegistrationList:
    visit = get_visit(session, visit_id)
    live = [p for p in visit.participants if p.deleted_at is None and p.role in GUEST_ROLES]
    # the visit's order of precedence, the head first where none is given
    live.sort(key=lambda p: (p.precedence is None, p.precedence or 0, p.role != ParticipantRole.HEAD))
    guests = tuple(
        Guest(
            contact_id=c.id,
            name_latin=c.name_latin,
            name_zh=c.name_zh,
            nationality=c.nationality or "",
            passport_number=c.passport_number or "",
            passport_expiry=_date(c.passport_expiry or ""),
            birthday=c.birthday or "",
        )
        for c in (p.contact for p in live)
        # asked not to be contacted (field test 96): in the visit still, on no list
        if c.deleted_at is None and not c.do_not_contact
    )
    return RegistrationList(visit.id, visit.end_date, guests)


def headers(lang: str = "en") -> list[str]:
    return [f"{zh} / {en}" if lang.startswith("zh") else f"{en} / {zh}" for en, zh in COLUMNS]


def table(found: RegistrationList, lang: str = "en") -> list[list[object]]:
    return [
        [
            g.name_latin,
            g.name_zh,
            labels.country_name(g.nationality, lang),
            g.passport_number,
            g.passport_expiry or "",
            _date(g.birthday) or "",
        ]
        for g in found.guests
    ]


def write(
    found: RegistrationList,
    path: Path,
    lang: str = "en",
    *,
    delimiter: str = ",",
    logged_in: Database | None = None,
) -> int:
    """``path``'s suffix (.csv or .xlsx) says the format, ``delimiter`` a CSV's separator (a semicolon
    for a hotel's Excel in Germany or France, which read a comma file as one column); returns the
    guests listed. The file is logged in ``logged_in``'s export log (passports leave the office:
    field test 84); without it (a test of the table alone) nowhere."""
    sheet = "登记名单" if lang.startswith("zh") else "registration"
    rows = table(found, lang)
    written = write_table(path, headers(lang), rows, sheet=sheet, date_columns=(5, 6), delimiter=delimiter)
    if logged_in is not None:
        from petdesk.services import export_log

        guests = [g.contact_id for g in found.guests]
        export_log.record_through(logged_in, "registration_list", path, written, guests)
    return written


def warnings(found: RegistrationList, locale: str = "en") -> list[str]:
    """Sentences in ``locale`` about passports expiring too soon and guests without a passport."""
    from petdesk.i18n import format_date, translator

    _ = translator(locale)
    zh = locale.startswith("zh")
    out = [
        _(
            "The passport of {name} expires on {expiry}, less than six months after the visit ends ({until})."
        ).format(
            name=(g.name_zh or g.name_latin) if zh else (g.name_latin or g.name_zh),
            expiry=format_date(g.passport_expiry, locale),
            until=format_date(found.end_date, locale),
        )
        for g in found.expiring()
        if g.passport_expiry is not None
    ]
    if missing := found.missing():
        out.append(
            _.ngettext(
                "{n} guest has no passport number or expiry date yet.",
                "{n} guests have no passport number or expiry date yet.",
                len(missing),
            ).format(n=len(missing))
        )
    return out
