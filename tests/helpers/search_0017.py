"""What search finds in the schema-0017 test file, as ``tests/data/make_0017_search_database.py`` says.

The migration tests of the search index compare with it before and after their upgrade."""

from __future__ import annotations

import importlib.util
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def found_in_0017_file(session) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every query of the 0017 file's maker with the records it finds (the maker's ``expected``)."""
    spec = importlib.util.spec_from_file_location("make_0017", DATA / "make_0017_search_database.py")
    assert spec and spec.loader
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    return maker.expected(session)
