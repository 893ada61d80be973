"""Round 61 review: ``visit-legs/lodging/vehicles add … --lang zh_CN`` refused in English (the
service's sentence as ``str(exc)``, and "petdesk: error:" before it: the command's own --lang was
taken only after the refusal)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import visits as vs
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # a fixture


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        return vs.create_visit(
            s, title_en="Shanghai delegation to Frankfurt", start_date=dt.date(2026, 11, 10),
            end_date=dt.date(2026, 11, 13), timezone="Europe/Berlin",
        ).id  # fmt: skip


def _err(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["--db", str(db.path), *argv, "--lang", "zh_CN"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["visit-legs", "add", "{v}", "--from", "上海", "--to", "法兰克福", "--number", "LH 729",
         "--departs", "2026-11-10 13:00", "--arrives", "2026-11-09 18:00"],
        ["visit-legs", "add", "{v}", "--from", "上海", "--to", "法兰克福",
         "--departs", "2026-11-10 13:00", "--arrives", "2026-11-10 18:00"],
        ["visit-lodging", "add", "{v}", "--hotel", "霍夫酒店", "--from", "2026-11-13", "--to", "2026-11-10"],
        ["visit-vehicles", "add", "{v}", "--vehicle", "奔驰 V 级", "--seats", "-2"],
        ["visit-vehicles", "add", "{v}", "--vehicle", ""],
        ["visit-vehicles", "add", "{v}", "--vehicle", "奔驰", "--item", "zzzz"],
        ["visit-legs", "list", "zzzz"],
    ],
)  # fmt: skip
@pytest.mark.usefixtures("tree_catalogue")
def test_a_refused_add_speaks_the_commands_own_language(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, err = _err(db, capsys, *(a.format(v=visit_id[:8]) for a in argv))
    assert code == 1
    assert err.startswith("petdesk：错误："), err
    assert not any("a" <= c.lower() <= "z" for c in err.replace("petdesk", "").replace("zzzz", "")), err
