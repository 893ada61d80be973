"""Duplicate contacts of a large file in bounded memory, through a scratch database.

The contacts, their e-mail and phone keys, name keys and organisations are copied into a scratch
SQLite database (:mod:`petdesk.services.scratch`): by SQLite itself from the file attached to it
(through Python when it cannot be attached), each distinct name once with its keys; SQLite groups
the keys and one name group at a time comes back to be compared; candidate pairs go back into the
scratch database, are scored as they are read again, and only the pairs shown get their reasons
written out. Every statement reads its tables in order: a lookup that misses the page cache costs
a read from disk.
It finds what :func:`petdesk.services.duplicates.find_contact_duplicates` finds in memory (the
pinned tests run both ways).
"""

from __future__ import annotations

import heapq
import itertools
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from petdesk.i18n import N_
from petdesk.services.duplicates import (
    NAME_GROUP_LIMIT,
    STEP_METHODS,
    STEP_NAMES,
    STEP_READING,
    STEP_SCORING,
    W_CROSS_SCRIPT,
    W_EMAIL,
    W_PHONE,
    W_SAME_NAME,
    W_SAME_ORG,
    W_SHARED,
    W_SWAPPED_NAME,
    Bilingual,
    DuplicatePair,
    NameKeys,
    Person,
    Progress,
    Reason,
    _add_surname_variants,
    _dismissed,
    _Evidence,
    _name_rarity,
    _name_reason,
    _name_weight,
    _pairs_in_group,
    _person_name,
    _score,
    maybe_shared_methods,
    no_progress,
    surname_variant_key,
    variant_name_pairs,
)
from petdesk.services.matching import finder_names_conflict
from petdesk.services.scratch import attach_source, scratch_database
from petdesk.services.shared_lines import is_shared_line

if TYPE_CHECKING:
    import sqlite3


#: Rows read from the file and written to the scratch database at a time.
_CHUNK = 5_000

_SCRATCH_TABLES = """
-- seq: the order in which the rows were read; channel 0 is e-mail, 1 phone
CREATE TABLE method_key (
    seq INTEGER PRIMARY KEY, channel INTEGER NOT NULL, key TEXT NOT NULL, id TEXT NOT NULL, value TEXT,
    label TEXT
);
-- the people with an e-mail or phone that another row has
CREATE TABLE sharing (id TEXT PRIMARY KEY) WITHOUT ROWID;
-- code: an organisation's place among all organisations in hexadecimal (the rows sorted by name
-- key are half as wide as with ids)
CREATE TABLE org (id TEXT PRIMARY KEY, code TEXT NOT NULL) WITHOUT ROWID;
-- each distinct name of the people once (a Person: a million contacts have 311,440), so that its
-- keys are computed once
CREATE TABLE name (
    nid INTEGER PRIMARY KEY, family, given, family_zh, given_zh, name_order,
    UNIQUE (family, given, family_zh, given_zh, name_order)
);
-- key number i of a name, and how it was formed
CREATE TABLE name_key (
    nid INTEGER NOT NULL, i INTEGER NOT NULL, key TEXT NOT NULL, kind TEXT, PRIMARY KEY (nid, i)
) WITHOUT ROWID;
-- the people: n, the order in which they were read; nid, their name; orgs, the organisations they
-- work at now, by code, separated by spaces
CREATE TABLE named (n INTEGER PRIMARY KEY, nid INTEGER NOT NULL, id TEXT NOT NULL, orgs TEXT);
-- candidate pairs (a < b by id) with the weight of one piece of name evidence (0: e-mail or phone
-- only), the names and organisations of both
CREATE TABLE pair (
    a TEXT NOT NULL, b TEXT NOT NULL, weight REAL NOT NULL,
    family_a, given_a, family_zh_a, given_zh_a, name_order_a,
    family_b, given_b, family_zh_b, given_zh_b, name_order_b, orgs_a TEXT, orgs_b TEXT
);
"""

#: The live contacts as ``contact_now`` (n, id, family, given, family_zh, given_zh, name_order,
#: orgs), read by SQLite from the file attached as ``src``: each one's affiliations found through
#: the file's index on their contact (an affiliation to an organisation missing from the file
#: adds nothing).
_CONTACTS_ATTACHED = """
CREATE TEMP VIEW contact_now AS SELECT
    c.rowid AS n, c.id AS id, c.family_name AS family, c.given_name AS given,
    c.family_name_zh AS family_zh, c.given_name_zh AS given_zh, c.name_order AS name_order,
    (SELECT group_concat(o.code, ' ') FROM src.affiliation AS a
     CROSS JOIN org AS o ON o.id = a.organisation_id
     WHERE a.contact_id = c.id AND a.deleted_at IS NULL AND a.end_date IS NULL) AS orgs
FROM src.contact AS c WHERE c.deleted_at IS NULL;
"""

#: ``contact_now`` as a table that Python fills, when the file cannot be attached.
_CONTACTS_COPIED = """
CREATE TABLE contact_now (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL, family, given, family_zh, given_zh, name_order, orgs TEXT
);
"""

#: The names and the people of ``contact_now``.
_COPY_NAMES = (
    "INSERT OR IGNORE INTO name (family, given, family_zh, given_zh, name_order) "
    "SELECT family, given, family_zh, given_zh, name_order FROM contact_now"
)
_COPY_PEOPLE = (
    "INSERT INTO named SELECT c.n, nm.nid, c.id, c.orgs FROM contact_now AS c "
    # CROSS JOIN: the contacts in the order read, each one's name found by its index
    "CROSS JOIN name AS nm ON nm.family = c.family AND nm.given = c.given AND nm.family_zh = c.family_zh "
    "AND nm.given_zh = c.given_zh AND nm.name_order = c.name_order"
)

#: The index of a channel in the scratch database's method_key.
_CHANNEL_INDEX = {"email": 0, "phone": 1}

#: The live contacts with the organisations they work at now (ids separated by spaces), for the
#: copying way.
_PEOPLE_SQL = (
    "SELECT c.id, c.family_name, c.given_name, c.family_name_zh, c.given_name_zh, c.name_order, "
    "(SELECT group_concat(a.organisation_id, ' ') FROM affiliation AS a "
    "WHERE a.contact_id = c.id AND a.deleted_at IS NULL AND a.end_date IS NULL) "
    "FROM contact AS c WHERE c.deleted_at IS NULL"
)

#: The keys of e-mails and phones that two or more rows share, and who has them.
_SHARED_METHOD_KEYS = "SELECT key FROM method_key WHERE channel = :c GROUP BY key HAVING count(*) > 1"

#: Name groups of two or more: their size and the position of their first key (written as the
#: groups are compared: a GROUP BY of their own, and a join to it, cost more than that).
_NAME_GROUP_TABLE = (
    "CREATE TABLE name_group (key TEXT PRIMARY KEY, size INTEGER NOT NULL, first INTEGER NOT NULL) "
    "WITHOUT ROWID"
)

#: More than the most name keys of one person (a Latin name, a Chinese one and its pinyin; a Korean
#: one and up to four spellings of its family name, 이 Lee/Yi/Rhee/I): the position of key ``i`` of
#: person ``n`` (the order the keys were met) is ``n * _KEYS_EACH + i``.
_KEYS_EACH = 8

#: The members of the name groups are read in two parts, both sorted by key: the people (each
#: one's name by number: key, id, nid, orgs, position) and the names under each key (key, nid,
#: kind, the Person). Every column read costs: the names and kind on each of 1.9 million members
#: took twice as long, and the names of a group are few.
_PEOPLE_BY_KEY = (
    f"SELECT k.key, p.id, p.nid, p.orgs, p.n * {_KEYS_EACH} + k.i "
    "FROM named AS p CROSS JOIN name_key AS k ON k.nid = p.nid ORDER BY k.key"
)
_NAMES_BY_KEY = (
    "SELECT k.key, k.nid, k.kind, nm.family, nm.given, nm.family_zh, nm.given_zh, nm.name_order "
    "FROM name_key AS k CROSS JOIN name AS nm ON nm.nid = k.nid ORDER BY k.key"
)


def _chunks(cursor: sqlite3.Cursor) -> Iterator[list[Any]]:
    return iter(lambda: cursor.fetchmany(_CHUNK), [])


def _load(
    conn: sqlite3.Connection, scratch: sqlite3.Connection, attached: bool, progress: Progress
) -> tuple[dict[str, str], dict[str, Any]]:
    """Copies what blocking needs into ``scratch``: the e-mail and phone keys that may be shared,
    then the people with their organisations and name keys. ``attached``: the file is attached to
    ``scratch`` as ``src`` (:func:`scratch.attach_source`) and SQLite copies the people itself;
    otherwise they go through Python. Returns the names of all organisations by id (few next to
    the contacts), and the names and organisations of the people with a shared e-mail or phone
    (few too): the Person and orgs."""
    # one transaction: executescript would commit the one begun before it, and every row inserted
    # outside a transaction is written to the scratch file on its own (a hundred times slower)
    scratch.executescript(_SCRATCH_TABLES + (_CONTACTS_ATTACHED if attached else _CONTACTS_COPIED))
    scratch.execute("BEGIN")
    # Names of all organisations, read apart: joining them to 120,000 affiliations took three times
    # as long as reading those alone.
    org_names: dict[str, str] = {
        oid: Bilingual(name_en, name_zh)
        for oid, name_en, name_zh in conn.execute("SELECT id, name_en, name_zh FROM organisation")
    }
    code_of = {oid: f"{i:x}" for i, oid in enumerate(org_names)}
    scratch.executemany("INSERT INTO org VALUES (?, ?)", code_of.items())
    methods: Iterable[tuple[int, str, str, str, str]] = (
        (_CHANNEL_INDEX[ch], key, cid, value, label)
        for ch, cid, value, key, label in maybe_shared_methods(conn, progress)
    )
    if attached:
        # SQLite copies the names and people in a thread while Python reads the e-mails and phones
        # (the rows kept are few: 140,000 at a million contacts)
        with _in_background(scratch, _COPY_NAMES, _COPY_PEOPLE):
            methods = list(methods)
    scratch.executemany(
        "INSERT INTO method_key (channel, key, id, value, label) VALUES (?, ?, ?, ?, ?)", methods
    )
    scratch.execute("CREATE INDEX method_key_key ON method_key (channel, key)")
    for channel in (0, 1):
        scratch.execute(
            f"INSERT OR IGNORE INTO sharing SELECT m.id FROM ({_SHARED_METHOD_KEYS}) AS g "
            "CROSS JOIN method_key AS m ON m.channel = :c AND m.key = g.key",
            {"c": channel},
        )
    if not attached:
        _copy_contacts(conn, scratch, code_of)
        scratch.execute(_COPY_NAMES)
        scratch.execute(_COPY_PEOPLE)
    # Each distinct name's keys (three quarters of the people share their name with another).
    name_keys = NameKeys()
    for chunk in _chunks(scratch.execute("SELECT nid, family, given, family_zh, given_zh FROM name")):
        scratch.executemany(
            "INSERT INTO name_key VALUES (?, ?, ?, ?)",
            [(nid, i, key, kind) for nid, *parts in chunk for i, (key, kind) in enumerate(name_keys(*parts))],
        )
    rows = scratch.execute(
        "SELECT p.id, nm.family, nm.given, nm.family_zh, nm.given_zh, nm.name_order, p.orgs "
        "FROM named AS p CROSS JOIN name AS nm ON nm.nid = p.nid WHERE p.id IN sharing"
    )
    return org_names, {cid: tuple(about) for cid, *about in rows}


@contextmanager
def _in_background(scratch: sqlite3.Connection, *statements: str) -> Iterator[None]:
    """Runs ``statements`` on ``scratch`` in a thread of their own while the block runs, which must
    not use ``scratch``: sqlite3 lets go of the GIL while SQLite works, so the two share the cores
    (at a million contacts, copying the people and reading the e-mails and phones take 8 s each).
    The block's error stops the statements; theirs is raised when the block ends."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            for sql in statements:
                scratch.execute(sql)
        except BaseException as error:  # raised in the caller's thread below
            failed.append(error)

    worker = threading.Thread(target=run, name="duplicates-scratch", daemon=True)
    worker.start()
    try:
        yield
    except BaseException:
        # the statements are of no use now, and the connection must not close under them; again
        # until they stop (interrupting does nothing before a statement has started)
        while worker.is_alive():
            scratch.interrupt()
            worker.join(0.05)
        raise
    finally:
        worker.join()
    if failed:
        raise failed[0]


def _copy_contacts(conn: sqlite3.Connection, scratch: sqlite3.Connection, code_of: dict[str, str]) -> None:
    """Fills ``contact_now`` through Python, chunk by chunk, when the file cannot be attached (an
    encrypted file, or a connection in the middle of a transaction): what SQLite does in half the
    time from an attached file at a million contacts."""
    n = 0
    for chunk in _chunks(conn.execute(_PEOPLE_SQL)):
        rows = []
        for cid, family, given, family_zh, given_zh, name_order, orgs in chunk:
            n += 1
            if orgs:  # as the join was: an organisation missing from the file adds nothing
                orgs = " ".join(code_of[oid] for oid in orgs.split() if oid in code_of) or None
            rows.append((n, cid, family, given, family_zh, given_zh, name_order, orgs))
        scratch.executemany("INSERT INTO contact_now VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _method_evidence(
    scratch: sqlite3.Connection, evidence: _Evidence, sharing: dict[str, tuple[Any, ...]]
) -> dict[str, tuple[Any, ...]]:
    """E-mail and phone evidence: groups of people with one key, each group in the order its first
    row was read, the value shown being that row's. ``sharing``: the names and organisations of the
    live people with a shared key (a row of anybody else is left out). Returns those of the people
    with such evidence."""
    about: dict[str, tuple[Any, ...]] = {}
    for channel, label, shared_label, weight in (
        (0, N_("same e-mail {value}"), N_("same e-mail {value} (but different names)"), W_EMAIL),
        (1, N_("same phone {value}"), N_("same phone {value} (but different names)"), W_PHONE),
    ):
        rows = scratch.execute(
            f"SELECT m.key, m.seq, m.value, m.id, m.label FROM ({_SHARED_METHOD_KEYS}) AS g "
            # CROSS JOIN keeps this order: the planner would read every row of the channel
            "CROSS JOIN method_key AS m ON m.channel = :c AND m.key = g.key ORDER BY m.key, m.seq",
            {"c": channel},
        )
        groups = []
        for _, group in itertools.groupby(rows, key=itemgetter(0)):
            found = [row for row in group if row[3] in sharing]
            if len(found) >= 2:
                labels = {row[3]: row[4] for row in found}
                groups.append((found[0][1], found[0][2], {row[3]: sharing[row[3]] for row in found}, labels))
        groups.sort(key=itemgetter(0))
        for _, shown, members, labels in groups:
            if len(members) > NAME_GROUP_LIMIT:
                continue  # a switchboard number or a team mailbox
            for a, b in itertools.combinations(sorted(members), 2):
                if channel == 1 and is_shared_line(
                    len(members), (labels[a], labels[b]), _colleagues(members[a][5], members[b][5]), shown
                ):
                    continue  # a switchboard: the names decide
                about[a], about[b] = members[a], members[b]
                if finder_names_conflict(members[a][:4], members[b][:4]):
                    # Colleagues sharing a line or mailbox: weak evidence, said so.
                    evidence.add(a, b, Reason(shared_label, value=shown), W_SHARED)
                else:
                    evidence.add(a, b, Reason(label, value=shown), weight)
    return about


def _colleagues(orgs_a: str | None, orgs_b: str | None) -> bool:
    """Whether two people's organisations (codes apart by spaces, or None) have one in common."""
    return bool(orgs_a and orgs_b and set(orgs_a.split()) & set(orgs_b.split()))


_INSERT_PAIR = "INSERT INTO pair VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


def _name_pairs(
    scratch: sqlite3.Connection, partners: dict[str, set[str]], min_score: float
) -> dict[str, frozenset[str]]:
    """Writes the pairs found by name into ``scratch``'s ``pair``, one name group at a time, with
    the weight each group gives; returns, per name shared by more than ``NAME_GROUP_LIMIT`` people,
    the organisations where two to ``NAME_GROUP_LIMIT`` of them work (the name counts there)."""
    # the people and the names under each key, side by side (both list every key in one order)
    names = itertools.groupby(scratch.execute(_NAMES_BY_KEY), key=itemgetter(0))
    people = itertools.groupby(scratch.execute(_PEOPLE_BY_KEY), key=itemgetter(0))
    scratch.execute(_NAME_GROUP_TABLE)
    name_groups: list[tuple[str, int, int]] = []
    colleague_orgs: dict[str, frozenset[str]] = {}
    found: list[tuple[Any, ...]] = []
    best = max(W_SAME_NAME, W_SWAPPED_NAME, W_CROSS_SCRIPT)
    for (key, group), (_, of_key) in zip(people, names, strict=True):
        members = {row[1]: row for row in group}  # (key, id, nid, orgs, position) by id
        size = len(members)  # a person has a key once
        if size < 2:
            continue
        name_groups.append((key, size, min(row[4] for row in members.values())))
        # how the key was formed and the Person, by name
        name_of = {row[1]: (row[2], row[3:]) for row in of_key}  # (a slice: no list unpacked)
        rarity = _name_rarity(size)
        if size <= NAME_GROUP_LIMIT and round(best * rarity, 3) >= min_score:
            # what _pairs_in_group yields for such a group, without the organisations it needs not
            pairs: Iterable[tuple[str, str]] = itertools.combinations(sorted(members), 2)
        else:
            org_of = {cid: frozenset((row[3] or "").split()) for cid, row in members.items()}
            if size > NAME_GROUP_LIMIT:
                counts = Counter(org for orgs in org_of.values() for org in orgs)
                orgs = frozenset(org for org, n in counts.items() if 2 <= n <= NAME_GROUP_LIMIT)
                if orgs:
                    colleague_orgs[key] = orgs
            pairs = _pairs_in_group(sorted(members), org_of, partners, min_score)
        for a, b in pairs:
            row_a, row_b = members[a], members[b]
            (kind_a, person_a), (kind_b, person_b) = name_of[row_a[2]], name_of[row_b[2]]
            weight = _name_weight(person_a, person_b, key, kind_a, kind_b)
            if weight:
                found.append((a, b, weight * rarity, *person_a, *person_b, row_a[3], row_b[3]))
        if len(found) >= _CHUNK:
            scratch.executemany(_INSERT_PAIR, found)
            found.clear()
        if len(name_groups) >= _CHUNK:
            scratch.executemany("INSERT INTO name_group VALUES (?, ?, ?)", name_groups)
            name_groups.clear()
    scratch.executemany(_INSERT_PAIR, found)
    scratch.executemany("INSERT INTO name_group VALUES (?, ?, ?)", name_groups)
    return colleague_orgs


def _surname_variants(
    scratch: sqlite3.Connection, about: dict[str, tuple[Any, ...]]
) -> list[tuple[list[tuple[str, Person]], list[tuple[str, Person]]]]:
    """:func:`duplicates.variant_name_pairs` of the names in ``scratch``, sorted by their keys in a
    scratch table (bounded memory), each side as (contact id, Person) pairs; adds the names and
    organisations of the people found to ``about``."""
    scratch.execute("CREATE TABLE variant_name (given TEXT, family TEXT, nid INTEGER)")
    names = scratch.execute(
        "SELECT nid, family, given, family_zh, given_zh, name_order FROM name "
        "WHERE family_zh = '' AND given_zh = ''"
    )
    for chunk in _chunks(names):
        scratch.executemany(
            "INSERT INTO variant_name VALUES (?, ?, ?)",
            [(*key, nid) for nid, *person in chunk if (key := surname_variant_key(tuple(person)))],
        )
    rows = scratch.execute(
        "SELECT v.given, v.family, v.nid FROM variant_name AS v ORDER BY v.given, v.family, v.nid"
    )
    name_pairs = list(variant_name_pairs(rows))
    involved = sorted({nid for pair in name_pairs for side in pair for nid in side})
    if not involved:
        return []
    scratch.execute("CREATE TABLE variant_nid (nid INTEGER PRIMARY KEY)")
    scratch.executemany("INSERT INTO variant_nid VALUES (?)", [(nid,) for nid in involved])
    people_of: dict[int, list[tuple[str, Person]]] = defaultdict(list)
    for cid, nid, *person, orgs in scratch.execute(
        "SELECT p.id, p.nid, nm.family, nm.given, nm.family_zh, nm.given_zh, nm.name_order, p.orgs "
        "FROM named AS p CROSS JOIN name AS nm ON nm.nid = p.nid WHERE p.nid IN variant_nid"
    ):
        people_of[nid].append((cid, tuple(person)))
        about.setdefault(cid, (*person, orgs))
    return [
        ([p for nid in side_a for p in people_of[nid]], [p for nid in side_b for p in people_of[nid]])
        for side_a, side_b in name_pairs
    ]


class _Candidate(NamedTuple):
    """A pair that reached the score, with what its reasons are written from."""

    score: float
    first_name: str
    a: str
    b: str
    second_name: str
    name_weight: float
    person_a: Person
    person_b: Person
    shared: frozenset[str]


def _rank(c: _Candidate) -> tuple[float, str, str, str]:
    return (-c.score, c.first_name, c.a, c.b)


class _Counted(Iterator[_Candidate]):
    """An iterator that counts what passes through it."""

    def __init__(self, items: Iterable[_Candidate]) -> None:
        self.items, self.n = iter(items), 0

    def __next__(self) -> _Candidate:
        item = next(self.items)
        self.n += 1
        return item


def _scored(
    scratch: sqlite3.Connection,
    conn: sqlite3.Connection,
    evidence: _Evidence,
    min_score: float,
    contact_id: str | None,
) -> Iterator[_Candidate]:
    """Every candidate pair that reaches ``min_score`` and was not dismissed, scored."""
    dismissed = _dismissed(conn, "contact")
    shown_names: dict[Person, str] = {}

    def shown_name(person: Person) -> str:
        name = shown_names.get(person)
        if name is None:
            if len(shown_names) > _CHUNK:
                shown_names.clear()  # a cache, kept small
            name = shown_names[person] = _person_name(person)
        return name

    where = "WHERE a = :id OR b = :id" if contact_id else ""
    # the other columns of a pair are the same in each of its rows
    rows = scratch.execute(
        "SELECT a, b, max(weight), family_a, given_a, family_zh_a, given_zh_a, name_order_a, "
        f"family_b, given_b, family_zh_b, given_zh_b, name_order_b, orgs_a, orgs_b FROM pair {where} "
        "GROUP BY a, b",
        {"id": contact_id},
    )
    no_evidence: dict[str, float] = {}
    for a, b, name_weight, *names, orgs_a, orgs_b in rows:
        # Same organisation only strengthens other evidence; it is never a reason on its own.
        shared = frozenset(orgs_a.split()) & frozenset(orgs_b.split()) if orgs_a and orgs_b else frozenset()
        score = _score(evidence.reasons.get((a, b), no_evidence), name_weight, bool(shared))
        if score < min_score or (a, b) in dismissed:
            continue
        person_a, person_b = tuple(names[:5]), tuple(names[5:])
        first_name, second_name = shown_name(person_a), shown_name(person_b)
        yield _Candidate(score, first_name, a, b, second_name, name_weight, person_a, person_b, shared)


def _written_out(
    scratch: sqlite3.Connection,
    chosen: list[_Candidate],
    evidence: _Evidence,
    colleague_orgs: dict[str, frozenset[str]],
    org_names: dict[str, str],
) -> list[DuplicatePair]:
    """The pairs of ``chosen`` with their reasons, strongest first; ``org_names``: the names of all
    organisations, in the order of their codes."""
    org_ids = list(org_names)
    # Pairs found by name mostly share their people's names with other pairs: their reasons are
    # made once and shared.
    name_reasons: dict[tuple[Any, ...], str] = {}
    name_keys = NameKeys()
    pairs = []
    for c in chosen:
        reasons = dict(evidence.reasons.get((c.a, c.b), {}))
        if c.name_weight:
            for weight, reason in _name_evidence(scratch, c, colleague_orgs, name_keys, name_reasons):
                reasons[reason] = max(reasons.get(reason, 0.0), weight)
        if c.shared:
            oid = min(org_ids[int(code, 16)] for code in c.shared)
            reasons[Reason(N_("both at {organisation}"), organisation=org_names.get(oid, oid[:8]))] = (
                W_SAME_ORG
            )
        ordered = sorted(reasons, key=lambda r: -reasons[r])
        pairs.append(DuplicatePair("contact", c.a, c.b, c.first_name, c.second_name, c.score, ordered))
    return pairs


def _name_evidence(
    scratch: sqlite3.Connection,
    c: _Candidate,
    colleague_orgs: dict[str, frozenset[str]],
    name_keys: NameKeys,
    name_reasons: dict[tuple[Any, ...], str],
) -> list[tuple[float, str]]:
    """All the name evidence of a pair that is shown, as comparing the pair in every group it
    shares would find it, in the order the groups were met (groups whose pairs were not compared
    hold reasons of it too)."""
    found = []
    keys_a, keys_b = dict(name_keys(*c.person_a[:4])), dict(name_keys(*c.person_b[:4]))
    groups = [
        scratch.execute("SELECT key, size, first FROM name_group WHERE key = ?", (key,)).fetchone()
        for key in keys_a.keys() & keys_b.keys()
    ]
    for key, size, _ in sorted(groups, key=itemgetter(2)):
        kind_a, kind_b = keys_a[key], keys_b[key]
        if size > NAME_GROUP_LIMIT and not colleague_orgs.get(key, frozenset()) & c.shared:
            continue
        weight = _name_weight(c.person_a, c.person_b, key, kind_a, kind_b)
        if weight:
            ask = (c.person_a, c.person_b, key, kind_a, kind_b)
            reason = name_reasons.get(ask)
            if reason is None:
                reason = name_reasons[ask] = _name_reason(*ask)[0]
            found.append((weight * _name_rarity(size), reason))
    return found


def find_in_scratch_database(
    conn: sqlite3.Connection,
    *,
    min_score: float,
    contact_id: str | None,
    limit: int | None,
    progress: Progress = no_progress,
) -> tuple[list[DuplicatePair], int]:
    """:func:`petdesk.services.duplicates.rank_contact_duplicates` through a scratch database: the
    first ``limit`` pairs (all when None), and how many there are."""
    with scratch_database(conn) as scratch:
        progress(STEP_READING, 0, 0)
        org_names, sharing = _load(conn, scratch, attach_source(scratch, conn), progress)
        progress(STEP_METHODS, 0, 0)
        evidence = _Evidence()
        about = _method_evidence(scratch, evidence, sharing)
        del sharing
        partners: dict[str, set[str]] = defaultdict(set)
        for a, b in evidence.reasons:
            partners[a].add(b)
            partners[b].add(a)
        progress(STEP_NAMES, 0, 0)
        colleague_orgs = _name_pairs(scratch, partners, min_score)
        del partners
        _add_surname_variants(conn, evidence, _surname_variants(scratch, about))
        scratch.executemany(
            _INSERT_PAIR,
            [
                (a, b, 0.0, *about[a][:5], *about[b][:5], about[a][5], about[b][5])
                for a, b in evidence.reasons
            ],
        )
        del about
        progress(STEP_SCORING, 0, 0)
        candidates = _scored(scratch, conn, evidence, min_score, contact_id)
        if limit is None:
            chosen = sorted(candidates, key=_rank)
            total = len(chosen)
        else:
            counted = _Counted(candidates)
            chosen = heapq.nsmallest(limit, counted, key=_rank)
            total = counted.n + sum(1 for _ in counted.items)  # nsmallest(0, ...) reads none
        pairs = _written_out(scratch, chosen, evidence, colleague_orgs, org_names)
    return pairs, total
