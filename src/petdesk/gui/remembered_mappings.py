"""Column mappings a user chose for a file, remembered per set of headers: the next file with the
same headers (next month's list from the same bureau) opens with them. Shared by the contacts and
the catalogue imports."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

from petdesk.gui.qt import QSettings


def _key(target: str, headers: Sequence[str]) -> str:
    digest = hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]
    return f"import/mappings/{target}/{digest}"


def recall(target: str, headers: Sequence[str]) -> dict[str, str]:
    """The mapping saved for a ``target`` file with exactly these headers ({} if none or unreadable)."""
    raw = QSettings().value(_key(target, headers), "")
    try:
        saved = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        return {}
    if not isinstance(saved, dict):
        return {}
    return {str(k): str(v) for k, v in saved.items()}


def remember(target: str, headers: Sequence[str], mapping: Mapping[str, str]) -> None:
    QSettings().setValue(_key(target, headers), json.dumps(dict(mapping)))
