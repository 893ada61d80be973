"""Undo the last import as one step (field test 58): a wrong column mapping or a wrong file otherwise
leaves hundreds of records to clean by hand.

An import runs in one transaction, so, as for an editor's save (``undo_save``), the change log
already says everything it did: the changes this office logged between two clock marks taken around
it. The mark of the last import, and those of the last 20 (:func:`history`), are kept in local settings
(never exchanged); undoing soft-deletes the records and links it added (Deleted Records can restore
them) and puts the fields it updated back, reading the import's rows a chunk at a time.

A record changed again since the import, here or by a sync (a change with a later clock value, which
a change made after the import always has, wherever it was made), is not undone: that would silently
throw the later change away. Neither is a record the import added that something else now uses. The
caller is told which, and may undo the rest or nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from petdesk.labels import join_like
from petdesk.language import is_chinese
from petdesk.models import columns_linking_to
from petdesk.models.office import Setting
from petdesk.services import housekeeping
from petdesk.services.history import (
    _attribute,
    _cursor,
    _decode,
    _label,
    _model,
    _python_value,
    _restorable,
    _set_stored,
)
from petdesk.services.undo_save import SavedEdit, change_mark, saved_since
from petdesk.stored_times import utcnow
from petdesk.sync import tracking
from petdesk.sync.entities import by_name

#: Local setting holding the last import's mark (JSON, see :class:`ImportMark`).
LAST_IMPORT_KEY = "import.last"
#: Local setting holding the recent imports, newest first (JSON list of marks, each with "undone": when).
HISTORY_KEY = "import.history"
#: Imports kept in the history: an office imports several files in a row and notices a bad one later.
HISTORY_SIZE = 20
#: Rows an import adds to a record and that go with it: (the record's table, the linking column).
PART_OF = {"contact_method": ("contact", "contact_id"), "affiliation": ("contact", "contact_id")}
#: Records named at most in a refusal (the count says the rest).
NAMED = 8

Key = tuple[str, str]
#: Kinds kept in the history but never "the last import" (``remembered(last=False)``): a tidy of
#: phone numbers (``phone_tidy``) is undone by ``phones tidy --undo`` or ``import-undo --import N``.
NOT_LAST = frozenset({"phones"})


class UndoImportError(ValueError):
    """The import cannot be undone (as a whole); the message says why, for the user."""


@dataclass(frozen=True)
class ImportMark:
    """Where the last import is in the change log, and what it read."""

    #: "contacts", "organisations", "technologies", "needs", "calendar" (a visit's .ics), "visits" (past
    #: visits, ``past_visits``) or "exchange"
    #: (a 3iPET exchange file).
    kind: str
    #: The file's name.
    file: str
    office: str
    after: str
    until: str
    #: When it ran (ISO, UTC).
    at: str
    #: Every file of an import of several files (one command's), which ``file`` lists too.
    files: tuple[str, ...] = ()

    @property
    def edit(self) -> SavedEdit:
        return SavedEdit(self.office, self.after, self.until)

    @property
    def names(self) -> tuple[str, ...]:
        """The files it read (a mark kept before ``files`` existed names one)."""
        return tuple(self.files) or (self.file,)

    @property
    def id(self) -> str:
        """A short id the user can type (``import-undo --import ID``): its place in the change log,
        so that a mark kept before the history existed has one too."""
        return hashlib.sha1(f"{self.office}|{self.until}".encode()).hexdigest()[:8]


#: ``session.info`` key set while an import is remembered: the files of one command import inside it
#: and are undone with it, not each as "the last import".
_REMEMBERING = "import_undo.remembering"


@contextmanager
def remembered(
    session: Session, *, kind: str, source: str | Sequence[str], last: bool = True
) -> Iterator[None]:
    """Around an import's writes, in its transaction: afterwards the import is the last one that
    :func:`last_import` names (a dry run's rollback takes the mark back with the records). Several
    sources (one command's files) are one import; an import inside another is part of it.

    ``last=False`` (a tidy of phone numbers, which has its own undo): kept in the history only, so
    that a plain ``import-undo`` still takes back the last real import, not the tidy run after it."""
    if session.info.get(_REMEMBERING):
        yield
        return
    names = tuple(n.removeprefix("import:") for n in ([source] if isinstance(source, str) else source))
    after = change_mark(session)
    session.info[_REMEMBERING] = True
    try:
        yield
    finally:
        session.info.pop(_REMEMBERING, None)
    edit = saved_since(session, after)
    setting = session.get(Setting, LAST_IMPORT_KEY)
    if edit is None:  # it changed nothing: nothing to undo, and an older import is not "the last"
        if setting is not None and last:
            session.delete(setting)
        return
    files = names if len(names) > 1 else ()
    mark = ImportMark(kind, ", ".join(names), edit.office, edit.after, edit.until, _now(), files)
    value = json.dumps(mark.__dict__)
    if last and setting is None:
        session.add(Setting(key=LAST_IMPORT_KEY, value=value))
    elif last and setting is not None:
        setting.value = value
    _save_history(session, [{**mark.__dict__, "undone": ""}, *_history_rows(session)][:HISTORY_SIZE])
    session.flush()


@contextmanager
def continuing(session: Session, mark: ImportMark | None) -> Iterator[None]:
    """Around writes that finish the import ``mark`` after its own transaction (the import window's
    Register for a Training…): they become part of it, undone with it as the command's ``--training``
    registrations are, if it is still the last import and nothing was logged after it. Otherwise they
    stand on their own: a write in between may use what they add."""
    last = last_import(session)
    follows = mark is not None and last == mark and _logged_last(session, mark)
    yield
    if not follows or last is None:
        return
    edit = saved_since(session, last.until)
    if edit is None:
        return
    longer = replace(last, until=edit.until)
    setting = session.get(Setting, LAST_IMPORT_KEY)
    if setting is not None:
        setting.value = json.dumps(longer.__dict__)
    rows = _history_rows(session)
    for row in rows:  # the history's row of it: its id follows (a place in the log, see ImportMark.id)
        if row.get("office") == last.office and row.get("until") == last.until and not row.get("undone"):
            row["until"] = edit.until
    _save_history(session, rows)
    session.flush()


def _logged_last(session: Session, mark: ImportMark) -> bool:
    """Whether the change log ends with ``mark``'s import: no row after its last (a sync brings rows
    with older clock values, so the rows' order is asked, not the clock's)."""
    its_last, log_last = session.execute(
        text(
            "SELECT (SELECT max(rowid) FROM sync_change WHERE office = :office AND hlc = :until), "
            "(SELECT max(rowid) FROM sync_change)"
        ),
        {"office": mark.office, "until": mark.until},
    ).one()
    return its_last is not None and its_last == log_last


def _now() -> str:
    return utcnow().isoformat(timespec="seconds")


def last_import(session: Session) -> ImportMark | None:
    """The last import not undone yet, or None."""
    setting = session.get(Setting, LAST_IMPORT_KEY)
    if setting is None or not setting.value:
        return None
    try:
        fields = json.loads(setting.value)
        mark = ImportMark(**{**fields, "files": tuple(fields.get("files", ()))})
    except (TypeError, ValueError):
        return None
    # a tidy of phone numbers remembered as "the last import" before it had its own undo: not one
    return None if mark.kind in NOT_LAST else mark


@dataclass(frozen=True)
class PastImport:
    """One import of the history, for ``import-undo --list`` and the window's list."""

    mark: ImportMark
    #: When it was undone (ISO, UTC), or "".
    undone: str
    #: Records of it changed since (by a later import, an edit or a sync); 0 when undone.
    changed: int
    #: Records it added and records it updated (not counting their parts: phone numbers, jobs).
    added: int = 0
    updated: int = 0
    #: Training registrations it made (``import-contacts --training``, Register for a Training…):
    #: people put on a training, not records added (fixes 50).
    registered: int = 0

    @property
    def undoable(self) -> bool:
        return not self.undone


def _history_rows(session: Session) -> list[dict[str, Any]]:
    setting = session.get(Setting, HISTORY_KEY)
    try:
        rows = json.loads(setting.value) if setting is not None and setting.value else []
    except ValueError:
        return []
    return [row for row in rows if isinstance(row, dict)] if isinstance(rows, list) else []


def _save_history(session: Session, rows: list[dict[str, Any]]) -> None:
    setting = session.get(Setting, HISTORY_KEY)
    value = json.dumps(rows)
    if setting is None:
        session.add(Setting(key=HISTORY_KEY, value=value))
    else:
        setting.value = value


def _as_mark(fields: dict[str, Any]) -> ImportMark | None:
    try:
        known = {k: v for k, v in fields.items() if k in ImportMark.__dataclass_fields__}
        return ImportMark(**{**known, "files": tuple(known.get("files", ()))})
    except TypeError:
        return None


def history(session: Session, *, count_changed: bool = True) -> list[PastImport]:
    """The recent imports, newest first (the last import of a database older than the history too)."""
    found: list[PastImport] = []
    for row in _history_rows(session):
        mark = _as_mark(row)
        if mark is not None:
            found.append(PastImport(mark, str(row.get("undone", "")), 0))
    last = last_import(session)
    if last is not None and all(p.mark.id != last.id for p in found):
        found.insert(0, PastImport(last, "", 0))
    if not count_changed:
        return found
    return [
        PastImport(
            p.mark, p.undone, 0 if p.undone else changed_count(session, p.mark), *_counts(session, p.mark)
        )
        for p in found
    ]


#: Rows an import adds that are counted apart from its records: a registration puts a person on a
#: training (a record the import added or one it found), it adds no record of its own.
REGISTRATION = "training_participant"


def _counts(session: Session, mark: ImportMark) -> tuple[int, int, int]:
    """Records added, records updated and training registrations made, each counted once."""
    added, touched, registered = session.execute(
        text(
            "SELECT count(DISTINCT CASE WHEN coalesce(field, '') = '' AND entity != :registration "
            "THEN entity || ':' || row_id END), "
            "count(DISTINCT CASE WHEN entity != :registration THEN entity || ':' || row_id END), "
            "count(DISTINCT CASE WHEN coalesce(field, '') = '' AND entity = :registration THEN row_id END) "
            "FROM sync_change WHERE office = :office AND hlc > :after AND hlc <= :until "
            "AND entity NOT IN (SELECT value FROM json_each(:parts))"
        ),
        {**_span(mark), "parts": json.dumps(list(PART_OF)), "registration": REGISTRATION},
    ).one()
    return int(added or 0), int(touched or 0) - int(added or 0), int(registered or 0)


def changed_count(session: Session, mark: ImportMark) -> int:
    """Records of the import changed since, counted in SQL for a list (:func:`plan_undo` reads the
    whole import): a row of it with a change logged later, or a person of it given a part since (a
    new job or phone number by a later import). A record put to use elsewhere (a visit) is seen only
    when the undo is planned."""
    span = {**_span(mark), "taken_back": _taken_back(session)}
    parts = " UNION ".join(
        f"SELECT '{parent}', p.{column} FROM sync_change l JOIN {part} p ON p.id = l.row_id "
        f"WHERE l.entity = '{part}' AND l.hlc > :until AND {_NOT_TAKEN_BACK} "
        f"AND p.{column} IN (SELECT row_id FROM sync_change "
        f"WHERE entity = '{parent}' AND office = :office AND hlc > :after AND hlc <= :until)"
        for part, (parent, column) in PART_OF.items()
    )
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM (SELECT entity, row_id FROM sync_change c "
                "WHERE office = :office AND hlc > :after AND hlc <= :until AND EXISTS ("
                "SELECT 1 FROM sync_change l WHERE l.entity = c.entity AND l.row_id = c.row_id "
                f"AND l.hlc > :until AND {_NOT_TAKEN_BACK}) UNION {parts})"
            ),
            span,
        ).scalar_one()
    )


def find_import(session: Session, which: str, *, locale: str = "en") -> ImportMark:
    """The import ``which`` names: its place in :func:`history` (1 is the last) or its id (or the
    id's start); raises, saying why, when none is meant or it was undone already."""
    _ = _words(locale)
    past = history(session, count_changed=False)
    which = which.strip().lower()
    if which.isdigit() and len(which) < 4:
        index = int(which) - 1
        chosen = [past[index]] if 0 <= index < len(past) else []
    else:
        chosen = [p for p in past if which and p.mark.id.startswith(which)]
    if len(chosen) != 1:
        raise UndoImportError(
            _("No recent import is {which}: import-undo --list shows them.").format(which=which)
        )
    if chosen[0].undone:
        raise UndoImportError(_("That import was undone already."))
    return chosen[0].mark


@dataclass
class _Group:
    """A record with the rows the import added to it or changed in it (a person's phone numbers)."""

    owner: Key
    created: list[Key] = field(default_factory=list)
    #: (table, id, column) -> (value before the import, value it wrote)
    fields: dict[tuple[str, str, str], tuple[Any, Any]] = field(default_factory=dict)

    @property
    def adds_owner(self) -> bool:
        return self.owner in self.created


@dataclass
class UndoPlan:
    """What undoing the import would do, and what stops it: counts and the few records kept, not the
    import's rows (a 20,000-row import's rows are read again, a chunk at a time, when it is undone)."""

    mark: ImportMark
    #: Records changed (or put to use) since the import, with their labels (the first few).
    changed: dict[Key, str]
    #: Those and the records the import added that they use (an organisation of a kept person's
    #: job): left as they are when the rest is undone.
    kept: dict[Key, str]
    #: Records the import added that undoing deletes.
    deleted: int = 0
    #: Records the import updated whose fields undoing puts back.
    restored: int = 0
    #: Rows the import added to records it did not add (a new job, a new phone number).
    links: int = 0
    #: Training registrations the import made, which undoing removes (said apart from records).
    registrations: int = 0
    #: Records (with their parts) an undo goes through: the total of its progress.
    records: int = 0
    #: The change log's end when planned (:func:`_log_end`): see :func:`planned_again`.
    logged_to: tuple[int, str] = (0, "")
    #: A tidy of phone numbers (not undone) ran after the import: the refusal says to undo it first.
    tidied_since: bool = False


def plan_undo(session: Session, mark: ImportMark | None = None, *, locale: str = "en") -> UndoPlan:
    """What undoing ``mark`` (by default the last import) would do; raises when there is no import to
    undo. Reads the import's rows a chunk at a time: memory stays the same for any size of import."""
    mark = mark or last_import(session)
    if mark is None:
        _ = _words(locale)  # called as ``_`` so that pybabel extracts the sentence (it said it in English)
        raise UndoImportError(_("There is no import to undo."))
    logged_to = _log_end(session)
    changed = dict.fromkeys(_changed_since(session, mark), "")
    updated: list[_Group] = []
    for group in _groups(session, mark):
        if group.owner not in changed and any((e, r) not in group.created for e, r, _c in group.fields):
            updated.append(group)
        if len(updated) >= BATCH:
            changed.update(dict.fromkeys(_values_moved(session, updated), ""))
            updated = []
    changed.update(dict.fromkeys(_values_moved(session, updated), ""))
    changed.update(dict.fromkeys(_registrations_marked(session, mark), ""))
    # put to use by a record outside the import since (a visit the person joined): named too
    changed.update(dict.fromkeys(_still_used(session, mark, changed), ""))
    cursor = _cursor(session)
    labels = {key: _label(cursor, key[0], key[1], locale) for key in list(changed)[:NAMED]}
    kept = dict(changed)
    while used := _still_used(session, mark, kept, by_kept=True):  # a kept person's job keeps its org
        kept.update(dict.fromkeys(used, ""))
    plan = UndoPlan(
        mark,
        {key: labels.get(key, "") for key in changed},
        kept,
        logged_to=logged_to,
        tidied_since=bool(changed) and _tidied_since(session, mark),
    )
    for group in _groups(session, mark):
        if group.owner in kept:
            continue
        plan.records += 1
        if group.adds_owner and group.owner[0] == REGISTRATION:
            plan.registrations += 1
        elif group.adds_owner:
            plan.deleted += 1
        else:
            plan.restored += bool(group.fields)
            plan.links += sum(1 for key in group.created if key != group.owner)
    return plan


def _tidied_since(session: Session, mark: ImportMark) -> bool:
    """Whether a tidy (a kind of :data:`NOT_LAST`) not undone yet ran after ``mark``'s import."""
    return any(
        p.mark.kind in NOT_LAST and not p.undone and p.mark.until > mark.until
        for p in history(session, count_changed=False)
    )


def planned_again(session: Session, plan: UndoPlan, *, locale: str = "en") -> UndoPlan:
    """``plan`` for the transaction that carries it out, after the question: planned afresh when
    anything was logged since (an edit, a sync, a later import changes what may be undone), else the
    same plan, as planning again would find (it reads the whole import: a fifth of undoing 20,000
    people)."""
    if plan.logged_to != (0, "") and _log_end(session) == plan.logged_to:
        return plan
    return plan_undo(session, plan.mark, locale=locale)


def _log_end(session: Session) -> tuple[int, str]:
    """The change log's last row and newest clock value: every write through the ORM, a sync and
    an erasure log a row, so an unchanged end means nothing was written since."""
    row = session.execute(
        text("SELECT (SELECT max(rowid) FROM sync_change), (SELECT max(hlc) FROM sync_change)")
    ).one()
    return int(row[0] or 0), str(row[1] or "")


def _owned_rows_sql(where: str, order: str = "") -> str:
    """The rows the import logged, each with its owner: a part's parent (a phone number's person)."""
    joins = " ".join(
        f"LEFT JOIN {part} p{i} ON c.entity = '{part}' AND p{i}.id = c.row_id"
        for i, part in enumerate(PART_OF)
    )
    owned = list(enumerate(PART_OF.values()))
    entity = " ".join(f"WHEN p{i}.{column} != '' THEN '{parent}'" for i, (parent, column) in owned)
    row_id = " ".join(f"WHEN p{i}.{column} != '' THEN p{i}.{column}" for i, (_p, column) in owned)
    return (
        f"SELECT CASE {entity} ELSE c.entity END AS owner_entity, CASE {row_id} ELSE c.row_id END "
        f"AS owner_id, c.entity, c.row_id, c.field, c.old_value, c.new_value FROM sync_change c {joins} "
        f"WHERE c.office = :office AND c.hlc > :after AND c.hlc <= :until {where} {order}"
    )


def _span(mark: ImportMark) -> dict[str, str]:
    return {"office": mark.office, "after": mark.after, "until": mark.until}


def _groups(session: Session, mark: ImportMark, owners: set[Key] | None = None) -> Iterator[_Group]:
    """The import's records with their parts, one at a time, in the order of their owners (SQLite
    sorts the log rows, so a chunk of them is in memory, not the import); only ``owners`` if given."""
    rows = session.execute(
        text(_owned_rows_sql("", "ORDER BY owner_entity, owner_id, c.hlc, c.rowid")), _span(mark)
    )
    group: _Group | None = None
    for owner_entity, owner_id, entity, row_id, column, old, new in rows:
        owner = (owner_entity, owner_id)
        if owners is not None and owner not in owners:
            continue
        if group is None or group.owner != owner:
            if group is not None:
                yield group
            group = _Group(owner)
        if not column:
            group.created.append((entity, row_id))
        elif column not in ("created_at", "updated_at"):
            first = group.fields.get((entity, row_id, column), (old, new))
            group.fields[(entity, row_id, column)] = (first[0], new)
    if group is not None:
        yield group


#: A log row ``l`` outside the spans of :func:`_taken_back` (bound as ``:taken_back``).
_NOT_TAKEN_BACK = (
    "NOT EXISTS (SELECT 1 FROM json_each(:taken_back) t WHERE l.office = json_extract(t.value, '$[0]') "
    "AND l.hlc > json_extract(t.value, '$[1]') AND l.hlc <= json_extract(t.value, '$[2]'))"
)


def _taken_back(session: Session) -> str:
    """The log spans (JSON list of [office, after, until]) of tidies (:data:`NOT_LAST`) that were
    undone, and of their undos: together they changed nothing, so an import they touched is not
    "changed since" (the refusal's advice, "undo the tidy first", then holds)."""
    spans: list[list[str]] = []
    for row in _history_rows(session):
        if row.get("kind") in NOT_LAST and row.get("undone") and row.get("undo_until"):
            spans.append([str(row.get("office", "")), str(row.get("after", "")), str(row.get("until", ""))])
            spans.append([str(row.get("office", "")), str(row.get("undo_after", "")), str(row["undo_until"])])
    return json.dumps(spans)


def _changed_since(session: Session, mark: ImportMark) -> list[Key]:
    """Records of the import with a change logged after it, by anyone: a change made after the
    import, here or at an office that had received it, has a later clock value."""
    later = session.execute(
        text(
            "SELECT DISTINCT owner_entity, owner_id FROM ("
            + _owned_rows_sql(
                "AND EXISTS (SELECT 1 FROM sync_change l WHERE l.entity = c.entity "
                f"AND l.row_id = c.row_id AND l.hlc > :until AND {_NOT_TAKEN_BACK})"
            )
            + ")"
        ),
        {**_span(mark), "taken_back": _taken_back(session)},
    )
    return [(entity, row_id) for entity, row_id in later]


def _registrations_marked(session: Session, mark: ImportMark) -> list[Key]:
    """Training registrations the import added (``import-contacts --training``, Register for a
    Training…) whose person has been marked present or absent at that training since: the mark links
    the person, not the registration, so without this the person stayed and the registration went."""
    found = session.scalars(
        text(
            "SELECT p.id FROM training_participant p WHERE p.deleted_at IS NULL AND p.id IN ("
            "SELECT row_id FROM sync_change WHERE entity = 'training_participant' "
            "AND coalesce(field, '') = '' AND office = :office AND hlc > :after AND hlc <= :until) "
            "AND EXISTS (SELECT 1 FROM attendance a JOIN training_session t ON t.id = a.session_id "
            "WHERE a.contact_id = p.contact_id AND t.training_id = p.training_id AND a.deleted_at IS NULL)"
        ),
        _span(mark),
    )
    return [("training_participant", row_id) for row_id in found]


def _values_moved(session: Session, groups: list[_Group]) -> list[Key]:
    """Records whose field the import updated is not as it left it (a change the log does not order
    after it, as a restored backup's), or gone."""
    if not groups:
        return []
    dialect = session.get_bind().dialect
    keys = [(e, r) for g in groups for e, r, _c in g.fields if (e, r) not in g.created]
    objects, fresh = _loaded(session, keys)
    moved = []
    for group in groups:
        created = set(group.created)
        for (entity, row_id, column), (_old, new) in group.fields.items():
            if (entity, row_id) in created:  # deleted whole: its fields need no check
                continue
            obj = objects.get((entity, row_id))
            if obj is None:
                moved.append(group.owner)
                break
            attribute, col = _attribute(obj, column)
            if getattr(obj, attribute) != _python_value(col, _decode(new), dialect):
                moved.append(group.owner)
                break
    _forget(session, fresh)
    return moved


def _still_used(
    session: Session, mark: ImportMark, kept: dict[Key, str], *, by_kept: bool = False
) -> list[Key]:
    """Records the import added (outside ``kept``) that a live row links to: a row outside the import
    (a visit the person joined since), or with ``by_kept`` a row of a kept record (a kept person's
    job at an organisation the import added). Deleting them would leave the row pointing at a deleted
    record. All ids in one statement per linking column: a column without an index is scanned once."""
    span = _span(mark)
    created = "SELECT row_id FROM sync_change WHERE entity = :entity AND coalesce(field, '') = '' " + (
        "AND office = :office AND hlc > :after AND hlc <= :until"
    )
    kept_rows: dict[str, list[str]] = {}
    if by_kept:
        if not kept:
            return []
        for group in _groups(session, mark, set(kept)):
            for entity, row_id in {*group.created, *((e, r) for e, r, _c in group.fields)}:
                kept_rows.setdefault(entity, []).append(row_id)
    entities = session.scalars(
        text(
            "SELECT DISTINCT entity FROM sync_change WHERE coalesce(field, '') = '' "
            "AND office = :office AND hlc > :after AND hlc <= :until"
        ),
        span,
    ).all()
    synced = by_name()
    targets: set[Key] = set()
    for entity in entities:
        for table, column in columns_linking_to(entity):
            if table not in synced or (by_kept and table not in kept_rows):
                continue
            if by_kept:
                users = "AND id IN (SELECT value FROM json_each(:users))"
            else:
                users = (
                    "AND id NOT IN (SELECT row_id FROM sync_change WHERE entity = :table "
                    "AND office = :office AND hlc > :after AND hlc <= :until)"
                )
            found = session.scalars(
                text(
                    f"SELECT DISTINCT {column} FROM {table} WHERE deleted_at IS NULL "
                    f"AND {column} IN ({created}) {users}"
                ),
                {**span, "entity": entity, "table": table, "users": json.dumps(kept_rows.get(table, []))},
            )
            targets.update((entity, target) for target in found)
    return sorted({owner for owner in _owners(session, targets) if owner not in kept})


def _owners(session: Session, keys: set[Key]) -> list[Key]:
    """The record each key belongs to: a part's parent (a phone number's person), else itself."""
    owners = [key for key in keys if key[0] not in PART_OF]
    for part, (parent, column) in PART_OF.items():
        ids = [row_id for entity, row_id in keys if entity == part]
        if ids:
            found = session.execute(
                text(f"SELECT id, {column} FROM {part} WHERE id IN (SELECT value FROM json_each(:ids))"),
                {"ids": json.dumps(ids)},
            )
            by_id: dict[str, str] = dict(found.tuples().all())
            owners += [(parent, by_id[i]) if by_id.get(i) else (part, i) for i in ids]
    return owners


@dataclass(frozen=True)
class UndoneImport:
    """What an undo did."""

    deleted: int
    restored: int
    links: int
    #: Records left as they were: changed since the import, and the added records those use.
    kept: int
    #: Of ``kept``, those changed since the import (the ones the question named).
    changed: int
    #: Training registrations removed.
    registrations: int = 0


def undo_import(
    session: Session,
    plan: UndoPlan,
    *,
    skip_changed: bool = False,
    locale: str = "en",
    on_progress: Callable[[int, int], None] | None = None,
) -> UndoneImport:
    """Undo the planned import in the caller's transaction: refused (nothing changes) when records
    were changed since it, unless ``skip_changed`` leaves those as they are and undoes the rest.
    A chunk of records at a time, each chunk written and let go before the next is read: memory
    stays the same for any size of import, and ``on_progress`` hears after each chunk."""
    if plan.changed and not skip_changed:
        raise UndoImportError(refusal(plan, locale))
    from petdesk.services import search

    now = utcnow()
    undo_after = change_mark(session)
    deferred = session.info.get(search.DEFER_KEY)
    session.info[search.DEFER_KEY] = True  # the index brought up to date once, at the end
    done = 0
    try:
        with session.no_autoflush:  # a flush per lookup took 80 s for 2,000 people
            chunk: list[_Group] = []
            for group in _groups(session, plan.mark):
                if group.owner not in plan.kept:
                    chunk.append(group)
                if len(chunk) >= BATCH:
                    done += _undo_chunk(session, chunk, now)
                    chunk = []
                    if on_progress is not None:
                        on_progress(done, plan.records)
            if chunk:
                done += _undo_chunk(session, chunk, now)
            if on_progress is not None:
                on_progress(done, plan.records)
    finally:
        if not deferred:
            session.info.pop(search.DEFER_KEY, None)
    if not deferred:
        search.refresh_search_index(session)
    last = last_import(session)
    if last is not None and last.id == plan.mark.id:  # undone: the undo's own changes are no import
        setting = session.get(Setting, LAST_IMPORT_KEY)
        if setting is not None:
            session.delete(setting)
    rows = _history_rows(session) or [{**plan.mark.__dict__, "undone": ""}]
    # a tidy's undo keeps its own span in the log: see _taken_back
    undo = saved_since(session, undo_after) if plan.mark.kind in NOT_LAST else None
    span = {"undo_after": undo.after, "undo_until": undo.until} if undo is not None else {}
    _save_history(session, [{**r, "undone": _now(), **span} if _as_mark(r) == plan.mark else r for r in rows])
    housekeeping.record(session, "import_undo", "record", plan.deleted + plan.restored)
    session.flush()
    return UndoneImport(
        plan.deleted, plan.restored, plan.links, len(plan.kept), len(plan.changed), plan.registrations
    )


#: Records undone between two flushes (and reports of progress).
BATCH = 500


def _undo_chunk(session: Session, groups: list[_Group], now: Any) -> int:
    """Undo ``groups``, write them, and let the session forget their records (its identity map
    would otherwise hold every record of the import by the end).

    Fields put back go through the ORM (their values are converted as an edit's are: few records, an
    import mostly adds); the records and links the import added are soft-deleted with one statement
    per table, versioned and logged in one batch (``record_soft_deletes``): loading each into the
    session and flushing it took nine tenths of undoing 20,000 people."""
    keys = [(e, r) for g in groups for e, r, _c in g.fields if (e, r) not in g.created]
    objects, fresh = _loaded(session, keys)
    for group in groups:
        created = set(group.created)
        for (entity, row_id, column), (old, _new) in group.fields.items():
            obj = objects.get((entity, row_id))
            if (entity, row_id) not in created and obj is not None:
                _set_stored(session, obj, column, _restorable(_decode(old)))
                obj.updated_at = now
    session.flush()  # the fields first, and whatever the caller left pending, before the plain SQL
    _forget(session, fresh)
    added: dict[str, list[str]] = {}
    for group in groups:  # one moment: a restore brings a person back whole
        for entity, row_id in group.created:
            added.setdefault(entity, []).append(row_id)
    deleted = tracking.record_soft_deletes(session, added, now)
    for entity, ids in deleted.items():  # the caller's own objects of them see the deletion
        model = _model(entity)
        for row_id in ids:
            held = session.identity_map.get(identity_key(model, row_id))
            if held is not None:
                session.expire(held, ["deleted_at", "updated_at"])
    return len(groups)


def _loaded(session: Session, keys: list[Key]) -> tuple[dict[Key, Any], list[Any]]:
    """The records of ``keys``, a query per table (one ``get`` each took most of the time), and those
    of them the session did not hold before, for :func:`_forget`."""
    by_table: dict[str, set[str]] = {}
    for entity, row_id in keys:
        by_table.setdefault(entity, set()).add(row_id)
    found: dict[Key, Any] = {}
    fresh: list[Any] = []
    for entity, ids in by_table.items():
        model = _model(entity)
        held = {i for i in ids if identity_key(model, i) in session.identity_map}
        for row in session.scalars(select(model).where(model.id.in_(ids))):
            found[(entity, row.id)] = row
            if row.id not in held:
                fresh.append(row)
    return found, fresh


def _forget(session: Session, fresh: list[Any]) -> None:
    """Let the session forget the records :func:`_loaded` brought in (written already): its identity
    map would otherwise hold every record of the import by the end. The caller's records stay."""
    for obj in fresh:
        if obj in session:
            session.expunge(obj)


def _words(locale: str) -> Any:
    from petdesk.i18n import translator

    return translator(locale)


def refusal(plan: UndoPlan, locale: str = "en") -> str:
    """Why the import was not undone: the records changed since, by name."""
    _ = _words(locale)
    names = [label for label in plan.changed.values() if label]
    more = len(plan.changed) - len(names)
    if more:
        names.append(_.ngettext("{n} more", "{n} more", more).format(n=more))
    listed = join_like(names, locale)
    words: str = _.ngettext(
        "{n} record was changed or put to use since the import ({records}), so the import was not "
        "undone. Undo the rest of it and leave that record as it is, or leave the import as it is.",
        "{n} records were changed or put to use since the import ({records}), so the import was not "
        "undone. Undo the rest of it and leave those records as they are, or leave the import as it is.",
        len(plan.changed),
    ).format(n=len(plan.changed), records=listed)
    if plan.tidied_since:  # the tidy's own rewrites are the change: undoing it first frees the import
        words += ("" if is_chinese(locale) else " ") + _(
            "Phone numbers were tidied since the import: undo the tidy first (petdesk phones tidy "
            "--undo, or Tools › Tidy Phone Numbers…), then the import."
        )
    return words


def summary(plan: UndoPlan, locale: str = "en") -> str:
    """The counts an undo would change (or changed), for a confirmation."""
    _ = _words(locale)
    parts = [
        _.ngettext("{n} record added is deleted", "{n} records added are deleted", plan.deleted),
        _.ngettext(
            "{n} record updated gets its values back",
            "{n} records updated get their values back",
            plan.restored,
        ),
        _.ngettext("{n} link added is removed", "{n} links added are removed", plan.links),
        _.ngettext(
            "{n} training registration is removed",
            "{n} training registrations are removed",
            plan.registrations,
        ),
    ]
    counts = (plan.deleted, plan.restored, plan.links, plan.registrations)
    said = [p.format(n=n) for p, n in zip(parts, counts, strict=True) if n] or [parts[0].format(n=0)]
    what = ("；" if is_chinese(locale) else "; ").join(said)
    if plan.mark.kind == "phones":  # ``phone_tidy`` is remembered as an import, but read no file
        return _("Undo the tidy of phone numbers: {what}.").format(what=what)
    return _("Undo the import of {file}: {what}.").format(file=join_like(plan.mark.names, locale), what=what)


def undone_words(done: UndoneImport, locale: str = "en") -> str:
    """What an undo did, in one line."""
    _ = _words(locale)
    line = _("Import undone: {deleted} deleted, {restored} put back, {links} removed.").format(
        deleted=_.ngettext("{n} record", "{n} records", done.deleted).format(n=done.deleted),
        restored=_.ngettext("{n} record", "{n} records", done.restored).format(n=done.restored),
        links=_.ngettext("{n} link", "{n} links", done.links).format(n=done.links),
    )
    space = " " if not is_chinese(locale) else ""
    if done.registrations:
        line += space + _.ngettext(
            "{n} training registration removed.", "{n} training registrations removed.", done.registrations
        ).format(n=done.registrations)
    if done.changed:
        line += space + _.ngettext(
            "{n} record changed since was left as it is.",
            "{n} records changed since were left as they are.",
            done.changed,
        ).format(n=done.changed)
    # The records the changed ones use (a kept person's organisation) were counted as changed: the
    # question named one record, the answer said two had changed (field test 63).
    if used := done.kept - done.changed:
        line += space + _.ngettext(
            "{n} record the import added stays: a kept record uses it.",
            "{n} records the import added stay: kept records use them.",
            used,
        ).format(n=used)
    return line


def past_line(item: PastImport, locale: str = "en") -> str:
    """One import of the history in a line: when, what, which files, what it did, whether it can
    still be undone (and how)."""
    from petdesk import i18n

    _ = _words(locale)
    kinds = {
        "contacts": _("contacts"),
        "organisations": _("organisations"),
        "technologies": _("technologies"),
        "needs": _("needs"),
        "calendar": _("calendar"),
        "visits": _("past visits"),
        "trainings": _("past trainings"),
        "projects": _("past projects"),
        "exchange": _("3iPET exchange file"),
        "phones": _("phone numbers tidied"),
    }
    try:
        when = i18n.format_datetime(dt.datetime.fromisoformat(item.mark.at).astimezone(), locale)
    except ValueError:
        when = item.mark.at
    did = _("{added} added, {updated} updated").format(
        added=_.ngettext("{n} record", "{n} records", item.added).format(n=item.added),
        updated=_.ngettext("{n} record", "{n} records", item.updated).format(n=item.updated),
    )
    if item.registered:
        did += ("，" if is_chinese(locale) else ", ") + _.ngettext(
            "{n} person registered for the training",
            "{n} people registered for the training",
            item.registered,
        ).format(n=item.registered)
    if item.undone:
        state = _("undone")
    elif item.changed:
        state = _.ngettext(
            "{n} record changed since, left as it is if the rest is undone",
            "{n} records changed since, left as they are if the rest is undone",
            item.changed,
        ).format(n=item.changed)
    else:
        state = _("can be undone")
    sep = "；" if is_chinese(locale) else "; "
    return sep.join(
        (when, kinds.get(item.mark.kind, item.mark.kind), join_like(item.mark.names, locale), did, state)
    )
