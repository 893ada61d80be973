"""The office's own record of its bulk actions: "On 2026-12-06 Wang Lei deleted 240 contacts
(untouched for 5 years)".

A year-end cleanup (a bulk delete, a merge, an erasure at a person's request, a bulk restore, an
import undone) left nothing a colleague could read later (round 51). Each such action adds one line
to ``housekeeping_log``, a table of this office's own: it never travels, so other offices' packages,
activity logs and dossiers are untouched by it (the dossier's activity page reads ``activity``
alone). An erasure's line names nobody: it says "erased 1 contact at their request", no more.

Lines are stored as facts (action, kind, count, years) and put into words when read, in the
reader's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.models import HousekeepingEntry
from petdesk.stored_times import stored_time, utcnow
from petdesk.sync.tracking import staff_name

if TYPE_CHECKING:
    from petdesk.i18n import Translator

#: What a line can say was done.
ACTIONS = ("delete", "merge", "erase", "restore", "import_undo")
#: The kinds of records a line counts ("record": several kinds at once, as an import undo).
KINDS = ("contact", "organisation", "record")

#: Actions taken one record at a time but in a row as one job: working through the duplicates
#: dialog merges pair after pair, and twelve lines "merged 1 duplicate contact" hid the other actions.
#: Such a run is one line ("merged 12 duplicate contacts"); each pair stays in merge_record, listed
#: and undone one by one (``merge.list_merges``, ``petdesk merge --list``).
_GATHERED = frozenset({"merge"})
#: How long after the last one the next merge still belongs to the same run.
GATHER_WITHIN = dt.timedelta(minutes=30)

_INSERT = (
    "INSERT INTO housekeeping_log (at, staff, action, kind, count, untouched_years) VALUES (?, ?, ?, ?, ?, ?)"
)


def _check(action: str, kind: str) -> None:
    if action not in ACTIONS or kind not in KINDS:
        raise ValueError(f"no housekeeping line for {action!r} of {kind!r}")


def record(
    session: Session, action: str, kind: str, count: int, *, untouched_years: int | None = None
) -> None:
    """Log that ``count`` records of ``kind`` were ``action``-ed here now, in the caller's
    transaction (the line goes if the action is rolled back). Nothing is logged for none."""
    _check(action, kind)
    if count <= 0:
        return
    staff = staff_name(session.connection().connection.driver_connection)
    now = utcnow()
    if action in _GATHERED and untouched_years is None:
        last = session.scalars(
            select(HousekeepingEntry)
            .order_by(HousekeepingEntry.at.desc(), HousekeepingEntry.id.desc())
            .limit(1)
        ).first()
        if (
            last is not None
            and (last.staff, last.action, last.kind, last.untouched_years) == (staff, action, kind, None)
            and now - last.at <= GATHER_WITHIN
        ):
            last.count += count
            last.at = now
            return
    session.add(
        HousekeepingEntry(
            at=now, staff=staff, action=action, kind=kind, count=count, untouched_years=untouched_years
        )
    )


def record_in(cursor: Any, action: str, kind: str, count: int) -> None:
    """:func:`record` for the services that write through a DB-API cursor (the erasure)."""
    _check(action, kind)
    if count > 0:
        cursor.execute(_INSERT, (stored_time(utcnow()), staff_name(cursor), action, kind, count, None))


@dataclass(frozen=True)
class HousekeepingLine:
    at: dt.datetime
    staff: str
    action: str
    kind: str
    count: int
    untouched_years: int | None


def lines(session: Session, *, limit: int = 500) -> list[HousekeepingLine]:
    """The newest ``limit`` lines, newest first."""
    rows = session.scalars(
        select(HousekeepingEntry)
        .order_by(HousekeepingEntry.at.desc(), HousekeepingEntry.id.desc())
        .limit(limit)
    )
    return [HousekeepingLine(r.at, r.staff, r.action, r.kind, r.count, r.untouched_years) for r in rows]


#: What was done, in words, per (action, kind): one ngettext call each, so that extraction finds them.
_DONE: dict[tuple[str, str], Callable[[Translator, int], str]] = {
    ("delete", "contact"): lambda _, n: _.ngettext("deleted {n} contact", "deleted {n} contacts", n),
    ("delete", "organisation"): lambda _, n: _.ngettext(
        "deleted {n} organisation", "deleted {n} organisations", n
    ),
    ("delete", "record"): lambda _, n: _.ngettext("deleted {n} record", "deleted {n} records", n),
    ("merge", "contact"): lambda _, n: _.ngettext(
        "merged {n} duplicate contact", "merged {n} duplicate contacts", n
    ),
    ("merge", "organisation"): lambda _, n: _.ngettext(
        "merged {n} duplicate organisation", "merged {n} duplicate organisations", n
    ),
    ("merge", "record"): lambda _, n: _.ngettext("merged {n} duplicate", "merged {n} duplicates", n),
    ("erase", "contact"): lambda _, n: _.ngettext(
        "erased {n} contact at their request", "erased {n} contacts at their request", n
    ),
    ("erase", "organisation"): lambda _, n: _.ngettext(
        "erased {n} organisation", "erased {n} organisations", n
    ),
    ("erase", "record"): lambda _, n: _.ngettext("erased {n} record", "erased {n} records", n),
    ("restore", "contact"): lambda _, n: _.ngettext("restored {n} contact", "restored {n} contacts", n),
    ("restore", "organisation"): lambda _, n: _.ngettext(
        "restored {n} organisation", "restored {n} organisations", n
    ),
    ("restore", "record"): lambda _, n: _.ngettext(
        "restored {n} deleted record", "restored {n} deleted records", n
    ),
    ("import_undo", "contact"): lambda _, n: _.ngettext(
        "undid the import of {n} contact", "undid the import of {n} contacts", n
    ),
    ("import_undo", "organisation"): lambda _, n: _.ngettext(
        "undid the import of {n} organisation", "undid the import of {n} organisations", n
    ),
    ("import_undo", "record"): lambda _, n: _.ngettext(
        "undid an import of {n} record", "undid an import of {n} records", n
    ),
}


def sentence(line: HousekeepingLine, locale: str = "en") -> str:
    """ "Wang Lei deleted 240 contacts (untouched for 5 years)", in ``locale``."""
    from petdesk.i18n import format_integer, translator

    _ = translator(locale)
    done = _DONE[(line.action, line.kind)](_, line.count).format(n=format_integer(line.count, locale))
    text = _("{who} {did}").format(who=line.staff or _("Someone here"), did=done)
    if line.untouched_years:
        years = line.untouched_years
        text += _.ngettext(" (untouched for {n} year)", " (untouched for {n} years)", years).format(n=years)
    return text
