"""Another office's edits move the last touches here with the times they were made (touched52): a
sync import keeps the origin's change log rows, and the stored touches follow them."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from tests.core.sync.helpers import send
from tests.core.test_last_touch import aged, now_stored, touch, untouched


def test_another_offices_edits_arrive_with_their_own_times(offices, packages: Path) -> None:
    beijing, bonn, _ = offices
    (quiet,), at = aged(beijing, "Berg")
    send(beijing, bonn, packages)
    assert touch(bonn, quiet) == at
    assert quiet in untouched(bonn)
    before = now_stored()
    with beijing.transaction() as s:
        s.get(m.Contact, quiet).notes = "retired"
    send(beijing, bonn, packages)
    assert touch(bonn, quiet) == touch(beijing, quiet)
    assert touch(bonn, quiet) >= before  # type: ignore[operator]
    assert untouched(bonn) == set()
