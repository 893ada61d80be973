"""Exports of contacts come out in the contacts list's order for their language (the search index's
filing keys), not in the stored columns' raw order: "de la Cruz" under C, "Ó Briain" under O,
lower case among upper, 杨 under Y by pinyin in Chinese (field defect carried since round 57)."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk.db import Database
from petdesk.ids import uuid_text
from petdesk.services import contacts, exporting

PEOPLE = {
    "de la Cruz": dict(family_name="de la Cruz", given_name="Maria"),
    "Ó Briain": dict(family_name="Ó Briain", given_name="Aoife"),
    "张伟": dict(family_name_zh="张", given_name_zh="伟"),
    "bauer": dict(family_name="bauer", given_name="Lena"),
    "Young": dict(family_name="Young", given_name="Wen", family_name_zh="杨", given_name_zh="文"),
    "Yates": dict(family_name="Yates", given_name="Ann"),
    "Dubois": dict(family_name="Dubois", given_name="Claire"),
    "Olsen": dict(family_name="Olsen", given_name="Per"),
    "安娜": dict(family_name_zh="安", given_name_zh="娜"),
}
#: The list's order: English by the Latin name (张伟 as "zhang wei"), Chinese by pinyin (杨文 "yang").
LISTED = {
    "en": ["安娜", "bauer", "de la Cruz", "Dubois", "Ó Briain", "Olsen", "Yates", "Young", "张伟"],
    "zh_CN": ["安娜", "bauer", "de la Cruz", "Dubois", "Ó Briain", "Olsen", "Young", "Yates", "张伟"],
}


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    """Each person's key in PEOPLE by contact id."""
    with db.transaction() as s:
        return {contacts.create_contact(s, **values).id: key for key, values in PEOPLE.items()}


def _written(path: Path, people: dict[str, str]) -> list[str]:
    """The people of the file, in its order (by their ids, a card by its UID)."""
    if path.suffix == ".csv":
        ids = [row[0] for row in list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))[1:]]
    elif path.suffix == ".xlsx":
        sheet = load_workbook(path, read_only=True).worksheets[0]
        ids = [str(row[0]) for row in list(sheet.iter_rows(values_only=True))[1:]]
    else:
        by_uid = {f"UID:urn:uuid:{uuid_text(cid)}": cid for cid in people}
        ids = [by_uid[line] for line in path.read_text("utf-8").splitlines() if line.startswith("UID:")]
    return [people[cid] for cid in ids]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("fmt", ["csv", "vcf", "xlsx"])
def test_export_of_all_is_in_the_lists_order(
    db: Database, people: dict[str, str], tmp_path: Path, fmt: str, language: str
) -> None:
    """The quick export of all (command line, window) and the one through contact objects (with
    travel documents) write the same order, the list's in the export's language."""
    quick = tmp_path / f"all.{fmt}"
    exporting.export_all_of_file(db.path, quick, fmt, check_budget_s=5, language=language)  # type: ignore[arg-type]
    assert _written(quick, people) == LISTED[language]
    if fmt != "vcf":  # (the travel columns: the contacts read as objects, by _iter_all)
        with db.reading() as s:
            slow = tmp_path / f"travel.{fmt}"
            exporting.export_contacts(s, slow, fmt, language=language, with_travel_documents=True)  # type: ignore[arg-type]
            assert _written(slow, people) == LISTED[language]
            listed = exporting.select_contacts(s, language=language)
            assert [people[c.id] for c in listed] == LISTED[language]


def test_the_order_is_read_off_the_index_without_a_sort(db: Database, people: dict[str, str]) -> None:
    conn = sqlite3.connect(db.path)
    try:
        for key, sql in exporting._FILING_ORDER_SQL.items():
            plan = [step for *_, step in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
            assert plan[0] == f"SEARCH e USING INDEX ix_search_entry_kind_{key} (kind=?)", plan
            assert not any("TEMP B-TREE" in step for step in plan), plan
    finally:
        conn.close()


def test_a_contact_without_an_index_entry_is_still_written_last(
    db: Database, people: dict[str, str], tmp_path: Path
) -> None:
    """No data lost where the search index is behind: the contact comes after the filed ones."""
    dubois = next(cid for cid, key in people.items() if key == "Dubois")
    conn = sqlite3.connect(db.path, check_same_thread=False)
    try:
        conn.execute("DELETE FROM search_entry WHERE entity_id = ?", (dubois,))
        exporting.export_all(conn, tmp_path / "x.csv", "csv")
    finally:
        conn.close()
    written = _written(tmp_path / "x.csv", people)
    assert written == [key for key in LISTED["en"] if key != "Dubois"] + ["Dubois"]
