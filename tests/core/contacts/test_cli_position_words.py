"""``petdesk contact add --position`` without ``--organisation`` is refused in the command's words
(field test 60): it said "choose one under “Organisation”", a box of the window, not an option here."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.core_catalogue import read_po
from petdesk.db import Database

REFUSAL = "Not added: a position needs an organisation: add --organisation ORG, or leave out --position."


def test_a_position_without_organisation_names_the_option(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db.path), "--lang", "en", "contact", "add", "--family-name", "Liu"]
    assert main([*argv, "--given-name", "Fang", "--position", "Interpreter"]) == 1
    err = capsys.readouterr().err
    assert REFUSAL in err and "“Organisation”" not in err


def test_the_refusal_is_in_chinese_too() -> None:
    # this checkout's catalogue (the installed one may be another checkout's)
    entries = read_po(Path(__file__).parents[3] / "translations" / "core" / "zh_CN.po")
    chinese = next(str(v) for k, v in entries.items() if REFUSAL in str(k))
    assert "--organisation" in chinese and "“所属机构”" not in chinese
