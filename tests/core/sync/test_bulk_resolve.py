"""Settling many conflicts at once (field test 34, defect 3: 127 conflicts, one by one): several
ids or --all (narrowed by kind and field), keeping mine or theirs, in one transaction; both offices
end equal after exchanging."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Contact
from petdesk.sync import service
from tests.core.sync.helpers import notes_in_conflict, send, values

NAMES = ("Wang", "Li", "Zhang")


def _conflicted(offices: tuple[Database, ...], packages: Path) -> tuple[Database, Database, list[str]]:
    """Beijing and Bonn each edited the notes of the same three people; Beijing has imported Bonn's."""
    beijing, bonn = offices[0], offices[1]
    with beijing.transaction() as session:
        people = [Contact(family_name=name, given_name="Wei") for name in NAMES]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
    notes_in_conflict(beijing, bonn, ids, packages, ("Beijing", "Bonn"))
    return beijing, bonn, ids


def _open(db: Database) -> list[service.Conflict]:
    return [c for c in service.list_conflicts(db) if c.resolved_at is None]


def _notes(db: Database, ids: list[str]) -> list[str]:
    return [values(db, "contact", i)["notes"] for i in ids]


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_keep_mine_or_theirs_for_all_and_offices_end_equal(offices, packages: Path, keep: str) -> None:
    beijing, bonn, ids = _conflicted(offices, packages)
    opened = [c for c in _open(beijing) if c.field == "notes"]
    assert len(opened) == 3
    settled = service.resolve_conflicts(beijing, [c.id for c in opened], keep=keep)
    assert len(settled) == 3 and not _open(beijing)
    wanted = "Beijing notes" if keep == "mine" else "Bonn notes"
    assert _notes(beijing, ids) == [wanted] * 3
    send(beijing, bonn, packages)
    send(bonn, beijing, packages)
    assert _notes(bonn, ids) == _notes(beijing, ids) == [wanted] * 3


def test_one_that_cannot_be_settled_settles_none(offices, packages: Path) -> None:
    beijing, _bonn, _ids = _conflicted(offices, packages)
    opened = [c.id for c in _open(beijing)]
    with pytest.raises(service.SyncError):
        service.resolve_conflicts(beijing, [*opened, "no-such-id"], keep="other")
    assert len(_open(beijing)) == len(opened)


def test_cli_resolves_several_ids_and_all_with_filters(offices, packages: Path, capsys) -> None:
    beijing, _bonn, _ids = _conflicted(offices, packages)
    opened = [c.id for c in _open(beijing)]
    run = lambda *args: main(["--db", str(beijing.path), "sync", "resolve", *args])  # noqa: E731
    assert run("--all", "--keep", "mine", "--entity", "organisation") == 0
    assert "No open conflicts to settle." in capsys.readouterr().out
    assert run(opened[0][:8], opened[1][:8], "--keep", "mine") == 0
    assert "2 conflicts settled." in capsys.readouterr().out
    assert run("--all", "--keep", "theirs", "--entity", "contact", "--field", "notes") == 0
    assert "1 conflict settled." in capsys.readouterr().out
    assert not _open(beijing)
    assert run("--keep", "mine") != 0  # neither ids nor --all


def test_undo_puts_values_back_and_opens_the_conflicts_again(offices, packages: Path) -> None:
    beijing, bonn, ids = _conflicted(offices, packages)
    opened = sorted(c.id for c in _open(beijing) if c.field == "notes")
    assert _notes(beijing, ids) == ["Bonn notes"] * 3  # Bonn's edits won; Beijing's wait as "other"
    settled = service.resolve_conflicts(beijing, opened, keep="mine")
    assert _notes(beijing, ids) == ["Beijing notes"] * 3
    # One person edited again since: Undo leaves that edit alone, and still reopens the conflict.
    with beijing.transaction() as session:
        session.get(Contact, ids[0]).notes = "Edited after"  # type: ignore[union-attr]
    assert service.undo_settled(beijing, settled) == 3
    assert sorted(c.id for c in _open(beijing) if c.field == "notes") == opened
    assert _notes(beijing, ids) == ["Edited after", "Bonn notes", "Bonn notes"]
    # The values put back are ordinary changes: settled again, both offices end equal.
    service.resolve_conflicts(beijing, opened, keep="theirs")
    send(beijing, bonn, packages)
    send(bonn, beijing, packages)
    assert _notes(bonn, ids) == _notes(beijing, ids) == ["Edited after", "Bonn notes", "Bonn notes"]
