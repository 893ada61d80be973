"""`history` and `deleted` say times alike, to the second, in the reader's style (field test 49,
defect 7: five edits of one minute all read 18:05, and `deleted` printed "2026-12-05 18:09:58")."""

from __future__ import annotations

import re

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as contact_service


def test_history_and_deleted_say_times_to_the_second_alike(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")
    with db.transaction() as session:
        cid = contact_service.create_contact(session, family_name="Wagner", given_name="Anna").id
    with db.transaction() as session:
        contact_service.update_contact(session, cid, notes="first")
        contact_service.delete_contacts(session, [cid])
    args = ["--db", str(db.path)]
    assert main([*args, "history", cid]) == 0
    history_lines = capsys.readouterr().out.splitlines()[1:]
    assert main([*args, "deleted"]) == 0
    deleted_line = capsys.readouterr().out.splitlines()[0]
    # "5 Dec 2026, 18:09:58" in both: the date style, then hours, minutes and seconds.
    moment = re.compile(r"\d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2}")
    assert all(moment.search(line) for line in history_lines), history_lines
    assert moment.search(deleted_line), deleted_line
