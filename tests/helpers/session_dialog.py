"""Read and tick the training session dialog's list of trainers as a user sees it."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from petdesk.gui.qt import Qt
from petdesk.gui.visits.widgets import IdRole


def trainer_list(dialog: Any) -> list[tuple[str, bool]]:
    """Each line of the list: (its text, ticked)."""
    items = [dialog.trainers.item(row) for row in range(dialog.trainers.count())]
    return [(i.text(), i.checkState() == Qt.CheckState.Checked) for i in items]


def tick_trainers(dialog: Any, ids: Collection[str]) -> None:
    """Tick exactly these people, untick the others."""
    for row in range(dialog.trainers.count()):
        item = dialog.trainers.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(IdRole) in ids else Qt.CheckState.Unchecked)
