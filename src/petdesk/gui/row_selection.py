"""Select whole rows of a table at once, one of them current: after a delete, or its Undo."""

from __future__ import annotations

from collections.abc import Iterable

from petdesk.gui.delete_landing import runs
from petdesk.gui.qt import QItemSelection, QItemSelectionModel, QTableView


def select_rows(table: QTableView, current: int, rows: Iterable[int] = ()) -> None:
    """Select ``current`` and ``rows`` alone, ``current`` the current row, scrolled to.

    Not ``selectRow()``: with Ctrl still held from Ctrl+Z it toggles, and took the row off again;
    and one range a run of rows makes one selection change in all, however many rows come back."""
    model, selection = table.model(), table.selectionModel()
    chosen = QItemSelection()
    for top, bottom in runs([current, *rows]):
        chosen.select(model.index(top, 0), model.index(bottom, 0))
    flags = QItemSelectionModel.SelectionFlag
    selection.setCurrentIndex(model.index(current, 0), flags.NoUpdate)
    selection.select(chosen, flags.ClearAndSelect | flags.Rows)
    table.scrollTo(model.index(current, 0))


def selected_ranges(table: QTableView) -> list[tuple[int, int]]:
    """The selected rows as ranges (first, last), read without a row's page loaded."""
    selection = table.selectionModel().selection()
    return [(r.top(), r.bottom()) for r in selection]  # type: ignore[attr-defined]
