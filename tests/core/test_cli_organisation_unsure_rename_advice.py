"""What ``organisation edit`` says of a change it took in doubt as a correction works when followed
(review56: it said to run the edit again with --renamed, but by then the name was the new one,
nothing changed, and the old name could no longer become a former name)."""

from __future__ import annotations

import shlex

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import organisations


def test_the_advice_keeps_the_old_name_when_followed(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en="Beijing EPB").id
    edit = ["organisation", "edit", org_id[:8], "--set", "name_en=Beijing EPD"]
    assert main(["--db", str(db.path), *edit]) == 0
    out = capsys.readouterr().out
    assert "taken as a correction" in out
    command = next(line for line in out.splitlines() if "petdesk organisation edit" in line)
    advised = shlex.split(command[command.index("petdesk organisation edit") :])[1:]
    assert main(["--db", str(db.path), *advised]) == 0
    with db.reading() as s:
        org = organisations.get_organisation(s, org_id)
        assert (org.name_en, list(org.aliases)) == ("Beijing EPD", ["Beijing EPB"])
