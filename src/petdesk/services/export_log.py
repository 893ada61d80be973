"""The office's record of the personal data it wrote to files: "On 2026-12-06 Wang Lei exported 12
contacts to partners.vcf".

Field test 84 (a handover): nothing said which personal data had left the office, so neither a
successor nor a person asking "to whom did you send my data?" (PIPL, GDPR) could be answered. Each
export of contacts (vCard, CSV, Excel: the command line's, the window's, a training's or visit's
people), each registration list, sheet of name cards, dossier, set of certificates, yearly archive,
hand-over or follow-up list, person's export, exchange file with contacts, attendance report and
calendar file of a date range (:data:`KINDS`) adds a line to ``export_log``, and the ids of the
people it held to ``export_log_contact`` (ids, not their data; an export of every contact is one
flag: whoever was on file then was in it). Tables of this office's own, never exchanged.
Erasing a person removes their id from the lists (``sync.erasure.erase_person``).

The export services write the line once the file is kept: through the caller's transaction when it
has written, else on a connection of their own (a reading session's work is never committed). A
line that cannot be written (another program holds the write lock, the file is read-only or open on
another computer) leaves the export done: :data:`MISSED`'s listeners say the log missed it.
Lines are stored as facts and put into words when read, in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk.export_log_missed import MISSED
from petdesk.stored_times import read_stored_time, stored_time, utcnow
from petdesk.sync.tracking import staff_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.db import Database
    from petdesk.i18n import Translator

#: What a line can say was written: every file that carries people's data out of the office.
KINDS = (
    "contacts",
    "registration_list",
    "name_cards",
    "banquet_sheet",  # dossier banquet: the guests of a meal with their dietary needs (counts54)
    "archive",  # export-archive: the year's contacts
    "handover",  # handover --out: the leaver's duties
    "follow_ups",  # a follow-up list: owners and the people followed up
    "dossier",  # a visit's or training's dossier: its people (passport numbers maybe)
    "certificates",
    "invitation",  # a visa invitation letter: its guests' passport numbers and dates of birth
    "person",  # person export: everything held on one person
    "exchange",  # a 3iPET exchange file with contacts
    "report",  # an attendance report, interpreters' hours (the events report counts people, names none)
    "mailing_list",  # postal addresses for a print shop's mail merge (field test 98)
    "address_labels",  # a PDF of sticky address labels
    "sync_package",  # a sync package: the records it carried to another office (sync.carried_people)
    "calendar",  # a calendar file of a date range (ical.save_range): its attendees' names and e-mails
)


def _missed(file_name: str | Path, why: BaseException | None = None) -> bool:
    import logging

    # (info: the note is the user's line; this is the log file's, with the reason)
    logging.getLogger(__name__).info("export log missed %s: %s", Path(file_name).name, why or "read-only")
    for listener in list(MISSED):
        listener(Path(file_name).name)
    return False


def _may_not_change(path: Path) -> bool:
    """Nothing here may change the file: a write-protected stick, opened to look at only, or open
    in petdesk on another computer (a write from here makes the sync program's conflicted copy,
    field test 70: as the dossier's note of its print, skipped then)."""
    from petdesk import connection, lock_owner

    return connection.read_only(path) or lock_owner.held_elsewhere(path) is not None


def cannot_write(exc: BaseException) -> bool:
    """An error of the database that leaves the written file as it is: busy, locked, read-only."""
    import sqlalchemy.exc

    if isinstance(exc, sqlalchemy.exc.OperationalError):
        exc = exc.orig if isinstance(exc.orig, BaseException) else exc
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and any(
        word in text for word in ("locked", "busy", "readonly", "read-only")
    )


def _check(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"no export log line for {kind!r}")


def record_in(
    conn: Any, kind: str, file_name: str | Path, count: int, contact_ids: Iterable[str] | None
) -> int | None:
    """Log a file of ``count`` records of ``kind`` written here now, on ``conn`` (a DB-API
    connection or cursor, in the caller's transaction). ``contact_ids`` None: every contact (an
    export of all). Nothing is logged for an empty file: no one's data left. The line's id."""
    _check(kind)
    if count <= 0:
        return None
    cursor = conn.cursor() if hasattr(conn, "cursor") else conn
    cursor.execute(
        "INSERT INTO export_log (at, staff, kind, file_name, count, everyone) VALUES (?, ?, ?, ?, ?, ?)",
        (stored_time(utcnow()), staff_name(cursor), kind, Path(file_name).name, count, contact_ids is None),
    )
    export_id = cursor.lastrowid
    if contact_ids is not None:
        cursor.executemany(
            "INSERT OR IGNORE INTO export_log_contact (contact_id, export_id) VALUES (?, ?)",
            ((contact_id, export_id) for contact_id in contact_ids),
        )
    return int(export_id)


def record_in_file(
    db_path: Path | str, kind: str, file_name: str | Path, count: int, contact_ids: Iterable[str] | None
) -> bool:
    """:func:`record_in` on a connection of its own to ``db_path``, committed (the command line's
    export of every contact reads on a read-only connection, the window's child process too). A
    file nothing may change here (a write-protected stick, opened to look at only) or one locked by
    another program logs nothing: the export goes on, :data:`MISSED` told. Whether it logged."""
    from petdesk import connection

    _check(kind)
    if count <= 0:
        return True
    if _may_not_change(Path(db_path)):
        return _missed(file_name)
    try:
        with closing(connection.connect(db_path, isolation_level=None)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                record_in(conn, kind, file_name, count, contact_ids)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
    except Exception as exc:
        if not cannot_write(exc):
            raise
        return _missed(file_name, exc)
    return True


def record_through(
    db: Database, kind: str, file_name: str | Path, count: int, contact_ids: Iterable[str] | None
) -> bool:
    """:func:`record_in` in a transaction of its own on ``db`` (a file written from what a reading
    session gathered: a registration list, name cards, a dossier); nothing on a file nothing may
    change here or one locked by another program (:data:`MISSED` told). Whether it logged."""
    from petdesk.connection import session_sqlite

    _check(kind)
    if count <= 0:
        return True
    if _may_not_change(db.path):
        return _missed(file_name)
    try:
        with db.transaction() as session:
            record_in(session_sqlite(session), kind, file_name, count, contact_ids)
    except Exception as exc:
        if not cannot_write(exc):
            raise
        return _missed(file_name, exc)
    return True


def record_after(
    session: Session, kind: str, file_name: str | Path, count: int, contact_ids: Iterable[str] | None
) -> bool:
    """:func:`record_in` for an export read through ``session``: in its transaction when it has
    written (a search brought its index up to date: the line commits with it), else on another
    connection of its engine, committed now (a reading session's work is rolled back; the window
    counts its engine's commits as its own). Locked by another program: :data:`MISSED` told."""
    from petdesk.connection import session_sqlite

    _check(kind)
    if count <= 0:
        return True
    conn = session_sqlite(session)
    (_seq, _name, path), *_ = conn.execute("PRAGMA database_list").fetchall()
    if path and _may_not_change(Path(path)):  # nothing to log in
        return _missed(file_name)
    try:
        if conn.in_transaction:
            record_in(conn, kind, file_name, count, contact_ids)
            return True
        from sqlalchemy.engine import Connection

        bind = session.get_bind()
        engine = bind.engine if isinstance(bind, Connection) else bind
        with engine.connect() as other, other.begin():
            record_in(other.connection.driver_connection, kind, file_name, count, contact_ids)
    except Exception as exc:
        if not cannot_write(exc):
            raise
        return _missed(file_name, exc)
    return True


def collecting_ids(items: Iterable[Any], ids: list[str]) -> Iterator[Any]:
    """``items`` as they are, their ``id`` appended to ``ids`` as they pass (whose data was written,
    known once the file is)."""
    for item in items:
        ids.append(item.id)
        yield item


def forget_contact(cursor: Any, contact_id: str) -> None:
    """Take an erased person out of the lists (the lines stay: a file was written, and how many)."""
    cursor.execute("DELETE FROM export_log_contact WHERE contact_id = ?", (contact_id,))


@dataclass(frozen=True)
class ExportLine:
    id: int
    at: dt.datetime
    staff: str
    kind: str
    file_name: str
    count: int
    everyone: bool


_COLUMNS = "e.id, e.at, e.staff, e.kind, e.file_name, e.count, e.everyone"


def _line(row: Any) -> ExportLine:
    return ExportLine(
        int(row[0]), read_stored_time(row[1]), row[2], row[3], row[4], int(row[5]), bool(row[6])
    )


def _connection(source: Session | sqlite3.Connection) -> sqlite3.Connection:
    from petdesk.connection import sqlite_of

    return sqlite_of(source)


def lines(
    source: Session | sqlite3.Connection, *, contact_id: str | None = None, limit: int = 500
) -> list[ExportLine]:
    """The newest ``limit`` lines, newest first; with ``contact_id`` those that held the person:
    listed by id, or an export of every contact made while they were on file."""
    conn = _connection(source)
    if contact_id is None:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM export_log e ORDER BY e.at DESC, e.id DESC LIMIT ?", (limit,)
        )
    else:
        rows = conn.execute(
            f"{_held_by(contact_id)} ORDER BY e.at DESC, e.id DESC LIMIT ?", (contact_id, limit)
        )
    return [_line(r) for r in rows]


#: The person (bound value: the contact's id) and the records merged into them, merges of merges
#: too: the files that held a duplicate held the person ("Sent in N exports", ``exports --contact``
#: of the kept record named none of the files of the one merged into it).
_PERSON = (
    "WITH RECURSIVE person(id) AS (SELECT ? UNION SELECT m.merged_id FROM merge_record m "
    "JOIN person ON m.kept_id = person.id "
    "WHERE m.entity = 'contact' AND m.undone_at IS NULL AND m.deleted_at IS NULL) "
)
#: When the person was on file here first: when a record of them was made, if made here; else at
#: the first package imported after another office made it (it came in one). The creation time
#: alone counted an export of every contact made here before the person came from another office.
_ON_FILE_SINCE = (
    "SELECT min(CASE WHEN made.office IS NULL OR made.office IN (SELECT id FROM office WHERE is_self = 1) "
    "THEN c.created_at ELSE coalesce((SELECT min(x.at) FROM sync_exchange x "
    "WHERE x.direction = 'import' AND x.at >= c.created_at), c.created_at) END) "
    "FROM contact c LEFT JOIN sync_change made "
    "ON made.entity = 'contact' AND made.row_id = c.id AND made.field = '' "
    "WHERE c.id IN (SELECT id FROM person)"
)


def _held_by(contact_id: str) -> str:
    """The lines that held the contact (one bound value: their id)."""
    return (
        f"{_PERSON}SELECT {_COLUMNS} FROM export_log e WHERE e.id IN "
        "(SELECT export_id FROM export_log_contact WHERE contact_id IN (SELECT id FROM person)) "
        f"OR (e.everyone AND e.at >= ({_ON_FILE_SINCE}))"
    )


def times_sent(source: Session | sqlite3.Connection, contact_id: str) -> int:
    """How many files of this office held the person ("sent in 3 exports")."""
    conn = _connection(source)
    (n,) = conn.execute(f"SELECT count(*) FROM ({_held_by(contact_id)})", (contact_id,)).fetchone()
    return int(n)


#: What was written, in words, per kind: one ngettext call each, so that extraction finds them.
_DONE: dict[str, Callable[[Translator, int], str]] = {
    "contacts": lambda _, n: _.ngettext(
        "exported {n} contact to {file}", "exported {n} contacts to {file}", n
    ),
    "registration_list": lambda _, n: _.ngettext(
        "wrote a registration list of {n} guest to {file}",
        "wrote a registration list of {n} guests to {file}",
        n,
    ),
    "name_cards": lambda _, n: _.ngettext(
        "wrote name cards for {n} person to {file}", "wrote name cards for {n} people to {file}", n
    ),
    "banquet_sheet": lambda _, n: _.ngettext(
        "wrote a banquet sheet naming {n} guest to {file}",
        "wrote a banquet sheet naming {n} guests to {file}",
        n,
    ),
    "archive": lambda _, n: _.ngettext(
        "wrote a yearly archive of {n} contact to {file}",
        "wrote a yearly archive of {n} contacts to {file}",
        n,
    ),
    "handover": lambda _, n: _.ngettext(
        "wrote a hand-over list naming {n} person to {file}",
        "wrote a hand-over list naming {n} people to {file}",
        n,
    ),
    "follow_ups": lambda _, n: _.ngettext(
        "wrote a follow-up list naming {n} person to {file}",
        "wrote a follow-up list naming {n} people to {file}",
        n,
    ),
    "dossier": lambda _, n: _.ngettext(
        "wrote a dossier listing {n} person to {file}", "wrote a dossier listing {n} people to {file}", n
    ),
    "certificates": lambda _, n: _.ngettext(
        "wrote certificates for {n} person to {file}", "wrote certificates for {n} people to {file}", n
    ),
    "invitation": lambda _, n: _.ngettext(
        "wrote an invitation letter for {n} person to {file}",
        "wrote an invitation letter for {n} people to {file}",
        n,
    ),
    "person": lambda _, n: _.ngettext(
        "wrote everything held on {n} person to {file}",
        "wrote everything held on {n} people to {file}",
        n,
    ),
    "exchange": lambda _, n: _.ngettext(
        "wrote a 3iPET exchange file with {n} contact to {file}",
        "wrote a 3iPET exchange file with {n} contacts to {file}",
        n,
    ),
    "report": lambda _, n: _.ngettext(
        "wrote a report naming {n} person to {file}", "wrote a report naming {n} people to {file}", n
    ),
    "mailing_list": lambda _, n: _.ngettext(
        "wrote a mailing list of {n} address to {file}", "wrote a mailing list of {n} addresses to {file}", n
    ),
    "address_labels": lambda _, n: _.ngettext(
        "wrote {n} address label to {file}", "wrote {n} address labels to {file}", n
    ),
    "sync_package": lambda _, n: _.ngettext(
        "wrote a sync package carrying {n} person's records to {file}",
        "wrote a sync package carrying {n} people's records to {file}",
        n,
    ),
    "calendar": lambda _, n: _.ngettext(
        "wrote a calendar file of {n} event to {file}", "wrote a calendar file of {n} events to {file}", n
    ),
}


def missed_note(file_name: str, locale: str = "en") -> str:
    """The note beside "done" when the file was written but not logged."""
    from petdesk.i18n import translator

    _ = translator(locale)
    return _(
        "{file} was written, but the export log could not note it (the database is busy or read-only)."
    ).format(file=file_name)


def sentence(line: ExportLine, locale: str = "en") -> str:
    """ "Wang Lei exported 12 contacts to partners.vcf", in ``locale``; an export of every contact
    says so ("(every contact)")."""
    from petdesk.i18n import format_integer, translator

    _ = translator(locale)
    done = _DONE[line.kind](_, line.count).format(n=format_integer(line.count, locale), file=line.file_name)
    text = _("{who} {did}").format(who=line.staff or _("Someone here"), did=done)
    if line.everyone:
        text += _(" (every contact)")
    return text
