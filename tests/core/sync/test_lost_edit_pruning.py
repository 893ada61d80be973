"""Lost-edit facts are forgotten once no office can need them: every office in service known here
has acknowledged the winning value (the losing office among them) and the winning edit is older
than ``lost_edits.KEEP_DAYS``; the others stay, to be passed on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database
from petdesk.sync import hlc, lost_edits
from tests.core.sync.helpers import office_id, send
from tests.core.sync.test_overridden_edits import _concurrent_edits, _everyone_has_the_contact, _round

#: Far enough ahead that every fact of the test is older than KEEP_DAYS.
LATER_MS = hlc.wall_ms() + (lost_edits.KEEP_DAYS + 1) * 86_400_000


def _facts(db: Database) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(db.path)
    try:
        return conn.execute(
            "SELECT row_id, loser_office, winner_hlc FROM sync_lost_edit ORDER BY row_id"
        ).fetchall()
    finally:
        conn.close()


def _prune(db: Database, now_ms: int) -> int:
    conn = db.raw()
    try:
        with conn:
            return lost_edits.prune(conn.cursor(), office_id(db), now_ms)
    finally:
        conn.close()


def test_a_fact_goes_once_every_office_has_the_winning_value(offices, packages: Path) -> None:
    a, b, hub = offices
    cid = _everyone_has_the_contact(a, b, hub, packages)
    _concurrent_edits(a, b, cid)
    _round(a, b, hub, packages)  # the hub keeps the fact and tells Beijing
    [(row_id, loser, _winner)] = _facts(hub)
    assert (row_id, loser) == (cid, office_id(a))
    # Beijing's last package to the hub was written before it had Bonn's winning value.
    assert _prune(hub, LATER_MS) == 0 and len(_facts(hub)) == 1
    send(a, hub, packages)  # now it has (Bonn, which made it, has it too)
    assert _prune(hub, hlc.wall_ms()) == 0  # too young: a restored backup might still need it
    assert _prune(hub, LATER_MS) == 1 and _facts(hub) == []
    # Nothing changes for anyone: another round tells nobody again.
    results = _round(a, b, hub, packages)
    assert [r.overridden for r in results] == [0, 0]


def test_an_import_forgets_old_acknowledged_facts_and_keeps_the_others(offices, packages: Path) -> None:
    a, b, hub = offices
    _everyone_has_the_contact(a, b, hub, packages)
    send(b, hub, packages)
    send(hub, a, packages)  # Beijing hears of Bonn: the hub has heard from both, and both of each other
    old_ms, recent_ms = hlc.wall_ms() - (lost_edits.KEEP_DAYS + 10) * 86_400_000, hlc.wall_ms() - 86_400_000
    old, old_winner = hlc.encode(old_ms), hlc.encode(old_ms, 1)
    recent, recent_winner = hlc.encode(recent_ms), hlc.encode(recent_ms, 1)
    conn = hub.raw()
    with conn:
        lost_edits.remember(
            conn.cursor(),
            [
                ("contact", "done", "notes", old, office_id(a), old_winner, office_id(b)),
                (
                    "contact",
                    "unknown-loser",
                    "notes",
                    old,
                    "an-office-never-heard-of",
                    old_winner,
                    office_id(b),
                ),
                ("contact", "young", "notes", recent, office_id(a), recent_winner, office_id(b)),
            ],
        )
    conn.close()
    send(a, hub, packages)  # the import prunes
    assert [f[0] for f in _facts(hub)] == ["unknown-loser", "young"]
