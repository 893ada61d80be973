"""The journal names offices as they are called now (round 53): Shanghai retired the old laptop,
then became "Shanghai Hub"; Bonn's journal still said "retired by Shanghai" and "learned from
Shanghai's package", a name no office had any more. Now the current name (in Chinese the Chinese
one), with the name the line recorded beside it when they differ."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import office as office_service
from petdesk.sync import service
from tests.core.sync.helpers import make_office, office_id, send
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


@pytest.fixture
def renamed(tmp_path: Path) -> Iterator[tuple[Database, Database, str]]:
    """Shanghai retires the old laptop, Bonn learns it, then Shanghai is renamed and Bonn hears that."""
    packages = tmp_path / "packages"
    packages.mkdir()
    hub, bonn, old = (make_office(tmp_path / name, name) for name in ("Shanghai", "Bonn", "Laptop EU"))
    send(old, hub, packages, full=True)
    send(hub, bonn, packages, full=True)
    service.retire_office(hub, office_id(old))
    send(hub, bonn, packages)
    with hub.transaction() as session:
        office_service.set_identity(session, name="Shanghai Hub", name_zh="上海枢纽办公室")
    send(hub, bonn, packages)
    yield hub, bonn, office_id(old)
    for db in (hub, bonn, old):
        db.close()


def _decision(db: Database, locale: str = "en") -> service.Exchange:
    (entry,) = [e for e in service.journal(db, locale=locale) if e.is_decision]
    return entry


def test_the_decider_and_the_sender_are_named_as_now_with_the_recorded_name(renamed) -> None:
    hub, bonn, _old = renamed
    at_bonn = _decision(bonn)
    assert (at_bonn.peer_name, at_bonn.decided_by, at_bonn.learned_from) == (
        "Laptop EU",
        "Shanghai Hub (Shanghai)",
        "Shanghai Hub (Shanghai)",
    )
    assert _decision(hub).decided_by == "Shanghai Hub (Shanghai)"
    # Exchanges too: the packages before the rename recorded the old name, the last one the new.
    imports = [e.peer_name for e in service.journal(bonn) if e.direction == "import"]
    assert imports == ["Shanghai Hub", "Shanghai Hub (Shanghai)", "Shanghai Hub (Shanghai)"]


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_in_chinese_the_chinese_name_with_the_recorded_one_in_full_width_brackets(renamed) -> None:
    _hub, bonn, _old = renamed
    entry = _decision(bonn, "zh_CN")
    assert entry.decided_by == "上海枢纽办公室（Shanghai）"
    assert entry.learned_from == "上海枢纽办公室（Shanghai）"


def test_a_name_unchanged_since_needs_no_brackets(tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    packages.mkdir()
    hub, bonn, old = (make_office(tmp_path / name, name) for name in ("Shanghai", "Bonn", "Laptop EU"))
    with hub.transaction() as session:
        office_service.set_identity(session, name_zh="上海代表处")
    send(old, hub, packages, full=True)
    send(hub, bonn, packages, full=True)
    service.retire_office(hub, office_id(old))
    send(hub, bonn, packages)
    assert _decision(bonn, "zh_CN").decided_by == "上海代表处"  # recorded "Shanghai": the same office's name
    assert _decision(bonn).learned_from == "Shanghai"
    for db in (hub, bonn, old):
        db.close()


def test_the_command_line_journal_says_the_current_name(renamed, capsys) -> None:
    _hub, bonn, _old = renamed
    capsys.readouterr()
    assert main(["--db", str(bonn.path), "sync", "journal"]) == 0
    out = capsys.readouterr().out
    assert (
        "Laptop EU retired by Shanghai Hub (Shanghai); learned from Shanghai Hub (Shanghai)'s package" in out
    )
