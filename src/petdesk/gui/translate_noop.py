"""``QT_TRANSLATE_NOOP`` typed as returning ``str``.

PySide's stub says the function returns ``object``, so typed tables of labels (``dict[str, str]``)
fail the type check. lupdate finds the marked strings by the function's name, whatever module it
comes from."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str | None = None) -> str:
    """Mark ``source`` for translation in ``context``; return it unchanged."""
    return source
