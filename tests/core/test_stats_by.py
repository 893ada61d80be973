"""``petdesk stats --by kind|country|city``: organisations and the people working at them per value,
for a hub's annual report (field test 25, §7: the counts had to be pivoted from an export)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import organisations as orgs


@pytest.fixture
def network(db: Database) -> None:
    """Two German enterprises in Bonn and Munich, a Chinese city government in Chengdu, one
    organisation without a city, one deleted; people working there now, one who left, one who is
    at organisations of two kinds, one deleted."""
    with db.transaction() as s:
        bonn = orgs.create_organisation(
            s, name_en="Bonn Water", kind="enterprise", country="DE", city_en="Bonn"
        ).id
        munich = orgs.create_organisation(
            s, name_en="Munich Air", kind="enterprise", country="DE", city_en="Munich", city_zh="慕尼黑"
        ).id
        chengdu = orgs.create_organisation(
            s,
            name_en="Chengdu Government",
            kind="city_government",
            country="CN",
            city_en="Chengdu",
            city_zh="成都",
        ).id
        placeless = orgs.create_organisation(s, name_en="Somewhere NGO", kind="ngo", country="CN").id
        gone = orgs.create_organisation(
            s, name_en="Gone Ltd", kind="enterprise", country="DE", city_en="Bonn"
        ).id
        for n in range(3):
            cs.create_contact(s, family_name=f"Bonn{n}", given_name="A", organisation_id=bonn)
        both = cs.create_contact(s, family_name="Both", given_name="B", organisation_id=munich).id
        cs.add_affiliation(s, both, chengdu, is_primary=False)
        cs.create_contact(s, family_name="Left", given_name="C", organisation_id=placeless)
        left = cs.create_contact(s, family_name="Left", given_name="D").id
        cs.add_affiliation(s, left, chengdu, start_date=dt.date(2020, 1, 1), end_date=dt.date(2024, 1, 1))
        deleted = cs.create_contact(s, family_name="Deleted", given_name="E", organisation_id=munich).id
        cs.create_contact(s, family_name="AtGone", given_name="F", organisation_id=gone)
    with db.transaction() as s:
        cs.delete_contacts(s, [deleted])
        orgs.delete_organisations(s, [gone])


def _by(db: Database, by: str, capsys: pytest.CaptureFixture[str], *lang: str) -> dict:
    assert main(["--db", str(db.path), *lang, "stats", "--by", by, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _sql_counts(db: Database, column: str) -> dict[str, tuple[int, int]]:
    """value -> (organisations, people working there now), counted with plain SQL."""
    conn = sqlite3.connect(db.path)
    try:
        organisations = dict(
            conn.execute(
                f"SELECT {column}, count(*) FROM organisation WHERE deleted_at IS NULL GROUP BY {column}"
            )
        )
        people = dict(
            conn.execute(
                f"SELECT o.{column}, count(DISTINCT a.contact_id) FROM affiliation a "
                "JOIN organisation o ON o.id = a.organisation_id JOIN contact c ON c.id = a.contact_id "
                "WHERE a.end_date IS NULL AND a.deleted_at IS NULL AND o.deleted_at IS NULL "
                f"AND c.deleted_at IS NULL GROUP BY o.{column}"
            )
        )
    finally:
        conn.close()
    return {value: (n, people.get(value, 0)) for value, n in organisations.items()}


def test_counts_per_kind_and_country_match_sql(
    db: Database, network: None, capsys: pytest.CaptureFixture[str]
) -> None:
    for by in ("kind", "country"):
        report = _by(db, by, capsys)
        got = {g["value"]: (g["organisations"], g["contacts"]) for g in report["groups"]}
        assert got == _sql_counts(db, by)
    kinds = _by(db, "kind", capsys)
    assert [g["value"] for g in kinds["groups"]] == ["enterprise", "city_government", "ngo"]  # most first
    by_kind = {g["value"]: g for g in kinds["groups"]}
    # Bonn's three and Both at Munich; the deleted person and the one at the deleted firm are not counted
    assert (by_kind["enterprise"]["organisations"], by_kind["enterprise"]["contacts"]) == (2, 4)
    # Both works at the city government too; the one who left does not count
    assert by_kind["city_government"]["contacts"] == 1
    assert kinds["organisations"] == 4 and kinds["contacts"] == 5  # each person once


def test_cities_and_chinese_names(db: Database, network: None, capsys: pytest.CaptureFixture[str]) -> None:
    cities = _by(db, "city", capsys)
    assert [(g["value"], g["organisations"], g["contacts"]) for g in cities["groups"]] == [
        ("Bonn", 1, 3),
        ("Chengdu", 1, 1),
        ("Munich", 1, 1),
        ("", 1, 1),  # without a city, last
    ]
    zh = _by(db, "city", capsys, "--lang", "zh_CN")
    assert [g["label"] for g in zh["groups"]][1:3] == ["成都", "慕尼黑"]
    countries = _by(db, "country", capsys, "--lang", "zh_CN")
    assert {g["value"]: g["label"] for g in countries["groups"]} == {"DE": "德国", "CN": "中国"}

    assert main(["--db", str(db.path), "--lang", "en", "stats", "--by", "kind"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["kind", "organisations", "contacts"]
    assert lines[1].split() == ["Enterprise", "2", "4"]
    assert lines[-1].startswith("4 organisations; 5 people work at them now")


def test_a_city_stored_in_one_language_is_one_group_named_in_the_readers(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """成都 alone (a record from before field test 57, or another office's) and Chengdu alone are one city,
    named in the reader's language (field test: two lines, and "成都" in an English report)."""
    with db.transaction() as s:
        ids = [
            orgs.create_organisation(s, name_en=name, kind="enterprise", city_en="Chengdu").id
            for name in ("Chengdu Water", "Chengdu Air", "Chengdu Soil")
        ]
        orgs.create_organisation(s, name_en="County NGO", kind="ngo", city_zh="某某县")
    conn = sqlite3.connect(db.path)
    with conn:  # as older records hold them: one language only
        conn.execute("UPDATE organisation SET city_en = '', city_zh = '成都' WHERE id = ?", (ids[0],))
        conn.execute("UPDATE organisation SET city_en = 'Chengdu', city_zh = '' WHERE id IN (?, ?)", ids[1:])
    conn.close()
    en = _by(db, "city", capsys, "--lang", "en")
    assert [(g["label"], g["organisations"]) for g in en["groups"]] == [("Chengdu", 3), ("某某县", 1)]
    zh = _by(db, "city", capsys, "--lang", "zh_CN")
    assert [(g["label"], g["organisations"]) for g in zh["groups"]] == [("成都", 3), ("某某县", 1)]
