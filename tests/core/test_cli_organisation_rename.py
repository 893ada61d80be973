"""``organisation edit`` tells a rename from a correction by the rule sync uses, and
``--renamed`` / ``--correction`` say it where the rule cannot (orgrename56)."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import organisations


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _aliases(db: Database, org_id: str) -> list[str]:
    with db.reading() as s:
        return list(organisations.get_organisation(s, org_id).aliases)


def test_edit_by_the_rule_and_as_told(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en="Shenzen Water Group", name_zh="生太环境局").id
    short = org_id[:8]
    code, _out, err = _run(
        db, capsys, "organisation", "edit", short, "--set", "name_en=Shenzhen Water Group",
        "--set", "name_zh=生态环境局",
    )  # fmt: skip
    assert (code, err) == (0, "") and _aliases(db, org_id) == []  # typos fixed: no former names

    code, out, _err = _run(db, capsys, "organisation", "edit", short, "--set", "name_en=Shenzhen WG")
    assert code == 0 and _aliases(db, org_id) == ["Shenzhen Water Group"]  # a rename

    code, out, _err = _run(db, capsys, "organisation", "edit", short, "--set", "name_en=Shenzhen WH")
    assert code == 0 and _aliases(db, org_id) == ["Shenzhen Water Group"]  # in doubt: a correction
    assert "Shenzhen WG → Shenzhen WH: taken as a correction" in out and "--renamed" in out

    code, out, _err = _run(
        db, capsys, "organisation", "edit", short, "--renamed", "--set", "name_en=Shenzhen WHG"
    )
    assert code == 0 and _aliases(db, org_id) == ["Shenzhen Water Group", "Shenzhen WH"]
    assert "taken as a correction" not in out

    code, out, _err = _run(
        db, capsys, "organisation", "edit", short, "--correction", "--set", "name_zh=深圳市生态环境局"
    )
    assert code == 0 and "生态环境局" not in _aliases(db, org_id)  # a rename told a correction


def test_edit_help_names_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["organisation", "edit", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--renamed" in out and "--correction" in out and "as sync takes it" in out
