"""Honorifics of other languages stored before imports mapped them ("Herr", "Fr.", "Señora") become
Mr./Ms. and 先生/女士, as an edit of the office that travels to the others; other values stay."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.services.honorific_tidy import tidy_honorifics
from tests.core.sync.helpers import send, values

#: (stored English, stored Chinese) -> what they become
CASES = {
    ("Herr", "Herr"): ("Mr.", "先生"),
    ("Frau", ""): ("Ms.", ""),
    ("Hr.", "先生"): ("Mr.", "先生"),
    ("FR.", "Frau"): ("Ms.", "女士"),
    ("Monsieur", ""): ("Mr.", ""),
    ("Madame", ""): ("Ms.", ""),
    ("Señora", "Señora"): ("Ms.", "女士"),
    ("Sr.", ""): ("Mr.", ""),
    # not exactly such a word, or already what petdesk writes: kept
    ("Herr Dr.", ""): ("Herr Dr.", ""),
    ("Botschafter", ""): ("Botschafter", ""),
    ("Dr.", "博士"): ("Dr.", "博士"),
    ("Mr.", "先生"): ("Mr.", "先生"),
    ("M", ""): ("M", ""),
}


def _people(db: Database) -> dict[tuple[str, str], str]:
    ids = {}
    with db.transaction() as s:
        for n, (en, zh) in enumerate(CASES):
            person = m.Contact(
                family_name=f"Müller{n}", given_name="Jürgen", honorific_en=en, honorific_zh=zh
            )
            s.add(person)
            s.flush()
            ids[(en, zh)] = person.id
    return ids


def _honorifics(db: Database, row_id: str) -> tuple[str, str]:
    row = values(db, "contact", row_id)
    return row["honorific_en"], row["honorific_zh"]


def test_foreign_honorifics_are_mapped_and_others_kept(offices: tuple[Database, ...]) -> None:
    db = offices[0]
    ids = _people(db)
    before = {i: values(db, "contact", i)["updated_at"] for i in ids.values()}
    changed = tidy_honorifics(db)
    differing = [a != b for stored, expected in CASES.items() for a, b in zip(stored, expected, strict=True)]
    assert changed == sum(differing)
    for stored, expected in CASES.items():
        row_id = ids[stored]
        assert _honorifics(db, row_id) == expected, stored
        bumped = values(db, "contact", row_id)["updated_at"] > before[row_id]
        assert bumped == (stored != expected), stored
    assert tidy_honorifics(db) == 0  # once is enough
    con = sqlite3.connect(db.path)
    try:
        history = con.execute(
            "SELECT field, old_value, new_value FROM sync_change "
            "WHERE row_id = ? AND field LIKE 'honorific%'",
            (ids[("Herr", "Herr")],),
        ).fetchall()
    finally:
        con.close()
    assert sorted(history) == [("honorific_en", '"Herr"', '"Mr."'), ("honorific_zh", '"Herr"', '"先生"')]


def test_the_clean_up_travels_and_two_offices_doing_it_agree(
    offices: tuple[Database, ...], packages: Path
) -> None:
    beijing, bonn, nairobi = offices
    ids = _people(beijing)
    send(beijing, bonn, packages)
    send(beijing, nairobi, packages)
    herr = ids[("Herr", "Herr")]
    assert _honorifics(bonn, herr) == ("Herr", "Herr")
    tidy_honorifics(beijing)
    send(beijing, bonn, packages)
    assert _honorifics(bonn, herr) == ("Mr.", "先生")  # an office that has not upgraded gets it
    tidy_honorifics(nairobi)  # an office that upgrades on its own
    assert not send(nairobi, bonn, packages).new_conflicts
    assert not send(bonn, beijing, packages).new_conflicts
    for db in offices:
        assert {i: _honorifics(db, i) for i in ids.values()} == {ids[k]: v for k, v in CASES.items()}
