"""Property: three offices editing and deleting concurrently, exchanging packages in any order,
end identical, and every edit is either the final value, deliberately overwritten by someone who
had seen it, or kept as the losing value of a recorded conflict."""

from __future__ import annotations

import shutil
import tempfile
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from petdesk.db import Database, make_engine
from petdesk.models import Contact, ContactMethod
from petdesk.sync import service
from tests.core.sync.helpers import make_office, send, values

OFFICES = ("Beijing", "Bonn", "Nairobi")
FIELDS = ("notes", "dietary_needs", "honorific_en")
N_CONTACTS = 3
#: The folder of the offices' files after their first exchange, and the ids of its contacts.
Start = tuple[Path, list[str]]

op = st.one_of(
    st.tuples(
        st.just("edit"),
        st.integers(0, 2),
        st.integers(0, 9),
        st.sampled_from(FIELDS),
    ),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("restore"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("create"), st.integers(0, 2), st.integers(0, 9)),
)


@dataclass
class Edit:
    key: str
    office: int
    row: str
    name: str
    value: str
    #: Edits the writing office had seen when it wrote this one.
    seen: frozenset[str]


@dataclass
class World:
    dbs: list[Database]
    folder: Path
    ids: list[str]
    seen: list[set[str]] = field(default_factory=lambda: [set(), set(), set()])
    edits: list[Edit] = field(default_factory=list)


@pytest.fixture(scope="module")
def start(tmp_path_factory: pytest.TempPathFactory) -> Start:
    """The three offices after their first exchange, made once: each example starts from copies of
    the files (making the offices and four packages took about a third of each example)."""
    world = _setup(tmp_path_factory.mktemp("convergence"))
    for db in world.dbs:
        with closing(db.raw()) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    return world.dbs[0].path.parent, world.ids


def _copy_of(start: Start, folder: Path) -> World:
    files, ids = start
    (folder / "dbs").mkdir()
    # whole files: the checkpoint left no write-ahead log behind
    paths = [Path(shutil.copy(files / f"{name}.sqlite", folder / "dbs")) for name in OFFICES]
    return World([Database(path=p, engine=make_engine(p)) for p in paths], folder, list(ids))


def _setup(folder: Path) -> World:
    dbs = [make_office(folder / "dbs", name) for name in OFFICES]
    with dbs[0].transaction() as session:
        contacts = [Contact(family_name=f"Chen{i}", given_name="Jing") for i in range(N_CONTACTS)]
        session.add_all(contacts)
        session.flush()
        ids = [c.id for c in contacts]
    world = World(dbs, folder, ids)
    # First exchange: everyone gets everything and learns of everyone.
    for src, dst in ((0, 1), (1, 2), (2, 0), (0, 1)):
        _sync(world, src, dst)
    return world


def _sync(world: World, src: int, dst: int) -> None:
    snapshot = set(world.seen[src])
    send(world.dbs[src], world.dbs[dst], world.folder)
    world.seen[dst] |= snapshot


def _apply(world: World, step: tuple) -> None:
    kind, office, *rest = step
    db = world.dbs[office]
    if kind == "sync":
        if office != rest[0]:
            _sync(world, office, rest[0])
        return
    if kind == "create":
        # A new person with an e-mail address (a child row) at one office only, until it syncs.
        with db.transaction() as session:
            contact = Contact(family_name=f"New{len(world.ids)}", given_name=OFFICES[office])
            session.add(contact)
            session.flush()
            email = f"n{rest[0]}@example.org"
            session.add(ContactMethod(contact_id=contact.id, channel="email", value=email, normalized=email))
            world.ids.append(contact.id)
        return
    row_id = world.ids[rest[0] % len(world.ids)]
    with db.transaction() as session:
        contact = session.get(Contact, row_id)
        if contact is None:
            return  # not arrived at this office yet
        if kind == "edit":
            if contact.deleted_at is not None:
                return  # the window does not edit deleted records
            key = f"e{len(world.edits)}"
            value = f"{OFFICES[office]}:{key}"
            setattr(contact, rest[1], value)
            world.edits.append(Edit(key, office, row_id, rest[1], value, frozenset(world.seen[office])))
            world.seen[office].add(key)
        elif kind == "delete" and contact.deleted_at is None:
            contact.soft_delete()
        elif kind == "restore" and contact.deleted_at is not None:
            contact.deleted_at = None


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(steps=st.lists(op, min_size=1, max_size=14))
def test_three_offices_converge_without_losing_edits(start: Start, steps: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        world = _copy_of(start, Path(tmp))
        try:
            for step in steps:
                _apply(world, step)
            # Let everything reach everyone: a ring twice round.
            for src, dst in ((0, 1), (1, 2), (2, 0), (0, 1), (1, 2)):
                _sync(world, src, dst)
            dumps = [service.canonical_dump(db) for db in world.dbs]
            assert dumps[0] == dumps[1] == dumps[2]

            losers = {
                (c.row_id, c.field, c.loser_value)
                for db in world.dbs
                for c in service.list_conflicts(db, include_resolved=True)
            }
            for edit in world.edits:
                final = values(world.dbs[0], "contact", edit.row)[edit.name]
                overwritten = any(
                    later.row == edit.row and later.name == edit.name and edit.key in later.seen
                    for later in world.edits
                )
                assert final == edit.value or overwritten or (edit.row, edit.name, edit.value) in losers, (
                    f"edit {edit} was lost (final value {final!r})"
                )
        finally:
            for db in world.dbs:
                db.close()
