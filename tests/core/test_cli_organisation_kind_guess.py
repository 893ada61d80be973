"""``petdesk organisation add`` without ``--kind`` takes the kind the name says, as the window's
new-organisation editor proposes it, and says so in one line; ``--kind`` is taken as given."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _add(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[OrgKind, list[str]]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    with db.reading() as s:
        org = s.query(m.Organisation).order_by(m.Organisation.created_at.desc()).first()
        assert org is not None
        return org.kind, out.splitlines()


def test_the_kind_the_name_says_without_kind(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    kind, lines = _add(db, capsys, "organisation", "add", "--name-zh", "唐山市生态环境局")
    assert kind == OrgKind.CITY_GOVERNMENT
    assert lines[0].startswith("Organisation added: ")
    assert lines[1:] == ["Kind guessed from the name: City government (--kind chooses another)"]
    kind, lines = _add(db, capsys, "organisation", "add", "--name-en", "Chongqing Foreign Affairs Office")
    assert kind == OrgKind.CITY_GOVERNMENT and len(lines) == 2
    kind, lines = _add(db, capsys, "organisation", "add", "--name-en", "Bluewave")
    assert kind == OrgKind.ENTERPRISE
    assert lines[1:] == ["Kind: Enterprise, as the name says no other (--kind chooses another)"]


def test_a_given_kind_is_taken_as_given(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    kind, lines = _add(db, capsys, "organisation", "add", "--name-zh", "唐山市生态环境局", "--kind", "ngo")
    assert kind == OrgKind.NGO and len(lines) == 1  # no line about a guess


def test_the_line_in_chinese(
    db: Database, capsys: pytest.CaptureFixture[str], tree_catalogue: object
) -> None:
    zh = ("--lang", "zh_CN")
    kind, lines = _add(db, capsys, *zh, "organisation", "add", "--name-en", "Tongji University")
    assert kind == OrgKind.UNIVERSITY
    assert lines[0].startswith("已添加机构：")
    assert lines[1:] == ["按名称推测的类型：高校/科研院所（可用 --kind 另选）"]
    kind, lines = _add(db, capsys, *zh, "organisation", "add", "--name-zh", "蓝波")
    assert kind == OrgKind.ENTERPRISE
    assert lines[1:] == ["类型：企业（名称未表明其他类型；可用 --kind 另选）"]
