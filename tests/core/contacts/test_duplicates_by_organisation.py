"""Working through likely duplicates one organisation at a time (field test 105: after the Chongqing
office's file was imported into Chengdu's, ``duplicates`` listed 609 pairs best first, with no way to
take one bureau's people together)."""

from __future__ import annotations

import json

import pytest

from petdesk.cli import main
from petdesk.connection import sqlite_of
from petdesk.db import Database
from petdesk.services import contacts, duplicates, organisations
from petdesk.services.contacts import Method
from petdesk.services.duplicates_by_organisation import (
    belonging_to,
    count_by_organisation,
    counted,
    pair_organisations,
    pairs_at,
)


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


@pytest.mark.parametrize("in_memory_limit", [None, 0], ids=["in memory", "scratch database"])
def test_the_windows_filter_gives_the_pairs_of_duplicates_organisation(
    db: Database,
    two_bureaus: tuple[str, str, dict[str, str]],
    capsys: pytest.CaptureFixture[str],
    in_memory_limit: int | None,
) -> None:
    """The Duplicates dialog lists the best pairs (``rank_contact_duplicates``, in a scratch database
    in a large file), then counts and chooses among them with ``pair_organisations``: the same pairs
    as ``petdesk duplicates --organisation``, best first, and the same counts as ``--by-organisation``."""
    eeb, water, _people = two_bureaus
    with db.reading() as s:
        conn = sqlite_of(s)
        listed, total = duplicates.rank_contact_duplicates(conn, limit=5_000, in_memory_limit=in_memory_limit)
        where = pair_organisations(conn, listed)
        counts = count_by_organisation(conn, entity="contact")
    assert total == 3
    assert counted(listed, *where) == counts
    for organisation_id in (eeb, water):
        assert (
            main(
                [
                    "--db",
                    str(db.path),
                    "duplicates",
                    "--entity",
                    "contact",
                    "--organisation",
                    organisation_id,
                    "--json",
                ]
            )
            == 0
        )
        by_cli = [(p["first_id"], p["second_id"]) for p in json.loads(capsys.readouterr().out)["pairs"]]
        in_window = belonging_to(listed, where.organisations, organisation_id)
        assert [(p.first_id, p.second_id) for p in in_window] == by_cli and by_cli


def test_organisation_pairs_belong_to_each_of_the_two(db: Database) -> None:
    first = _org(db, "Chongqing Water Affairs Bureau", "重庆市水务局")
    second = _org(db, "Chongqing Water Affairs Bureau", "")
    with db.reading() as s:
        conn = sqlite_of(s)
        listed = duplicates.find_organisation_duplicates(conn)
        where = pair_organisations(conn, listed)
        assert (
            [p.key for p in belonging_to(listed, where.organisations, second)]
            == [p.key for p in pairs_at(conn, second, entity="organisation")]
            == [tuple(sorted((first, second)))]
        )
    assert [(c.organisation_id, c.pairs) for c in counted(listed, *where)] == sorted(
        [(first, 1), (second, 1)], key=lambda c: where.names[c[0]]
    )


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
