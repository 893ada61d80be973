"""What other offices relay of an office that restored an older backup: its later package says it
holds less, and that one counts, not the larger vector of before. Kept as a union, the first package
another office wrote for it left out what the restore had taken away (review 49, finding 1)."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.db import Database, make_engine
from petdesk.services import backups
from petdesk.sync import peer_knowledge, service
from tests.core.sync.helpers import PASSPHRASE, export, office_id, send, values


def _add_organisation(db: Database, name: str) -> str:
    with db.transaction() as session:
        org = m.Organisation(name_en=name)
        session.add(org)
        session.flush()
        return org.id


def _restore(db: Database, backup: Path) -> Database:
    db.close()
    backups.restore(db.path, backup)
    return Database(path=db.path, engine=make_engine(db.path))


def test_a_restore_relayed_later_lowers_what_the_first_package_takes_as_held(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    munich, chengdu, hong_kong = offices
    _add_organisation(munich, "Stadtwerke München")
    send(munich, chengdu, packages, full=True)
    send(chengdu, munich, packages, full=True)
    send(chengdu, hong_kong, packages, full=True)
    send(hong_kong, chengdu, packages, full=True)
    backup = backups.create(hong_kong.path, "manual").path
    lost = _add_organisation(munich, "Hong Kong Productivity Council")
    send(munich, chengdu, packages)
    send(chengdu, hong_kong, packages)  # Hong Kong holds the council ...
    send(hong_kong, chengdu, packages)  # ... says so to Chengdu,
    send(chengdu, munich, packages)  # which relays it to Munich.
    hong_kong = _restore(hong_kong, backup)  # Hong Kong goes back to before the council
    assert values(hong_kong, "organisation", lost) == {}
    send(hong_kong, chengdu, packages)  # its newer package says it holds less,
    send(chengdu, munich, packages)  # and Chengdu relays that too

    first = export(munich, packages / "first-to-hong-kong.pkg", to=office_id(hong_kong))
    service.import_package(hong_kong, first.path, PASSPHRASE, backup=False)
    assert values(hong_kong, "organisation", lost)["name_en"] == "Hong Kong Productivity Council"
    hong_kong.close()


def test_an_older_relayed_vector_adds_to_what_a_newer_one_said() -> None:
    """Relays arrive in any order: one written before the newest only adds what it says more."""
    import sqlite3

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)")
    newer = {"hk": "0000000000200-0000-hk", "munich": "0000000000150-0000-mu"}
    older = {
        "hk": "0000000000100-0000-hk",
        "munich": "0000000000120-0000-mu",
        "bonn": "0000000000090-0000-bo",
    }
    for vector in (newer, older):
        peer_knowledge.remember_relayed(conn, {peer_knowledge.MANIFEST_KEY: {"hk": vector}}, self_id="me")
    assert peer_knowledge.first_since(conn, "hk") == {**newer, "bonn": older["bonn"]}
    # a newer package of Hong Kong (its own clock moved on) says it all, even where it says less
    restored = {"hk": "0000000000300-0000-hk", "munich": "0000000000050-0000-mu"}
    peer_knowledge.remember_relayed(conn, {peer_knowledge.MANIFEST_KEY: {"hk": restored}}, self_id="me")
    assert peer_knowledge.first_since(conn, "hk") == restored
