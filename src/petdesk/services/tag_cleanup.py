"""Tidy the tags in use: count them, rename one, merge several into one, delete one.

Data stewards clean up tags before the annual report (field test 25: "No tag rename/merge").
Tags live as JSON lists on organisations and contacts. A rename is not a special operation that
travels between offices: it is written as an ordinary edit of each record's tag list (through
:mod:`petdesk.services.tagging`, with history, search index and sync versions), so the tag-by-tag
merge of :mod:`petdesk.sync.tag_sets` keeps another office's tag edits of the same records.

Tags match case-insensitively, as the bulk Tag/Untag does: renaming "media" also renames "Media".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from petdesk.connection import session_sqlite
from petdesk.i18n import translator
from petdesk.services import search as search_service
from petdesk.services import tagging
from petdesk.services.tagging import TagChange

#: The kinds of records whose tags are tidied here, in the order they are reported.
KINDS = (search_service.ORGANISATION, search_service.CONTACT)


class TagError(ValueError):
    """A tag operation that cannot be done, said in plain words."""


@dataclass(frozen=True)
class TagCount:
    """A tag in use and how many live records of each kind carry it."""

    #: The spelling most records use (tags differing only in case count as one).
    tag: str
    organisations: int
    contacts: int

    @property
    def total(self) -> int:
        return self.organisations + self.contacts


@dataclass(frozen=True)
class TagEdit:
    """What a rename, merge or delete did (or would do, for a dry run): records changed by kind,
    and the changes themselves so that :func:`undo` can put each record's old list back."""

    organisations: int
    contacts: int
    #: Empty for a dry run.
    changes: tuple[TagChange, ...] = ()

    @property
    def total(self) -> int:
        return self.organisations + self.contacts

    def ids(self, kind: str) -> list[str]:
        return [i for change in self.changes if change.kind == kind for i in change.ids]

    def records(self, locale: str = "en") -> str:
        """ "1 organisation and 2 contacts" ("2 contacts" when no organisation), for the command
        line and the window alike."""
        _ = translator(locale)
        orgs = _.ngettext("{n} organisation", "{n} organisations", self.organisations)
        people = _.ngettext("{n} contact", "{n} contacts", self.contacts).format(n=self.contacts)
        orgs = orgs.format(n=self.organisations)
        if not self.organisations or not self.contacts:
            return people if self.contacts else orgs
        return _("{organisations} and {contacts}").format(organisations=orgs, contacts=people)


def tag_counts(session: Session) -> list[TagCount]:
    """Every tag on live organisations and contacts, the most used first (then by name)."""
    counts: dict[str, dict[str, int]] = {}
    spellings: dict[str, dict[str, int]] = {}
    for kind in KINDS:
        for folded, spelling, records in _kind_counts(session, kind):
            counts.setdefault(folded, {}).setdefault(kind, 0)
            counts[folded][kind] = records
            used = spellings.setdefault(folded, {})
            used[spelling] = used.get(spelling, 0) + records
    rows = [
        TagCount(
            # The most used spelling; among equals the first in order, so the choice is stable.
            tag=min(spellings[folded].items(), key=lambda item: (-item[1], item[0]))[0],
            organisations=by_kind.get(search_service.ORGANISATION, 0),
            contacts=by_kind.get(search_service.CONTACT, 0),
        )
        for folded, by_kind in counts.items()
    ]
    return sorted(rows, key=lambda row: (-row.total, row.tag.casefold(), row.tag))


def _kind_counts(session: Session, kind: str) -> list[tuple[str, str, int]]:
    """(folded tag, its most used spelling here, live records carrying it) for one kind."""
    conn = session_sqlite(session)
    tagging._install_functions(conn)
    table = tagging.TABLES[kind]
    # A record carrying "Water" and "water" counts once: distinct ids per folded tag.
    rows = conn.execute(
        "SELECT petdesk_casefold(j.value) AS folded, j.value, count(DISTINCT t.id) "
        f"FROM {table} t, json_each(t.tags) j WHERE t.deleted_at IS NULL AND t.tags != '[]' "
        "GROUP BY folded, j.value"
    ).fetchall()
    records = dict(
        conn.execute(
            "SELECT folded, count(*) FROM (SELECT DISTINCT t.id, petdesk_casefold(j.value) AS folded "
            f"FROM {table} t, json_each(t.tags) j WHERE t.deleted_at IS NULL AND t.tags != '[]') "
            "GROUP BY folded"
        ).fetchall()
    )
    best: dict[str, tuple[str, int]] = {}
    for folded, spelling, n in rows:
        if folded not in best or (n, spelling) > (best[folded][1], best[folded][0]):
            best[folded] = (str(spelling), n)
    return [(folded, best[folded][0], int(records[folded])) for folded in best]


def rename(session: Session, old: str, new: str, *, dry_run: bool = False, locale: str = "en") -> TagEdit:
    """Rename the tag ``old`` to ``new`` on every live record carrying it; a record already
    carrying ``new`` keeps it once."""
    return merge(session, [old], into=new, dry_run=dry_run, locale=locale)


def merge(
    session: Session, sources: Sequence[str], *, into: str, dry_run: bool = False, locale: str = "en"
) -> TagEdit:
    """Replace the tags ``sources`` by ``into`` on every live record carrying one of them (``into``
    once in each list, spelled as given)."""
    _ = translator(locale)
    target = into.strip()
    if not target:
        raise TagError(_("Give the name of the tag to keep."))
    return _replace(session, sources, target, dry_run=dry_run, locale=locale)


def delete(session: Session, tag: str, *, dry_run: bool = False, locale: str = "en") -> TagEdit:
    """Take the tag off every live record carrying it."""
    return _replace(session, [tag], None, dry_run=dry_run, locale=locale)


def undo(session: Session, edit: TagEdit) -> int:
    """Put back the tag lists ``edit`` replaced (a record edited since keeps its newer tags);
    returns how many records changed back."""
    return sum(tagging.undo(session, change) for change in edit.changes)


def _replace(
    session: Session, sources: Sequence[str], into: str | None, *, dry_run: bool, locale: str
) -> TagEdit:
    """Remove ``sources`` (and other spellings of ``into``) from the records carrying a source,
    then add ``into`` (unless None)."""
    _ = translator(locale)
    wanted = [s.strip() for s in sources if s.strip()]
    if not wanted:
        raise TagError(_("Give the tag to change."))
    session.flush()  # pending ORM edits first: the records are read through SQLite below
    in_use = {row.tag.casefold() for row in tag_counts(session)}
    missing = [tag for tag in wanted if tag.casefold() not in in_use]
    if missing:
        raise TagError(_("No organisation or contact carries the tag “{tag}”.").format(tag=missing[0]))
    remove = [*wanted, *([into] if into else [])]
    changed: dict[str, int] = {}
    changes: list[TagChange] = []
    for kind in KINDS:
        # Only the lists that change: a list already as wanted (a case-only rename done before)
        # would be rewritten as other JSON text and counted as changed.
        lists = {
            row_id: new
            for row_id, tags in _carrying(session, kind, wanted).items()
            if (new := _replaced(tags, remove, into)) != tags
        }
        if dry_run:
            changed[kind] = len(lists)
            continue
        change = tagging.write_lists(session, kind, lists)
        changed[kind] = len(change.changed)
        if change.changed:
            changes.append(change)
    return TagEdit(
        organisations=changed[search_service.ORGANISATION],
        contacts=changed[search_service.CONTACT],
        changes=tuple(changes),
    )


def _carrying(session: Session, kind: str, tags: Iterable[str]) -> dict[str, list[str]]:
    """The live records of ``kind`` carrying one of ``tags`` (any case): id → tag list."""
    conn = session_sqlite(session)
    tagging._install_functions(conn)
    folded = sorted({t.casefold() for t in tags})
    marks = ",".join("?" * len(folded))
    rows = conn.execute(
        f"SELECT t.id, t.tags FROM {tagging.TABLES[kind]} t WHERE t.deleted_at IS NULL AND EXISTS "
        f"(SELECT 1 FROM json_each(t.tags) j WHERE petdesk_casefold(j.value) IN ({marks}))",
        folded,
    ).fetchall()
    return {row_id: [str(t) for t in json.loads(tags)] for row_id, tags in rows}


def _replaced(tags: list[str], remove: Iterable[str], into: str | None) -> list[str]:
    """A tag list with ``remove`` (any case) replaced by ``into`` where the first of them stood,
    the later ones dropped; with no ``into`` they are only taken out. A renamed tag keeps its
    place: people order their tags, and the list shows them in that order."""
    gone = {t.casefold() for t in remove}
    kept: list[str] = []
    for tag in tags:
        if tag.casefold() not in gone:
            kept.append(tag)
        elif into is not None and into not in kept:
            kept.append(into)
    return kept
