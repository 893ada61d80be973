"""A part's values are checked a column at a time (sync/validate.py): each odd value is still found
wherever it sits in a column, beside nulls or values of other kinds."""

from __future__ import annotations

import json
from typing import Any

import pytest

from petdesk.sync.package import _complete_lines
from petdesk.sync.validate import MAX_TEXT, ContentError, validate_record

CLOCK = "1764374400000.000001"


def _part(rows: list[list[Any]], versions: list[Any] | None = None) -> dict[str, Any]:
    return {
        "entity": "contact",
        "columns": ["notes", "position", "score"],
        "rows": rows,
        "versions": versions if versions is not None else [[CLOCK, 0, None] for _ in rows],
    }


def _rows(odd: Any, column: int) -> list[list[Any]]:
    """Fifty good rows (texts and nulls, ints, floats) with ``odd`` in one field of the 31st."""
    rows: list[list[Any]] = [
        [f"id-{i}", None if i % 3 else f"note {i}", i if i % 4 else None, 0.5 * i] for i in range(50)
    ]
    rows[30][column] = odd
    return rows


def test_good_parts_pass_with_nulls_and_mixed_kinds_in_a_column() -> None:
    assert validate_record(_part(_rows(None, 1)), 1).kind == "entity"
    assert validate_record(_part(_rows(7, 3)), 1).kind == "entity"  # an int among floats: plain
    assert validate_record(_part(_rows(True, 2)), 1).kind == "entity"
    assert validate_record(_part([]), 1).kind == "entity"


def test_a_checked_part_hands_over_its_values_a_column_at_a_time() -> None:
    """The import inserts a new part's records from these columns: they must be the rows' fields."""
    rows = _rows(None, 1)
    checked = validate_record(_part(rows), 1)
    assert checked.columns is not None
    assert len(checked.columns) == 4
    assert [list(row) for row in zip(*checked.columns, strict=True)] == rows
    assert validate_record({"offices": ["office-a"]}, 0).columns is None


@pytest.mark.parametrize(
    ("odd", "column", "words"),
    [
        ("x" * (MAX_TEXT + 1), 1, "too long"),
        (2**63, 2, "out of range"),
        (-(2**63) - 1, 2, "out of range"),
        (float("nan"), 3, "not a finite number"),
        (float("inf"), 3, "not a finite number"),
        ({"a": 1}, 1, "not a plain value"),
        (["x"], 3, "not a plain value"),
        ("y" * (MAX_TEXT + 1), 3, "too long"),  # a text among floats
    ],
)
def test_an_odd_value_anywhere_in_a_column_is_named(odd: Any, column: int, words: str) -> None:
    with pytest.raises(ContentError, match=words):
        validate_record(_part(_rows(odd, column)), 1)


@pytest.mark.parametrize(
    ("version", "words"),
    [
        ([CLOCK, 1, None], "office the package does not list"),
        ([CLOCK, -1, None], "office the package does not list"),
        (["soon", 0, None], "invalid time stamp"),
        ([CLOCK, 0], "not valid"),
        ([CLOCK, 0, {"notes": ["soon", 0]}], "field version is not valid"),
        ([CLOCK, True, None], "office the package does not list"),
    ],
)
def test_an_odd_version_among_common_ones_is_named(version: list[Any], words: str) -> None:
    rows = _rows(None, 1)
    versions: list[Any] = [[CLOCK, 0, None] for _ in rows]
    versions[30] = version
    with pytest.raises(ContentError, match=words):
        validate_record(_part(rows, versions), 1)
    versions[30] = [CLOCK, 0, {"notes": [CLOCK, 0]}]  # field versions are fine
    assert validate_record(_part(rows, versions), 1).kind == "entity"


def _read_line(part: dict[str, Any]) -> dict[str, Any]:
    """A part as the import reads it from a package body: one JSON line."""
    pending = bytearray(json.dumps(part, ensure_ascii=False).encode("utf-8") + b"\n")
    (record,) = _complete_lines(pending)
    return record


def test_a_part_read_from_a_long_line_still_has_its_texts_measured() -> None:
    """Parts from lines of at most MAX_TEXT bytes skip measuring their texts (none can be longer,
    even in Chinese, where a character takes three bytes); a longer line is measured as before."""
    short = _read_line(_part(_rows("长" * (MAX_TEXT // 3 - 10_000), 1)))
    assert getattr(short, "short_texts", False)
    assert validate_record(short, 1).kind == "entity"
    long_line = _read_line(_part(_rows("x" * (MAX_TEXT + 1), 1)))
    assert not getattr(long_line, "short_texts", False)
    with pytest.raises(ContentError, match="too long"):
        validate_record(long_line, 1)
    at_limit = _read_line(_part(_rows("x" * MAX_TEXT, 1)))
    assert validate_record(at_limit, 1).kind == "entity"


@pytest.mark.parametrize("odd", ["a\nb", "", "x" * 65, "a b", "é", "\n"])
def test_a_bad_id_is_found_among_the_ids_of_a_part(odd: str) -> None:
    """The ids of a part are checked with one match over them joined by line breaks: an id that
    holds a line break must not pass as two good ones."""
    with pytest.raises(ContentError, match="record id"):
        validate_record(_part(_rows(odd, 0)), 1)


def test_a_column_of_texts_only_is_measured_text_by_text() -> None:
    """A column of texts only is measured at once (joined): texts that are long together but each
    within the limit pass, and one text over it among them is still named."""
    third = MAX_TEXT // 3 + 1
    rows: list[list[Any]] = [[f"id-{i}", "x" * third, i, 0.5] for i in range(4)]
    assert validate_record(_part(rows), 1).kind == "entity"  # 4/3 of the limit in all
    rows[2][1] = "x" * (MAX_TEXT + 1)
    with pytest.raises(ContentError, match="too long"):
        validate_record(_part(rows), 1)
    rows[2][1] = "长" * MAX_TEXT  # the limit counts characters
    assert validate_record(_part(rows), 1).kind == "entity"
