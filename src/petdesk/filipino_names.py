"""Filipino given names as the Philippines abbreviates them: "Ma." is María (Maria), in "Ma. Cristina"
as on IDs and forms, so "Ma. Cristina dela Cruz" and "Maria Cristina Dela Cruz" are one name to the
duplicate finder (field test 126). Only with its dot: "Ma" alone is a Chinese name."""

from __future__ import annotations

import re

_MA = re.compile(r"^Ma\.(?=\s|$)")


def given_name_in_full(given: str) -> str:
    """``given`` with a leading "Ma." written "Maria": "Ma. Cristina" -> "Maria Cristina"."""
    return _MA.sub("Maria", given.strip())
