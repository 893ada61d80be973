"""What a visa invitation letter (邀请函) quotes, gathered from a visit (core, no Qt).

Field test 99: the Hefei office invites a delegation of eight from Karlsruhe. A Chinese visa office
wants, per guest, the name as in the passport, gender, date of birth, nationality, passport number,
position and organisation; the purpose, the cities, the dates of entry and exit, who bears the costs;
and the inviting unit's name, address, contact person and phone. The guests are the registration
list's (head and delegates, in order of precedence). A field petdesk does not hold is named in
:meth:`Invitee.missing`: a letter never goes out with a silently empty field.

The office's address, contact person and phone are local settings of this installation (the
``setting`` table, never exchanged): they are this office's letterhead, not shared data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from petdesk import labels
from petdesk.models import Contact, Setting, Visit
from petdesk.services import office as office_service
from petdesk.services.registration_list import registration_list
from petdesk.services.visits import get_visit

#: Office settings a letter's letterhead needs, by their ``petdesk office`` option.
OFFICE_SETTINGS = {
    "address": "office.address",
    "address_zh": "office.address_zh",
    "contact": "office.contact",
    "contact_zh": "office.contact_zh",
    "phone": "office.phone",
    "country": office_service.COUNTRY_SETTING,
}
#: Who bears the costs: each guest's own organisation, or the inviting office.
COSTS = ("guests", "hosts")
#: Per guest, what a visa office asks for, in the letter's column order.
GUEST_FIELDS = ("name", "gender", "birth_date", "nationality", "passport_number", "position", "organisation")


class InvitationError(Exception):
    """The letter cannot be written as asked (a person not invited, data missing)."""


def office_settings(session: Session) -> dict[str, str]:
    """The letterhead's settings by option name ("" when not set)."""
    found = {}
    for option, key in OFFICE_SETTINGS.items():
        row = session.get(Setting, key)
        found[option] = row.value if row is not None else ""
    return found


def set_office_settings(session: Session, **values: str | None) -> None:
    """Set the given letterhead settings (None: left as it is; "": forgotten). The country is stored
    as its code ("de", "Germany" or "德国" store DE); a text naming no country is a ValueError."""
    for option, value in values.items():
        if value is None:
            continue
        if option == "country":
            code = labels.country_code(value)
            if code is None:
                raise ValueError(value)
            value = code
        key = OFFICE_SETTINGS[option]  # KeyError: a programming error
        row = session.get(Setting, key)
        if value.strip():
            session.merge(Setting(key=key, value=value.strip()))
        elif row is not None:
            session.delete(row)
    session.flush()
    if values.get("country") is not None:
        office_service.note_office_country(session)


@dataclass(frozen=True)
class Invitee:
    contact_id: str
    name_latin: str
    name_zh: str
    #: A code of ``labels.GENDERS`` ("m", "f") or "" when not known.
    gender: str
    birth_date: dt.date | None
    nationality: str
    passport_number: str
    position: tuple[str, str]
    organisation: tuple[str, str]

    def missing(self) -> list[str]:
        """The :data:`GUEST_FIELDS` this guest has no value for (a position or organisation in
        either language will do: the letter prints the other language's then)."""
        have = {
            "name": self.name_latin,
            "gender": self.gender in ("m", "f", "o"),
            "birth_date": self.birth_date,
            "nationality": self.nationality,
            "passport_number": self.passport_number,
            "position": any(self.position),
            "organisation": any(self.organisation),
        }
        return [f for f in GUEST_FIELDS if not have[f]]


@dataclass(frozen=True)
class Office:
    name: tuple[str, str]
    address: tuple[str, str]
    contact: tuple[str, str]
    phone: str

    def missing(self, lang: str = "en") -> list[str]:
        """The letterhead's settings not set: ``petdesk office`` options without their dashes. A
        Chinese letter needs the office's Chinese name (the visa office reads the inviting unit's
        name in Chinese) and the address in Chinese."""
        zh = lang.startswith("zh")
        have = {
            "name_zh": not zh or self.name[1],
            "address": self.address[1] if zh else self.address[0],
            "contact": any(self.contact),
            "phone": self.phone,
        }
        return [option for option, value in have.items() if not value]


@dataclass(frozen=True)
class Invitation:
    visit_id: str
    title: tuple[str, str]
    purpose: tuple[str, str]
    entry: dt.date
    exit: dt.date
    #: The itinerary's cities in programme order, each (English, Chinese).
    cities: tuple[tuple[str, str], ...]
    office: Office
    guests: tuple[Invitee, ...]
    #: The head or delegates marked "do not contact" (``services.do_not_contact``), left out of the
    #: letter as of the registration list: (id, Latin name, Chinese name), so the letter says so.
    held: tuple[tuple[str, str, str], ...] = ()

    def missing_visit(self, lang: str = "en") -> list[str]:
        """What the visit lacks for a letter in ``lang``: "purpose" (in that language: an English
        sentence inside the Chinese letter is no purpose for the visa office), "cities"."""
        purpose = self.purpose[1 if lang.startswith("zh") else 0]
        return [key for key, value in (("purpose", purpose), ("cities", self.cities)) if not value]

    def only(self, person: str) -> Invitation:
        """The letter for one guest (a contact id or a unique beginning of it)."""
        wanted = person.strip()
        found = [g for g in self.guests if g.contact_id == wanted] or [
            g for g in self.guests if wanted and g.contact_id.startswith(wanted)
        ]
        if not found and (held := [h for h in self.held if h[0] == wanted or h[0].startswith(wanted)]):
            name = held[0][1] or held[0][2]
            raise InvitationError(f"{name} is marked 'do not contact': no letter names them")
        if not found:
            raise InvitationError(f"{wanted} is not the head or a delegate of this visit")
        if len(found) > 1:
            raise InvitationError(f"several guests have ids starting with {wanted}; give more characters")
        return Invitation(**{**self.__dict__, "guests": (found[0],), "held": ()})


def _date(text: str) -> dt.date | None:
    try:  # "--05-17" (no year) is no date of birth for a visa
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def _invitee(contact: Contact) -> Invitee:
    job = contact.current_affiliation()
    org = job.organisation if job is not None else None
    return Invitee(
        contact_id=contact.id,
        name_latin=contact.name_latin,
        name_zh=contact.name_zh,
        gender=labels.gender_code(contact.gender or ""),
        birth_date=_date(contact.birthday or ""),
        nationality=(contact.nationality or "").upper(),
        passport_number=contact.passport_number or "",
        position=(job.position_en, job.position_zh) if job is not None else ("", ""),
        organisation=(org.name_en, org.name_zh) if org is not None else ("", ""),
    )


def _cities(visit: object) -> tuple[tuple[str, str], ...]:
    seen: dict[str, tuple[str, str]] = {}
    items = [i for i in getattr(visit, "items", []) if i.deleted_at is None]
    for item in sorted(items, key=lambda i: i.starts_at):
        city = (item.city_en.strip(), item.city_zh.strip())
        key = (city[0] or city[1]).casefold()
        if key and key not in seen:
            seen[key] = city
    return tuple(seen.values())


def gather(session: Session, visit_id: str) -> Invitation:
    """The letter's facts for the visit ``visit_id`` (a full id)."""
    visit = get_visit(session, visit_id)
    guests = tuple(
        _invitee(session.get_one(Contact, g.contact_id)) for g in registration_list(session, visit_id).guests
    )
    me = office_service.get_self(session)
    settings = office_settings(session)
    office = Office(
        name=(me.name, me.name_zh or ""),
        address=(settings["address"], settings["address_zh"]),
        contact=(settings["contact"], settings["contact_zh"]),
        phone=settings["phone"],
    )
    return Invitation(
        visit_id=visit.id,
        title=(visit.title_en, visit.title_zh),
        purpose=(visit.purpose_en.strip(), visit.purpose_zh.strip()),
        entry=visit.start_date,
        exit=visit.end_date,
        cities=_cities(visit),
        office=office,
        guests=guests,
        held=_held(visit),
    )


def _held(visit: Visit) -> tuple[tuple[str, str, str], ...]:
    """The visit's live head and delegates marked "do not contact" (the registration list leaves
    them out, and so the letter: field96 and field99 were written side by side, and a delegate was
    dropped from the letter unsaid)."""
    from petdesk.services.registration_list import GUEST_ROLES

    live = [p for p in visit.participants if p.deleted_at is None and p.role in GUEST_ROLES]
    return tuple(
        (c.id, c.name_latin, c.name_zh)
        for c in (p.contact for p in live)
        if c.deleted_at is None and c.do_not_contact
    )


def warnings(session: Session, letter: Invitation, locale: str = "en") -> list[str]:
    """What to tell beside the letter in ``locale``: who was left out for their "do not contact"
    mark, then whose passport expires too soon (:func:`passport_warnings`)."""
    from petdesk.i18n import translator

    _ = translator(locale)
    out = []
    if letter.held:
        zh = locale.startswith("zh")
        names = ("、" if zh else ", ").join((z or n) if zh else (n or z) for _id, n, z in letter.held)
        n = len(letter.held)
        out.append(
            _.ngettext(
                "{n} guest left out who asked not to be contacted: {names}",
                "{n} guests left out who asked not to be contacted: {names}",
                n,
            ).format(n=n, names=names)
        )
    return out + passport_warnings(session, letter, locale)


def passport_warnings(session: Session, letter: Invitation, locale: str = "en") -> list[str]:
    """The registration list's sentences about the letter's guests whose passport expires less than
    six months after the visit: a visa office refuses such a passport, so the letter is said to be
    in vain for them before it is sent (field test 99)."""
    from petdesk.services import registration_list as rl

    found = rl.registration_list(session, letter.visit_id)
    invited = {g.contact_id for g in letter.guests}
    known = tuple(
        g for g in found.guests if g.contact_id in invited and g.passport_number and g.passport_expiry
    )
    return rl.warnings(rl.RegistrationList(found.visit_id, found.end_date, known), locale)
