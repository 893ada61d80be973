"""Reverting a change another office made that overrode an edit made here (field test 49,
defect 2): the field goes back to this office's value, not to the other office's old one, and the
message says that the conflict waiting about it is settled."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import history
from petdesk.sync import service as sync_service
from tests.core.sync.helpers import make_office, send, values


def _two_offices_disagree(tmp_path: Path) -> tuple[Database, Database, str]:
    """Munich and Hamburg share a contact whose notes read "9"; Munich sets 7, Hamburg (later,
    so it wins) 6; Hamburg's package reaches Munich."""
    munich = make_office(tmp_path / "dbs", "Munich")
    hamburg = make_office(tmp_path / "dbs", "Hamburg")
    with munich.transaction() as session:
        cid = contact_service.create_contact(session, family_name="Wagner", given_name="Anna", notes="9").id
    send(munich, hamburg, tmp_path)
    with munich.transaction() as session:
        contact_service.update_contact(session, cid, notes="8")
    with munich.transaction() as session:
        contact_service.update_contact(session, cid, notes="7")
    with hamburg.transaction() as session:
        contact_service.update_contact(session, cid, notes="6")
    send(hamburg, munich, tmp_path)
    assert values(munich, "contact", cid)["notes"] == "6"
    return munich, hamburg, cid


def _hamburg_change(db: Database, cid: str) -> history.HistoryEntry:
    with db.reading() as session:
        return next(
            e
            for e in history.record_history(session, "contact", cid)
            if e.field == "notes" and e.office == "Hamburg"
        )


def test_revert_of_an_imported_change_gives_back_this_office_s_value(tmp_path: Path) -> None:
    munich, hamburg, cid = _two_offices_disagree(tmp_path)
    try:
        assert len(sync_service.list_conflicts(munich)) == 1
        change = _hamburg_change(munich, cid)
        with munich.transaction() as session:
            reverted = history.revert_change(session, change.id)
            said = history.reverted_change_words(session, reverted, "Anna Wagner")
        # Munich had 7 before the import, not Hamburg's old 9.
        assert values(munich, "contact", cid)["notes"] == "7"
        assert (reverted.value, reverted.overrode_ours, reverted.settled_conflict) == ("7", True, True)
        assert said == (
            "Reverted Notes of Anna Wagner to this office's value before the other office's edit: 7. "
            "This settles the conflict that was waiting about it."
        )
        assert sync_service.list_conflicts(munich) == []
    finally:
        munich.close()
        hamburg.close()


def test_cli_revert_of_an_imported_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    munich, hamburg, cid = _two_offices_disagree(tmp_path)
    try:
        change = _hamburg_change(munich, cid)
        assert main(["--db", str(munich.path), "history", cid, "--revert", change.id]) == 0
        out = capsys.readouterr().out
        assert "this office's value before the other office's edit: 7." in out
        assert "settles the conflict" in out
        assert values(munich, "contact", cid)["notes"] == "7"
    finally:
        munich.close()
        hamburg.close()
