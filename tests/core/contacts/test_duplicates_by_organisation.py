"""Working through likely duplicates one organisation at a time (field test 105: after the Chongqing
office's file was imported into Chengdu's, ``duplicates`` listed 609 pairs best first, with no way to
take one bureau's people together)."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.connection import sqlite_of
from petdesk.db import Database
from petdesk.services import contacts, organisations
from petdesk.services.contacts import Method
from petdesk.services.duplicates_by_organisation import count_by_organisation, pairs_at


def _org(db: Database, name_en: str, name_zh: str) -> str:
    with db.transaction() as s:
        return organisations.create_organisation(
            s, name_en=name_en, name_zh=name_zh, kind="city_government", city_en="Chongqing"
        ).id


def _person(db: Database, family: str, given: str, email: str, organisation_id: str) -> str:
    with db.transaction() as s:
        return contacts.create_contact(
            s,
            family_name=family,
            given_name=given,
            methods=[Method("email", email)],
            organisation_id=organisation_id,
        ).id


@pytest.fixture
def two_bureaus(db: Database) -> tuple[str, str, dict[str, str]]:
    eeb = _org(db, "Chongqing Municipal Ecology and Environment Bureau", "重庆市生态环境局")
    water = _org(db, "Chongqing Water Affairs Bureau", "重庆市水务局")
    people = {
        "wang": _person(db, "Wang", "Jianguo", "wjg@cqepb.example", eeb),
        "wang2": _person(db, "Wang", "Jianguo", "wjg@cqepb.example", eeb),
        "liu": _person(db, "Liu", "Fang", "liufang@cqwater.example", water),
        "liu2": _person(db, "Liu", "Fang", "liufang@cqwater.example", water),
        "zhao": _person(db, "Zhao", "Lei", "zhaolei@cqwater.example", water),
        "zhao2": _person(db, "Zhao", "Lei", "zhaolei@cqwater.example", water),
    }
    return eeb, water, people


def test_pairs_of_one_organisations_people(
    db: Database, two_bureaus: tuple[str, str, dict[str, str]]
) -> None:
    eeb, water, people = two_bureaus
    with db.reading() as s:
        at_eeb = pairs_at(sqlite_of(s), eeb)
        at_water = pairs_at(sqlite_of(s), water)
        counts = count_by_organisation(sqlite_of(s))
    assert [{p.first_id, p.second_id} for p in at_eeb] == [{people["wang"], people["wang2"]}]
    assert {frozenset((p.first_id, p.second_id)) for p in at_water} == {
        frozenset((people["liu"], people["liu2"])),
        frozenset((people["zhao"], people["zhao2"])),
    }
    assert [(c.organisation_id, c.pairs) for c in counts] == [(water, 2), (eeb, 1)]
    assert counts[0].name == "重庆市水务局 (Chongqing Water Affairs Bureau)"


def test_cli_by_organisation_then_one_organisation(
    db: Database, two_bureaus: tuple[str, str, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    eeb, water, people = two_bureaus
    assert main(["--db", str(db.path), "duplicates", "--by-organisation"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["2", water[:8]] and "Chongqing Water Affairs Bureau" in lines[0]
    assert lines[1].split()[:2] == ["1", eeb[:8]]
    assert main(["--db", str(db.path), "duplicates", "--organisation", "重庆市生态环境局"]) == 0
    out = capsys.readouterr().out
    assert people["wang"] in out and people["liu"] not in out and people["zhao"] not in out
    assert "1 likely duplicate pairs" in out
    assert main(["--db", str(db.path), "duplicates", "--organisation", "no such bureau"]) == 1
    assert "no such bureau" in capsys.readouterr().err


def test_cli_refuses_by_organisation_with_one_organisation(
    db: Database, two_bureaus: tuple[str, str, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """--by-organisation counted every organisation and dropped --organisation ORG without a word:
    the two ask different things, so the usage says they do not go together."""
    args = ["--db", str(db.path), "--lang", "en", "duplicates", "--by-organisation", "--organisation", "x"]
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    assert "--organisation: not allowed with argument --by-organisation" in capsys.readouterr().err
