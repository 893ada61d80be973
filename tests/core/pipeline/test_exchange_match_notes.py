"""A match's notes travel in the 3iPET exchange file (carried note: "match notes not in the 3iPET
exchange"): a hub's note arrives as typed, in either language; a file written before notes were
exchanged still imports and leaves this office's notes alone; a note edited in both offices
follows the exchange's rule for every field: the imported file's value wins, and the history keeps
the one it replaced."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.exchange import ExchangeError, jsonfile
from petdesk.models.enums import MatchState, OrgKind
from petdesk.services import history, tech_matching
from petdesk.services import needs as need_service
from petdesk.services import office as office_service
from petdesk.services import technologies as tech_service

#: Both languages in one note, with a line break and full-width punctuation, to be kept exactly.
NOTE = "Pilot at the Dianchi plant went well.\n城市水务集团已试用，漏损降低明显；建议下次访问时面谈。"
LOCAL_NOTE = "北京代表处：等待市政府回复。"


@pytest.fixture
def two_offices(tmp_path: Path, new_database_file: Callable[[Path], Path]):  # type: ignore[no-untyped-def]
    hub = open_database(new_database_file(tmp_path / "hub.sqlite"))
    here = open_database(new_database_file(tmp_path / "here.sqlite"))
    with here.transaction() as s:
        office_service.set_identity(s, name="Beijing office", name_zh="北京代表处")
    try:
        yield hub, here
    finally:
        hub.close()
        here.close()


def _hub_match(hub: Database, note: str) -> str:
    with hub.transaction() as s:
        office_service.set_identity(s, name="Shanghai Hub", name_zh="上海枢纽")
        city = m.Organisation(name_zh="昆明市人民政府", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        s.add(city)
        s.flush()
        tech = tech_service.create_technology(
            s, name_en="Compact MBR", name_zh="紧凑型膜生物反应器", sector="wastewater", trl=8
        )
        need = need_service.create_need(
            s, city_organisation_id=city.id, title_zh="污水厂提标", sector="wastewater"
        )
        match = tech_matching.shortlist(s, need.id, tech.id)
        tech_matching.move_match(s, match.id, MatchState.PILOT)
        if note:
            tech_matching.set_match_notes(s, match.id, note)
        return match.id


def _export(db: Database, out: Path) -> Path:
    assert main(["--db", str(db.path), "exchange", "export", "--out", str(out)]) == 0
    return out


def _import(db: Database, path: Path, *extra: str) -> None:
    assert main(["--db", str(db.path), "--lang", "en", "exchange", "import", str(path), *extra]) == 0


def _notes(db: Database, match_id: str) -> str:
    with db.reading() as s:
        return s.get(m.TechMatch, match_id).notes


def test_a_match_s_note_travels_as_typed_in_both_languages(two_offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hub, here = two_offices
    match_id = _hub_match(hub, NOTE)
    path = _export(hub, tmp_path / "hub.json")
    (written,) = json.loads(path.read_text(encoding="utf-8"))["matches"]
    assert written["notes"] == NOTE  # the file holds the Chinese as characters, not \u escapes
    assert "城市水务集团已试用" in path.read_text(encoding="utf-8")

    _import(here, path)
    assert _notes(here, match_id) == NOTE
    # and back: the note comes out of this office exactly as it came in
    (again,) = json.loads(_export(here, tmp_path / "here.json").read_text(encoding="utf-8"))["matches"]
    assert again["notes"] == NOTE
    with here.transaction() as s:  # the same file again changes nothing
        assert jsonfile.apply(s, jsonfile.read(path)).total_changes() == 0


def test_a_file_without_notes_still_imports_and_keeps_the_notes_here(two_offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hub, here = two_offices
    match_id = _hub_match(hub, "")
    path = _export(hub, tmp_path / "hub.json")
    old = json.loads(path.read_text(encoding="utf-8"))
    old["version"] = "1.0"  # as petdesk wrote it before match notes were exchanged
    for x in old["matches"]:
        del x["notes"]
    old_file = tmp_path / "old.json"
    old_file.write_text(json.dumps(old, ensure_ascii=False, indent=2), encoding="utf-8")

    _import(here, old_file)
    assert _notes(here, match_id) == ""
    with here.transaction() as s:
        tech_matching.set_match_notes(s, match_id, LOCAL_NOTE)
    _import(here, old_file)  # a file that says nothing of notes takes none away
    assert _notes(here, match_id) == LOCAL_NOTE


def test_a_note_edited_in_both_offices_takes_the_file_s_like_every_field(  # type: ignore[no-untyped-def]
    two_offices, tmp_path: Path, capsys
) -> None:
    hub, here = two_offices
    match_id = _hub_match(hub, "")
    _import(here, _export(hub, tmp_path / "a.json"))
    with here.transaction() as s:
        tech_matching.set_match_notes(s, match_id, LOCAL_NOTE)
    with hub.transaction() as s:
        tech_matching.set_match_notes(s, match_id, NOTE)
    second = _export(hub, tmp_path / "b.json")
    capsys.readouterr()

    _import(here, second, "--dry-run")
    out = capsys.readouterr().out
    assert f"Notes: {LOCAL_NOTE} → " in out  # the dry run says which note would be replaced
    assert _notes(here, match_id) == LOCAL_NOTE

    _import(here, second)
    assert _notes(here, match_id) == NOTE
    with here.reading() as s:
        entries = history.record_history(s, "tech_match", match_id)
    (change,) = [e for e in entries if e.field == "notes" and e.new_value == NOTE]
    assert change.old_value == LOCAL_NOTE  # the replaced note stays in the history
    assert change.staff == "3iPET · Shanghai Hub (上海枢纽)"


def test_notes_that_are_not_text_are_refused(two_offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hub, _ = two_offices
    _hub_match(hub, NOTE)
    doc = json.loads(_export(hub, tmp_path / "hub.json").read_text(encoding="utf-8"))
    doc["matches"][0]["notes"] = ["not", "text"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ExchangeError, match="matches/0/notes"):
        jsonfile.read(bad)


def test_the_flat_matches_sheet_has_the_note_as_typed(two_offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A partner without petdesk reads the matches as a CSV file: the note is its last column."""
    import csv

    hub, _ = two_offices
    _hub_match(hub, NOTE)
    assert main(["--db", str(hub.path), "exchange", "export", "--out", str(tmp_path / "hub.csv")]) == 0
    with (tmp_path / "hub.matches.csv").open(encoding="utf-8-sig", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["notes"] == NOTE
