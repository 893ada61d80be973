"""Backup times on the command line are written as the locale writes them ("5 Dec 2026, 17:20" /
"2026年12月5日 17:20"), as everywhere else, not as hand-cut "2026-12-05 17:20"."""

from __future__ import annotations

import re

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.i18n import format_datetime
from petdesk.services import backups
from tests.core.privacy.test_erasure import make_person
from tests.helpers.terminal import type_at_terminal

ISO_MINUTE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")


def test_backups_listing_and_delete_question_say_dates_in_the_locale(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made = backups.create(db.path, backups.MANUAL)
    chinese = format_datetime(made.created.astimezone(), "zh_CN")
    assert "年" in chinese
    capsys.readouterr()
    assert main(["--db", str(db.path), "--lang", "zh_CN", "backups"]) == 0
    listing = capsys.readouterr().out
    assert chinese in listing and not ISO_MINUTE.search(listing), listing
    type_at_terminal(monkeypatch, "n\n")
    assert main(["--db", str(db.path), "--lang", "en", "backups", "--delete", made.path.name]) == 1
    question = capsys.readouterr().out
    assert format_datetime(made.created.astimezone(), "en") in question and not ISO_MINUTE.search(question)


def test_backups_holding_an_erased_person_say_dates_in_the_locale(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, _ = make_person(db)
    backups.create(db.path, backups.MANUAL)
    assert main(["--db", str(db.path), "person", "erase", "--yes", person_id]) == 0
    capsys.readouterr()
    assert main(["--db", str(db.path), "--lang", "zh_CN", "person", "backups", person_id]) == 0
    out = capsys.readouterr().out
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d", out) and not ISO_MINUTE.search(out), out
