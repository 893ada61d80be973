"""Exports head the native-name columns for Chinese, Japanese and Korean alike ("Family name
(Chinese/Japanese/Korean)", field test 51: "Chinese family name" stood over 박 and 山田), and files
with the older headers, in English or Chinese, still import into the same fields."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import exporting, importing

PEOPLE = [
    ("Park", "Jihoon", "박", "지훈", "ko"),
    ("Sato", "Sakura", "佐藤", "さくら", "ja"),
    ("Zhang", "Wei", "张", "伟", ""),
]


def _names(db: Database) -> list[tuple[str, str, str, str, str]]:
    with db.reading() as s:
        rows = s.scalars(select(m.Contact).order_by(m.Contact.family_name))
        return [
            (c.family_name, c.given_name, c.family_name_zh, c.given_name_zh, c.native_name_language or "")
            for c in rows
        ]


def test_the_export_names_the_columns_for_all_three_scripts(
    db: Database, tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    with db.transaction() as s:
        for family, given, family_native, given_native, language in PEOPLE:
            cs.create_contact(
                s,
                family_name=family,
                given_name=given,
                family_name_zh=family_native,
                given_name_zh=given_native,
                native_name_language=language,
            )
    out = tmp_path / "out.csv"
    with db.reading() as s:
        exporting.export_contacts(s, out, "csv")
    headers = importing.read_table(out).headers
    assert "Family name (Chinese/Japanese/Korean)" in headers and "Chinese family name" not in headers
    assert "Given name (Chinese/Japanese/Korean)" in headers
    fresh = open_database(new_database_file(tmp_path / "fresh.sqlite"))
    try:
        with fresh.transaction() as s:
            report = importing.import_file(s, out)
        assert len(report.added) == 3
        assert _names(fresh) == _names(db)
    finally:
        fresh.close()


@pytest.mark.parametrize(
    ("family", "given"), [("Chinese family name", "Chinese given name"), ("姓（中文）", "名（中文）")]
)
def test_a_file_with_the_older_headers_still_imports(
    tmp_path: Path, family: str, given: str, new_database_file: Callable[[Path], Path]
) -> None:
    path = tmp_path / "old.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Family name", "Given name", family, given])
        for row in PEOPLE:
            writer.writerow(row[:4])
    assert set(importing.guess_mapping(importing.read_table(path).headers).values()) == {
        "family_name",
        "given_name",
        "family_name_zh",
        "given_name_zh",
    }
    db = open_database(new_database_file(tmp_path / "old.sqlite"))
    try:
        with db.transaction() as s:
            report = importing.import_file(s, path)
        assert len(report.added) == 3 and not report.dropped
        # no language column: Hangul says Korean, kana Japanese
        assert _names(db) == [
            (*row[:4], {"Park": "ko", "Sato": "ja"}.get(row[0], "")) for row in sorted(PEOPLE)
        ]
    finally:
        db.close()
