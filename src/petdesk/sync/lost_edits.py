"""Telling an office that its edit was overridden by a concurrent edit made elsewhere.

Only the office where two concurrent values of a field meet can tell that they were concurrent:
the package that brings the second says what its sender knows *now*, not what the office that
wrote the value knew when it wrote it. So when offices A and B edit the same field and both send
to a hub, the hub keeps the conflict, and A, receiving B's winning value from the hub (which had
seen A's), took it for a later edit and replaced its own value without a word.

Every office therefore keeps the facts "version L of this field lost against version W"
(``sync_lost_edit``: ids and clock values, nothing personal), found by its own merges or received,
and each package carries in its manifest the facts whose winning version the recipient lacks: they
travel with the winning value, through any office (a hub passes on what it received). The office
that wrote L (``loser_office``) and still holds L when the winning value arrives records a conflict
of its own, "your edit was overridden", which a person there settles like any other: keep the
winning value, or put theirs back as a new edit. A sequential edit (made after seeing L) never lost
against L, so no fact names it.

The facts ride in the manifest, which older petdesk versions ignore (they refuse a body part of an
unknown kind): such an office neither records nor passes them on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from petdesk.sync.hlc import ZERO, Version, encode

#: Manifest key of the facts.
MANIFEST_KEY = "lost_edits"
#: Most facts one package carries, the newest first (a manifest may hold 1 MiB; a fact is about
#: 200 bytes). Only a first exchange (``--all``) comes near it: an incremental package carries the
#: facts of the values it brings.
MAX_PER_PACKAGE = 2000

#: Days a fact is kept after its winning edit at least, whoever has it: an office that restores a
#: backup made before the winning value reached it holds its losing value again, and the winning
#: value is sent to it once more, which must bring the fact too. Backups are kept for a year (the
#: monthly ones of ``services.backups``); this is a month more.
KEEP_DAYS = 400

#: A fact as stored and carried: entity, record id, field, loser version, winner version.
Fact = tuple[str, str, str, str, str, str, str]

_COLUMNS = "entity, row_id, field, loser_hlc, loser_office, winner_hlc, winner_office"


def remember(cursor: Any, facts: Iterable[Fact]) -> None:
    """Keep facts found here or received (a fact known already is kept once), except about records
    erased for data protection (not even their ids stay)."""
    cursor.executemany(
        f"INSERT OR IGNORE INTO sync_lost_edit ({_COLUMNS}) SELECT ?, ?, ?, ?, ?, ?, ? "
        "WHERE NOT EXISTS (SELECT 1 FROM sync_erasure WHERE entity = ? AND row_id = ?)",
        [(*fact, fact[0], fact[1]) for fact in facts],
    )


def from_conflict(conflict: dict[str, Any]) -> Fact:
    """The fact a field conflict found by a merge states (as ``changes._conflict`` makes it)."""
    return (
        conflict["entity"],
        conflict["row_id"],
        conflict["field"],
        conflict["loser_hlc"],
        conflict["loser_office"],
        conflict["winner_hlc"],
        conflict["winner_office"],
    )


def to_send(cursor: Any, since: dict[str, str] | None) -> list[list[str]]:
    """The facts for a package to an office that has acknowledged ``since`` (None: everything):
    those whose winning or losing version it lacks, the newest first, at most ``MAX_PER_PACKAGE``.
    (The losing one: a follow-up closed at an office that then receives the date another office
    postponed it to; the postponing office found the two concurrent, the closing one cannot.)"""
    rows = cursor.execute(f"SELECT {_COLUMNS} FROM sync_lost_edit ORDER BY winner_hlc DESC")
    out = []
    for row in rows:
        winner, loser = Version(row[5], row[6]), Version(row[3], row[4])
        if since is not None and all(v.hlc <= since.get(v.office, ZERO) for v in (winner, loser)):
            continue
        out.append(list(row))
        if len(out) == MAX_PER_PACKAGE:
            break
    return out


def received(manifest: dict[str, Any], clock: Callable[[str], str] = str) -> list[Fact]:
    """The facts a (validated) manifest carries, ``clock`` giving each clock value as kept here
    (see :mod:`petdesk.sync.clock_rewrite`)."""
    return [
        (entity, row_id, field, clock(loser_hlc), loser, clock(winner_hlc), winner)
        for entity, row_id, field, loser_hlc, loser, winner_hlc, winner in manifest.get(MANIFEST_KEY) or []
    ]


def lost_to(facts: Iterable[Fact]) -> dict[tuple[str, str, str, Version], Version]:
    """(table, record id, field, losing version) -> the version it lost against, of every fact."""
    return {
        (entity, row_id, field, Version(hlc, loser)): Version(winner_hlc, winner)
        for entity, row_id, field, hlc, loser, winner_hlc, winner in facts
    }


def lost_here(facts: Iterable[Fact], office: str) -> set[tuple[str, str, str, Version]]:
    """(table, record id, field, version) of the values written by ``office`` that lost."""
    return {
        (entity, row_id, field, Version(hlc, loser))
        for entity, row_id, field, hlc, loser, *_ in facts
        if loser == office
    }


def prune(cursor: Any, self_id: str, now_ms: int) -> int:
    """Forget the facts no office needs any more (called after each import); returns how many.

    A fact is needed by each office that lacks its winning version (``to_send`` gives it to them),
    and by offices this one does not know yet, through which it might reach the office whose edit
    lost. So a fact goes only when its winning edit is older than :data:`KEEP_DAYS` and every office
    in service known here has acknowledged the winning version, the losing office among them (or
    it is this office). One office known here that never sent a package keeps every fact."""
    acked = {
        office: json.loads(text or "{}")
        for office, text in cursor.execute("SELECT office_id, acked FROM sync_peer")
    }
    in_service = [
        office
        for (office,) in cursor.execute(
            "SELECT id FROM office WHERE id != ? AND deleted_at IS NULL AND id NOT IN "
            "(SELECT office_id FROM sync_retired_office WHERE retired_at IS NOT NULL)",
            (self_id,),
        )
    ]
    if any(office not in acked for office in in_service):
        return 0
    cutoff = encode(max(0, now_ms - KEEP_DAYS * 86_400_000))
    old = cursor.execute(
        "SELECT entity, row_id, field, loser_hlc, loser_office, winner_hlc, winner_office "
        "FROM sync_lost_edit WHERE winner_hlc < ?",
        (cutoff,),
    ).fetchall()

    def has_winner(office: str, fact: tuple[str, ...]) -> bool:
        return office in acked and fact[5] <= acked[office].get(fact[6], ZERO)

    done = [
        fact[:5]
        for fact in old
        if all(has_winner(office, fact) for office in in_service)
        and (fact[4] == self_id or has_winner(fact[4], fact))
    ]
    cursor.executemany(
        "DELETE FROM sync_lost_edit WHERE entity = ? AND row_id = ? AND field = ? AND loser_hlc = ? "
        "AND loser_office = ?",
        done,
    )
    return len(done)
