"""A dossier's table never leaves one row alone on a page: a training's four participants were printed
three at the foot of a page and the fourth alone on the next, a nearly blank page before the sign-in
sheet (``layout.RowsTable``)."""

from __future__ import annotations

from reportlab.lib.units import mm

from petdesk.dossier.layout import FEWEST_ROWS, RowsTable

ROW = 20.0  # points: every row of these tables, the header too


def _table(body_rows: int) -> RowsTable:
    data = [["Name", "Role"]] + [[f"Person {n}", "Attendee"] for n in range(body_rows)]
    return RowsTable(data, colWidths=[200, 100], rowHeights=[ROW] * (body_rows + 1), repeatRows=1)


def _body_rows(parts: list) -> list[int]:  # type: ignore[type-arg]
    return [part._nrows - 1 for part in parts]


def test_the_last_row_is_not_carried_over_alone() -> None:
    table = _table(4)
    table.wrap(300, 1000)
    # Room for the header and three rows: reportlab alone would print 3 + 1.
    parts = table.split(300, 4 * ROW + 1)
    assert _body_rows(parts) == [2, 2]


def test_one_row_is_not_left_alone_at_the_foot_of_a_page() -> None:
    table = _table(6)
    table.wrap(300, 1000)
    assert table.split(300, 2 * ROW + 1) == []  # the whole table to the next page


def test_a_table_on_a_page_of_its_own_still_splits() -> None:
    """Near the top of a page the table splits as it can, or it would never be printed."""
    table = _table(30)
    table.wrap(300, 10_000)
    parts = table.split(300, 200 * mm)
    assert len(parts) == 2 and all(n >= FEWEST_ROWS for n in _body_rows(parts))


def test_a_long_table_splits_as_before() -> None:
    table = _table(10)
    table.wrap(300, 1000)
    assert _body_rows(table.split(300, 6 * ROW + 1)) == [5, 5]
