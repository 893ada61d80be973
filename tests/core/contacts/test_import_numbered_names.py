"""Numbered names are different names, and a name shared by many rows keeps an import linear
(field test 39, defect 3: "Person100" matched "Person16", 999 "possible matches" in 1,000 rows,
and 3,000 rows took 177 s and 562 MB)."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.services import import_keys, importing

HEADER = "First name,Last name,Email,Organisation\n"


def _import(db: Database, path: Path, rows: list[str]) -> importing.ImportReport:
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    with db.transaction() as s:
        return importing.import_file(s, path)


def test_digits_are_kept_in_name_keys() -> None:
    keys = import_keys.name_keys
    assert keys("Person100", "Fieldtest100", "", "") != keys("Person16", "Fieldtest16", "", "")
    assert keys("Müller", "Jürgen", "", "") == keys("Muller", "Jurgen", "", "")  # accents still folded


def test_numbered_names_are_not_possible_matches(db: Database, tmp_path: Path) -> None:
    rows = [f"Fieldtest{n},Person{n},ft{n}@field39.example,FT Org {n}\n" for n in range(1, 61)]
    report = _import(db, tmp_path / "numbered.csv", rows)
    assert len(report.added) == 60
    assert not [item.reason for item in report.added if item.possible_match]


def test_a_name_shared_by_many_rows_keeps_few_candidates(db: Database, tmp_path: Path) -> None:
    """Each "Wei Zhang" is a possible match of the earlier ones; it keeps (and compares) at most
    NAMESAKES_COMPARED of them, not all."""
    many = importing.NAMESAKES_COMPARED + 15
    rows = [f"Wei,Zhang,zhang{n}@example.org,Org {n}\n" for n in range(many)]
    report = _import(db, tmp_path / "common.csv", rows)
    assert len(report.added) == many
    last = report.added[-1]
    assert last.possible_match and "same name as" in str(last.reason)
    assert len(last.candidates) == importing.NAMESAKES_COMPARED
