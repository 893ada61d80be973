"""Stored phone, fax and WhatsApp numbers typed without a country code rewritten in their
international form (``petdesk phones tidy``, Tools › Tidy Phone Numbers…), and numbers kept among
the other handles of a service whose accounts are numbers (WhatsApp, Viber, Signal ...).

Since phones55 the vCard export and the dossier write such a number dialled from anywhere
(:mod:`petdesk.phone_dialling`), but the file kept it as typed, so the contacts list, search results
and CSV exports showed "0871-6512 3456" beside "+86 871 6512 3456". The rule is the export's: the
number is read with the contact's own country (an address), else their organisation's, else the
office's. Only the office's country *set* counts here (or ``--country``): the export's fallback to
China is a guess that a vCard can afford, a stored rewrite cannot. A number that does not read as a
valid number of that country, or whose country nobody named, is left as it is and reported.

The rewrite is an edit of this office, through the ORM: each number's row keeps its id, its history
gets a line "old → new" (the typed form is kept there, as a vCard keeps it in X-PETDESK-TYPED), the
search key follows (``matching.method_key``) and the change travels to the other offices. It is
kept in the import history (:func:`petdesk.services.import_undo.remembered`, kind "phones"), so that
``phones tidy --undo``, ``import-undo --import N`` and the window undo it as one step, with the
import's care for numbers changed again since; but it is not "the last import" that a plain
``import-undo`` takes back: an office that tidies and then undoes yesterday's import meant the import.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from petdesk.enums import ContactChannel
from petdesk.i18n import N_
from petdesk.mexican_mobiles import current_mexican_mobile
from petdesk.office_country import COUNTRY_SETTING
from petdesk.phone_dialling import _address_country, international_form, number_country
from petdesk.services import import_undo, tidy_runs
from petdesk.services.matching import method_key

#: The kind of the tidy in the import history (``import_undo``), and the source it names.
KIND = "phones"
SOURCE = "phones tidy"

#: Why a country was used: the contact's address, their organisation's, the office's, ``--country``.
REASONS: dict[str, str] = {
    "address": N_("the contact's address"),
    "organisation": N_("the organisation's country"),
    "office": N_("the office's country"),
    "given": N_("--country"),
}
#: Why a number was left as typed.
LEFT_REASONS: dict[str, str] = {
    "unreadable": N_("does not read as a number of {country}"),
    "no_country": N_("no country known (set the office's country, or give --country)"),
}

#: Channels whose values are phone numbers: a WhatsApp account is one too (``matching.PHONE_CHANNELS``).
_CHANNELS = (ContactChannel.PHONE.value, ContactChannel.FAX.value, ContactChannel.WHATSAPP.value)
#: Services of other handles (``Contact.other_handles``) whose accounts are phone numbers; a handle of
#: theirs is tidied when it is written as a number (a Signal user name is not).
PHONE_HANDLE_SERVICES = frozenset({"whatsapp", "signal", "viber", "zalo", "sms", "tel", "phone"})
#: A handle written as a phone number: digits with the signs numbers are typed with, 6 digits or more.
_NUMBER_LIKE = re.compile(r"^[\s\d+()\-./＋０-９]*$")
#: The country of the contact's current organisation (the primary, most recent one first, as the
#: export picks it).
_ORG_COUNTRY = (
    "SELECT o.country FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
    "WHERE a.contact_id = c.id AND a.deleted_at IS NULL AND a.end_date IS NULL AND o.deleted_at IS NULL "
    "ORDER BY a.is_primary DESC, a.start_date DESC LIMIT 1"
)
#: Live numbers of live contacts with what their country is read from: the addresses and the country
#: of the current organisation.
_NUMBERS = text(
    f"SELECT m.id, m.contact_id, m.channel, m.value, c.addresses, ({_ORG_COUNTRY}) "
    "FROM contact_method m JOIN contact c ON c.id = m.contact_id "
    "WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL "
    f"AND m.channel IN ({', '.join(repr(ch) for ch in _CHANNELS)}) "
    "ORDER BY c.family_name, c.given_name, c.id, m.position, m.id"
)
#: Live contacts with an other handle of a service of :data:`PHONE_HANDLE_SERVICES`.
_HANDLES = text(
    f"SELECT c.id, c.other_handles, c.addresses, ({_ORG_COUNTRY}) FROM contact c "
    "WHERE c.deleted_at IS NULL AND c.other_handles != '[]' AND EXISTS (SELECT 1 FROM "
    "json_each(c.other_handles) h WHERE lower(trim(json_extract(h.value, '$.service'))) IN "
    f"({', '.join(repr(s) for s in sorted(PHONE_HANDLE_SERVICES))})) "
    "ORDER BY c.family_name, c.given_name, c.id"
)


@dataclass(frozen=True)
class Rewrite:
    """One number the tidy rewrites."""

    method_id: str
    contact_id: str
    #: Whose number it is, in words ("Chen Ping (陈萍)").
    whose: str
    #: The contact method's channel, or the other handle's service.
    channel: str
    old: str
    new: str
    #: The country it was read with, and why that one (a key of :data:`REASONS`).
    country: str
    reason: str
    #: A number among the contact's other handles (its place in them; ``method_id`` is ""), or -1.
    handle: int = -1


@dataclass(frozen=True)
class Left:
    """A number the tidy leaves as typed, and why (a key of :data:`LEFT_REASONS`)."""

    method_id: str
    contact_id: str
    whose: str
    value: str
    country: str
    why: str
    #: As :attr:`Rewrite.handle`.
    handle: int = -1


@dataclass
class TidyPlan:
    rewrites: list[Rewrite] = field(default_factory=list)
    left: list[Left] = field(default_factory=list)
    #: Rewrites beyond ``--limit``, not listed.
    more: int = 0


def already_international(value: str) -> bool:
    """Whether ``value`` dials from anywhere as stored: "+" first and no "(0)" to drop."""
    return value.lstrip()[:1] in ("+", "＋") and "(" not in value


def country_of(addresses: Sequence[Mapping[str, str]], org_country: str, office: str) -> tuple[str, str]:
    """(country, reason) a contact's numbers are read with, as ``phone_dialling.numbers_country``
    picks it; ("", "") when none is named."""
    own = next((c for a in addresses if (c := _address_country(str(a.get("country", "") or "")))), "")
    for code, reason in ((own, "address"), (org_country, "organisation"), (office, "office")):
        if number_country(code):
            return number_country(code), reason
    return "", ""


def _office_country(session: Session) -> str:
    """The office's country as set (``petdesk office --country``): "" when never set."""
    row = session.execute(text("SELECT value FROM setting WHERE key = :k"), {"k": COUNTRY_SETTING}).first()
    return str(row[0]) if row and row[0] else ""


def _stored_addresses(addresses: Any) -> list[dict[str, str]]:
    try:
        stored = json.loads(addresses) if isinstance(addresses, str) else addresses or []
    except ValueError:
        return []
    return [a for a in stored if isinstance(a, dict)] if isinstance(stored, list) else []


def _phone_handles(raw: Any) -> list[tuple[int, str, str]]:
    """(place, service, handle) of the other handles ``raw`` (stored JSON) that are numbers of a service of
    :data:`PHONE_HANDLE_SERVICES`."""
    try:
        handles = json.loads(raw) if isinstance(raw, str) else raw or []
    except ValueError:
        return []
    return [
        (i, service, value)
        for i, h in enumerate(handles if isinstance(handles, list) else [])
        if isinstance(h, dict)
        and (service := str(h.get("service", "")).strip().casefold()) in PHONE_HANDLE_SERVICES
        and (value := str(h.get("handle", "") or ""))
        and _NUMBER_LIKE.match(value)
        and sum(ch.isdigit() for ch in value) >= 6
    ]


def plan_tidy(
    session: Session, *, country: str = "", limit: int | None = None, locale: str = "en"
) -> TidyPlan:
    """Every number the tidy would rewrite and every one it leaves, in the order of their people
    (contact methods, then numbers among other handles: a WhatsApp number kept as one).
    ``country`` stands in for the office's (it is the last resort, after address and organisation);
    ``limit`` keeps the first so many rewrites (the rest is counted in :attr:`TidyPlan.more`)."""
    from petdesk.services.history import _cursor
    from petdesk.sync.value_words import describe_records

    given = number_country(country)
    office = given or _office_country(session)
    office_reason = "given" if given else "office"
    found: list[Rewrite] = []  # whose is filled in below
    left: list[Left] = []

    def read(
        method_id: str, contact_id: str, channel: str, value: str, addresses: Any, org: Any, at: int
    ) -> None:
        if not value or (already_international(value) and not current_mexican_mobile(value)):
            return
        cc, reason = country_of(_stored_addresses(addresses), org or "", office)
        if reason == "office":
            reason = office_reason
        if not cc:
            left.append(Left(method_id, contact_id, "", value, "", "no_country", at))
            return
        new = international_form(value, cc)
        if new == value:
            left.append(Left(method_id, contact_id, "", value, cc, "unreadable", at))
            return
        found.append(Rewrite(method_id, contact_id, "", channel, value, new, cc, reason, at))

    for method_id, contact_id, channel, value, addresses, org_country in session.execute(_NUMBERS):
        read(method_id, contact_id, channel, value, addresses, org_country, -1)
    for contact_id, handles, addresses, org_country in session.execute(_HANDLES):
        for at, service, value in _phone_handles(handles):
            read("", contact_id, service, value, addresses, org_country, at)
    more = 0
    if limit is not None and len(found) > limit:
        more = len(found) - limit
        found = found[: max(limit, 0)]
    names = describe_records(
        _cursor(session), "contact", [r.contact_id for r in found] + [x.contact_id for x in left], locale
    )
    return TidyPlan(
        [replace(r, whose=names.get(r.contact_id, r.contact_id[:8])) for r in found],
        [replace(x, whose=names.get(x.contact_id, x.contact_id[:8])) for x in left],
        more,
    )


def apply_tidy(session: Session, plan: TidyPlan) -> int:
    """Rewrite the numbers of ``plan`` in the caller's transaction, remembered as one step that
    :func:`undo_last_tidy` takes back; a number changed since the plan was made is left alone.
    Returns how many numbers were rewritten.

    A chunk of numbers is read with one query and written with one flush, and the search index is
    brought up to date once at the end, as an import's undo does: a ``get`` per number flushed and
    re-indexed its person each time (5,000 numbers: 130 s)."""
    from petdesk.models.contact import Contact, ContactMethod

    done = 0
    with tidy_runs.run_remembered(session, kind=KIND, source=SOURCE):
        methods = [r for r in plan.rewrites if r.handle < 0]
        for method, rewrite in tidy_runs.live_rows(session, ContactMethod, methods, lambda r: r.method_id):
            if method.value == rewrite.old:  # else changed since the plan was made
                method.value = rewrite.new
                method.normalized = method_key(method.channel, rewrite.new)
                done += 1
        by_contact: dict[str, list[Rewrite]] = {}
        for r in plan.rewrites:
            if r.handle >= 0:
                by_contact.setdefault(r.contact_id, []).append(r)
        for contact, rewrites in tidy_runs.live_rows(session, Contact, list(by_contact.values()), _whose):
            done += _rewrite_handles(contact, rewrites)
    return done


def _whose(rewrites: list[Rewrite]) -> str:
    return rewrites[0].contact_id


def _rewrite_handles(contact: Any, rewrites: list[Rewrite]) -> int:
    """Rewrite numbers among ``contact``'s other handles, each only if it is still as planned; a new
    list, so that the change is seen, logged (History keeps the typed form) and undone as a field."""
    if contact.deleted_at is not None:
        return 0
    handles = [dict(h) if isinstance(h, dict) else h for h in contact.other_handles or []]
    done = 0
    for r in rewrites:
        if (
            r.handle < len(handles)
            and isinstance(handles[r.handle], dict)
            and handles[r.handle].get("handle") == r.old
        ):
            handles[r.handle]["handle"] = r.new
            done += 1
    if done:
        contact.other_handles = handles
    return done


class NothingToUndo(import_undo.UndoImportError):
    """No tidy of phone numbers is left to undo."""


#: The tidies of numbers in the import history: ``last_tidy(session)``, the newest not undone, or
#: None; ``plan_undo_tidy(session, locale=)``, what undoing it would do (:class:`NothingToUndo` when
#: there is none, ``UndoImportError`` naming the numbers changed again since); ``undo_last_tidy``
#: puts every number of it back as it was typed, in the caller's transaction.
_RUNS = tidy_runs.TidyRuns(KIND, N_("No tidy of phone numbers is left to undo."), NothingToUndo)
last_tidy = _RUNS.last
plan_undo_tidy = _RUNS.plan_undo
undo_last_tidy = _RUNS.undo_last


def reason_words(rewrite: Rewrite, _: Any) -> str:
    """Which country was used and why, in the message language ("DE, the contact's address")."""
    return f"{rewrite.country}, {_(REASONS[rewrite.reason])}"


def left_words(item: Left, _: Any) -> str:
    """Why a number was left as typed, in the message language."""
    return _(LEFT_REASONS[item.why]).format(country=item.country)
