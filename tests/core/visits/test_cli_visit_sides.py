"""The command line's visit view lists the delegation and the host side apart, as the dossier does
(field test 77, follow-up): the Chinese "代表团成员：" heading listed the Dutch hosts, the interpreter
they hired and the office's own officer alike."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here

DAY = dt.date(2027, 3, 22)


def _visit(db: Database) -> str:
    with db.transaction() as s:
        port = os_.create_organisation(s, name_en="Port of Rotterdam Authority").id
        visit = vs.create_visit(
            s, title_en="Wuhan study tour", start_date=DAY, end_date=DAY, direction="outbound",
            timezone="Europe/Amsterdam", host_organisation_id=port,
        ).id  # fmt: skip
        for given, family, zh, role in (
            ("Ming", "Li", "李明", "head"), ("Fang", "Wang", "王芳", "delegate"),
            ("Hao", "Sun", "孙浩", "staff"), ("Pieter", "Smit", "", "host"),
            ("Mette", "Hansen", "", "interpreter"),
        ):  # fmt: skip
            contact = person(s, given, family, zh) if zh else person(s, given, family)
            if given == "Mette":
                cs.add_affiliation(s, contact.id, port)  # the hosts' interpreter
            vs.add_participant(s, visit, contact.id, role)
    return visit


def _groups(out: str, headings: tuple[str, str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    current = None
    for line in out.splitlines():
        if line in headings:
            current = groups.setdefault(line, [])
        elif current is not None and line.startswith("  "):
            current.append(line.split()[-1])
        else:
            current = None
    return groups


def test_the_chinese_view_puts_hosts_and_their_interpreter_under_the_host_side(
    db: Database, tree_catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    visit = _visit(db)
    assert main(["--db", str(db.path), "--lang", "zh_CN", "visits", visit]) == 0
    groups = _groups(capsys.readouterr().out, ("代表团成员：", "接待方："))
    assert sorted(groups["代表团成员："]) == sorted(["李明", "王芳", "孙浩"])  # the officer travels with them
    assert sorted(groups["接待方："]) == ["Hansen", "Smit"]
    assert main(["--db", str(db.path), "--lang", "en", "visits", visit]) == 0
    groups = _groups(capsys.readouterr().out, ("Delegation:", "Host side:"))
    assert sorted(groups["Host side:"]) == ["Hansen", "Smit"] and len(groups["Delegation:"]) == 3
