"""``petdesk tags``: counts, rename, merge and delete from the command line (field test 25)."""

from __future__ import annotations

import io
import json

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts, organisations
from tests.helpers.terminal import type_at_terminal


@pytest.fixture
def tagged(db: Database) -> Database:
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Bonn Water", tags=["媒体", "water"])
        contacts.create_contact(s, family_name="Zhang", given_name="Wei", tags=["Media", "媒体"])
        contacts.create_contact(s, family_name="Li", given_name="Na", tags=["媒体", "vip"])
    return db


def _tags(db: Database, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    assert main(["--db", str(db.path), "tags", "--json"]) == 0
    return {row["tag"]: row["total"] for row in json.loads(capsys.readouterr().out)["tags"]}


def test_list_sorted_by_count_with_json(tagged: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tagged.path), "tags"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Tag", "Organisations", "Contacts", "Total"]
    assert lines[1].split() == ["媒体", "1", "2", "3"]  # the most used first
    assert list(_tags(tagged, capsys)) == ["媒体", "Media", "vip", "water"]


def test_rename_dry_run_then_for_real(tagged: Database, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tagged.path)
    assert main(["--db", db, "tags", "rename", "媒体", "media", "--dry-run"]) == 0
    assert capsys.readouterr().out.strip() == (
        "Would rename “媒体” to “media” on 1 organisation and 2 contacts.\nNothing changed (dry run)."
    )
    assert _tags(tagged, capsys)["媒体"] == 3
    assert main(["--db", db, "tags", "rename", "媒体", "media", "--yes"]) == 0
    assert capsys.readouterr().out.strip() == "Renamed “媒体” to “media” on 1 organisation and 2 contacts."
    # Zhang's "Media" and renamed 媒体 are one tag now, counted once.
    assert _tags(tagged, capsys) == {"media": 3, "vip": 1, "water": 1}


def test_merge_and_unknown_tag(tagged: Database, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tagged.path)
    assert main(["--db", db, "tags", "merge", "vip", "water", "--into", "partner", "--yes"]) == 0
    assert (
        capsys.readouterr().out.strip()
        == "Merged “vip”, “water” into “partner” on 1 organisation and 1 contact."
    )
    assert _tags(tagged, capsys)["partner"] == 2
    assert main(["--db", db, "tags", "rename", "nope", "x"]) == 1
    assert "No organisation or contact carries the tag “nope”." in capsys.readouterr().err


def test_delete_asks_first(
    tagged: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tagged.path)
    type_at_terminal(monkeypatch, "n\n")
    assert main(["--db", db, "tags", "delete", "媒体"]) == 1
    out = capsys.readouterr().out
    assert "Take the tag “媒体” off 1 organisation and 2 contacts? [y/N]" in out and "Nothing deleted." in out
    assert _tags(tagged, capsys)["媒体"] == 3
    assert main(["--db", db, "tags", "delete", "媒体", "--yes"]) == 0
    assert capsys.readouterr().out.strip() == "Took the tag “媒体” off 1 organisation and 2 contacts."
    assert "媒体" not in _tags(tagged, capsys)


def test_rename_and_merge_ask_first(
    tagged: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line cannot undo them (the window can): they say what they change and ask."""
    db = str(tagged.path)
    type_at_terminal(monkeypatch, "n\n")
    assert main(["--db", db, "tags", "rename", "媒体", "media"]) == 1
    out = capsys.readouterr().out
    assert "Rename the tag “媒体” to “media” on 1 organisation and 2 contacts? [y/N]" in out
    assert "Nothing renamed." in out and _tags(tagged, capsys)["媒体"] == 3
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to answer from: refused
    assert main(["--db", db, "tags", "merge", "vip", "water", "--into", "{partner}"]) == 1
    assert "Add --yes to do it without asking." in capsys.readouterr().err
    assert "{partner}" not in _tags(tagged, capsys)
    type_at_terminal(monkeypatch, "否\n")
    assert main(["--db", db, "tags", "merge", "vip", "water", "--into", "{partner}"]) == 1
    out = capsys.readouterr().out
    assert "Merge “vip”, “water” into “{partner}” on 1 organisation and 1 contact? [y/N]" in out
    assert "Nothing merged." in out and "{partner}" not in _tags(tagged, capsys)
    type_at_terminal(monkeypatch, "y\n")
    assert main(["--db", db, "tags", "rename", "媒体", "media"]) == 0
    assert "Renamed “媒体” to “media” on 1 organisation and 2 contacts." in capsys.readouterr().out
    assert "媒体" not in _tags(tagged, capsys)
