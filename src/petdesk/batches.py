"""Long lists of ids in pieces that one SQL statement can bind (SQLite's default limit on
bound parameters was 999 before 3.32)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")


def in_batches(items: list[T], size: int = 500) -> Iterator[list[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
