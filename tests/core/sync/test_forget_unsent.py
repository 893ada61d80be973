"""Removing an office warns of changes made there that no other office has acknowledged (field test
27, defect 2): the last package went out, then someone added a record, then the office was removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import forget_office
from tests.core.sync.helpers import send
from tests.helpers.terminal import type_at_terminal


def _exchanged(offices: tuple[Database, Database, Database], packages: Path) -> tuple[Database, Database]:
    """Bonn and Nairobi hold each other's changes, each acknowledged by the other."""
    _, bonn, nairobi = offices
    send(bonn, nairobi, packages)
    send(nairobi, bonn, packages)
    return bonn, nairobi


def test_the_survey_counts_changes_no_office_has_acknowledged(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    bonn, _ = _exchanged(offices, packages)
    assert forget_office.survey(bonn.path).unsent is None
    with bonn.transaction() as s:
        cs.create_contact(s, family_name="Unsent", given_name="Petra")
    unsent = forget_office.survey(bonn.path).unsent
    assert unsent is not None and unsent.records == 1 and unsent.offices == ["Nairobi"]


def test_forget_office_says_what_would_be_lost_and_how_to_export_it(
    offices: tuple[Database, Database, Database],
    packages: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bonn, _ = _exchanged(offices, packages)
    with bonn.transaction() as s:
        cs.create_contact(s, family_name="Unsent", given_name="Petra")
        cs.create_contact(s, family_name="Unsent", given_name="Paul")
    bonn.close()
    type_at_terminal(monkeypatch, "n\n")
    assert main(["--lang", "en", "--db", str(bonn.path), "forget-office"]) == 1
    out = capsys.readouterr().out
    assert (
        "Warning: changes made here to 2 records have not been acknowledged by any other office (Nairobi)"
        in out
    )
    assert "  petdesk sync export --to Nairobi --out FILE\n" in out
    assert "Nothing removed." in out and bonn.path.exists()
