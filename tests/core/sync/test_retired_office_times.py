"""A retired office's time in a package is read by one strict parser, in the check and the merge:
ISO text with a zone, never an integer (``from_wire_time`` lets integers pass as stored already)."""

from __future__ import annotations

import pytest

from petdesk.stored_times import NotAWireTime, from_wire_text, from_wire_time
from petdesk.sync.retirement import SECTION
from petdesk.sync.validate import ContentError, validate_manifest

OFFICE, BY = "1ctNPRX0i94uIRIDWiW9Lv", "2yhOU4eL14J8fnvrLirzK3"
MANIFEST = {
    "package_id": "3HJNuen3aB-8go98119knt",
    "created_at": "2026-12-05T10:00:00+00:00",
    "petdesk_version": "1.0",
    "schema": ["0022_search_compact"],
    "sender": {"id": BY, "name": "Bonn"},
    "knowledge": {},
}


def _with_retired_at(when: object) -> dict[str, object]:
    entry = {"office": OFFICE, "retired_at": when, "hlc": "1796452975895.000000", "by": BY}
    return {**MANIFEST, SECTION: [entry]}


def test_the_strict_parser_takes_only_zoned_text() -> None:
    text = "2026-12-05T10:00:00+08:00"
    assert from_wire_text(text) == from_wire_time(text)
    for wrong in (1796452975895, True, None, "2026-12-05T10:00:00", "yesterday", ["2026-12-05"]):
        with pytest.raises(NotAWireTime):
            from_wire_text(wrong)


def test_a_retired_office_time_is_checked_by_that_parser() -> None:
    validate_manifest(_with_retired_at("2026-12-05T10:00:00+00:00"))
    validate_manifest(_with_retired_at(None))  # returned to service
    for wrong in (1796452975895, True, "2026-12-05T10:00:00", "5.12.2026"):
        with pytest.raises(ContentError, match="retired office's time"):
            validate_manifest(_with_retired_at(wrong))
