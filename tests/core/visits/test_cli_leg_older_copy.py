"""``calendar --import`` of an older copy of a flight whose leg came from a newer one (0079): the
command says the event was left out and why, in English and in Chinese, and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.core.visits.test_ical_leg_uid import FIRST, NEXT_DAY, _legs, visit_id
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

__all__ = ["visit_id"]  # the fixture


def _import(db: Database, visit_id: str, ics: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> str:
    args = ["--db", str(db.path), "calendar", "--import", str(ics), "--visit", visit_id, "--lang", lang]
    assert main(args) == 0
    return capsys.readouterr().out


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_older_copy_is_told_in_english_and_chinese(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _import(db, visit_id, NEXT_DAY, "en", capsys)
    legs = _legs(db, visit_id)
    english = _import(db, visit_id, FIRST, "en", capsys)
    assert "0 added, 0 updated, 1 skipped" in english
    assert (
        "  skipped: Flight LH 729 Shanghai - Frankfurt (an older copy (SEQUENCE 0) of the event its travel"
        " leg has (SEQUENCE 1): left alone)"
    ) in english
    chinese = _import(db, visit_id, FIRST, "zh_CN", capsys)
    assert "该事件的较旧副本（SEQUENCE 0），其行程段已是较新的版本（SEQUENCE 1）：未作更改" in chinese
    assert "Flight LH 729 Shanghai - Frankfurt" in chinese and "older" not in chinese
    assert _legs(db, visit_id) == legs  # the leg keeps the newer day
