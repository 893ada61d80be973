"""Where the current row lands after a delete (``delete_landing``), without a window."""

from __future__ import annotations

from petdesk.gui.delete_landing import Landing, after_delete, in_order, runs

ROWS = [f"r{n}" for n in range(10)]


def _id_at(row: int) -> str | None:
    return ROWS[row] if row != 7 else None  # row 7: its page not loaded


def test_the_row_after_the_deleted_ones_at_its_new_place() -> None:
    assert after_delete([(2, 2)], 10, _id_at) == Landing(("r3",), 2)
    assert after_delete([(1, 2), (4, 5)], 10, _id_at) == Landing(("r6",), 2)


def test_the_last_rows_deleted_the_nearest_row_above() -> None:
    assert after_delete([(9, 9)], 10, _id_at) == Landing(("r8",), 8)
    assert after_delete([(5, 6), (7, 9)], 10, _id_at) == Landing(("r4",), 4)
    assert after_delete([(3, 3), (5, 6), (8, 9)], 10, _id_at) == Landing((), 4)
    assert after_delete([(3, 3), (7, 9)], 10, _id_at) == Landing(("r6",), 5)


def test_a_row_not_loaded_lands_by_its_place_and_none_when_all_went() -> None:
    assert after_delete([(6, 6)], 10, _id_at) == Landing((), 6)
    assert after_delete([(0, 9)], 10, _id_at) is None
    assert after_delete([], 10, _id_at) is None


def test_runs_of_rows() -> None:
    assert list(runs([5, 1, 2, 3, 7, 2])) == [(1, 3), (5, 5), (7, 7)]
    assert list(runs([])) == []


def test_ids_in_the_order_of_their_rows() -> None:
    assert in_order(["c", "a", "b"], ["a", "b", "c"]) == ["c", "a", "b"]
    assert in_order(["c", "a"], ["z", "a", "y"]) == ["a", "y", "z"]
