"""Numbers in list cells stand right-aligned, so their digits line up as in a ledger (shots59: the
visits' People, the trainings' People and Attendees and the technologies' TRL stood left, as words)."""

from __future__ import annotations

import decimal
from typing import Any

from petdesk.gui.qt import Qt

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

#: Record-list columns holding counts (their cells arrive as text, so the key says it).
COUNT_KEYS = frozenset({"people", "attendees", "head_count", "trl"})


def is_number(value: Any) -> bool:
    """A stored number (a count, a level, an amount); a flag (bool) is not one."""
    return isinstance(value, int | float | decimal.Decimal) and not isinstance(value, bool)
