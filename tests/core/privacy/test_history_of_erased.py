"""`history` of an erased person says that it was erased, and when (field test 49, defect 8: it said
"no record with id …", as for a mistyped id)."""

from __future__ import annotations

import re

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.core.privacy.test_erasure import make_person


def test_history_of_an_erased_person_says_it_was_erased(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, _ = make_person(db)
    args = ["--db", str(db.path)]
    assert main([*args, "person", "erase", "--yes", person_id]) == 0
    capsys.readouterr()
    assert main([*args, "history", person_id[:8]]) == 1
    err = capsys.readouterr().err
    assert f"{person_id[:8]} was erased for data protection on " in err, err
    assert re.search(r"on \d{1,2} \w{3} \d{4}, \d{2}:\d{2}|on \d{4}-\d\d-\d\d \d\d:\d\d", err), err
    assert "no record with id" not in err
    # An id nobody ever had is still "no record".
    assert main([*args, "history", "zzzzzzzz"]) == 1
    assert "no record with id zzzzzzzz" in capsys.readouterr().err
