"""Stored phone and fax numbers typed without a country code rewritten in their international form
(``petdesk phones tidy``, Tools › Tidy Phone Numbers…).

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
remembered as an import is (:func:`petdesk.services.import_undo.remembered`, kind "phones"), so that
``phones tidy --undo``, ``petdesk import-undo`` and the window undo it as one step, with the
import's care for numbers changed again since.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from petdesk.enums import ContactChannel
from petdesk.i18n import N_
from petdesk.mexican_mobiles import current_mexican_mobile
from petdesk.office_country import COUNTRY_SETTING
from petdesk.phone_dialling import _address_country, international_form, number_country
from petdesk.services import import_undo
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

_CHANNELS = (ContactChannel.PHONE.value, ContactChannel.FAX.value)
#: Live numbers of live contacts with what their country is read from: the addresses and the country
#: of the current organisation (the primary, most recent one first, as the export picks it).
_NUMBERS = text(
    "SELECT m.id, m.contact_id, m.channel, m.value, c.addresses, ("
    "SELECT o.country FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
    "WHERE a.contact_id = c.id AND a.deleted_at IS NULL AND a.end_date IS NULL AND o.deleted_at IS NULL "
    "ORDER BY a.is_primary DESC, a.start_date DESC LIMIT 1) "
    "FROM contact_method m JOIN contact c ON c.id = m.contact_id "
    "WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL AND m.channel IN ('phone', 'fax') "
    "ORDER BY c.family_name, c.given_name, c.id, m.position, m.id"
)


@dataclass(frozen=True)
class Rewrite:
    """One number the tidy rewrites."""

    method_id: str
    contact_id: str
    #: Whose number it is, in words ("Chen Ping (陈萍)").
    whose: str
    channel: str
    old: str
    new: str
    #: The country it was read with, and why that one (a key of :data:`REASONS`).
    country: str
    reason: str


@dataclass(frozen=True)
class Left:
    """A number the tidy leaves as typed, and why (a key of :data:`LEFT_REASONS`)."""

    method_id: str
    contact_id: str
    whose: str
    value: str
    country: str
    why: str


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


def plan_tidy(
    session: Session, *, country: str = "", limit: int | None = None, locale: str = "en"
) -> TidyPlan:
    """Every number the tidy would rewrite and every one it leaves, in the order of their people.
    ``country`` stands in for the office's (it is the last resort, after address and organisation);
    ``limit`` keeps the first so many rewrites (the rest is counted in :attr:`TidyPlan.more`)."""
    import json

    from petdesk.services.history import _cursor
    from petdesk.sync.value_words import describe_records

    given = number_country(country)
    office = given or _office_country(session)
    office_reason = "given" if given else "office"
    found: list[tuple[str, str, str, str, str, str, str]] = []  # id, contact, channel, old, new, cc, why
    left: list[tuple[str, str, str, str, str]] = []
    for method_id, contact_id, channel, value, addresses, org_country in session.execute(_NUMBERS):
        if not value or (already_international(value) and not current_mexican_mobile(value)):
            continue
        try:
            stored = json.loads(addresses) if isinstance(addresses, str) else addresses or []
        except ValueError:
            stored = []
        cc, reason = country_of([a for a in stored if isinstance(a, dict)], org_country or "", office)
        if reason == "office":
            reason = office_reason
        if not cc:
            left.append((method_id, contact_id, value, "", "no_country"))
            continue
        new = international_form(value, cc)
        if new == value:
            left.append((method_id, contact_id, value, cc, "unreadable"))
            continue
        found.append((method_id, contact_id, channel, value, new, cc, reason))
    more = 0
    if limit is not None and len(found) > limit:
        more = len(found) - limit
        found = found[: max(limit, 0)]
    names = describe_records(
        _cursor(session), "contact", [r[1] for r in found] + [r[1] for r in left], locale
    )
    return TidyPlan(
        [Rewrite(i, c, names.get(c, c[:8]), ch, old, new, cc, why) for i, c, ch, old, new, cc, why in found],
        [Left(i, c, names.get(c, c[:8]), value, cc, why) for i, c, value, cc, why in left],
        more,
    )


def apply_tidy(session: Session, plan: TidyPlan) -> int:
    """Rewrite the numbers of ``plan`` in the caller's transaction, remembered as one step that
    :func:`undo_last_tidy` takes back; a number changed since the plan was made is left alone.
    Returns how many numbers were rewritten.

    A chunk of numbers is read with one query and written with one flush, and the search index is
    brought up to date once at the end, as an import's undo does: a ``get`` per number flushed and
    re-indexed its person each time (5,000 numbers: 130 s)."""
    from sqlalchemy import select

    from petdesk.models.contact import ContactMethod
    from petdesk.services import search

    done = 0
    deferred = session.info.get(search.DEFER_KEY)
    session.info[search.DEFER_KEY] = True
    try:
        with import_undo.remembered(session, kind=KIND, source=SOURCE, last=False), session.no_autoflush:
            for start in range(0, len(plan.rewrites), _CHUNK):
                chunk = {r.method_id: r for r in plan.rewrites[start : start + _CHUNK]}
                for method in session.scalars(select(ContactMethod).where(ContactMethod.id.in_(chunk))):
                    rewrite = chunk[method.id]
                    if method.deleted_at is not None or method.value != rewrite.old:
                        continue
                    method.value = rewrite.new
                    method.normalized = method_key(method.channel, rewrite.new)
                    done += 1
                session.flush()
    finally:
        if not deferred:
            session.info.pop(search.DEFER_KEY, None)
    if not deferred:
        search.refresh_search_index(session)
    return done


#: Numbers read and written at a time.
_CHUNK = 500


def last_tidy(session: Session) -> import_undo.ImportMark | None:
    """The newest tidy not undone yet (in the import history), or None."""
    for past in import_undo.history(session, count_changed=False):
        if past.mark.kind == KIND:
            return None if past.undone else past.mark
    return None


class NothingToUndo(import_undo.UndoImportError):
    """No tidy of phone numbers is left to undo."""


def plan_undo_tidy(session: Session, *, locale: str = "en") -> import_undo.UndoPlan:
    """What undoing the last tidy would do; raises :class:`NothingToUndo` when there is none, and
    ``UndoImportError`` (naming them) when numbers of it were changed again since."""
    from petdesk.i18n import translator

    _ = translator(locale)  # called as ``_`` so that pybabel extracts the sentence
    mark = last_tidy(session)
    if mark is None:
        raise NothingToUndo(_("No tidy of phone numbers is left to undo."))
    plan = import_undo.plan_undo(session, mark, locale=locale)
    if plan.changed:
        raise import_undo.UndoImportError(import_undo.refusal(plan, locale))
    return plan


def undo_last_tidy(
    session: Session, *, locale: str = "en", on_progress: Callable[[int, int], None] | None = None
) -> import_undo.UndoneImport:
    """Put every number of the last tidy back as it was typed, in the caller's transaction."""
    plan = plan_undo_tidy(session, locale=locale)
    return import_undo.undo_import(session, plan, locale=locale, on_progress=on_progress)


def reason_words(rewrite: Rewrite, _: Any) -> str:
    """Which country was used and why, in the message language ("DE, the contact's address")."""
    return f"{rewrite.country}, {_(REASONS[rewrite.reason])}"


def left_words(item: Left, _: Any) -> str:
    """Why a number was left as typed, in the message language."""
    return _(LEFT_REASONS[item.why]).format(country=item.country)
